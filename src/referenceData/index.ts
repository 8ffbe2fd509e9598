// Reference data taken from the seed documents (../../../shared/seeds): service areas and teams and office
// bases from the induction procedure (001), themes from the Terms of Reference (000) and the peer scheme (003),
// the support directory from 000, 001 and 002. The data lives in JSON so it can be reviewed and changed
// without touching code; this module gives it its types and a few lookups. Pure TypeScript (no SPFx).

import type { Location, PageContext, ServiceArea, SupportEntry, Team, Theme, ThemeGroup } from '../domain/types';
import { supportEntriesForContext } from '../domain/support';
import type { Organisation } from '../domain/organisation';
import { DEFAULT_FIRST_CONTACT_SETTINGS, FirstContactMode, FirstContactSettings } from '../domain/firstContactClock';
import bankHolidaysJson from './bankHolidays.json';
import serviceAreasJson from './serviceAreas.json';
import locationsJson from './locations.json';
import themesJson from './themes.json';
import themeGroupsJson from './themeGroups.json';
import supportDirectoryJson from './supportDirectory.json';

/** R6: Children's Social Care routes to the PSW, the Children and Family Wellbeing Service to the AP. */
export const serviceAreas: readonly ServiceArea[] = serviceAreasJson as ServiceArea[];

/** Office bases named in the induction procedure, for themes by location (R18). */
export const locations: readonly Location[] = locationsJson as Location[];

/** The theme / trigger taxonomy (R12, R18). */
export const themes: readonly Theme[] = themesJson as Theme[];

/**
 * R18 (decision): the theme groups SMT read first; every theme belongs to exactly one group. The meeting
 * record keeps recording themes (R12); groups are derived from them for the report.
 */
export const themeGroups: readonly ThemeGroup[] = themeGroupsJson as ThemeGroup[];

/** Signposting entries (R1, R7, R8, R9) with the contacts the seed documents give. */
export const supportDirectory: readonly SupportEntry[] = supportDirectoryJson as SupportEntry[];

/**
 * Issue 18: the organisation a new site starts with. The provisioner seeds the WellbeingOrganisation list from
 * it; from then on the site owners edit the list, and the web parts read the list, never this.
 */
export const referenceOrganisation: Organisation = { serviceAreas, locations };

/** Every team of every service area, each with the id of the area it belongs to. */
export const allTeams: readonly (Team & { serviceAreaId: string })[] = serviceAreas.flatMap((area) =>
  area.teams.map((team) => ({ ...team, serviceAreaId: area.id }))
);

export function serviceAreaById(id: string): ServiceArea | undefined {
  return serviceAreas.find((area) => area.id === id);
}

export function teamById(id: string): Team | undefined {
  const found = allTeams.find((team) => team.id === id);
  return found === undefined ? undefined : { id: found.id, name: found.name };
}

/** The service area a team belongs to (R5: an anonymous alert still names its service area). */
export function serviceAreaOfTeam(teamId: string): ServiceArea | undefined {
  const found = allTeams.find((team) => team.id === teamId);
  return found === undefined ? undefined : serviceAreaById(found.serviceAreaId);
}

export function locationById(id: string): Location | undefined {
  return locations.find((location) => location.id === id);
}

export function themeById(id: string): Theme | undefined {
  return themes.find((theme) => theme.id === id);
}

export function themeGroupById(id: string): ThemeGroup | undefined {
  return themeGroups.find((group) => group.id === id);
}

/** The entries the signposting web part shows on a page of the given context, in display order (R1). */
export function entriesForContext(context: PageContext): SupportEntry[] {
  return supportEntriesForContext(supportDirectory, context);
}

/** Ids of every service area, team, location and theme: the choices of the schema's reference columns. */
export const serviceAreaIds: readonly string[] = serviceAreas.map((area) => area.id);
export const teamIds: readonly string[] = allTeams.map((team) => team.id);
export const locationIds: readonly string[] = locations.map((location) => location.id);
export const themeIds: readonly string[] = themes.map((theme) => theme.id);

/** R10: England and Wales bank holidays (GOV.UK's list, bankHolidays.json), as London dates. */
export const bankHolidays: readonly string[] = (bankHolidaysJson as { events: { date: string }[] }).events.map((e) => e.date);

/**
 * R10: the first-contact clock's settings for the configured mode, with the bank holidays: built here only
 * (issue 14), for the board, the themes report and the preview's demo data alike.
 */
export function firstContactSettings(slaMode: FirstContactMode): FirstContactSettings {
  return { ...DEFAULT_FIRST_CONTACT_SETTINGS, mode: slaMode, bankHolidays: [...bankHolidays] };
}
