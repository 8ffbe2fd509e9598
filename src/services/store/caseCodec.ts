// List items <-> domain types: Cases. (the conventions are in itemValues.ts).

import type { Case, Escalation } from '../../domain/caseLifecycle';
import type { PublicStatus } from '../../domain/types';
import { AlertsList, CasesList, RuntimeField } from '../../schema/runtime';
import type { CaseRecord } from './IWellbeingStore';
import {
  SpItem,
  UserById,
  UserIdByLogin,
  MappingError,
  userKey,
  etagOf,
  idOf,
  readText,
  readOptionalText,
  readBool,
  readNumber,
  parseDate,
  readDate,
  requireDate,
  readMulti,
  isChoiceOf,
  readChoice,
  readOptionalChoice,
  readLogin,
  iso,
  blankToNull,
  userIdOrNull,
  withDefined
} from './itemValues';
// ---------------------------------------------------------------------------------------------
// Cases.

const C = CasesList.fields;

export type CaseExtras = Omit<CaseRecord, 'id' | 'etag' | 'case'>;

interface StoredEscalation {
  kind: string;
  at: string;
  by: string;
}

/** The logins a case write needs resolved to site user ids. */
export function caseLogins(c: Case): string[] {
  return c.owner === undefined || c.owner === '' ? [] : [c.owner];
}

export function toCaseItem(c: Case, extras: CaseExtras, ids: UserIdByLogin): SpItem {
  const kinds = c.escalations.map((e) => e.kind).filter((k, i, all) => all.indexOf(k) === i);
  const history: StoredEscalation[] = c.escalations.map((e) => ({ kind: e.kind, at: e.at.toISOString(), by: e.by }));
  return {
    [C.reference.internalName]: c.reference,
    [C.alertId.internalName]: extras.alertId,
    [C.alertReceivedAt.internalName]: extras.alertReceivedAt.toISOString(),
    [C.openedAt.internalName]: c.openedAt.toISOString(),
    [C.status.internalName]: c.status,
    [C.route.internalName]: c.route,
    [C.serviceAreaId.internalName]: extras.serviceAreaId,
    [C.teamId.internalName]: c.anonymous ? null : blankToNull(extras.teamId),
    [C.locationId.internalName]: blankToNull(extras.locationId),
    [userKey(C.owner)]: userIdOrNull(c.owner, ids),
    [C.rag.internalName]: c.rag ?? null,
    [C.firstContactDue.internalName]: extras.firstContactDue.toISOString(),
    [C.contactedAt.internalName]: iso(c.firstContactAt),
    [C.contactMethod.internalName]: c.firstContactMethod ?? null,
    [C.meetingOfferedAt.internalName]: iso(c.meetingOfferedAt),
    [C.meetingHeldAt.internalName]: iso(c.meetingHeldAt),
    [C.consentStatus.internalName]: c.consentStatus,
    [C.anonymous.internalName]: c.anonymous,
    [C.whistleblowing.internalName]: c.whistleblowing,
    [C.whistleblowingAt.internalName]: iso(c.whistleblowingAt),
    [C.escalations.internalName]: kinds,
    [C.escalationHistory.internalName]: JSON.stringify(history),
    [C.themeIds.internalName]: [...extras.themeIds],
    [C.outcome.internalName]: c.outcome ?? null,
    [C.forwardedToServiceManagerAt.internalName]: iso(c.forwardedAt),
    [C.summarySharedAt.internalName]: iso(c.summarySharedAt),
    [C.nameShared.internalName]: c.nameShared === true,
    [C.followUpDue.internalName]: iso(c.hosFollowUpDue),
    [C.followUpDoneAt.internalName]: iso(c.followUpRecordedAt),
    [C.followUpOutcome.internalName]: c.followUpOutcome ?? null,
    [C.closedAt.internalName]: iso(c.closedAt)
  };
}

function readEscalations(item: SpItem): Escalation[] {
  const text = readText(item, C.escalationHistory);
  if (text === '') {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MappingError(`${C.escalationHistory.internalName} is not JSON`);
  }
  if (!Array.isArray(parsed)) {
    throw new MappingError(`${C.escalationHistory.internalName} is not a list`);
  }
  return parsed.map((entry: StoredEscalation) => {
    const at = parseDate(entry.at);
    if (!isChoiceOf(C.escalations, entry.kind) || at === undefined || typeof entry.by !== 'string') {
      throw new MappingError(`${C.escalationHistory.internalName} has a bad entry`);
    }
    return { kind: entry.kind, at, by: entry.by };
  });
}

export const CASE_USER_FIELDS: readonly RuntimeField[] = [C.owner];

export function fromCaseItem(item: SpItem, users: UserById): CaseRecord {
  const c: Case = {
    reference: readText(item, C.reference),
    route: readChoice(item, C.route),
    anonymous: readBool(item, C.anonymous),
    consentStatus: readChoice(item, C.consentStatus),
    status: readChoice(item, C.status),
    openedAt: readDate(item, C.openedAt) ?? requireDate(item, C.alertReceivedAt),
    escalations: readEscalations(item),
    whistleblowing: readBool(item, C.whistleblowing)
  };
  const optional: Partial<Case> = {
    owner: readLogin(item, C.owner, users),
    rag: readOptionalChoice(item, C.rag),
    firstContactAt: readDate(item, C.contactedAt),
    firstContactMethod: readOptionalChoice(item, C.contactMethod),
    meetingOfferedAt: readDate(item, C.meetingOfferedAt),
    meetingHeldAt: readDate(item, C.meetingHeldAt),
    summarySharedAt: readDate(item, C.summarySharedAt),
    forwardedAt: readDate(item, C.forwardedToServiceManagerAt),
    hosFollowUpDue: readDate(item, C.followUpDue),
    followUpRecordedAt: readDate(item, C.followUpDoneAt),
    followUpOutcome: readOptionalText(item, C.followUpOutcome),
    whistleblowingAt: readDate(item, C.whistleblowingAt),
    outcome: readOptionalChoice(item, C.outcome),
    closedAt: readDate(item, C.closedAt)
  };
  if (optional.summarySharedAt !== undefined) {
    optional.nameShared = readBool(item, C.nameShared);
  }
  withDefined(c, optional);
  return {
    id: idOf(item),
    etag: etagOf(item),
    alertId: readNumber(item, C.alertId) ?? 0,
    alertReceivedAt: requireDate(item, C.alertReceivedAt),
    firstContactDue: requireDate(item, C.firstContactDue),
    serviceAreaId: readText(item, C.serviceAreaId),
    teamId: readText(item, C.teamId),
    locationId: readText(item, C.locationId),
    themeIds: readMulti(item, C.themeIds),
    case: c
  };
}

/** R21: what the raiser sees follows the case status (alert.publicStatusFor). */
export function publicStatusItem(status: PublicStatus): SpItem {
  return { [AlertsList.fields.publicStatus.internalName]: status };
}

