// The store's shared ground: the PnPjs root, the clock, the tab lock, the users it has met, and the reading
// and writing helpers every list uses (indexed queries page by page, date ranges read in halves past the
// threshold, ETag updates). SharePointWellbeingStore.ts says what the store as a whole keeps to; the roles
// build on this one by one (triageStore.ts, summariesThemesStore.ts, SharePointWellbeingStore.ts).

import type { GraphFI } from '@pnp/graph';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { CaseStatus, SupportEntry } from '../../domain/types';
import { RuntimeList, fieldsOf, OrganisationList } from '../../schema/runtime';
import type { IMailService } from '../mail/IMailService';
import type { ItemRef, StoreUser } from './IWellbeingStore';
import { etagOf, SpItem, toStoredValue, UserById, UserIdByLogin } from './mapping';
import { allOf, anyOf, compare } from './odata';
import { organisationFromItems, OrganisationData } from './organisation';
import { tabLock, TabLock } from './once';
import { attempt, isThresholdError, StoreFailure, StoreResult, toStoreError } from './storeErrors';

/** Items per request when paging a large list. */
export const PAGE_SIZE = 500;
/** Upper bound for the small reads done inside a batch (one case's events; config; the directory). */
export const SMALL_READ_MAX = 1000;
/** The lower end of "every date" for range filters on indexed dates (the product did not exist before). */
export const EPOCH = new Date(Date.UTC(2000, 0, 1));
/** The smallest date range read on its own (a range SharePoint throttles is split down to this). */
const MIN_RANGE_MS = 1000;
/** R14: the HoS and triage read the summaries shared in this many months (the follow-up is due at two weeks). */
export const SUMMARY_WINDOW_MONTHS = 12;

/** The case statuses the board shows. One indexed equality query each: `ne 'Closed'` cannot use the index. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['New', 'Contacted', 'MeetingOffered', 'MeetingHeld', 'AwaitingFollowUp'];

// SharePoint's own columns (not ours, so not in schema/).
export const ID = 'Id';
export const CREATED = 'Created';
export const AUTHOR_ID = 'AuthorId';
/** Site users read by id in one query (`Id eq 1 or ...`), well inside SharePoint's URL length. */
const USERS_PER_QUERY = 40;
/** The people picker shows at most this many matches; the person types more to narrow it. */
export const PEOPLE_SEARCH_LIMIT = 10;

export interface SiteUserData {
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
  /**
   * Microsoft Graph as the signed-in user: people search over the whole tenant (peopleSearch.ts). A function
   * loads it on first use (the web parts: Graph is in its own chunk, issue 17).
   */
  graph?: GraphFI | (() => Promise<GraphFI>);
}

/**
 * SharePoint's own account columns: who created and last changed an item. Issue 14 defect 7: an anonymous
 * alert's Author is the raiser's account, so no read selects these unless it says so by name (the audit
 * trail's Author, R17), and a list read never goes without an explicit $select (SharePoint then answers
 * every column, AuthorId and EditorId included).
 */
export const ACCOUNT_COLUMNS: readonly string[] = ['Author', 'Editor', 'AuthorId', 'EditorId'];

/** True when a $select or $expand part names an account column (`AuthorId`, `Author/Title`, `Editor`...). */
export function namesAccount(part: string): boolean {
  const head = part.split('/')[0].trim().toLowerCase();
  return ACCOUNT_COLUMNS.some((c) => c.toLowerCase() === head);
}

/**
 * $select for a list: every schema column (User columns as `<Name>Id`) plus the item's id and creation time,
 * never an account column (ACCOUNT_COLUMNS), even one the schema lists (the alerts' indexed Created By).
 */
export function selectFor(list: RuntimeList): string[] {
  return [ID, CREATED, ...fieldsOf(list).map((f) => (f.type === 'User' || f.type === 'UserMulti' ? `${f.internalName}Id` : f.internalName))].filter(
    (column) => !namesAccount(column)
  );
}

export function lower(s: string): string {
  return s.trim().toLowerCase();
}

export abstract class StoreBase {
  protected readonly _sp: SPFI;
  protected readonly _mail: IMailService;
  protected readonly _now: () => Date;
  protected readonly _lock: TabLock;
  protected readonly _graph: GraphFI | (() => Promise<GraphFI>) | undefined;
  protected readonly _usersById: Map<number, StoreUser> = new Map();
  protected readonly _idsByLogin: Map<string, number> = new Map();
  protected _me: StoreUser | undefined;
  protected _directory: SupportEntry[] | undefined;
  /** Issue 18: the organisation list, read once for the store's life (like the support directory). */
  protected _organisation: Promise<OrganisationData> | undefined;
  protected _roleDefinitionId: number | undefined;

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

  protected async me(): Promise<StoreUser> {
    if (this._me === undefined) {
      const data: SiteUserData = await this._sp.web.currentUser.select(ID, 'LoginName', 'Email', 'Title')();
      this._me = this.remember(data);
    }
    return this._me;
  }

  protected remember(data: SiteUserData): StoreUser {
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
  protected async usersById(ids: readonly number[]): Promise<UserById> {
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
  protected async ensureLogins(logins: readonly string[]): Promise<UserIdByLogin> {
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

  protected user(id: number): StoreUser | undefined {
    return this._usersById.get(id);
  }

  // -------------------------------------------------------------------------------------------
  // Reading helpers

  /**
   * Issue 18: the organisation (service areas with their routes, teams, office bases) as the site holds it, read
   * once and shared by every read that maps a key (an alert's route, a team's name); forgotten if it failed.
   */
  protected organisationData(sp?: SPFI): Promise<OrganisationData> {
    if (this._organisation === undefined) {
      // `sp`: a batch to read it in, when it is not read yet (the board's first load, issue 17).
      const reading = this.list(OrganisationList, sp)
        .items.select('Id', ...fieldsOf(OrganisationList).map((f) => f.internalName))
        .top(SMALL_READ_MAX)()
        .then((items: SpItem[]) => organisationFromItems(items));
      this._organisation = reading;
      reading.catch(() => {
        if (this._organisation === reading) this._organisation = undefined;
      });
    }
    return this._organisation;
  }

  protected list(definition: RuntimeList, sp: SPFI = this._sp): IList {
    return sp.web.lists.getByTitle(definition.title);
  }

  /** Every page of an indexed query (`for await`: PnPjs follows the server's next links). */
  protected async allPages(query: IItems): Promise<SpItem[]> {
    const items: SpItem[] = [];
    for await (const page of query.top(PAGE_SIZE)) {
      items.push(...(page as SpItem[]));
    }
    return items;
  }

  protected query(definition: RuntimeList, filter: string, select: readonly string[] = selectFor(definition)): IItems {
    return this.list(definition)
      .items.filter(filter)
      .select(...select);
  }

  /**
   * Every item whose indexed date `field` is in [from, to), page by page. SharePoint refuses a query whose
   * indexed condition matches more than 5,000 items (the whole range counts), so a refused range is read
   * as two halves, and so on: one request on an ordinary site, a few more on a very large one.
   */
  protected async allInRange(definition: RuntimeList, field: string, from: Date, to: Date): Promise<SpItem[]> {
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

  protected async readOne(definition: RuntimeList, id: number): Promise<SpItem> {
    return this.list(definition).items.getById(id).select(...selectFor(definition))();
  }

  /**
   * Updates with the ETag the item was read with. On 412 the item is read again: if it already holds the
   * values we wrote (an earlier attempt of this same update went through before the connection dropped)
   * that is success; otherwise it is a 'conflict' and nothing was written.
   */
  protected async updateWithEtag(definition: RuntimeList, ref: ItemRef, values: SpItem): Promise<string> {
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

  protected tomorrow(): Date {
    const t = new Date(this._now().getTime() + 86_400_000);
    t.setUTCHours(0, 0, 0, 0);
    return new Date(t.getTime() + 86_400_000);
  }

}
