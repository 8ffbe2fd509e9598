// List items <-> domain types: Manager summaries (appendix 3, R14, R16). (the conventions are in itemValues.ts).

import type { ManagerSummary, SummaryRecipient } from '../../domain/managerSummary';
import { findServiceArea } from '../../domain/organisation';
import type { Organisation } from '../../domain/organisation';
import { RuntimeField, ManagerSummariesList } from '../../schema/runtime';
import type { ManagerSummaryRecord } from './IWellbeingStore';
import {
  SpItem,
  UserById,
  UserIdByLogin,
  userKey,
  etagOf,
  idOf,
  readText,
  readOptionalText,
  readBool,
  readNumber,
  readDate,
  requireDate,
  readChoice,
  readPerson,
  blankToNull,
  userIdOrNull,
  toStoredValue,
  withDefined
} from './itemValues';
// ---------------------------------------------------------------------------------------------
// Manager summaries (appendix 3, R14, R16).

const S = ManagerSummariesList.fields;

export const SUMMARY_USER_FIELDS: readonly RuntimeField[] = [S.lineManager, S.serviceManager, S.nextPersonInLine];

function recipientLogin(summary: ManagerSummary, role: SummaryRecipient['role']): string | undefined {
  return summary.recipients.find((r) => r.role === role)?.person.id;
}

/** The logins a summary write needs resolved. */
export function summaryLogins(summary: ManagerSummary): string[] {
  return summary.recipients.map((r) => r.person.id);
}

/**
 * R14: a redacted summary (name withheld, or an anonymous alert) writes no name, role or team at all;
 * only the service area identifies whose service it is.
 */
export function toSummaryItem(
  caseId: number,
  serviceAreaId: string,
  summary: ManagerSummary,
  sharedAt: Date,
  ids: UserIdByLogin
): SpItem {
  const item: SpItem = {
    [S.reference.internalName]: summary.reference,
    [S.caseId.internalName]: caseId,
    [S.kind.internalName]: summary.kind,
    [S.summaryDate.internalName]: summary.date.toISOString(),
    [S.nameWithheld.internalName]: summary.redacted,
    [S.serviceAreaId.internalName]: serviceAreaId,
    [S.concernsAndActionsNeeded.internalName]: summary.concernsAndActionsNeeded,
    [S.actionsAgreed.internalName]: blankToNull(summary.actionsAgreed),
    [userKey(S.lineManager)]: userIdOrNull(recipientLogin(summary, 'LineManager'), ids),
    [userKey(S.serviceManager)]: userIdOrNull(recipientLogin(summary, 'ServiceManager'), ids),
    [userKey(S.nextPersonInLine)]: userIdOrNull(recipientLogin(summary, 'NextPersonInLine'), ids),
    [S.sharedAt.internalName]: sharedAt.toISOString(),
    // Not told yet: the workflow notifies once the case is updated, and records each notification sent.
    [S.recipientsNotifiedAt.internalName]: null,
    [S.hosNotifiedAt.internalName]: null,
    [S.hosFollowUpDue.internalName]: summary.hosFollowUpDue.toISOString()
  };
  if (!summary.redacted) {
    item[S.workerName.internalName] = blankToNull(summary.name);
    item[S.role.internalName] = blankToNull(summary.role);
    item[S.team.internalName] = blankToNull(summary.team);
  }
  return item;
}

/** R14: the HoS changes only these columns. */
export function toFollowUpItem(doneAt: Date, outcome: string): SpItem {
  return {
    [S.hosFollowUpDoneAt.internalName]: doneAt.toISOString(),
    [S.hosFollowUpOutcome.internalName]: outcome
  };
}

export function fromSummaryItem(item: SpItem, users: UserById, organisation: Organisation): ManagerSummaryRecord {
  const redacted = readBool(item, S.nameWithheld);
  const recipients: SummaryRecipient[] = [];
  const add = (role: SummaryRecipient['role'], field: RuntimeField): void => {
    const person = readPerson(item, field, users);
    if (person !== undefined) {
      recipients.push({ role, person });
    }
  };
  add('LineManager', S.lineManager);
  add('ServiceManager', S.serviceManager);
  add('NextPersonInLine', S.nextPersonInLine);
  const serviceAreaId = readText(item, S.serviceAreaId);
  const summary: ManagerSummary = {
    kind: readChoice(item, S.kind),
    reference: readText(item, S.reference),
    date: requireDate(item, S.summaryDate),
    redacted,
    // Triage wrote the key (managers cannot write summaries); a retired service area still reads its name (issue 18).
    serviceArea: findServiceArea(organisation, serviceAreaId)?.name ?? serviceAreaId,
    concernsAndActionsNeeded: readText(item, S.concernsAndActionsNeeded),
    actionsAgreed: readText(item, S.actionsAgreed),
    recipients,
    hosFollowUpDue: requireDate(item, S.hosFollowUpDue)
  };
  if (!redacted) {
    summary.name = readText(item, S.workerName);
    summary.role = readText(item, S.role);
    summary.team = readText(item, S.team);
  }
  const record: ManagerSummaryRecord = {
    id: idOf(item),
    etag: etagOf(item),
    caseId: readNumber(item, S.caseId) ?? 0,
    serviceAreaId,
    summary
  };
  return withDefined(record, {
    sharedAt: readDate(item, S.sharedAt),
    recipientsNotifiedAt: readDate(item, S.recipientsNotifiedAt),
    hosNotifiedAt: readDate(item, S.hosNotifiedAt),
    hosFollowUpDoneAt: readDate(item, S.hosFollowUpDoneAt),
    hosFollowUpOutcome: readOptionalText(item, S.hosFollowUpOutcome)
  });
}


/** Columns that say when, not what: a retried share (a minute later) of the same summary leaves them as they are. */
const WHEN_COLUMNS: readonly string[] = [S.summaryDate, S.sharedAt, S.recipientsNotifiedAt, S.hosNotifiedAt, S.hosFollowUpDue].map((f) => f.internalName);

/**
 * Issue 14: true when a stored summary item already says exactly what `values` (toSummaryItem) says, to the
 * same people: no name, role or team left in it when the name is withheld.
 */
export function sameSummary(current: SpItem, values: SpItem): boolean {
  const same = Object.keys(values)
    .filter((key) => WHEN_COLUMNS.indexOf(key) < 0)
    .every((key) => toStoredValue(values[key]) === toStoredValue(current[key]));
  const nameLeft = values[S.nameWithheld.internalName] === true && [S.workerName, S.role, S.team].some((f) => readText(current, f) !== '');
  return same && !nameLeft;
}
