// IWellbeingStore over SharePoint with PnPjs v4, against the data site's PnPjs root (IDataSiteService.sp).
// The only file in the store that imports PnPjs.
//
// Rules this file keeps (ARCHITECTURE.md, brief for issue 3):
// - Large lists: every query filters first on an indexed column (schema `filteredBy`) and pages with
//   `for await` (PAGE_SIZE items a request), so no query fails at the 5,000-item list view threshold.
//   Small bounded reads that belong together (one case's events, records and summaries; config and the
//   support directory) go in one `sp.batched()` round trip instead.
// - Updates send the ETag the item was read with; a 412 becomes a 'conflict' result, never an overwrite.
//   Because PnPjs retries a request after a dropped connection, a 412 is first checked against the item:
//   if it already holds exactly what we wrote, our own earlier attempt succeeded and that is not a conflict.
// - Adds that must not happen twice are keyed and looked up before and after the add (once.ts): SharePoint
//   allows no unique column on a list with item-level security. The cases list keeps its unique AlertId.
// - Throttling (429/503 with Retry-After) is retried by PnPjs's BrowserFetchWithRetry (SPFx / SPBrowser
//   behaviours); a 429/503 means SharePoint did not do the work, so a retry cannot duplicate a write.
// - Filter values go through odata.ts; errors become StoreResults in storeErrors.ts.

import type { GraphFI } from '@pnp/graph';
import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { isCanonicalReference, isIdempotencyKey } from '../../domain/reference';
import { publicStatusFor } from '../../domain/alert';
import type { Alert } from '../../domain/alert';
import type { CaseEvent } from '../../domain/caseLifecycle';
import type { PersonRef } from '../../domain/managerSummary';
import type { CaseStatus, PublicStatus, SupportEntry } from '../../domain/types';
import {
  AlertsList,
  AnyListDefinition,
  BasePermission,
  CaseEventsList,
  CasesList,
  ConfigList,
  DiscussionsList,
  fieldsOf,
  ITEM_SHARING,
  ManagerSummariesList,
  NetworkThemesList,
  SupportDirectoryList,
  ThemeReportsList
} from '../../schema';
import type { IMailService } from '../mail/IMailService';
import type {
  AlertRecord,
  CaseChanges,
  CaseDetail,
  CaseRecord,
  DiscussionRecord,
  DiscussionRecordItem,
  ItemRef,
  IWellbeingStore,
  ManagerSummaryRecord,
  MyAlert,
  NetworkThemeInput,
  NetworkThemeItem,
  NewCaseInput,
  OpenWork,
  PublishThemeReportInput,
  ShareSummaryInput,
  ShareSummaryResult,
  StoreUser,
  SubmitOutcome,
  ThemeAccess,
  ThemeReportRecord,
  WellbeingConfig
} from './IWellbeingStore';
import {
  CASE_USER_FIELDS,
  caseLogins,
  etagOf,
  EVENT_USER_FIELDS,
  eventKeyOf,
  fromAlertItem,
  fromCaseItem,
  fromConfigItems,
  fromDiscussionItem,
  fromEventItem,
  fromMyAlertItem,
  fromNetworkThemeItem,
  fromSummaryItem,
  fromThemeReportItem,
  idOf,
  latestPerQuarter,
  MY_ALERT_SELECT,
  publicStatusItem,
  SpItem,
  SUMMARY_USER_FIELDS,
  summaryLogins,
  userKey,
  THEME_REPORT_USER_FIELDS,
  toAlertItem,
  toCaseItem,
  toDiscussionItem,
  toEventItem,
  toFollowUpItem,
  toNetworkThemeItem,
  toSummaryItem,
  toThemeReportItem,
  toStoredValue,
  UserById,
  userIdsOf,
  UserIdByLogin
} from './mapping';
import { BasePermissionsMask, hasPermission } from '../provisioning/permissionMask';
import { allOf, anyOf, compare } from './odata';
import { supportEntriesFromItems } from './supportDirectory';
import { searchTenantPeople } from './peopleSearch';
import { addOnce, newAddKey, sendOnce, tabLock, TabLock } from './once';
import { attempt, isThresholdError, StoreFailure, StoreResult, toStoreError } from './storeErrors';

/** Items per request when paging a large list. */
export const PAGE_SIZE = 500;
/** Upper bound for the small reads done inside a batch (one case's events; config; the directory). */
const SMALL_READ_MAX = 1000;
/** The lower end of "every date" for range filters on indexed dates (the product did not exist before). */
const EPOCH = new Date(Date.UTC(2000, 0, 1));
/** The smallest date range read on its own (a range SharePoint throttles is split down to this). */
const MIN_RANGE_MS = 1000;
/** R14: the HoS and triage read the summaries shared in this many months (the follow-up is due at two weeks). */
const SUMMARY_WINDOW_MONTHS = 12;

/** The case statuses the board shows. One indexed equality query each: `ne 'Closed'` cannot use the index. */
const OPEN_STATUSES: readonly CaseStatus[] = ['New', 'Contacted', 'MeetingOffered', 'MeetingHeld', 'AwaitingFollowUp'];

// SharePoint's own columns (not ours, so not in schema/).
const ID = 'Id';
const CREATED = 'Created';
const AUTHOR_ID = 'AuthorId';
/** Site users read by id in one query (`Id eq 1 or ...`), well inside SharePoint's URL length. */
const USERS_PER_QUERY = 40;
/** The people picker shows at most this many matches; the person types more to narrow it. */
const PEOPLE_SEARCH_LIMIT = 10;

interface SiteUserData {
  Id: number;
  LoginName: string;
  Email: string;
  Title: string;
}

export interface SharePointWellbeingStoreOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** One add per key at a time across the browser's tabs (once.ts); tests may pass their own. */
  lock?: TabLock;
  /** Microsoft Graph as the signed-in user: people search over the whole tenant (peopleSearch.ts). */
  graph?: GraphFI;
}

/** $select for a list: every schema column (User columns as `<Name>Id`) plus the item's id and creation time. */
function selectFor(list: AnyListDefinition): string[] {
  return [ID, CREATED, ...fieldsOf(list).map((f) => (f.type === 'User' || f.type === 'UserMulti' ? `${f.internalName}Id` : f.internalName))];
}

function lower(s: string): string {
  return s.trim().toLowerCase();
}

export class SharePointWellbeingStore implements IWellbeingStore {
  private readonly _sp: SPFI;
  private readonly _mail: IMailService;
  private readonly _now: () => Date;
  private readonly _lock: TabLock;
  private readonly _graph: GraphFI | undefined;
  private readonly _usersById: Map<number, StoreUser> = new Map();
  private readonly _idsByLogin: Map<string, number> = new Map();
  private _me: StoreUser | undefined;
  private _directory: SupportEntry[] | undefined;
  private _roleDefinitionId: number | undefined;

  public constructor(sp: SPFI, mail: IMailService, options: SharePointWellbeingStoreOptions = {}) {
    this._sp = sp;
    this._mail = mail;
    this._now = options.now ?? (() => new Date());
    this._lock = options.lock ?? tabLock;
    this._graph = options.graph;
  }

  // -------------------------------------------------------------------------------------------
  // Users

  public currentUser(): Promise<StoreResult<StoreUser>> {
    return attempt(() => this.me());
  }

  private async me(): Promise<StoreUser> {
    if (this._me === undefined) {
      const data: SiteUserData = await this._sp.web.currentUser.select(ID, 'LoginName', 'Email', 'Title')();
      this._me = this.remember(data);
    }
    return this._me;
  }

  private remember(data: SiteUserData): StoreUser {
    const user: StoreUser = { id: data.Id, loginName: data.LoginName, email: data.Email ?? '', displayName: data.Title ?? '' };
    this._usersById.set(user.id, user);
    this._idsByLogin.set(lower(user.loginName), user.id);
    if (user.email !== '') {
      this._idsByLogin.set(lower(user.email), user.id);
    }
    return user;
  }

  /**
   * Site user ids -> users, fetching the unknown ones in one filtered query per USERS_PER_QUERY ids
   * (`Id eq 1 or Id eq 2`), cached for the store's life. Not a batch of one read each: a user removed from
   * the site answers 404, and after a failed part SharePoint answers every later part 500. A user who is
   * not there any more is simply not in the answer (the record is still shown, by no one).
   */
  private async usersById(ids: readonly number[]): Promise<UserById> {
    const missing = ids.filter((id, i, all) => !this._usersById.has(id) && all.indexOf(id) === i);
    const queries: Promise<void>[] = [];
    for (let start = 0; start < missing.length; start += USERS_PER_QUERY) {
      const chunk = missing.slice(start, start + USERS_PER_QUERY);
      queries.push(
        this._sp.web.siteUsers
          .filter(anyOf(...chunk.map((id) => compare(ID, 'eq', id))))
          .select(ID, 'LoginName', 'Email', 'Title')
          .top(chunk.length)()
          .then((found: SiteUserData[]) => {
            found.forEach((data) => this.remember(data));
          })
      );
    }
    await Promise.all(queries);
    return (id) => this._usersById.get(id);
  }

  /**
   * Login names (or e-mails) -> site user ids, adding them to the site with ensureUser where needed: one
   * batch, then each part that failed on its own (after a failed part SharePoint answers every later part
   * 500, so those say nothing about their own person). An account SharePoint cannot resolve fails as
   * 'personNotFound' (storeErrors.ts): permanent, never retried.
   */
  private async ensureLogins(logins: readonly string[]): Promise<UserIdByLogin> {
    const missing = logins.filter((l, i, all) => l.trim() !== '' && all.indexOf(l) === i && !this._idsByLogin.has(lower(l)));
    const ensured = (login: string) => (data: SiteUserData): void => {
      const user = this.remember(data);
      this._idsByLogin.set(lower(login), user.id);
    };
    if (missing.length > 0) {
      const [batched, execute] = this._sp.batched();
      const parts = missing.map((login) =>
        batched.web
          .ensureUser(login)
          .then(ensured(login))
          .then(
            () => undefined,
            () => login
          )
      );
      await execute().catch(() => undefined); // every part then reports its own failure
      const failed = (await Promise.all(parts)).filter((login): login is string => login !== undefined);
      let firstError: unknown;
      for (const login of failed) {
        try {
          ensured(login)(await this._sp.web.ensureUser(login));
        } catch (error) {
          firstError = firstError ?? error;
        }
      }
      if (firstError !== undefined) {
        throw firstError;
      }
    }
    return (login) => this._idsByLogin.get(lower(login));
  }

  public searchPeople(query: string): Promise<StoreResult<StoreUser[]>> {
    return attempt(async () => {
      const text = query.trim();
      if (text.length < 2) {
        return [];
      }
      if (this._graph !== undefined) {
        // Anyone in the tenant, not only people already in the site's user list (peopleSearch.ts).
        return searchTenantPeople(this._graph, text, PEOPLE_SEARCH_LIMIT);
      }
      // Without Graph (scripts, some tests): the site's user list. OData text literal: a quote is doubled.
      // Only people (PrincipalType 1), never groups.
      const quoted = text.replace(/'/g, "''");
      const found: SiteUserData[] = await this._sp.web.siteUsers
        .filter(`PrincipalType eq 1 and (substringof('${quoted}', Title) or substringof('${quoted}', Email))`)
        .select(ID, 'LoginName', 'Email', 'Title')
        .top(PEOPLE_SEARCH_LIMIT)();
      return found.map((data) => this.remember(data)).filter((u) => u.email !== '');
    });
  }

  private user(id: number): StoreUser | undefined {
    return this._usersById.get(id);
  }

  // -------------------------------------------------------------------------------------------
  // Reading helpers

  private list(definition: AnyListDefinition, sp: SPFI = this._sp): IList {
    return sp.web.lists.getByTitle(definition.title);
  }

  /** Every page of an indexed query (`for await`: PnPjs follows the server's next links). */
  private async allPages(query: IItems): Promise<SpItem[]> {
    const items: SpItem[] = [];
    for await (const page of query.top(PAGE_SIZE)) {
      items.push(...(page as SpItem[]));
    }
    return items;
  }

  private query(definition: AnyListDefinition, filter: string, select: readonly string[] = selectFor(definition)): IItems {
    return this.list(definition)
      .items.filter(filter)
      .select(...select);
  }

  /**
   * Every item whose indexed date `field` is in [from, to), page by page. SharePoint refuses a query whose
   * indexed condition matches more than 5,000 items (the whole range counts), so a refused range is read
   * as two halves, and so on: one request on an ordinary site, a few more on a very large one.
   */
  private async allInRange(definition: AnyListDefinition, field: string, from: Date, to: Date): Promise<SpItem[]> {
    try {
      return await this.allPages(this.query(definition, allOf(compare(field, 'ge', from), compare(field, 'lt', to))));
    } catch (error) {
      const span = to.getTime() - from.getTime();
      if (!isThresholdError(error) || span < 2 * MIN_RANGE_MS) {
        throw error;
      }
      const middle = new Date(from.getTime() + Math.floor(span / 2 / MIN_RANGE_MS) * MIN_RANGE_MS);
      const [early, late] = await Promise.all([
        this.allInRange(definition, field, from, middle),
        this.allInRange(definition, field, middle, to)
      ]);
      return early.concat(late);
    }
  }

  private async readOne(definition: AnyListDefinition, id: number): Promise<SpItem> {
    return this.list(definition).items.getById(id).select(...selectFor(definition))();
  }

  /**
   * Updates with the ETag the item was read with. On 412 the item is read again: if it already holds the
   * values we wrote (an earlier attempt of this same update went through before the connection dropped)
   * that is success; otherwise it is a 'conflict' and nothing was written.
   */
  private async updateWithEtag(definition: AnyListDefinition, ref: ItemRef, values: SpItem): Promise<string> {
    const item = this.list(definition).items.getById(ref.id);
    try {
      const result: { etag?: string | null } | undefined = await item.update(values, ref.etag);
      if (result !== undefined && typeof result.etag === 'string' && result.etag !== '') {
        return result.etag;
      }
      return etagOf(await this.readOne(definition, ref.id));
    } catch (error) {
      if (toStoreError(error).status !== 412) {
        throw error;
      }
      const current = await this.readOne(definition, ref.id);
      const same = Object.keys(values).every((key) => toStoredValue(values[key]) === toStoredValue(current[key]));
      if (same) {
        return etagOf(current);
      }
      throw new StoreFailure({ kind: 'conflict', status: 412, retryable: false });
    }
  }

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
        () => this.list(AlertsList).items.using(sendOnce()).add(toAlertItem(alert)) as Promise<SpItem>
      );
      return this.submitted(item, alreadyExisted, alert);
    });
  }

  private submitted(item: SpItem, alreadyExisted: boolean, alert: Alert): SubmitOutcome {
    const created = item[CREATED];
    const submittedAt = typeof created === 'string' && !isNaN(Date.parse(created)) ? new Date(created) : alert.submittedAt;
    return { kind: 'submitted', alreadyExisted, alert: { id: idOf(item), reference: alert.reference, submittedAt } };
  }

  private async alertByKey(key: string): Promise<SpItem | undefined> {
    const items: SpItem[] = await this.query(AlertsList, compare(AlertsList.fields.idempotencyKey.internalName, 'eq', key), [
      ID,
      CREATED
    ]).top(1)();
    return items[0];
  }

  public sendAlertCopy(alert: Alert, to: string): Promise<StoreResult<void>> {
    return this._mail.sendAlertCopy(to, alert);
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

  private async alertsWithStatus(status: PublicStatus): Promise<SpItem[]> {
    return this.allPages(this.query(AlertsList, compare(AlertsList.fields.publicStatus.internalName, 'eq', status)));
  }

  private async casesWithStatus(status: CaseStatus): Promise<SpItem[]> {
    return this.allPages(this.query(CasesList, compare(CasesList.fields.status.internalName, 'eq', status)));
  }

  public openWork(): Promise<StoreResult<OpenWork>> {
    return attempt(async () => {
      // Paged queries cannot share a batch (each page's link comes from the one before), so the indexed
      // queries run side by side instead.
      const [received, inProgress, ...caseLists] = await Promise.all([
        this.alertsWithStatus('Received'),
        this.alertsWithStatus('InProgress'),
        ...OPEN_STATUSES.map((s) => this.casesWithStatus(s))
      ]);
      const caseItems = caseLists.reduce((all, items) => all.concat(items), [] as SpItem[]);
      const users = await this.usersById(userIdsOf(caseItems, CASE_USER_FIELDS));
      const cases = caseItems.map((item) => fromCaseItem(item, users));
      const alerts = received.concat(inProgress).map(fromAlertItem);
      const alertById = new Map<number, AlertRecord>(alerts.map((a) => [a.id, a]));
      const withCase = new Set<number>(cases.map((c) => c.alertId));
      return {
        alertsWithoutCase: received
          .map((item) => alertById.get(idOf(item)) as AlertRecord)
          .filter((a) => !withCase.has(a.id))
          .sort((a, b) => a.alert.submittedAt.getTime() - b.alert.submittedAt.getTime()),
        openCases: cases
          .sort((a, b) => a.firstContactDue.getTime() - b.firstContactDue.getTime())
          .map((record) => ({ record, alert: alertById.get(record.alertId) }))
      };
    });
  }

  public caseDetail(ref: { caseId: number; alertId: number }): Promise<StoreResult<CaseDetail>> {
    return attempt(async () => {
      // One round trip: everything that belongs to one case (each filtered on an indexed CaseId).
      const [batched, execute] = this._sp.batched();
      const byCase = (definition: AnyListDefinition, caseIdField: string): Promise<SpItem[]> =>
        this.list(definition, batched)
          .items.filter(compare(caseIdField, 'eq', ref.caseId))
          .select(...selectFor(definition))
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
      const detail: CaseDetail = {
        record: fromCaseItem(c, users),
        events: e.map((item) => fromEventItem(item, users)).sort((x, y) => x.at.getTime() - y.at.getTime()),
        discussions: d.map(fromDiscussionItem),
        summaries: s.map((item) => fromSummaryItem(item, users))
      };
      if (a !== undefined) {
        detail.alert = fromAlertItem(a);
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

  private async caseForAlert(alertId: number): Promise<SpItem | undefined> {
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
  private async setPublicStatus(alertId: number, status: PublicStatus): Promise<void> {
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
  private async addEvents(caseId: number, reference: string, events: readonly CaseEvent[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    const ids = await this.ensureLogins(events.map((e) => e.by));
    const wanted = events.map((e) => toEventItem(caseId, reference, e, ids));
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

  private eventItems(caseId: number): Promise<SpItem[]> {
    return this.allPages(this.query(CaseEventsList, compare(CaseEventsList.fields.caseId.internalName, 'eq', caseId)));
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

  // -------------------------------------------------------------------------------------------
  // Manager summaries

  public shareManagerSummary(input: ShareSummaryInput): Promise<StoreResult<ShareSummaryResult>> {
    return attempt(async () => {
      const hos = input.hosSafeguarding ?? [];
      const ids = await this.ensureLogins([...summaryLogins(input.summary), ...hos.map((p) => p.id)]);
      const sharedAt = this._now();
      const values = toSummaryItem(input.caseId, input.serviceAreaId, input.summary, sharedAt, ids);
      // A retry after a failure part-way (stored but not yet shared) carries on with the same item.
      const existing = await this.summaryFor(input.caseId, input.summary.kind);
      const created: SpItem = existing ?? (await this.list(ManagerSummariesList).items.add(values));
      const id = idOf(created);

      // R14, R21: the item keeps the list's grants (triage, HoS Safeguarding, owners) and adds each
      // recipient, and nobody else. The item's ETag changes when its permissions do, so it is read again.
      const item = this.list(ManagerSummariesList).items.getById(id);
      await item.breakRoleInheritance(ITEM_SHARING.copyRoleAssignments, ITEM_SHARING.clearSubscopes);
      const roleId = await this.roleDefinitionId();
      const recipientIds = input.summary.recipients
        .map((r) => ids(r.person.id))
        .filter((v, i, all): v is number => v !== undefined && all.indexOf(v) === i);
      const [batched, execute] = this._sp.batched();
      const grants = recipientIds.map((principalId) =>
        this.list(ManagerSummariesList, batched).items.getById(id).roleAssignments.add(principalId, roleId)
      );
      await execute();
      await Promise.all(grants);

      const fresh = await this.readOne(ManagerSummariesList, id);
      const users = await this.usersById(userIdsOf([fresh], SUMMARY_USER_FIELDS));
      const record = fromSummaryItem(fresh, users);

      // R22: content-free notifications, each recipient separately; failure does not undo the sharing.
      const emailsOf = (people: readonly PersonRef[]): string[] =>
        people
          .map((p) => ids(p.id))
          .map((uid) => (uid === undefined ? undefined : this.user(uid)?.email))
          .filter((e): e is string => e !== undefined && e !== '');
      const sent = await this._mail.notify({
        kind: 'summaryShared',
        to: emailsOf(input.summary.recipients.map((r) => r.person)),
        link: input.link
      });
      let notified = sent.ok;
      if (hos.length > 0) {
        const hosSent = await this._mail.notify({ kind: 'hosFollowUp', to: emailsOf(hos), link: input.link });
        notified = notified && hosSent.ok;
      }
      return { record, notified };
    });
  }

  private async summaryFor(caseId: number, kind: string): Promise<SpItem | undefined> {
    const f = ManagerSummariesList.fields;
    const items: SpItem[] = await this.query(ManagerSummariesList, compare(f.caseId.internalName, 'eq', caseId), [
      ID,
      f.kind.internalName
    ]).top(SMALL_READ_MAX)();
    return items.find((item) => item[f.kind.internalName] === kind);
  }

  private async roleDefinitionId(): Promise<number> {
    if (this._roleDefinitionId === undefined) {
      const definition: { Id: number } = await this._sp.web.roleDefinitions.getByName(ITEM_SHARING.level).select(ID)();
      this._roleDefinitionId = definition.Id;
    }
    return this._roleDefinitionId;
  }

  public managerSummaries(): Promise<StoreResult<ManagerSummaryRecord[]>> {
    return attempt(async () => {
      const me = await this.me();
      const f = ManagerSummariesList.fields;
      // Every read is bounded whatever the list's size (issue 12): a named manager's summaries through the
      // indexed person columns, one query per column (R14, R5); the HoS's and triage's through the indexed
      // SharedAt in the last 12 months. SharePoint trims each to what this person may read.
      const since = new Date(this._now().getTime());
      since.setUTCMonth(since.getUTCMonth() - SUMMARY_WINDOW_MONTHS);
      const reads: Promise<SpItem[]>[] = [f.lineManager, f.serviceManager, f.nextPersonInLine].map((person) =>
        this.allPages(this.query(ManagerSummariesList, compare(userKey(person), 'eq', me.id)))
      );
      reads.push(this.allInRange(ManagerSummariesList, f.sharedAt.internalName, since, this.tomorrow()));
      let lists: SpItem[][];
      try {
        lists = await Promise.all(reads);
      } catch (error) {
        // A manager with nothing shared with them cannot reach the list at all, and SharePoint answers as if
        // it did not exist (404). For them that means: no summaries.
        if (toStoreError(error).status === 404) {
          return [];
        }
        throw error;
      }
      const byId = new Map<number, SpItem>();
      lists.forEach((items) => items.forEach((item) => byId.set(idOf(item), item)));
      const items = Array.from(byId.values());
      const users = await this.usersById(userIdsOf(items, SUMMARY_USER_FIELDS));
      return items
        .map((item) => fromSummaryItem(item, users))
        .sort((a, b) => (b.sharedAt?.getTime() ?? 0) - (a.sharedAt?.getTime() ?? 0));
    });
  }

  /** The end of the day after today: "until now" for a range filter, with room for a clock a little ahead. */
  private tomorrow(): Date {
    const t = new Date(this._now().getTime() + 86_400_000);
    t.setUTCHours(0, 0, 0, 0);
    return new Date(t.getTime() + 86_400_000);
  }

  public recordHosFollowUp(record: ManagerSummaryRecord, doneAt: Date, outcome: string): Promise<StoreResult<ManagerSummaryRecord>> {
    return attempt(async () => {
      const text = outcome.trim();
      if (text === '' || text.length > ManagerSummariesList.fields.hosFollowUpOutcome.maxLength) {
        throw new StoreFailure({ kind: 'invalidInput', retryable: false });
      }
      // R14: the HoS may edit only the follow-up columns (SharePoint has no column permissions).
      const etag = await this.updateWithEtag(ManagerSummariesList, record, toFollowUpItem(doneAt, text));
      return { ...record, etag, hosFollowUpDoneAt: doneAt, hosFollowUpOutcome: text };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Themes

  public publishThemeReport(input: PublishThemeReportInput): Promise<StoreResult<ThemeReportRecord>> {
    return attempt(async () => {
      const me = await this.me();
      const f = ThemeReportsList.fields;
      const probe = toThemeReportItem(input, 1, this._now(), me.id);
      // The same report by the same person is the same publication (a retry, a lost answer, a second tab).
      const same = (item: SpItem): boolean =>
        [f.reportJson.internalName, f.commentary.internalName, `${f.publishedBy.internalName}Id`].every(
          (column) => toStoredValue(item[column] ?? null) === toStoredValue(probe[column] ?? null)
        );
      const versions = (): Promise<SpItem[]> => this.allPages(this.query(ThemeReportsList, compare(f.quarterId.internalName, 'eq', input.quarterId)));
      const latestOf = (items: SpItem[]): SpItem | undefined =>
        items.reduce<SpItem | undefined>((max, item) => (max === undefined || versionOf(item) > versionOf(max) ? item : max), undefined);
      return this._lock(`themes:${input.quarterId}`, async () => {
        // QuarterVersion is unique: of two publishers at the same moment one is refused and takes the next
        // version (or, when it said which version it saw, is told someone published meanwhile).
        for (let attemptNo = 0; ; attemptNo++) {
          const earlier = await versions();
          const latest = latestOf(earlier);
          if (latest !== undefined && same(latest)) {
            return themeReportOf(latest, await this.usersById(userIdsOf([latest], THEME_REPORT_USER_FIELDS)));
          }
          // History is kept: republishing adds the next version, it never edits the old one.
          const version = (latest === undefined ? 0 : versionOf(latest)) + 1;
          if (input.expectedLatestVersion !== undefined && input.expectedLatestVersion !== version - 1) {
            throw new StoreFailure({ kind: 'conflict', retryable: false }, 'Theme report: a newer version was published meanwhile');
          }
          const values = toThemeReportItem(input, version, this._now(), me.id);
          try {
            const created: SpItem = await this.list(ThemeReportsList).items.using(sendOnce()).add(values);
            return themeReportOf({ ...values, ...created }, (id) => this.user(id));
          } catch (error) {
            // Written after all (the answer was lost), or refused because the version was taken: read again.
            if (attemptNo >= 3) {
              throw error;
            }
            const now = await versions().catch(() => {
              throw error;
            });
            if (!now.some((item) => versionOf(item) === version)) {
              throw error;
            }
          }
        }
      });
    });
  }

  public latestThemeReports(): Promise<StoreResult<ThemeReportRecord[]>> {
    return attempt(async () => {
      const items = await this.allInRange(ThemeReportsList, ThemeReportsList.fields.publishedAt.internalName, EPOCH, this.tomorrow());
      const users = await this.usersById(userIdsOf(items, THEME_REPORT_USER_FIELDS));
      return latestPerQuarter(items.map((item) => themeReportOf(item, users)));
    });
  }

  public themeReportHistory(quarterId: string): Promise<StoreResult<ThemeReportRecord[]>> {
    return attempt(async () => {
      const items = await this.allPages(
        this.query(ThemeReportsList, compare(ThemeReportsList.fields.quarterId.internalName, 'eq', quarterId))
      );
      const users = await this.usersById(userIdsOf(items, THEME_REPORT_USER_FIELDS));
      return items.map((item) => themeReportOf(item, users)).sort((a, b) => b.version - a.version || b.id - a.id);
    });
  }

  public themeAccess(): Promise<StoreResult<ThemeAccess>> {
    return attempt(async () => {
      // A list the person cannot read answers 404 (SharePoint hides it) or 403: no access. Not one batch: after
      // a failed part SharePoint answers every later part with a 500, so one hidden list would blank the others.
      // Three reads side by side instead, each failing on its own.
      const maskOf = (definition: AnyListDefinition): Promise<BasePermissionsMask | undefined> =>
        this.list(definition)
          .getCurrentUserEffectivePermissions()
          .then((mask) => ({ High: Number(mask.High), Low: Number(mask.Low) }))
          .catch((error: unknown) => {
            const kind = toStoreError(error).kind;
            if (kind === 'notFound' || kind === 'noPermission') {
              return undefined;
            }
            throw error;
          });
      const [r, n, c] = await Promise.all([maskOf(ThemeReportsList), maskOf(NetworkThemesList), maskOf(CasesList)]);
      const has = (mask: BasePermissionsMask | undefined, permission: BasePermission): boolean =>
        mask !== undefined && hasPermission(mask, permission);
      return {
        readPublished: has(r, 'ViewListItems'),
        publish: has(r, 'AddListItems') && has(c, 'ViewListItems'),
        recordNetworkThemes: has(n, 'AddListItems')
      };
    });
  }

  public addNetworkTheme(input: NetworkThemeInput): Promise<StoreResult<NetworkThemeItem>> {
    return attempt(async () => {
      const key = input.key ?? newAddKey();
      const values = toNetworkThemeItem(input, key);
      const keyField = NetworkThemesList.fields.entryKey.internalName;
      // Own-items list, so no unique column: the key is looked up before and after the add (once.ts).
      const find = async (): Promise<SpItem | undefined> =>
        ((await this.query(NetworkThemesList, compare(keyField, 'eq', key)).top(1)()) as SpItem[])[0];
      const { item, alreadyExisted } = await addOnce(this._lock, `networkTheme:${key}`, find, () =>
        this.list(NetworkThemesList).items.using(sendOnce()).add(values) as Promise<SpItem>
      );
      return fromNetworkThemeItem(alreadyExisted ? item : { ...values, ...item });
    });
  }

  public networkThemes(quarterId: string): Promise<StoreResult<NetworkThemeItem[]>> {
    return attempt(async () => {
      const items = await this.allPages(
        this.query(NetworkThemesList, compare(NetworkThemesList.fields.quarterId.internalName, 'eq', quarterId))
      );
      return items.map(fromNetworkThemeItem);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Everyone

  public supportDirectory(): Promise<StoreResult<SupportEntry[]>> {
    return attempt(async () => {
      const directory = this._directory ?? this.rememberDirectory(await this.readDirectory());
      return directory.map((entry) => ({ ...entry, contexts: [...entry.contexts] }));
    });
  }

  private readDirectory(sp: SPFI = this._sp): Promise<SpItem[]> {
    return this.list(SupportDirectoryList, sp).items.select(...selectFor(SupportDirectoryList)).top(SMALL_READ_MAX)();
  }

  private rememberDirectory(items: SpItem[]): SupportEntry[] {
    this._directory = supportEntriesFromItems(items);
    return this._directory;
  }

  public config(): Promise<StoreResult<WellbeingConfig>> {
    return attempt(async () => {
      // The directory is read in the same round trip the first time: every web part needs both at start.
      const [batched, execute] = this._sp.batched();
      const configItems: Promise<SpItem[]> = this.list(ConfigList, batched).items.select(...selectFor(ConfigList)).top(SMALL_READ_MAX)();
      const directoryItems: Promise<SpItem[]> | undefined = this._directory === undefined ? this.readDirectory(batched) : undefined;
      await execute();
      const config = fromConfigItems(await configItems);
      if (directoryItems !== undefined) {
        // The directory is a bonus here: if it failed, config still answers and the directory is read later.
        const items = await directoryItems.catch(() => undefined);
        if (items !== undefined) {
          this.rememberDirectory(items);
        }
      }
      return config;
    });
  }
}

/** A report with its publisher's display name (R18: the publishing log says who). */
function themeReportOf(item: SpItem, users: UserById): ThemeReportRecord {
  const record = fromThemeReportItem(item, users);
  const publisher = users(Number(item[`${ThemeReportsList.fields.publishedBy.internalName}Id`]));
  if (publisher !== undefined && publisher.displayName !== '') {
    record.publishedByName = publisher.displayName;
  }
  return record;
}

function versionOf(item: SpItem): number {
  return Number(item[ThemeReportsList.fields.reportVersion.internalName]) || 0;
}
