// IWellbeingStore over SharePoint with PnPjs v4, against the data site's PnPjs root (IDataSiteService.sp).
// With storeBase.ts, triageStore.ts and summariesThemesStore.ts (one part per role), the only files in
// the store that read or write the lists with PnPjs.
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

import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { SupportEntry } from '../../domain/types';
import type { OrganisationEntry } from '../../domain/organisation';
import { ConfigList, ManagerSummariesList, OrganisationList, SupportDirectoryList, TriageSettingsList } from '../../schema/runtime';
import type { PersonRef } from '../../domain/managerSummary';
import type { IWellbeingStore, ManagerSummaryRecord, NotifiedSummary, NotifySummaryInput, StoreUser, WellbeingConfig } from './IWellbeingStore';
import { fromConfigItems, fromSummaryItem, SpItem, SUMMARY_USER_FIELDS, userIdsOf } from './mapping';
import { supportEntriesFromItems } from './supportDirectory';
import { organisationRowFromItem, OrganisationData, OrganisationRow, toOrganisationItem } from './organisation';
import { attempt, StoreFailure, StoreResult, toStoreError } from './storeErrors';
import { ID, PEOPLE_SEARCH_LIMIT, SiteUserData, selectFor, SMALL_READ_MAX } from './storeBase';
import { ConsentStore } from './consentStore';

export { PAGE_SIZE } from './storeBase';
export type { SharePointWellbeingStoreOptions } from './storeBase';

/** IWellbeingStore over SharePoint: every role's part (storeBase.ts, triageStore.ts, summariesThemesStore.ts, consentStore.ts). */
export class SharePointWellbeingStore extends ConsentStore implements IWellbeingStore {
  // -------------------------------------------------------------------------------------------
  // People

  public searchPeople(query: string): Promise<StoreResult<StoreUser[]>> {
    return attempt(async () => {
      const text = query.trim();
      if (text.length < 2) {
        return [];
      }
      if (this._graph !== undefined) {
        // Anyone in the tenant, not only people already in the site's user list (peopleSearch.ts). Graph and the
        // search load on first use, in their own chunk: a first view never needs them (issue 17).
        const graph = this._graph;
        const [{ searchTenantPeople }, root] = await Promise.all([
          import(/* webpackChunkName: 'wellbeing-graph' */ './peopleSearch'),
          typeof graph === 'function' ? graph() : graph
        ]);
        return searchTenantPeople(root, text, PEOPLE_SEARCH_LIMIT);
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

  // -------------------------------------------------------------------------------------------
  // Everyone

  public supportDirectory(): Promise<StoreResult<SupportEntry[]>> {
    return attempt(async () => {
      const directory = this._directory ?? this.rememberDirectory(await this.readDirectory());
      return directory.map((entry) => ({ ...entry, contexts: [...entry.contexts] }));
    });
  }

  protected readDirectory(sp: SPFI = this._sp): Promise<SpItem[]> {
    return this.list(SupportDirectoryList, sp).items.select(...selectFor(SupportDirectoryList)).top(SMALL_READ_MAX)();
  }

  protected rememberDirectory(items: SpItem[]): SupportEntry[] {
    this._directory = supportEntriesFromItems(items);
    return this._directory;
  }

  public notifySummaryShared(record: ManagerSummaryRecord, input: NotifySummaryInput): Promise<StoreResult<NotifiedSummary>> {
    return attempt(async () => {
      const hos = input.hosSafeguarding ?? [];
      const ids = await this.ensureLogins([...record.summary.recipients.map((r) => r.person.id), ...hos.map((p) => p.id)]);
      const emailsOf = (people: readonly PersonRef[]): string[] =>
        people
          .map((p) => ids(p.id))
          .map((uid) => (uid === undefined ? undefined : this.user(uid)?.email))
          .filter((e): e is string => e !== undefined && e !== '');
      const f = ManagerSummariesList.fields;
      // R22: content-free, each group separately. Each notification sent is recorded on the item at once (with
      // its ETag), so a retry, or a reload and a retry, sends only what is not recorded; failure undoes nothing.
      const steps = [
        { done: record.recipientsNotifiedAt, column: f.recipientsNotifiedAt.internalName, send: () => this._mail.notify({ kind: 'summaryShared', to: emailsOf(record.summary.recipients.map((r) => r.person)), link: input.link }) },
        { done: hos.length === 0 ? this._now() : record.hosNotifiedAt, column: f.hosNotifiedAt.internalName, send: () => this._mail.notify({ kind: 'hosFollowUp', to: emailsOf(hos), link: input.link }) }
      ];
      let etag = record.etag;
      let notified = true;
      for (const step of steps) {
        if (step.done !== undefined) continue;
        const sent = await step.send();
        if (!sent.ok) {
          notified = false;
          continue;
        }
        etag = await this.updateWithEtag(ManagerSummariesList, { id: record.id, etag }, { [step.column]: this._now().toISOString() });
      }
      const fresh = await this.readOne(ManagerSummariesList, record.id);
      const users = await this.usersById(userIdsOf([fresh], SUMMARY_USER_FIELDS));
      return { record: fromSummaryItem(fresh, users, (await this.organisationData()).organisation), notified };
    });
  }

  /** Issue 18: the organisation, read once for the store's life. */
  public organisation(): Promise<StoreResult<OrganisationData>> {
    return attempt(() => this.organisationData());
  }

  /**
   * Issue 18: the site owners add (no `ref`) or change (rename, retire) one row. A change is written with the ETag
   * it was read with: a colleague's save in between is a 'conflict' and nothing is overwritten. The cached
   * organisation is read again after a save, so every screen of this page sees it.
   */
  public saveOrganisationEntry(entry: OrganisationEntry, ref?: { id: number; etag: string }): Promise<StoreResult<OrganisationRow>> {
    // Forgotten whatever happens: after a conflict the next read must show the colleague's change.
    this._organisation = undefined;
    return attempt(async () => {
      const values = toOrganisationItem(entry);
      const list = this.list(OrganisationList);
      let id: number;
      if (ref === undefined) {
        const added: SpItem = await list.items.add(values);
        id = Number((added as { Id?: unknown; ID?: unknown }).Id ?? (added as { ID?: unknown }).ID);
      } else {
        await this.updateWithEtag(OrganisationList, ref, values);
        id = ref.id;
      }
      this._organisation = undefined;
      const saved = organisationRowFromItem(await this.readOne(OrganisationList, id));
      if (saved === undefined) throw new StoreFailure({ kind: 'invalidInput', retryable: false });
      return saved;
    });
  }

  public config(): Promise<StoreResult<WellbeingConfig>> {
    return attempt(async () => {
      // The directory is read in the same round trip the first time: every web part needs both at start.
      const [batched, execute] = this._sp.batched();
      const configItems: Promise<SpItem[]> = this.list(ConfigList, batched).items.select(...selectFor(ConfigList)).top(SMALL_READ_MAX)();
      const directoryItems: Promise<SpItem[]> | undefined = this._directory === undefined ? this.readDirectory(batched) : undefined;
      // Last in the batch: most people may not read it (issue 14 defect 4), and after a failed part SharePoint
      // answers every later part 500. Refused (403) or hidden (404) means "not yours": no triage settings.
      const triageItems: Promise<SpItem[]> = this.list(TriageSettingsList, batched)
        .items.select(...selectFor(TriageSettingsList))
        .top(SMALL_READ_MAX)()
        .catch((error: unknown) => {
          const status = toStoreError(error).status;
          if (status === 403 || status === 404) {
            return [];
          }
          throw error;
        });
      await execute();
      const config = fromConfigItems(await configItems, await triageItems);
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
