// Manager summaries (R14, R16) and themes (R18-R20) in the store.

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { BasePermission } from '../../schema/security';
import {
  CasesList,
  ITEM_SHARING,
  ManagerSummariesList,
  NetworkThemesList,
  PublishedThemesList,
  RuntimeList,
  ThemeReportsList
} from '../../schema/runtime';
import type {
  ManagerSummaryRecord,
  NetworkThemeInput,
  NetworkThemeItem,
  PublishThemeReportInput,
  ShareSummaryInput,
  ShareSummaryResult,
  ThemeAccess,
  ThemeReportRecord
} from './IWellbeingStore';
import {
  etagOf,
  fromNetworkThemeItem,
  fromSummaryItem,
  fromThemeReportItem,
  idOf,
  latestPerQuarter,
  SpItem,
  SUMMARY_USER_FIELDS,
  summaryLogins,
  userKey,
  THEME_REPORT_USER_FIELDS,
  toFollowUpItem,
  toNetworkThemeItem,
  sameSummary,
  toSummaryItem,
  toPublishedThemeItem,
  toThemeReportItem,
  toStoredValue,
  MappingError,
  UserById,
  userIdsOf
} from './mapping';
import { BasePermissionsMask, hasPermission } from '../provisioning/permissionMask';
import { compare } from './odata';
import { addOnce, newAddKey, sendOnce } from './once';
import { attempt, StoreFailure, StoreResult, toStoreError } from './storeErrors';
import { EPOCH, ID, SMALL_READ_MAX, SUMMARY_WINDOW_MONTHS } from './storeBase';
import { TriageStore } from './triageStore';

export abstract class SummariesThemesStore extends TriageStore {
  // -------------------------------------------------------------------------------------------
  // Manager summaries

  public shareManagerSummary(input: ShareSummaryInput): Promise<StoreResult<ShareSummaryResult>> {
    return attempt(async () => {
      const hos = input.hosSafeguarding ?? [];
      const ids = await this.ensureLogins([...summaryLogins(input.summary), ...hos.map((p) => p.id)]);
      const sharedAt = this._now();
      const values = toSummaryItem(input.caseId, input.serviceAreaId, input.summary, sharedAt, ids);
      // A retry after a failure part-way (stored, perhaps shared, the case not yet updated) carries on with the
      // same item, never a second one. What triage shares now may differ from the first attempt (issue 14: the
      // name unticked, another manager chosen), so unless the item already holds exactly this summary for
      // exactly these people, it is made so. Nobody is notified here: the workflow notifies once the case is
      // updated (notifySummaryShared), so a failed case update retried never tells anyone twice.
      const recipientIds = input.summary.recipients
        .map((r) => ids(r.person.id))
        .filter((v, i, all): v is number => v !== undefined && all.indexOf(v) === i);
      const existing = await this.summaryFor(input.caseId, input.summary.kind);
      if (existing !== undefined) {
        const current = await this.readOne(ManagerSummariesList, idOf(existing));
        if (sameSummary(current, values) && sameIds(await this.sharedWith(idOf(existing)), recipientIds)) {
          const users = await this.usersById(userIdsOf([current], SUMMARY_USER_FIELDS));
          return { record: fromSummaryItem(current, users, (await this.organisationData()).organisation), notified: false };
        }
      }
      const id = existing === undefined ? idOf(await this.list(ManagerSummariesList).items.add(values)) : idOf(existing);
      const item = this.list(ManagerSummariesList).items.getById(id);
      if (existing !== undefined) {
        // First the earlier recipients lose the item (back to the list's grants: triage, HoS, owners), so none of
        // them can read what is written next; then it is rewritten with the ETag it has now (a change by someone
        // else meanwhile is a conflict, nothing overwritten), with no name, role or team left when redacted, and
        // no notification recorded (these recipients have not been told).
        await item.resetRoleInheritance();
        const current = await this.readOne(ManagerSummariesList, id);
        await this.updateWithEtag(ManagerSummariesList, { id, etag: etagOf(current) }, { ...withoutName(input.summary), ...values });
      }

      // R14, R21: the item keeps the list's grants (triage, HoS Safeguarding, owners) and adds each
      // recipient, and nobody else. The item's ETag changes when its permissions do, so it is read again.
      await item.breakRoleInheritance(ITEM_SHARING.copyRoleAssignments, ITEM_SHARING.clearSubscopes);
      const roleId = await this.roleDefinitionId();
      const [batched, execute] = this._sp.batched();
      const grants = recipientIds.map((principalId) =>
        this.list(ManagerSummariesList, batched).items.getById(id).roleAssignments.add(principalId, roleId)
      );
      await execute();
      await Promise.all(grants);

      const fresh = await this.readOne(ManagerSummariesList, id);
      const users = await this.usersById(userIdsOf([fresh], SUMMARY_USER_FIELDS));
      return { record: fromSummaryItem(fresh, users, (await this.organisationData()).organisation), notified: false };
    });
  }

  /** Who holds the sharing level on a summary item (its named recipients; the list's own grants are other levels). */
  protected async sharedWith(id: number): Promise<number[]> {
    const assignments: { PrincipalId: number; RoleDefinitionBindings?: { Name?: string }[] }[] = await this.list(ManagerSummariesList)
      .items.getById(id)
      .roleAssignments.expand('RoleDefinitionBindings')();
    return assignments.filter((a) => (a.RoleDefinitionBindings ?? []).some((d) => d.Name === ITEM_SHARING.level)).map((a) => a.PrincipalId);
  }

  protected async summaryFor(caseId: number, kind: string): Promise<SpItem | undefined> {
    const f = ManagerSummariesList.fields;
    const items: SpItem[] = await this.query(ManagerSummariesList, compare(f.caseId.internalName, 'eq', caseId), [
      ID,
      f.kind.internalName
    ]).top(SMALL_READ_MAX)();
    return items.find((item) => item[f.kind.internalName] === kind);
  }

  protected async roleDefinitionId(): Promise<number> {
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
      const organisation = (await this.organisationData()).organisation;
      return items
        .map((item) => fromSummaryItem(item, users, organisation))
        .sort((a, b) => (b.sharedAt?.getTime() ?? 0) - (a.sharedAt?.getTime() ?? 0));
    });
  }

  /** The end of the day after today: "until now" for a range filter, with room for a clock a little ahead. */
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
            // A retry may have stopped between the history and the readers' copy: finish that too.
            await this.showLatest(latest);
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
            await this.showLatest(values);
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

  /**
   * R20, issue 14 #5: the readers' copy of a quarter, one item per quarter, rewritten to the version just
   * added to the history (never back to an older one). QuarterId is unique there, so of two first
   * publications at once one is refused and rewrites the other's item; a rewrite goes with the ETag it read.
   */
  protected async showLatest(version: SpItem): Promise<void> {
    const f = PublishedThemesList.fields;
    const values = toPublishedThemeItem(version);
    const quarterId = String(values[f.quarterId.internalName]);
    const wanted = Number(values[f.reportVersion.internalName]);
    for (let attemptNo = 0; ; attemptNo++) {
      const [shown] = (await this.query(PublishedThemesList, compare(f.quarterId.internalName, 'eq', quarterId)).top(1)()) as SpItem[];
      try {
        if (shown === undefined) {
          await this.list(PublishedThemesList).items.add(values);
        } else if (Number(shown[f.reportVersion.internalName]) < wanted) {
          await this.list(PublishedThemesList).items.getById(idOf(shown)).update(values, etagOf(shown));
        }
        return;
      } catch (error) {
        // Someone else added or rewrote the quarter's item meanwhile: read it again and decide again.
        const status = toStoreError(error).status;
        if (attemptNo >= 3 || (status !== 412 && status !== 500)) {
          throw error;
        }
      }
    }
  }

  public latestThemeReports(): Promise<StoreResult<ThemeReportRecord[]>> {
    return attempt(async () => {
      // The readers' list: the latest version of each quarter and nothing earlier (R20, issue 14 #5).
      const items = await this.allInRange(PublishedThemesList, PublishedThemesList.fields.publishedAt.internalName, EPOCH, this.tomorrow());
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
      // Four reads side by side instead, each failing on its own.
      const maskOf = (definition: RuntimeList): Promise<BasePermissionsMask | undefined> =>
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
      const [p, r, n, c] = await Promise.all([
        maskOf(PublishedThemesList),
        maskOf(ThemeReportsList),
        maskOf(NetworkThemesList),
        maskOf(CasesList)
      ]);
      const has = (mask: BasePermissionsMask | undefined, permission: BasePermission): boolean =>
        mask !== undefined && hasPermission(mask, permission);
      return {
        readPublished: has(p, 'ViewListItems'),
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
      // R19: a rep writes these items as they like (issue 14): one that names no known network, or counts fewer
      // than one approach, is left out rather than summed or stopping the quarter for everyone.
      return items.reduce((readable, item) => {
        try {
          const theme = fromNetworkThemeItem(item);
          if (Number.isInteger(theme.count) && theme.count >= 1) readable.push(theme);
        } catch (error) {
          if (!(error instanceof MappingError)) throw error;
        }
        return readable;
      }, [] as NetworkThemeItem[]);
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

/** Issue 14: a redacted summary rewriting a named one clears the name, role and team it held. */
/** The same people, in any order. */
function sameIds(have: readonly number[], want: readonly number[]): boolean {
  return have.length === want.length && want.every((id) => have.includes(id));
}

function withoutName(summary: { redacted: boolean }): SpItem {
  const f = ManagerSummariesList.fields;
  return summary.redacted ? { [f.workerName.internalName]: null, [f.role.internalName]: null, [f.team.internalName]: null } : {};
}
