// Issue 14 (H07) in the store: reading the alerts above the watermark with the cases they have, moving the
// watermark, and recording an alert set aside; alertWindow.ts says why. Only triage reads and writes these.

import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { AlertsList, BoardStateList, CasesList, RuntimeList } from '../../schema/runtime';
import { ALERT_WATERMARK_KEY, AlertWatermark, advanced, watermarkOf, watermarkText } from './alertWindow';
import { etagOf, idOf, parseDate, SpItem } from './mapping';
import { allOf, compare } from './odata';
import { isThresholdError, StoreFailure } from './storeErrors';
import { CREATED, ID, selectFor, StoreBase } from './storeBase';

/** Ids read in one query where a range of ids is split for the threshold: under 5,000 items whatever is in it. */
const ID_RANGE = 4000;

export interface AlertWindow {
  watermark: AlertWatermark;
  /** The watermark's own item (its ETag), when there is one. */
  item?: SpItem;
  /** Every alert above the watermark, all columns but the account ones. */
  alerts: SpItem[];
  /** The alert ids above the watermark that have a case, of any status. */
  withCase: Set<number>;
}

export abstract class AlertWindowStore extends StoreBase {
  /** The watermark's item in WellbeingBoardState, if there is one (`sp`: a batch to read it in). */
  protected async watermarkItem(sp?: SPFI): Promise<SpItem | undefined> {
    const T = BoardStateList.fields;
    const items: SpItem[] = await this.list(BoardStateList, sp)
      .items.filter(compare(T.key.internalName, 'eq', ALERT_WATERMARK_KEY))
      .select(ID, T.key.internalName, T.value.internalName)
      .top(1)();
    return items[0];
  }

  /** The alerts above the watermark and which of them have a case (two queries side by side, each paged). */
  protected async alertWindow(item: SpItem | undefined): Promise<AlertWindow> {
    const watermark = watermarkOf(item, BoardStateList.fields.value);
    let highest: Promise<number> | undefined;
    const ceiling = (): Promise<number> => (highest = highest ?? this.highestId(AlertsList));
    const alertId = CasesList.fields.alertId.internalName;
    const [alerts, cases] = await Promise.all([
      this.allAbove(AlertsList, ID, watermark.upTo, selectFor(AlertsList), ceiling),
      this.allAbove(CasesList, alertId, watermark.upTo, [ID, alertId], ceiling)
    ]);
    return { watermark, item, alerts, withCase: new Set(cases.map((c) => Number(c[alertId]))) };
  }

  /**
   * Moves the watermark over what has a case now (`hasCase`: the window's cases and the open ones). Best effort:
   * a colleague's board moving it at the same moment (a conflict) or a failure leaves it where it was, and the
   * next load reads a little more.
   */
  protected async moveWatermark(window: AlertWindow, hasCase: (id: number) => boolean): Promise<void> {
    const seen = window.alerts.map((item) => ({ id: Number(item[ID] ?? item.ID), created: parseDate(item[CREATED]) }));
    const moved = advanced(window.watermark, seen, hasCase, this._now());
    if (moved.upTo > window.watermark.upTo) {
      await this.saveWatermark(window.item, moved).catch(() => undefined);
    }
  }

  /** Adds an alert to those set aside (a conflict with a colleague's board is read again and tried once more). */
  protected async recordSetAside(id: number): Promise<void> {
    for (let tries = 0; ; tries++) {
      const item = await this.watermarkItem();
      const watermark = watermarkOf(item, BoardStateList.fields.value);
      if (id <= watermark.upTo || watermark.setAside.includes(id)) return;
      try {
        await this.saveWatermark(item, { ...watermark, setAside: [...watermark.setAside, id] });
        return;
      } catch (error) {
        if (tries >= 2 || !(error instanceof StoreFailure && error.storeError.kind === 'conflict')) throw error;
      }
    }
  }

  /** Writes the watermark with the ETag its item was read with (a conflict if a colleague moved it first). */
  protected async saveWatermark(item: SpItem | undefined, watermark: AlertWatermark): Promise<void> {
    const T = BoardStateList.fields;
    if (item === undefined) {
      await this.list(BoardStateList).items.add({ [T.key.internalName]: ALERT_WATERMARK_KEY, [T.value.internalName]: watermarkText(watermark) });
      return;
    }
    await this.updateWithEtag(BoardStateList, { id: idOf(item), etag: etagOf(item) }, { [T.value.internalName]: watermarkText(watermark) });
  }

  /**
   * Every item whose `field` (a whole number on an index: the item Id, a case's AlertId) is above `floor`, page by
   * page. Where SharePoint refuses that for the list view threshold (more than 5,000 match: a site whose
   * watermark has not moved yet), the same range is read in parts of ID_RANGE numbers up to `ceiling`.
   */
  protected async allAbove(definition: RuntimeList, field: string, floor: number, select: readonly string[], ceiling: () => Promise<number>): Promise<SpItem[]> {
    try {
      return await this.allPages(this.query(definition, compare(field, 'gt', floor), select));
    } catch (error) {
      if (!isThresholdError(error)) {
        throw error;
      }
      const top = await ceiling();
      let items: SpItem[] = [];
      for (let from = floor; from < top; from += ID_RANGE) {
        const part = allOf(compare(field, 'gt', from), compare(field, 'le', Math.min(top, from + ID_RANGE)));
        items = items.concat(await this.allPages(this.query(definition, part, select)));
      }
      return items;
    }
  }

  /** The highest item id on a list (0 when empty): ordered on Id, which is always indexed. */
  protected async highestId(definition: RuntimeList): Promise<number> {
    const items: SpItem[] = await this.list(definition).items.select(ID).orderBy(ID, false).top(1)();
    return items.length === 0 ? 0 : Number(items[0][ID] ?? items[0].ID);
  }
}
