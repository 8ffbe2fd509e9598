// R23 retention over SharePoint: the closed cases, a case deleted with everything that belongs to it, and the
// count-and-date trace a deletion leaves. A role of its own (the data site's owners, who hold Full Control;
// triage hold no delete permission, R17), so it stands beside the other roles' stores rather than in them.
//
// Deletion is permanent: a REST DELETE on an item removes it and its versions without the recycle bin
// (Microsoft's CSOM/REST `ListItem.DeleteObject`, where `recycle()` is the soft delete; the PnP Core SDK's
// "Working with the recycle bin" says the delete methods of the SharePoint APIs always delete permanently).
// Parts go in CASE_PARTS order, children first and the case last, each looked up again by its case or alert
// id, so a deletion that stopped part way is finished by running it again: what is gone is simply not found.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { CaseStatus } from '../../domain/types';
import {
  CASE_PARTS,
  CasePart,
  DeletionOutcome,
  deletionOutcome,
  DeletionRecord,
  PartDeletion,
  RetentionSettings
} from '../../domain/retention';
import {
  AlertsList,
  RuntimeList,
  CaseEventsList,
  CasesList,
  ConfigList,
  ConsentConfirmationsList,
  DiscussionsList,
  ManagerSummariesList,
  RetentionLogList
} from '../../schema/runtime';
import type { IMailService } from '../mail/IMailService';
import { fromConfigItems } from './configCodec';
import { idOf, readChoice, readDate, readNumber, readText, SpItem } from './itemValues';
import { compare } from './odata';
import { EPOCH, ID, SharePointWellbeingStoreOptions, SMALL_READ_MAX, StoreBase } from './storeBase';
import { attempt, StoreError, StoreResult, toStoreError } from './storeErrors';

/** A closed case as the retention view needs it: nothing from the record, only what finds its parts. */
export interface RetentionCase {
  caseId: number;
  alertId: number;
  reference: string;
  status: CaseStatus;
  closedAt?: Date;
}

/** What one deletion did: the outcome part by part, and what stopped it when it stopped. */
export interface RetentionDeletion {
  outcome: DeletionOutcome;
  problem?: StoreError;
}

export interface IRetentionStore {
  /** R23: the period the records officer set (WellbeingConfig `retentionYears`), or the default. */
  retentionSettings(): Promise<StoreResult<RetentionSettings>>;
  /** Closed cases that closed before `closedBefore` (an indexed range on ClosedAt, paged). */
  closedCasesBefore(closedBefore: Date): Promise<StoreResult<RetentionCase[]>>;
  /** Deletes the case and everything that belongs to it; stops at the first failure and says what is left. */
  deleteCase(c: RetentionCase): Promise<RetentionDeletion>;
  /** The only trace of a deletion: a count and a date. */
  recordDeletions(record: DeletionRecord): Promise<StoreResult<void>>;
  /** Every trace, newest first. */
  deletionLog(): Promise<StoreResult<DeletionRecord[]>>;
}

const C = CasesList.fields;
const L = RetentionLogList.fields;

/**
 * Where each part of a case lives (R23): the lists that hold records about a person. The provisioner applies a
 * Purview label to exactly these when IT chooses labels over the in-product deletion. The conversation list
 * comes with the relay (issue 16).
 */
export const CASE_PART_LISTS: Readonly<Record<CasePart, RuntimeList | undefined>> = {
  Conversation: undefined,
  Confirmation: ConsentConfirmationsList,
  Events: CaseEventsList,
  Summaries: ManagerSummariesList,
  Discussion: DiscussionsList,
  Alert: AlertsList,
  Case: CasesList
};

/** How a part's items are found: by the case, the alert or the reference the worker's link carried. */
function partQuery(part: CasePart, c: RetentionCase): { list: RuntimeList; filter: string } | undefined {
  const list = CASE_PART_LISTS[part];
  if (!list) return undefined;
  switch (part) {
    case 'Confirmation':
      return { list, filter: compare(ConsentConfirmationsList.fields.reference.internalName, 'eq', c.reference) };
    case 'Alert':
      return { list, filter: compare(ID, 'eq', c.alertId) };
    case 'Case':
      return { list, filter: compare(ID, 'eq', c.caseId) };
    default: {
      // Events, summaries and the discussion record each name their case in a `caseId` column.
      const caseId = (list.fields as Partial<Record<'caseId', { internalName: string }>>).caseId;
      if (!caseId) throw new Error(`${list.title} has no case column`);
      return { list, filter: compare(caseId.internalName, 'eq', c.caseId) };
    }
  }
}

export class SharePointRetentionStore extends StoreBase implements IRetentionStore {
  public constructor(sp: SPFI, mail: IMailService, options: SharePointWellbeingStoreOptions = {}) {
    super(sp, mail, options);
  }

  public retentionSettings(): Promise<StoreResult<RetentionSettings>> {
    return attempt(async () => {
      // Read like every other setting (configCodec.fromConfigItems): a value the records officer's setting would
      // refuse is not used, and the default keeps records, never deletes early.
      const items: SpItem[] = await this.query(ConfigList, compare(ConfigList.fields.key.internalName, 'eq', 'retentionYears')).top(1)();
      return { years: fromConfigItems(items).retentionYears };
    });
  }

  public closedCasesBefore(closedBefore: Date): Promise<StoreResult<RetentionCase[]>> {
    return attempt(async () => {
      const items = await this.allInRange(CasesList, C.closedAt.internalName, EPOCH, closedBefore);
      return items.map((item) => ({
        caseId: idOf(item),
        alertId: readNumber(item, C.alertId) ?? 0,
        reference: readText(item, C.reference),
        status: readChoice(item, C.status),
        closedAt: readDate(item, C.closedAt)
      }));
    });
  }

  public async deleteCase(c: RetentionCase): Promise<RetentionDeletion> {
    const results: PartDeletion[] = [];
    for (const part of CASE_PARTS) {
      const where = partQuery(part, c);
      if (where === undefined) {
        results.push({ part, found: 0, deleted: 0 });
        continue;
      }
      let ids: number[];
      try {
        ids = (await this.query(where.list, where.filter, [ID]).top(SMALL_READ_MAX)()).map((item: SpItem) => idOf(item));
      } catch (error) {
        return { outcome: deletionOutcome(results), problem: toStoreError(error) };
      }
      const done: PartDeletion = { part, found: ids.length, deleted: 0 };
      results.push(done);
      for (const id of ids) {
        try {
          await this.list(where.list).items.getById(id).delete();
          done.deleted += 1;
        } catch (error) {
          const problem = toStoreError(error);
          // Gone since it was found (another owner's deletion at the same moment): that is what we wanted.
          if (problem.kind === 'notFound') {
            done.deleted += 1;
            continue;
          }
          return { outcome: deletionOutcome(results), problem };
        }
      }
    }
    return { outcome: deletionOutcome(results) };
  }

  public recordDeletions(record: DeletionRecord): Promise<StoreResult<void>> {
    return attempt(async () => {
      await this.list(RetentionLogList).items.add({ [L.deletedOn.internalName]: record.deletedOn, [L.cases.internalName]: record.cases });
    });
  }

  public deletionLog(): Promise<StoreResult<DeletionRecord[]>> {
    return attempt(async () => {
      // A line per deletion action: small for decades. Newest by id (always indexed), no catch-all filter.
      const items: SpItem[] = await this.list(RetentionLogList)
        .items.select(ID, L.deletedOn.internalName, L.cases.internalName)
        .orderBy(ID, false)
        .top(SMALL_READ_MAX)();
      return items
        .map((item) => ({ deletedOn: readText(item, L.deletedOn) as DeletionRecord['deletedOn'], cases: readNumber(item, L.cases) ?? 0 }))
        .sort((a, b) => (a.deletedOn < b.deletedOn ? 1 : a.deletedOn > b.deletedOn ? -1 : 0));
    });
  }
}
