// Issue 18: the organisation (service areas with their route (R6), teams, office bases (R18)) as site data the
// site owners edit, not reference data compiled into the package. Pure TypeScript.
//
// Every key a record holds is untrusted input (issue 14: a raiser writes every column of their alert), so a
// lookup answers `undefined` for a key the organisation does not know and the screens say "unknown team"; a
// retired entry stays readable on old records and reports but is never offered to, or accepted from, a new alert.

import { TEXT_LINE_MAX } from './limits';
import type { Location, Route, ServiceArea, Team } from './types';

/** R6: a service area routes to the PSW or the AP (the Race Champion lead is the raiser's choice, not an area's). */
export const SERVICE_AREA_ROUTES = ['PSW', 'AP'] as const satisfies readonly Route[];
const isAreaRoute = (route: unknown): route is Route => (SERVICE_AREA_ROUTES as readonly unknown[]).indexOf(route) >= 0;

/** The organisation as the raise form, the board and the themes read it. */
export interface Organisation {
  serviceAreas: ReadonlyArray<ServiceArea>;
  locations: ReadonlyArray<Location>;
}

export const ORGANISATION_KINDS = ['serviceArea', 'team', 'office'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** One row of the organisation list: what the editor shows and saves. */
export interface OrganisationEntry {
  kind: OrganisationKind;
  /** Stable key kept in records (never changes on rename). */
  key: string;
  name: string;
  /** A team's service area key. */
  serviceAreaKey?: string;
  /** A service area's route (R6). */
  route?: Route;
  /** YYYY-MM-DD when retired; absent while in use. */
  retiredOn?: string;
}

const isRetired = (entry: { retiredOn?: string }): boolean => entry.retiredOn !== undefined && entry.retiredOn !== '';

/**
 * Issue 18: what a new alert may choose: retired service areas, teams and office bases left out. The raise
 * form offers only these, and validation against them refuses a forged retired key (domain/alert.ts).
 */
export function activeOrganisation(org: Organisation): Organisation {
  return {
    serviceAreas: org.serviceAreas
      .filter((area) => !isRetired(area))
      .map((area) => ({ ...area, teams: area.teams.filter((team) => !isRetired(team)) })),
    locations: org.locations.filter((location) => !isRetired(location))
  };
}

/** The service area with this key, retired or not; undefined for a key the organisation does not know. */
export function findServiceArea(org: Organisation, key: string): ServiceArea | undefined {
  const wanted = key.trim();
  return org.serviceAreas.find((area) => area.id === wanted);
}

/** The team with this key and its service area, retired or not. */
export function findTeam(org: Organisation, key: string): (Team & { serviceAreaId: string }) | undefined {
  const wanted = key.trim();
  for (const area of org.serviceAreas) {
    const team = area.teams.find((t) => t.id === wanted);
    if (team !== undefined) return { ...team, serviceAreaId: area.id };
  }
  return undefined;
}

export function findLocation(org: Organisation, key: string): Location | undefined {
  const wanted = key.trim();
  return org.locations.find((location) => location.id === wanted);
}

/** The organisation as rows, service areas first, then teams, then office bases (the list's shape). */
export function entriesOfOrganisation(org: Organisation): OrganisationEntry[] {
  const retired = (r: { retiredOn?: string }): { retiredOn?: string } => (isRetired(r) ? { retiredOn: r.retiredOn } : {});
  return [
    ...org.serviceAreas.map((a): OrganisationEntry => ({ kind: 'serviceArea', key: a.id, name: a.name, route: a.route, ...retired(a) })),
    ...org.serviceAreas.flatMap((a) =>
      a.teams.map((t): OrganisationEntry => ({ kind: 'team', key: t.id, name: t.name, serviceAreaKey: a.id, ...retired(t) }))
    ),
    ...org.locations.map((l): OrganisationEntry => ({ kind: 'office', key: l.id, name: l.name, ...retired(l) }))
  ];
}

/**
 * The organisation from the list's rows. A row that cannot be used (no key or name, an unknown kind, a service
 * area without a known route, a team of an unknown service area, a key seen before) is left out: one bad edit
 * hides that row, never a screen.
 */
export function organisationFromEntries(entries: ReadonlyArray<OrganisationEntry>): Organisation {
  const seen = new Set<string>();
  const usable = entries.filter((e) => {
    const ok = e.key.trim() !== '' && e.name.trim() !== '' && !seen.has(`${e.kind}:${e.key}`);
    seen.add(`${e.kind}:${e.key}`);
    return ok;
  });
  const retired = (e: OrganisationEntry): { retiredOn?: string } => (isRetired(e) ? { retiredOn: e.retiredOn } : {});
  const serviceAreas: ServiceArea[] = usable
    .filter((e) => e.kind === 'serviceArea' && isAreaRoute(e.route))
    .map((e) => ({ id: e.key, name: e.name, route: e.route as Route, teams: [], ...retired(e) }));
  for (const e of usable.filter((row) => row.kind === 'team')) {
    serviceAreas.find((a) => a.id === e.serviceAreaKey)?.teams.push({ id: e.key, name: e.name, ...retired(e) });
  }
  const locations: Location[] = usable.filter((e) => e.kind === 'office').map((e) => ({ id: e.key, name: e.name, ...retired(e) }));
  return { serviceAreas, locations };
}

/** Why an entry cannot be saved; the editor says each in words from its loc file. */
export type OrganisationProblem =
  | 'nameMissing'
  | 'nameTooLong'
  | 'nameTaken'
  | 'serviceAreaMissing'
  | 'serviceAreaRetired'
  | 'routeMissing'
  | 'keyTaken'
  | 'keyChanged';

export interface OrganisationError {
  field: 'name' | 'serviceAreaKey' | 'route' | 'key';
  problem: OrganisationProblem;
}

/**
 * Issue 18: what is wrong with an entry the site owners are adding or changing (`before` is the saved row when
 * changing). Names are unique among the entries of its kind in use (a team's name within its service area);
 * a new team needs a service area in use; a key never changes once saved.
 */
export function validateOrganisationEntry(
  entry: OrganisationEntry,
  all: ReadonlyArray<OrganisationEntry>,
  before?: OrganisationEntry
): OrganisationError[] {
  const errors: OrganisationError[] = [];
  const name = entry.name.trim();
  if (name === '') errors.push({ field: 'name', problem: 'nameMissing' });
  else if (name.length > TEXT_LINE_MAX) errors.push({ field: 'name', problem: 'nameTooLong' });
  else if (
    !isRetired(entry) &&
    all.some(
      (other) =>
        other.kind === entry.kind &&
        other.key !== entry.key &&
        !isRetired(other) &&
        (entry.kind !== 'team' || other.serviceAreaKey === entry.serviceAreaKey) &&
        other.name.trim().toLowerCase() === name.toLowerCase()
    )
  ) {
    errors.push({ field: 'name', problem: 'nameTaken' });
  }
  if (entry.kind === 'team') {
    const area = all.find((e) => e.kind === 'serviceArea' && e.key === entry.serviceAreaKey);
    if (area === undefined) errors.push({ field: 'serviceAreaKey', problem: 'serviceAreaMissing' });
    else if (isRetired(area) && !isRetired(entry) && (before === undefined || before.serviceAreaKey !== entry.serviceAreaKey)) {
      errors.push({ field: 'serviceAreaKey', problem: 'serviceAreaRetired' });
    }
  }
  if (entry.kind === 'serviceArea' && !isAreaRoute(entry.route)) {
    errors.push({ field: 'route', problem: 'routeMissing' });
  }
  if (before !== undefined && before.key !== entry.key) errors.push({ field: 'key', problem: 'keyChanged' });
  if (before === undefined && all.some((other) => other.key === entry.key)) {
    errors.push({ field: 'key', problem: 'keyTaken' });
  }
  return errors;
}

/**
 * A stable key for a new entry, from its name: lower case letters, digits and dashes, unique among the keys
 * in the organisation (a number added when taken). Made once, when the entry is added; a rename keeps it.
 */
export function keyForNewEntry(kind: OrganisationKind, name: string, all: ReadonlyArray<OrganisationEntry>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || kind.toLowerCase();
  // Unique across kinds: the list's key column is unique (a team and an office base never share a key).
  const taken = new Set(all.map((e) => e.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** Issue 18: retired, not deleted: old records keep reading its name. */
export function retireEntry(entry: OrganisationEntry, londonDate: string): OrganisationEntry {
  return { ...entry, retiredOn: londonDate };
}
