/*
 * The support directory (R1): the one mapping of its list items, used by the full store and, on its own in a
 * small chunk, by the signposting web part. The signposting web part loads on
 * many pages for every member of staff; the full store (every list, Graph mail, the mapping of every record)
 * is about 100 KB of script for what is, here, one GET. This module is that GET and the mapping of one list.
 * It reads the same list through the same PnPjs root as the store (the data site's, with SPFx's behaviours:
 * 429/503 retried as Retry-After says) and answers with the same StoreResult, behind the IWellbeingStore
 * interface: every other store call is handed to the full store, loaded only if something makes one.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { compareSupportEntries } from '../../domain/support';
import { PAGE_CONTEXTS, SUPPORT_ENTRY_KINDS } from '../../domain/types';
import type { PageContext, SupportEntry, SupportEntryKind } from '../../domain/types';
import type { IWellbeingStore } from './IWellbeingStore';
import { attempt, StoreResult } from './storeErrors';

/**
 * The list and its columns, spelled as schema/lists.ts SupportDirectoryList spells them (a test checks they
 * match). Importing the schema here would bring every list's definition and all the reference data into
 * this chunk.
 */
export const DIRECTORY_LIST_TITLE: string = 'WellbeingSupportDirectory';
export const DIRECTORY_COLUMNS = {
  title: 'Title',
  entryId: 'EntryId',
  description: 'EntryDescription',
  kind: 'EntryKind',
  phone: 'ContactPhone',
  email: 'ContactEmail',
  url: 'EntryUrl',
  hours: 'OpeningHours',
  note: 'EntryNote',
  contexts: 'PageContexts',
  order: 'SortOrder'
} as const;

/** The store reads at most this many rows of a small list (a directory has a few dozen). */
const DIRECTORY_MAX = 1000;

type Item = Record<string, unknown>;

function text(item: Item, column: string): string | undefined {
  const value = item[column];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function contextsOf(item: Item): PageContext[] {
  const value = item[DIRECTORY_COLUMNS.contexts];
  // Multi-choice columns come back as an array, or as { results: [...] } in verbose OData.
  const values: unknown[] = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : [];
  return values.filter((v): v is PageContext => (PAGE_CONTEXTS as readonly unknown[]).indexOf(v) >= 0);
}

function orderOf(item: Item): number {
  const value = Number(item[DIRECTORY_COLUMNS.order]);
  return Number.isFinite(value) ? value : 0;
}

/**
 * One list item as a directory entry, or undefined for a row that cannot be shown (no id or title, or a kind
 * the product does not know): one bad edit by a site owner hides that row, never the whole directory.
 */
export function supportEntryFromItem(item: Item): SupportEntry | undefined {
  const id = text(item, DIRECTORY_COLUMNS.entryId);
  const title = text(item, DIRECTORY_COLUMNS.title);
  const kind = text(item, DIRECTORY_COLUMNS.kind) as SupportEntryKind | undefined;
  if (id === undefined || title === undefined || kind === undefined || SUPPORT_ENTRY_KINDS.indexOf(kind) < 0) {
    return undefined;
  }
  const entry: SupportEntry = {
    id,
    title,
    description: text(item, DIRECTORY_COLUMNS.description) ?? '',
    kind,
    contexts: contextsOf(item),
    order: orderOf(item)
  };
  for (const key of ['phone', 'email', 'url', 'hours', 'note'] as const) {
    const value = text(item, DIRECTORY_COLUMNS[key]);
    if (value !== undefined) {
      entry[key] = value;
    }
  }
  return entry;
}

/** The entries that can be shown, in display order. */
export function supportEntriesFromItems(items: readonly Item[]): SupportEntry[] {
  return items
    .map(supportEntryFromItem)
    .filter((entry): entry is SupportEntry => entry !== undefined)
    .sort(compareSupportEntries);
}

/** Every entry of the directory, in display order: one request. */
export function readSupportDirectory(sp: SPFI): Promise<StoreResult<SupportEntry[]>> {
  return attempt(async () => {
    const items: Item[] = await sp.web.lists
      .getByTitle(DIRECTORY_LIST_TITLE)
      .items.select(...Object.values(DIRECTORY_COLUMNS))
      .top(DIRECTORY_MAX)();
    return supportEntriesFromItems(items);
  });
}

/**
 * An IWellbeingStore whose supportDirectory() is the light read above, and whose every other method is the
 * full store's (loaded on the first such call). A Proxy, so that a method added to IWellbeingStore later is
 * handed on without a change here.
 */
export function directoryFirstStore(sp: () => SPFI, full: () => Promise<IWellbeingStore>): IWellbeingStore {
  const own: Pick<IWellbeingStore, 'supportDirectory'> = { supportDirectory: () => readSupportDirectory(sp()) };
  return new Proxy(own, {
    get(target: Pick<IWellbeingStore, 'supportDirectory'>, key: PropertyKey): unknown {
      if (key === 'supportDirectory') {
        return target.supportDirectory;
      }
      // Not a thenable: `await store()` must give this object, not call a `then` on the full store.
      if (typeof key !== 'string' || key === 'then') {
        return undefined;
      }
      return (...args: unknown[]): Promise<unknown> =>
        full().then((store) => (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[key](...args));
    }
  }) as IWellbeingStore;
}
