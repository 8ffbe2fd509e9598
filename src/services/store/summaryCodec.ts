// List items <-> domain types: Manager summaries (appendix 3, R14, R16). (the conventions are in itemValues.ts).

import type { ManagerSummary, SummaryRecipient } from '../../domain/managerSummary';
import { serviceAreaById } from '../../referenceData';
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
    [S.hosNotifiedAt.internalName]: sharedAt.toISOString(),
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

export function fromSummaryItem(item: SpItem, users: UserById): ManagerSummaryRecord {
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
    serviceArea: serviceAreaById(serviceAreaId)?.name ?? serviceAreaId,
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
    hosFollowUpDoneAt: readDate(item, S.hosFollowUpDoneAt),
    hosFollowUpOutcome: readOptionalText(item, S.hosFollowUpOutcome)
  });
}

