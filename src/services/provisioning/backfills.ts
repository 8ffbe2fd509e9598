import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { AnyListDefinition, FieldDefinition, ThemeReportsList } from '../../schema';
import { themeReportVersionKey } from '../store/themeCodec';
import type { ProvisionSteps } from './provisionSteps';

/** An item as the backfill reads it: its id and the columns it selected. */
export type BackfillItem = { Id: number } & Record<string, unknown>;

/**
 * A value a newer schema needs on items an older one left without it (a new required column). Adding the
 * column leaves it empty on every item already there; the provisioner fills it from the item's other columns.
 * Items that already have it are never changed, so a rerun finds nothing to do.
 */
export interface Backfill {
  list: AnyListDefinition;
  /** The column to fill. When it is unique, the constraint is applied only once every item has its value. */
  field: FieldDefinition;
  /** The columns the value comes from. */
  reads: readonly FieldDefinition[];
  /** What to write on each item that needs it (by item id), given every item of the list. */
  updates(items: readonly BackfillItem[]): Map<number, Record<string, unknown>>;
}

const T = ThemeReportsList.fields;

/**
 * Schema 2 (issue 12) added QuarterVersion, unique, "<quarter id>#<version>" (themeCodec.ts), so two
 * publishers at the same moment cannot both take one version. Reports published before it get theirs from
 * their quarter and version. Before it, two publishers could take the same version: the first published
 * (lowest item id) keeps it and each later one takes the quarter's next free version, as a publisher refused
 * by the unique column does today, so no report is lost and every version is still in publishing order.
 */
export const THEME_REPORT_VERSION_KEYS: Backfill = {
  list: ThemeReportsList,
  field: T.versionKey,
  reads: [T.quarterId, T.reportVersion],
  updates(items) {
    const quarterOf = (item: BackfillItem): string => String(item[T.quarterId.internalName] ?? '');
    const versionOf = (item: BackfillItem): number => Number(item[T.reportVersion.internalName]) || 1;
    const keyOf = (item: BackfillItem): string => String(item[T.versionKey.internalName] ?? '');
    const updates = new Map<number, Record<string, unknown>>();
    const quarters = new Set(items.map(quarterOf));
    for (const quarter of quarters) {
      const theirs = items.filter((i) => quarterOf(i) === quarter).sort((a, b) => versionOf(a) - versionOf(b) || a.Id - b.Id);
      // Versions already taken: every item's own, so a renumbered one never lands on a version in use.
      const taken = new Set(theirs.map(versionOf));
      const keys = new Set(theirs.map(keyOf).filter((k) => k !== ''));
      let next = Math.max(...taken) + 1;
      const kept = new Set<number>();
      for (const item of theirs) {
        if (keyOf(item) !== '') continue;
        let version = versionOf(item);
        if (kept.has(version) || keys.has(themeReportVersionKey(quarter, version))) {
          version = next++;
        }
        kept.add(version);
        const update: Record<string, unknown> = { [T.versionKey.internalName]: themeReportVersionKey(quarter, version) };
        if (version !== versionOf(item)) update[T.reportVersion.internalName] = version;
        updates.set(item.Id, update);
      }
    }
    return updates;
  }
};

/** Every backfill the schema needs, in the order they run. */
export const BACKFILLS: readonly Backfill[] = [THEME_REPORT_VERSION_KEYS];

/** The backfills of one list. */
export function backfillsOf(definition: AnyListDefinition): Backfill[] {
  return BACKFILLS.filter((b) => b.list.key === definition.key);
}

/**
 * Fills the column on the items without it (one change per item, so the report and a dry run say which).
 * `hasColumn` false: the column is not on the site yet (a dry run, which did not add it), so every item needs it.
 */
export async function runBackfill(steps: ProvisionSteps, list: IList, backfill: Backfill, hasColumn: boolean): Promise<void> {
  const columns = ['Id', ...backfill.reads.map((f) => f.internalName), ...(hasColumn ? [backfill.field.internalName] : [])];
  const items: BackfillItem[] = [];
  // Paged by id (no filter, no order), which SharePoint allows on a list of any size.
  for await (const page of list.items.select(...columns).top(500)) {
    items.push(...(page as BackfillItem[]));
  }
  const updates = backfill.updates(items);
  const where = `${backfill.list.title}.${backfill.field.internalName}`;
  for (const [id, update] of [...updates].sort(([a], [b]) => a - b)) {
    const described = Object.entries(update)
      .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
      .join(', ');
    await steps.change(`fill ${where} on item ${id} (${described})`, () => list.items.getById(id).update(update));
  }
}
