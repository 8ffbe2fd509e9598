// The raiser's and triage's part of the store: alerts (R3, R21), cases, events and discussion records
// (R10-R17). Writes that must happen once go through once.ts.

import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { isCanonicalReference, isIdempotencyKey } from '../../domain/reference';
import { publicStatusFor } from '../../domain/alert';
import type { Alert } from '../../domain/alert';
import type { CaseEvent } from '../../domain/caseLifecycle';
import type { PublicStatus } from '../../domain/types';
import {
  AlertsList,
  RuntimeList,
  CaseEventsList,
  CasesList,
  DiscussionsList,
  ManagerSummariesList
} from '../../schema/runtime';
import type {
  AlertRecord,
  CaseChanges,
  CaseDetail,
  CaseRecord,
  DiscussionRecord,
  DiscussionRecordItem,
  ItemRef,
  MyAlert,
  NewCaseInput,
  OpenWork,
  SubmitOutcome,
  UnreadableAlert
} from './IWellbeingStore';
import {
  CASE_USER_FIELDS,
  caseLogins,
  etagOf,
  EVENT_USER_FIELDS,
  eventKeyOf,
  readAlert,
  fromCaseItem,
  fromDiscussionItem,
  fromEventItem,
  fromMyAlertItem,
  fromSummaryItem,
  idOf,
  MY_ALERT_SELECT,
  publicStatusItem,
  SpItem,
  SUMMARY_USER_FIELDS,
  toAlertItem,
  toCaseItem,
  toDiscussionItem,
  toEventItem,
  toStoredValue,
  userIdsOf
} from './mapping';
import { relayReceipts } from './conversationStore';
import { compare } from './odata';
import { addOnce, sendOnce } from './once';
import { attempt, StoreFailure, StoreResult, toStoreError } from './storeErrors';
import { AlertWindowStore } from './alertWindowStore';
import { AUTHOR_ID, CREATED, ID, OPEN_STATUSES, PAGE_SIZE, selectFor, SMALL_READ_MAX } from './storeBase';

/**
 * R17, issue 14 defect 6: the events' columns plus who added each (AuthorId, which SharePoint sets), named
 * here because every other read leaves account columns out (storeBase ACCOUNT_COLUMNS).
 */
function eventSelect(): string[] {
  return [...selectFor(CaseEventsList), AUTHOR_ID];
}

export abstract class TriageStore extends AlertWindowStore {
  // -------------------------------------------------------------------------------------------
  // Raising

  public submitAlert(alert: Alert): Promise<StoreResult<SubmitOutcome>> {
    return attempt(async () => {
      if (!isIdempotencyKey(alert.idempotencyKey) || !isCanonicalReference(alert.reference)) {
        throw new StoreFailure({ kind: 'invalidInput', retryable: false });
      }
      // once.ts: the key is looked up before the add and after any failure (no unique column is possible
      // on this list: R21's own-items security). The reference is random (domain/reference.ts) and never
      // used to find an item, so nothing rests on its being unique.
      const { item, alreadyExisted } = await addOnce(
        this._lock,
        `alert:${alert.idempotencyKey}`,
        () => this.alertByKey(alert.idempotencyKey),
        async () => this.list(AlertsList).items.using(sendOnce()).add(toAlertItem(alert, (await this.organisationData()).organisation)) as Promise<SpItem>
      );
      return this.submitted(item, alreadyExisted, alert);
    });
  }

  protected submitted(item: SpItem, alreadyExisted: boolean, alert: Alert): SubmitOutcome {
    const created = item[CREATED];
    const submittedAt = typeof created === 'string' && !isNaN(Date.parse(created)) ? new Date(created) : alert.submittedAt;
    return { kind: 'submitted', alreadyExisted, alert: { id: idOf(item), reference: alert.reference, submittedAt } };
  }

  protected async alertByKey(key: string): Promise<SpItem | undefined> {
    const items: SpItem[] = await this.query(AlertsList, compare(AlertsList.fields.idempotencyKey.internalName, 'eq', key), [
      ID,
      CREATED
    ]).top(1)();
    return items[0];
  }

  public sendAlertCopy(alert: Alert, to: string, confirmLink?: string): Promise<StoreResult<void>> {
    return this.organisationData().then(
      (data) => this._mail.sendAlertCopy(to, alert, confirmLink, data.organisation),
      (error: unknown) => ({ ok: false as const, error: toStoreError(error) })
    );
  }

  public myAlerts(): Promise<StoreResult<MyAlert[]>> {
    return attempt(async () => {
      const me = await this.me();
      // R21: ReadSecurity=2 already limits staff to their own items; the Author filter keeps triage members
      // (who read every alert) to their own too, and only the public columns are selected.
      const items = await this.allPages(this.query(AlertsList, compare(AUTHOR_ID, 'eq', me.id), MY_ALERT_SELECT));
      return items.map(fromMyAlertItem).sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
    });
  }

  // -------------------------------------------------------------------------------------------
  // Triage

  public openWork(): Promise<StoreResult<OpenWork>> {
    return attempt(async () => {
      // One round trip for what does not depend on the watermark: the first page of each open status (an
      // indexed equality) and the watermark, last (after a failed part SharePoint answers every later part 500).
      const status = CasesList.fields.status.internalName;
      const [batched, execute] = this._sp.batched();
      // Issue 18: service areas and teams are site data, read once for the store's life: in this batch the first
      // time (issue 17: the board's first load in as few round trips as it can).
      const organisationRead = this.organisationData(batched);
      const firstPages = OPEN_STATUSES.map(
        (s): Promise<SpItem[]> => this.list(CasesList, batched).items.filter(compare(status, 'eq', s)).select(...selectFor(CasesList)).top(PAGE_SIZE)()
      );
      const mark = this.watermarkItem(batched);
      await execute();
      // Issue 14 (H07): every alert column is untrusted (staff set PublicStatus in their one add), so which alerts
      // wait is decided by the cases: the alerts above the watermark (item Id, which SharePoint sets) and the
      // cases of those alerts, whatever their status (alertWindow.ts). A status with a full first page of open
      // cases is read again page by page (paged reads cannot share a batch).
      const [window, caseLists] = await Promise.all([
        mark.then((item) => this.alertWindow(item)),
        Promise.all(firstPages).then((pages) =>
          Promise.all(pages.map((page, n) => (page.length < PAGE_SIZE ? page : this.allPages(this.query(CasesList, compare(status, 'eq', OPEN_STATUSES[n]))))))
        )
      ]);
      const organisation = (await organisationRead).organisation;
      const caseItems = caseLists.reduce((all, items) => all.concat(items), [] as SpItem[]);
      const users = await this.usersById(userIdsOf(caseItems, CASE_USER_FIELDS));
      const cases = caseItems.map((item) => fromCaseItem(item, users));
      const withCase = new Set<number>([...cases.map((c) => c.alertId), ...window.withCase]);
      const setAside = new Set(window.watermark.setAside);
      // Each alert is read on its own: one that cannot be read never stops the rest.
      const alertById = new Map<number, AlertRecord>();
      const waiting: AlertRecord[] = [];
      const unreadable: UnreadableAlert[] = [];
      // Issue 16, R10: an anonymous alert the relay held starts its clock when the relay received it (one read, only
      // when an anonymous alert waits for its case; the relay's receipts are in a list raisers cannot write).
      const anonymousWaiting = window.alerts
        .filter((i) => i[AlertsList.fields.anonymous.internalName] === true && typeof i[ID] === 'number' && !withCase.has(i[ID] as number))
        .map((i) => i[ID] as number);
      const receipts = anonymousWaiting.length > 0 ? await relayReceipts(this._sp, anonymousWaiting) : new Map<number, Date>();
      for (const item of window.alerts) {
        const read = readAlert(item, organisation, receipts.get(item[ID] as number));
        const id = read.ok ? read.alert.id : read.ref?.id;
        if (id === undefined || setAside.has(id)) continue;
        if (read.ok) alertById.set(id, read.alert);
        if (withCase.has(id)) continue;
        if (read.ok) waiting.push(read.alert);
        else if (read.ref !== undefined) unreadable.push(read.ref);
      }
      await this.moveWatermark(window, (id) => withCase.has(id));
      return {
        alertsWithoutCase: waiting.sort((a, b) => a.alert.submittedAt.getTime() - b.alert.submittedAt.getTime()),
        // A case whose alert is below the watermark, or cannot be read, still shows: the case holds what the board
        // needs (the case view reads its alert itself).
        openCases: cases
          .sort((a, b) => a.firstContactDue.getTime() - b.firstContactDue.getTime())
          .map((record) => ({ record, alert: alertById.get(record.alertId) })),
        unreadableAlerts: unreadable.sort((a, b) => a.id - b.id)
      };
    });
  }

  public setAlertAside(alert: ItemRef): Promise<StoreResult<void>> {
    return attempt(async () => {
      // The raiser's view says Closed: only the status column is written, with the ETag it was read with (a
      // change since is a conflict, and nothing is set aside).
      await this.updateWithEtag(AlertsList, alert, publicStatusItem('Closed'));
      // What the board trusts is kept where only triage writes (issue 14, H07): the id joins those set aside.
      await this.recordSetAside(alert.id);
    });
  }

  public caseDetail(ref: { caseId: number; alertId: number }): Promise<StoreResult<CaseDetail>> {
    return attempt(async () => {
      // One round trip: everything that belongs to one case (each filtered on an indexed CaseId).
      const [batched, execute] = this._sp.batched();
      const byCase = (definition: RuntimeList, caseIdField: string): Promise<SpItem[]> =>
        this.list(definition, batched)
          .items.filter(compare(caseIdField, 'eq', ref.caseId))
          .select(...(definition === CaseEventsList ? eventSelect() : selectFor(definition)))
          .top(SMALL_READ_MAX)();
      const caseItem: Promise<SpItem> = this.list(CasesList, batched).items.getById(ref.caseId).select(...selectFor(CasesList))();
      const events = byCase(CaseEventsList, CaseEventsList.fields.caseId.internalName);
      const discussions = byCase(DiscussionsList, DiscussionsList.fields.caseId.internalName);
      const summaries = byCase(ManagerSummariesList, ManagerSummariesList.fields.caseId.internalName);
      // Last: the alert may be gone (404), and after a failed part SharePoint answers every later part 500.
      const alertItem: Promise<SpItem | undefined> = this.list(AlertsList, batched)
        .items.getById(ref.alertId)
        .select(...selectFor(AlertsList))()
        .catch(() => undefined);
      await execute();
      const [c, a, e, d, s] = await Promise.all([caseItem, alertItem, events, discussions, summaries]);
      const users = await this.usersById([
        ...userIdsOf([c], CASE_USER_FIELDS),
        ...userIdsOf(e, EVENT_USER_FIELDS),
        ...userIdsOf(s, SUMMARY_USER_FIELDS)
      ]);
      const organisation = (await this.organisationData()).organisation;
      const detail: CaseDetail = {
        record: fromCaseItem(c, users),
        events: e.map((item) => fromEventItem(item, users)).sort((x, y) => x.at.getTime() - y.at.getTime()),
        discussions: d.map(fromDiscussionItem),
        summaries: s.map((item) => fromSummaryItem(item, users, organisation))
      };
      const read = a === undefined ? undefined : readAlert(a, organisation);
      if (read?.ok === true) {
        detail.alert = read.alert;
      }
      return detail;
    });
  }

  public openCase(input: NewCaseInput): Promise<StoreResult<CaseRecord>> {
    return attempt(async () => {
      const { alert } = input;
      const extras = {
        alertId: alert.id,
        alertReceivedAt: alert.alert.submittedAt,
        firstContactDue: input.firstContactDue,
        serviceAreaId: alert.alert.serviceAreaId,
        teamId: alert.alert.teamId,
        locationId: alert.alert.locationId,
        themeIds: [] as string[]
      };
      const ids = await this.ensureLogins([...caseLogins(input.case), ...input.events.map((e) => e.by)]);
      const values = toCaseItem(input.case, extras, ids);
      const openedAt = CasesList.fields.openedAt.internalName;
      // AlertId is unique on the cases list (no item-level security there): an alert never gets two cases.
      // A case found for the alert is ours (an earlier attempt: the same opening time) or a colleague's.
      const ours = async (): Promise<SpItem | undefined> => {
        const existing = await this.caseForAlert(alert.id);
        if (existing === undefined) {
          return undefined;
        }
        if (toStoredValue(existing[openedAt]) !== toStoredValue(values[openedAt])) {
          throw new StoreFailure({ kind: 'conflict', status: 409, retryable: false });
        }
        return existing;
      };
      const { item, alreadyExisted } = await addOnce(this._lock, `case:${alert.id}`, ours, () =>
        this.list(CasesList).items.using(sendOnce()).add(values) as Promise<SpItem>
      );
      const record = alreadyExisted
        ? fromCaseItem(item, await this.usersById(userIdsOf([item], CASE_USER_FIELDS)))
        : fromCaseItem({ ...values, ...item }, (id) => this.user(id));
      // Also when an earlier attempt wrote the case: its events may not have been written (R17).
      await this.addEvents(record.id, record.case.reference, input.events);
      return record;
    });
  }

  protected async caseForAlert(alertId: number): Promise<SpItem | undefined> {
    const items: SpItem[] = await this.query(CasesList, compare(CasesList.fields.alertId.internalName, 'eq', alertId)).top(1)();
    return items[0];
  }

  public updateCase(record: CaseRecord, changes: CaseChanges): Promise<StoreResult<CaseRecord>> {
    return attempt(async () => {
      const ids = await this.ensureLogins([...caseLogins(changes.case), ...changes.events.map((e) => e.by)]);
      const extras = {
        alertId: record.alertId,
        alertReceivedAt: record.alertReceivedAt,
        firstContactDue: record.firstContactDue,
        serviceAreaId: record.serviceAreaId,
        teamId: record.teamId,
        locationId: record.locationId,
        themeIds: changes.themeIds ?? record.themeIds
      };
      const etag = await this.updateWithEtag(CasesList, record, toCaseItem(changes.case, extras, ids));
      // Only once the case change is saved: a conflict above appends nothing (R17: the trail matches the case).
      await this.addEvents(record.id, changes.case.reference, changes.events);
      const before = publicStatusFor(record.case.status);
      const after = publicStatusFor(changes.case.status);
      if (before !== after) {
        await this.setPublicStatus(record.alertId, after);
      }
      return { ...record, ...extras, etag, case: changes.case };
    });
  }

  /** R21: the raiser's view follows the case. Read for the alert's own ETag, then write that one column. */
  protected async setPublicStatus(alertId: number, status: PublicStatus): Promise<void> {
    const field = AlertsList.fields.publicStatus.internalName;
    const current: SpItem = await this.list(AlertsList).items.getById(alertId).select(ID, field)();
    if (current[field] !== status) {
      await this.updateWithEtag(AlertsList, { id: alertId, etag: etagOf(current) }, publicStatusItem(status));
    }
  }

  public casesReceivedBetween(from: Date, to: Date): Promise<StoreResult<CaseRecord[]>> {
    return attempt(async () => {
      const items = await this.allInRange(CasesList, CasesList.fields.alertReceivedAt.internalName, from, to);
      const users = await this.usersById(userIdsOf(items, CASE_USER_FIELDS));
      return items.map((item) => fromCaseItem(item, users));
    });
  }

  public appendCaseEvents(caseId: number, reference: string, events: CaseEvent[]): Promise<StoreResult<void>> {
    return attempt(async () => {
      await this.ensureLogins(events.map((e) => e.by));
      await this.addEvents(caseId, reference, events);
    });
  }

  /**
   * R17: add only, once. The case's events are read first (indexed CaseId) and only those not already there
   * are added, in one batch sent without a blind resend (once.ts); after a failure they are read again, so
   * an answer lost after SharePoint wrote them makes no second copy and a retry adds only what is missing.
   */
  protected async addEvents(caseId: number, reference: string, events: readonly CaseEvent[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    // Who did it is not sent: SharePoint records the signed-in account as the item's Author (R17).
    const wanted = events.map((e) => toEventItem(caseId, reference, e));
    const missing = async (): Promise<SpItem[]> => {
      const have = new Set((await this.eventItems(caseId)).map(eventKeyOf));
      return wanted.filter((item) => !have.has(eventKeyOf(item)));
    };
    await this._lock(`events:${caseId}`, async () => {
      const toAdd = await missing();
      if (toAdd.length === 0) {
        return;
      }
      try {
        const [batched, execute] = spfi(this._sp).using(sendOnce()).batched();
        const adds = Promise.all(toAdd.map((values) => this.list(CaseEventsList, batched).items.add(values)));
        adds.catch(() => undefined); // reported through execute() or below, never unhandled
        await execute();
        await adds;
      } catch (error) {
        const left = await missing().catch(() => toAdd);
        if (left.length > 0) {
          throw error;
        }
      }
    });
  }

  protected eventItems(caseId: number): Promise<SpItem[]> {
    return this.allPages(this.query(CaseEventsList, compare(CaseEventsList.fields.caseId.internalName, 'eq', caseId), eventSelect()));
  }

  public caseEvents(caseId: number): Promise<StoreResult<CaseEvent[]>> {
    return attempt(async () => {
      const items = await this.eventItems(caseId);
      const users = await this.usersById(userIdsOf(items, EVENT_USER_FIELDS));
      return items.map((item) => fromEventItem(item, users)).sort((a, b) => a.at.getTime() - b.at.getTime());
    });
  }

  public saveDiscussion(record: DiscussionRecord, existing?: ItemRef): Promise<StoreResult<DiscussionRecordItem>> {
    return attempt(async () => {
      const values = toDiscussionItem(record);
      if (existing === undefined) {
        const created: SpItem = await this.list(DiscussionsList).items.add(values);
        return fromDiscussionItem({ ...values, ...created });
      }
      const etag = await this.updateWithEtag(DiscussionsList, existing, values);
      return { id: existing.id, etag, record };
    });
  }
}
