/*
 * Issue 18: the organisation list (service areas with their route, teams, office bases): the one mapping of its
 * items, used by the full store, the provisioner and the editor. Like supportDirectory.ts it does not import the
 * schema (which would bring every list's definition into a small chunk); the columns are spelled here as
 * schema/lists.ts OrganisationList spells them, and a test checks they match.
 */
import { ORGANISATION_KINDS, organisationFromEntries } from '../../domain/organisation';
import type { Organisation, OrganisationEntry, OrganisationKind } from '../../domain/organisation';
import type { Route } from '../../domain/types';

export const ORGANISATION_LIST_TITLE: string = 'WellbeingOrganisation';
export const ORGANISATION_COLUMNS = {
  name: 'Title',
  key: 'OrgKey',
  kind: 'OrgKind',
  serviceAreaKey: 'ServiceAreaKey',
  route: 'AreaRoute',
  retiredOn: 'RetiredOn'
} as const;

/** An organisation row as the store read it: the entry, and the item id and ETag a save needs. */
export interface OrganisationRow extends OrganisationEntry {
  id: number;
  etag: string;
}

/** What the list held when read: each row to edit, and the organisation the screens use. */
export interface OrganisationData {
  rows: OrganisationRow[];
  organisation: Organisation;
}

type Item = Record<string, unknown>;

/** The item's ETag in any OData form ('' when it has none: a save then refuses rather than overwrite). */
function etagOfItem(item: Item): string {
  const metadata = item.__metadata as { etag?: unknown } | undefined;
  const etag = item['odata.etag'] ?? item['@odata.etag'] ?? metadata?.etag;
  return typeof etag === 'string' ? etag : '';
}

function text(item: Item, column: string): string {
  const value = item[column];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * One list item as a row, or undefined for one that cannot be used (no key or name, a kind the product does not
 * know): a site owner's edit in the list itself hides that row, never the screens.
 */
export function organisationRowFromItem(item: Item): OrganisationRow | undefined {
  const key = text(item, ORGANISATION_COLUMNS.key);
  const name = text(item, ORGANISATION_COLUMNS.name);
  const kind = text(item, ORGANISATION_COLUMNS.kind) as OrganisationKind;
  if (key === '' || name === '' || ORGANISATION_KINDS.indexOf(kind) < 0) return undefined;
  const row: OrganisationRow = {
    id: Number(item.Id ?? item.ID),
    etag: etagOfItem(item),
    kind,
    key,
    name
  };
  const serviceAreaKey = text(item, ORGANISATION_COLUMNS.serviceAreaKey);
  const route = text(item, ORGANISATION_COLUMNS.route);
  const retiredOn = text(item, ORGANISATION_COLUMNS.retiredOn);
  if (kind === 'team' && serviceAreaKey !== '') row.serviceAreaKey = serviceAreaKey;
  if (kind === 'serviceArea' && route !== '') row.route = route as Route;
  if (retiredOn !== '') row.retiredOn = retiredOn;
  return row;
}

export function organisationFromItems(items: readonly Item[]): OrganisationData {
  const rows = items.map(organisationRowFromItem).filter((row): row is OrganisationRow => row !== undefined);
  return { rows, organisation: organisationFromEntries(rows) };
}

/** The item for an entry (every column, so a save writes what the editor showed and nothing else). */
export function toOrganisationItem(entry: OrganisationEntry): Item {
  return {
    [ORGANISATION_COLUMNS.name]: entry.name.trim(),
    [ORGANISATION_COLUMNS.key]: entry.key,
    [ORGANISATION_COLUMNS.kind]: entry.kind,
    [ORGANISATION_COLUMNS.serviceAreaKey]: entry.kind === 'team' ? (entry.serviceAreaKey ?? null) : null,
    [ORGANISATION_COLUMNS.route]: entry.kind === 'serviceArea' ? (entry.route ?? null) : null,
    [ORGANISATION_COLUMNS.retiredOn]: entry.retiredOn ?? null
  };
}
