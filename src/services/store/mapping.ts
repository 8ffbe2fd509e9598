// List items <-> domain types. Pure functions: no PnPjs, no network. Every column name comes from schema/
// (the only place an internal name is spelt); this file only decides how each value is written and read.
//
// Conventions (SharePoint REST, JSON light):
// - a User column is written as `<InternalName>Id` (a site user id) and read back the same way; ids are
//   turned into login names by the caller's lookup, so domain types keep accounts, never numbers;
// - dates are written as ISO strings and read with `new Date`; blank choices and dates are written as null;
// - multi-choice values are arrays (verbose OData's `{ results: [...] }` is accepted on read).

import type { Alert, FirstQuestions } from '../../domain/alert';
import type { Case, CaseEvent, Escalation } from '../../domain/caseLifecycle';
import { parseTriageTeam } from '../../domain/independence';
import type { FirstContactMode } from '../../domain/firstContactClock';
import type { ManagerSummary, PersonRef, SummaryRecipient } from '../../domain/managerSummary';
import type { PublishedThemesReport } from '../../domain/themes';
import {
  CASE_EVENT_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  COMPLETED_BY,
  CONSENT_MODES,
  CONSENT_STATUSES,
  CONTACT_METHODS,
  EQUALITY_NETWORKS,
  ESCALATION_KINDS,
  MANAGER_SUMMARY_KINDS,
  PUBLIC_STATUSES,
  RAGS,
  ROUTES
} from '../../domain/types';
import type { EscalationKind, PublicStatus } from '../../domain/types';
import { serviceAreaById, teamById } from '../../referenceData';
import {
  AlertsList,
  Answer,
  CaseEventsList,
  CasesList,
  ConfigList,
  DiscussionsList,
  FieldDefinition,
  ManagerSummariesList,
  NetworkThemesList,
  ThemeReportsList
} from '../../schema';
import type {
  AlertRecord,
  CaseRecord,
  DiscussionRecord,
  DiscussionRecordItem,
  ManagerSummaryRecord,
  MyAlert,
  NetworkThemeInput,
  NetworkThemeItem,
  StoreUser,
  ThemeReportRecord,
  WellbeingConfig
} from './IWellbeingStore';

/** A list item as SharePoint returns it (JSON light or verbose). */
export type SpItem = Record<string, unknown>;

/** Site user id -> the user, for reading User columns. */
export type UserById = (id: number) => StoreUser | undefined;
/** Login name -> site user id (resolved beforehand with ensureUser), for writing User columns. */
export type UserIdByLogin = (loginName: string) => number | undefined;

/** Thrown when an item cannot be mapped; attempt() turns it into an 'unknown' StoreError (no content, R22). */
export class MappingError extends Error {
  public constructor(what: string) {
    super(`Cannot map list item: ${what}`);
    this.name = 'MappingError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading values.

export function userKey(field: FieldDefinition): string {
  return `${field.internalName}Id`;
}

export function etagOf(item: SpItem): string {
  const metadata = item.__metadata as { etag?: unknown } | undefined;
  const etag = item['odata.etag'] ?? item['@odata.etag'] ?? metadata?.etag;
  if (typeof etag !== 'string' || etag === '') {
    // Never fall back to '*': that would turn a stale update into a silent overwrite.
    throw new MappingError('no ETag');
  }
  return etag;
}

export function idOf(item: SpItem): number {
  const id = item.Id ?? item.ID;
  if (typeof id !== 'number') {
    throw new MappingError('no id');
  }
  return id;
}

function raw(item: SpItem, field: FieldDefinition): unknown {
  return item[field.internalName];
}

export function readText(item: SpItem, field: FieldDefinition): string {
  const value = raw(item, field);
  return typeof value === 'string' ? value : '';
}

function readOptionalText(item: SpItem, field: FieldDefinition): string | undefined {
  const value = raw(item, field);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readBool(item: SpItem, field: FieldDefinition): boolean {
  const value = raw(item, field);
  return value === true || value === 1 || value === '1' || value === 'true';
}

function readNumber(item: SpItem, field: FieldDefinition): number | undefined {
  const value = raw(item, field);
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) {
    return undefined;
  }
  const date = new Date(value);
  return isNaN(date.getTime()) ? undefined : date;
}

export function readDate(item: SpItem, field: FieldDefinition): Date | undefined {
  return parseDate(raw(item, field));
}

function requireDate(item: SpItem, field: FieldDefinition): Date {
  const date = readDate(item, field);
  if (date === undefined) {
    throw new MappingError(`${field.internalName} is not a date`);
  }
  return date;
}

function readMulti(item: SpItem, field: FieldDefinition): string[] {
  const value = raw(item, field);
  const values = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : [];
  return values.filter((v): v is string => typeof v === 'string');
}

/** A choice read back, checked against the domain's values: an unknown value is a mapping error, not a guess. */
function readChoice<T extends string>(item: SpItem, field: FieldDefinition, allowed: readonly T[]): T {
  const value = raw(item, field);
  if (typeof value === 'string' && (allowed as readonly string[]).indexOf(value) >= 0) {
    return value as T;
  }
  throw new MappingError(`${field.internalName} has an unexpected value`);
}

function readOptionalChoice<T extends string>(item: SpItem, field: FieldDefinition, allowed: readonly T[]): T | undefined {
  const value = raw(item, field);
  return value === null || value === undefined || value === '' ? undefined : readChoice(item, field, allowed);
}

function readUserId(item: SpItem, field: FieldDefinition): number | undefined {
  const value = item[userKey(field)];
  return typeof value === 'number' && value > 0 ? value : undefined;
}

function readLogin(item: SpItem, field: FieldDefinition, users: UserById): string | undefined {
  const id = readUserId(item, field);
  return id === undefined ? undefined : users(id)?.loginName;
}

function readPerson(item: SpItem, field: FieldDefinition, users: UserById): PersonRef | undefined {
  const id = readUserId(item, field);
  const user = id === undefined ? undefined : users(id);
  return user === undefined ? undefined : { id: user.loginName, displayName: user.displayName };
}

/** The site user ids an item's User columns hold, so the caller can look them up in one round trip. */
export function userIdsOf(items: readonly SpItem[], fields: readonly FieldDefinition[]): number[] {
  const ids = new Set<number>();
  for (const item of items) {
    for (const field of fields) {
      const id = readUserId(item, field);
      if (id !== undefined) {
        ids.add(id);
      }
    }
  }
  return Array.from(ids);
}

/**
 * One comparable form of a column value as written or as read back: dates as instants (SharePoint drops
 * milliseconds), multi-values as sorted lists, blanks as ''. Used to tell "our own earlier write" from
 * "someone else's change" after a 412.
 */
export function toStoredValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  if (Array.isArray(value)) {
    return JSON.stringify(value.map((v) => toStoredValue(v)).sort());
  }
  if (typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return toStoredValue((value as { results: unknown[] }).results);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !isNaN(Date.parse(value))) {
    return `date:${Math.floor(Date.parse(value) / 1000)}`;
  }
  if (value instanceof Date) {
    return `date:${Math.floor(value.getTime() / 1000)}`;
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Writing values.

function iso(date: Date | undefined): string | null {
  return date === undefined ? null : date.toISOString();
}

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

function answer(value: boolean | undefined): Answer | null {
  return value === undefined ? null : value ? 'Yes' : 'No';
}

function readAnswer(item: SpItem, field: FieldDefinition): boolean | undefined {
  const value = raw(item, field);
  return value === 'Yes' ? true : value === 'No' ? false : undefined;
}

function userIdOrNull(login: string | undefined, ids: UserIdByLogin): number | null {
  if (login === undefined || login === '') {
    return null;
  }
  const id = ids(login);
  if (id === undefined) {
    throw new MappingError('an account was not resolved before writing');
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Alerts (appendix 1, R2-R7).

const A = AlertsList.fields;

/** The columns a raiser's "my alerts" query reads (R21: nothing else). */
export const MY_ALERT_SELECT: readonly string[] = ['Id', 'Created', A.reference.internalName, A.alertDate.internalName, A.publicStatus.internalName];

/**
 * R3: the item for a new alert. R5: an anonymous alert writes no name, role or team at all (the keys are
 * absent, not blank), whatever the draft held.
 */
export function toAlertItem(alert: Alert): SpItem {
  const fq = alert.firstQuestions;
  const item: SpItem = {
    [A.reference.internalName]: alert.reference,
    [A.idempotencyKey.internalName]: alert.idempotencyKey,
    [A.alertDate.internalName]: alert.submittedAt.toISOString(),
    [A.serviceAreaId.internalName]: alert.serviceAreaId,
    [A.details.internalName]: alert.details,
    [A.actionTaken.internalName]: blankToNull(alert.actionTaken),
    [A.whatNeedsToHappen.internalName]: blankToNull(alert.whatNeedsToHappen),
    [A.raisedWithManager.internalName]: answer(fq.raisedWithManager),
    [A.managerResponse.internalName]: blankToNull(fq.managerResponse),
    [A.managerAcknowledged.internalName]: answer(fq.acknowledged),
    [A.managerResponseHelpful.internalName]: answer(fq.helpful),
    [A.managerInvolvedAnswer.internalName]: answer(fq.concernInvolvesManager),
    [A.feelsAbleToRaise.internalName]: answer(fq.ableToRaiseWithManager),
    [A.wantsIndependentPerson.internalName]: answer(fq.wantsIndependentPerson),
    [A.completedBy.internalName]: alert.completedBy,
    [A.consentMode.internalName]: alert.consentMode,
    [A.consentStatus.internalName]: alert.consentStatus,
    [A.anonymous.internalName]: alert.anonymous,
    [A.locationId.internalName]: blankToNull(alert.locationId),
    [A.route.internalName]: alert.route,
    [A.newStarter.internalName]: alert.newStarter,
    [A.sendWorkerCopy.internalName]: alert.sendWorkerCopy,
    [A.protectedCharacteristic.internalName]: alert.protectedCharacteristic,
    [A.equalityNetworks.internalName]: alert.protectedCharacteristic ? [...alert.networks] : [],
    [A.raceChampionRequested.internalName]: alert.raceChampionRequested,
    [A.concernInvolvesManager.internalName]: alert.concernInvolvesManager,
    [A.nextPersonInLine.internalName]: alert.concernInvolvesManager ? blankToNull(alert.nextPersonInLine) : null,
    [A.publicStatus.internalName]: 'Received'
  };
  if (!alert.anonymous) {
    item[A.workerName.internalName] = alert.workerName;
    item[A.role.internalName] = alert.role;
    item[A.teamId.internalName] = blankToNull(alert.teamId);
    item[A.team.internalName] = blankToNull(teamById(alert.teamId)?.name);
  }
  return item;
}

function submittedAtOf(item: SpItem): Date {
  // The server's creation time: the 48-hour clock (R10) must not trust the browser's clock.
  return parseDate(item.Created) ?? requireDate(item, A.alertDate);
}

export function fromAlertItem(item: SpItem): AlertRecord {
  const firstQuestions: FirstQuestions = {};
  const set = <K extends keyof FirstQuestions>(key: K, value: FirstQuestions[K]): void => {
    if (value !== undefined) {
      firstQuestions[key] = value;
    }
  };
  set('raisedWithManager', readAnswer(item, A.raisedWithManager));
  set('managerResponse', readOptionalText(item, A.managerResponse));
  set('acknowledged', readAnswer(item, A.managerAcknowledged));
  set('helpful', readAnswer(item, A.managerResponseHelpful));
  set('concernInvolvesManager', readAnswer(item, A.managerInvolvedAnswer));
  set('ableToRaiseWithManager', readAnswer(item, A.feelsAbleToRaise));
  set('wantsIndependentPerson', readAnswer(item, A.wantsIndependentPerson));
  const anonymous = readBool(item, A.anonymous);
  const alert: Alert = {
    reference: readText(item, A.reference),
    idempotencyKey: readText(item, A.idempotencyKey),
    submittedAt: submittedAtOf(item),
    completedBy: readChoice(item, A.completedBy, COMPLETED_BY),
    consentMode: readChoice(item, A.consentMode, CONSENT_MODES),
    consentStatus: readChoice(item, A.consentStatus, CONSENT_STATUSES),
    anonymous,
    // R5: whatever an anonymous item might hold, it is never read back as a name.
    workerName: anonymous ? '' : readText(item, A.workerName),
    role: anonymous ? '' : readText(item, A.role),
    teamId: anonymous ? '' : readText(item, A.teamId),
    serviceAreaId: readText(item, A.serviceAreaId),
    locationId: readText(item, A.locationId),
    details: readText(item, A.details),
    actionTaken: readText(item, A.actionTaken),
    whatNeedsToHappen: readText(item, A.whatNeedsToHappen),
    protectedCharacteristic: readBool(item, A.protectedCharacteristic),
    networks: readMulti(item, A.equalityNetworks).filter((n): n is (typeof EQUALITY_NETWORKS)[number] =>
      (EQUALITY_NETWORKS as readonly string[]).indexOf(n) >= 0
    ),
    raceChampionRequested: readBool(item, A.raceChampionRequested),
    concernInvolvesManager: readBool(item, A.concernInvolvesManager),
    nextPersonInLine: readText(item, A.nextPersonInLine),
    newStarter: readBool(item, A.newStarter),
    sendWorkerCopy: readBool(item, A.sendWorkerCopy),
    firstQuestions,
    route: readChoice(item, A.route, ROUTES)
  };
  return {
    id: idOf(item),
    etag: etagOf(item),
    alert,
    publicStatus: readChoice(item, A.publicStatus, PUBLIC_STATUSES)
  };
}

/** R21: only the reference, the date and the public status; never RAG or case data. */
export function fromMyAlertItem(item: SpItem): MyAlert {
  return {
    reference: readText(item, A.reference),
    submittedAt: submittedAtOf(item),
    publicStatus: readChoice(item, A.publicStatus, PUBLIC_STATUSES)
  };
}

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
    if ((ESCALATION_KINDS as readonly string[]).indexOf(entry.kind) < 0 || at === undefined || typeof entry.by !== 'string') {
      throw new MappingError(`${C.escalationHistory.internalName} has a bad entry`);
    }
    return { kind: entry.kind as EscalationKind, at, by: entry.by };
  });
}

export const CASE_USER_FIELDS: readonly FieldDefinition[] = [C.owner];

export function fromCaseItem(item: SpItem, users: UserById): CaseRecord {
  const c: Case = {
    reference: readText(item, C.reference),
    route: readChoice(item, C.route, ROUTES),
    anonymous: readBool(item, C.anonymous),
    consentStatus: readChoice(item, C.consentStatus, CONSENT_STATUSES),
    status: readChoice(item, C.status, CASE_STATUSES),
    openedAt: readDate(item, C.openedAt) ?? requireDate(item, C.alertReceivedAt),
    escalations: readEscalations(item),
    whistleblowing: readBool(item, C.whistleblowing)
  };
  const optional: Partial<Case> = {
    owner: readLogin(item, C.owner, users),
    rag: readOptionalChoice(item, C.rag, RAGS),
    firstContactAt: readDate(item, C.contactedAt),
    firstContactMethod: readOptionalChoice(item, C.contactMethod, CONTACT_METHODS),
    meetingOfferedAt: readDate(item, C.meetingOfferedAt),
    meetingHeldAt: readDate(item, C.meetingHeldAt),
    summarySharedAt: readDate(item, C.summarySharedAt),
    forwardedAt: readDate(item, C.forwardedToServiceManagerAt),
    hosFollowUpDue: readDate(item, C.followUpDue),
    followUpRecordedAt: readDate(item, C.followUpDoneAt),
    followUpOutcome: readOptionalText(item, C.followUpOutcome),
    whistleblowingAt: readDate(item, C.whistleblowingAt),
    outcome: readOptionalChoice(item, C.outcome, CASE_OUTCOMES),
    closedAt: readDate(item, C.closedAt)
  };
  if (optional.summarySharedAt !== undefined) {
    optional.nameShared = readBool(item, C.nameShared);
  }
  for (const key of Object.keys(optional) as (keyof Case)[]) {
    if (optional[key] !== undefined) {
      (c as unknown as Record<string, unknown>)[key] = optional[key];
    }
  }
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
  return { [A.publicStatus.internalName]: status };
}

// ---------------------------------------------------------------------------------------------
// Case events (R17): codes only, never free text or names (R22).

const E = CaseEventsList.fields;

export const EVENT_USER_FIELDS: readonly FieldDefinition[] = [E.by];

export function toEventItem(caseId: number, reference: string, e: CaseEvent, ids: UserIdByLogin): SpItem {
  return {
    [E.reference.internalName]: reference,
    [E.caseId.internalName]: caseId,
    [E.kind.internalName]: e.kind,
    [E.at.internalName]: e.at.toISOString(),
    [userKey(E.by)]: userIdOrNull(e.by, ids),
    [E.from.internalName]: e.from ?? null,
    [E.to.internalName]: e.to ?? null,
    [E.escalation.internalName]: e.escalation ?? null
  };
}

/** What makes two stored events the same event (R17: one item per event): kind, when, by whom, what. */
export function eventKeyOf(item: SpItem): string {
  const at = Date.parse(String(item[E.at.internalName] ?? ''));
  const parts = [item[E.kind.internalName], at, item[userKey(E.by)], item[E.from.internalName], item[E.to.internalName], item[E.escalation.internalName]];
  return JSON.stringify(parts.map((v) => (v === undefined ? null : v)));
}

export function fromEventItem(item: SpItem, users: UserById): CaseEvent {
  const e: CaseEvent = {
    kind: readChoice(item, E.kind, CASE_EVENT_KINDS),
    at: requireDate(item, E.at),
    by: readLogin(item, E.by, users) ?? ''
  };
  const from = readOptionalText(item, E.from);
  const to = readOptionalText(item, E.to);
  const escalation = readOptionalChoice(item, E.escalation, ESCALATION_KINDS);
  if (from !== undefined) {
    e.from = from;
  }
  if (to !== undefined) {
    e.to = to;
  }
  if (escalation !== undefined) {
    e.escalation = escalation;
  }
  return e;
}

// ---------------------------------------------------------------------------------------------
// Discussion records (appendix 2, R12).

const D = DiscussionsList.fields;

export function toDiscussionItem(r: DiscussionRecord): SpItem {
  return {
    [D.reference.internalName]: r.reference,
    [D.caseId.internalName]: r.caseId,
    [D.discussionDate.internalName]: r.date.toISOString(),
    [D.workerName.internalName]: blankToNull(r.workerName),
    [D.role.internalName]: blankToNull(r.role),
    [D.team.internalName]: blankToNull(r.team),
    [D.serviceAreaId.internalName]: r.serviceAreaId,
    [D.details.internalName]: blankToNull(r.details),
    [D.actionTaken.internalName]: blankToNull(r.actionTaken),
    [D.whatNeedsToHappen.internalName]: blankToNull(r.whatNeedsToHappen),
    [D.summary.internalName]: r.summary,
    [D.agreedActions.internalName]: blankToNull(r.agreedActions),
    [D.consentToShare.internalName]: r.consentToShare
  };
}

export function fromDiscussionItem(item: SpItem): DiscussionRecordItem {
  return {
    id: idOf(item),
    etag: etagOf(item),
    record: {
      reference: readText(item, D.reference),
      caseId: readNumber(item, D.caseId) ?? 0,
      date: requireDate(item, D.discussionDate),
      workerName: readText(item, D.workerName),
      role: readText(item, D.role),
      team: readText(item, D.team),
      serviceAreaId: readText(item, D.serviceAreaId),
      details: readText(item, D.details),
      actionTaken: readText(item, D.actionTaken),
      whatNeedsToHappen: readText(item, D.whatNeedsToHappen),
      summary: readText(item, D.summary),
      agreedActions: readText(item, D.agreedActions),
      consentToShare: readBool(item, D.consentToShare)
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Manager summaries (appendix 3, R14, R16).

const S = ManagerSummariesList.fields;

export const SUMMARY_USER_FIELDS: readonly FieldDefinition[] = [S.lineManager, S.serviceManager, S.nextPersonInLine];

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
  const add = (role: SummaryRecipient['role'], field: FieldDefinition): void => {
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
    kind: readChoice(item, S.kind, MANAGER_SUMMARY_KINDS),
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
  const sharedAt = readDate(item, S.sharedAt);
  const doneAt = readDate(item, S.hosFollowUpDoneAt);
  const outcome = readOptionalText(item, S.hosFollowUpOutcome);
  if (sharedAt !== undefined) {
    record.sharedAt = sharedAt;
  }
  if (doneAt !== undefined) {
    record.hosFollowUpDoneAt = doneAt;
  }
  if (outcome !== undefined) {
    record.hosFollowUpOutcome = outcome;
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Theme reports (R18, R20) and network themes (R19).

const T = ThemeReportsList.fields;

export function toThemeReportItem(
  input: { quarterId: string; label: string; report: PublishedThemesReport; commentary: string },
  version: number,
  publishedAt: Date,
  publishedById: number
): SpItem {
  return {
    [T.label.internalName]: input.label,
    [T.quarterId.internalName]: input.quarterId,
    [T.reportVersion.internalName]: version,
    [T.versionKey.internalName]: themeReportVersionKey(input.quarterId, version),
    [userKey(T.publishedBy)]: publishedById,
    [T.publishedAt.internalName]: publishedAt.toISOString(),
    [T.reportJson.internalName]: JSON.stringify(input.report),
    [T.commentary.internalName]: blankToNull(input.commentary),
    [T.suppressionThreshold.internalName]: input.report.threshold
  };
}

/** The unique QuarterVersion value: one item per version of a quarter. */
export function themeReportVersionKey(quarterId: string, version: number): string {
  return `${quarterId}#${version}`;
}

export const THEME_REPORT_USER_FIELDS: readonly FieldDefinition[] = [T.publishedBy];

export function fromThemeReportItem(item: SpItem, users: UserById): ThemeReportRecord {
  let report: PublishedThemesReport;
  try {
    report = JSON.parse(readText(item, T.reportJson)) as PublishedThemesReport;
  } catch {
    throw new MappingError(`${T.reportJson.internalName} is not JSON`);
  }
  const record: ThemeReportRecord = {
    id: idOf(item),
    quarterId: readText(item, T.quarterId),
    label: readText(item, T.label),
    version: readNumber(item, T.reportVersion) ?? 1,
    publishedAt: requireDate(item, T.publishedAt),
    threshold: readNumber(item, T.suppressionThreshold) ?? report.threshold,
    report,
    commentary: readText(item, T.commentary)
  };
  const by = readLogin(item, T.publishedBy, users);
  if (by !== undefined) {
    record.publishedBy = by;
  }
  return record;
}

/** The latest version of each quarter, newest quarter first (quarter ids sort as text: "FY2026Q3"). */
export function latestPerQuarter(reports: readonly ThemeReportRecord[]): ThemeReportRecord[] {
  const latest = new Map<string, ThemeReportRecord>();
  for (const r of reports) {
    const seen = latest.get(r.quarterId);
    if (seen === undefined || r.version > seen.version) {
      latest.set(r.quarterId, r);
    }
  }
  return Array.from(latest.values()).sort((a, b) => (a.quarterId < b.quarterId ? 1 : a.quarterId > b.quarterId ? -1 : 0));
}

const N = NetworkThemesList.fields;

export function toNetworkThemeItem(input: NetworkThemeInput, entryKey: string): SpItem {
  return {
    [N.entryKey.internalName]: entryKey,
    [N.label.internalName]: blankToNull(input.label),
    [N.network.internalName]: input.network,
    [N.quarterId.internalName]: input.quarterId,
    [N.serviceAreaId.internalName]: blankToNull(input.serviceAreaId),
    [N.themeId.internalName]: input.themeId,
    [N.count.internalName]: input.count,
    [N.note.internalName]: blankToNull(input.note)
  };
}

export function fromNetworkThemeItem(item: SpItem): NetworkThemeItem {
  const result: NetworkThemeItem = {
    id: idOf(item),
    network: readChoice(item, N.network, EQUALITY_NETWORKS),
    quarterId: readText(item, N.quarterId),
    themeId: readText(item, N.themeId),
    count: readNumber(item, N.count) ?? 0
  };
  const serviceAreaId = readOptionalText(item, N.serviceAreaId);
  const label = readOptionalText(item, N.label);
  const note = readOptionalText(item, N.note);
  if (serviceAreaId !== undefined) {
    result.serviceAreaId = serviceAreaId;
  }
  if (label !== undefined) {
    result.label = label;
  }
  if (note !== undefined) {
    result.note = note;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Support directory and configuration.

const CFG = ConfigList.fields;

function isPersonRef(value: unknown): value is PersonRef {
  const p = value as PersonRef | null;
  return p !== null && typeof p === 'object' && typeof p.id === 'string' && typeof p.displayName === 'string';
}

/**
 * Parses the config items. A value that is not JSON, or not the expected shape, is ignored and the
 * documented default applies (R10 calendar hours, R20 threshold 3): one bad setting must not stop the board.
 */
export function fromConfigItems(items: readonly SpItem[]): WellbeingConfig {
  const raw: Record<string, unknown> = {};
  for (const item of items) {
    const key = readText(item, CFG.key);
    try {
      raw[key] = JSON.parse(readText(item, CFG.value));
    } catch {
      // ignored: see above
    }
  }
  const mode: FirstContactMode = raw.slaMode === 'working' ? 'working' : 'calendar';
  const threshold = raw.suppressionThreshold;
  const managers: Record<string, PersonRef> = {};
  const rawManagers = raw.serviceManagers;
  if (rawManagers !== null && typeof rawManagers === 'object' && !Array.isArray(rawManagers)) {
    for (const [area, person] of Object.entries(rawManagers as Record<string, unknown>)) {
      if (isPersonRef(person)) {
        managers[area] = { id: person.id, displayName: person.displayName };
      }
    }
  }
  const config: WellbeingConfig = {
    slaMode: mode,
    suppressionThreshold: typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= 1 ? threshold : 3,
    serviceManagers: managers,
    hosSafeguarding: Array.isArray(raw.hosSafeguarding) ? raw.hosSafeguarding.filter(isPersonRef).map((p) => ({ id: p.id, displayName: p.displayName })) : [],
    triageTeam: parseTriageTeam(raw.triageTeam),
    raw
  };
  if (typeof raw.schemaVersion === 'number') {
    config.schemaVersion = raw.schemaVersion;
  }
  return config;
}
