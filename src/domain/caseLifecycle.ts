// The case lifecycle (R10-R17) as an explicit state machine. Every command is a pure function of the case,
// who acts and when (passed in: no clock inside), and returns either the new case and the events to append
// to the audit trail (WellbeingCaseEvents, append only), or a typed refusal. Business refusals are results,
// never exceptions.
//
// Decisions:
// - R11/R10: offering a meeting or holding one straight from New counts as the first contact.
// - R13: a RAG is set only once the meeting or discussion has been held (MeetingHeld or later): the Terms of
//   Reference rate the response "during the discussion". A discussion on the first phone call is recorded
//   as a meeting held.
// - R17: Green->Amber, Amber->Red, Green->Red are escalations (an Escalated event with when and by whom, and
//   an entry in case.escalations). The first rating is not an escalation, even if it is Red. A
//   de-escalation (Red->Amber, Red->Green, Amber->Green) is allowed and recorded as a RagSet event, but it is
//   not counted as an escalation. Setting the same RAG again is refused.
// - R14: a named case rated Red cannot reach AwaitingFollowUp without shareSummary; sharing with the name
//   needs recorded consent (R4, isActionableAsNamed); the HoS Safeguarding is notified (HosNotified) and the
//   follow-up falls due 14 days later.
// - R16: an anonymous case is sent on with forwardAnonymous (at any RAG, or none: there may be nobody to
//   meet). Decision: as for a Red summary the HoS is notified and a follow-up falls due, so an anonymous
//   alert is not left with a service manager unchecked (CaseStatus 'AwaitingFollowUp' covers both).
// - R10, R16: an anonymous alert cannot be contacted directly, so sending it on to the service manager is its
//   first contact (PROCESS.md R10): forwardAnonymous stops the 48-hour clock (firstContactAt, unless a reply
//   through its anonymous conversation came first), so a forwarded anonymous alert is never shown overdue,
//   and recordFirstContact is refused for it ('AnonymousUseForward': the forward is offered instead).
//   firstContactMadeAt also reads a forward saved before this rule as the first contact.
// - Closing needs a CaseOutcome (R18); an anonymous case must have been forwarded (R16: "any anonymous
//   alert forms will be sent onto the relevant service manager"); a Red case needs its summary shared / forwarded first; once shared
//   or forwarded, the HoS follow-up outcome must be recorded first (R14); once a meeting was held a RAG
//   must have been set (R13, counted in R18); 'WhistleblowingFollowed' needs the whistleblowing flag (R15).
// - R15: the whistleblowing route is a flag plus a WhistleblowingRoute event; it does not end the case.
// - Events carry codes (status, RAG, escalation kind), never free text or names (R22).

import { isActionableAsNamed } from './alert';
import { SUMMARY_LIMITS } from './limits';
import { hosFollowUpDue } from './managerSummary';
import {
  CaseEventKind,
  CaseOutcome,
  CaseStatus,
  ConsentStatus,
  ContactMethod,
  EscalationKind,
  Rag,
  Route
} from './types';

/** Who acts and when: passed to every command. */
export interface CommandContext {
  at: Date;
  /** The acting person's account (login name or e-mail). */
  by: string;
}

/** One audit entry (append only). from/to hold codes: statuses, RAGs, escalation kinds, consent states. */
export interface CaseEvent {
  kind: CaseEventKind;
  at: Date;
  by: string;
  from?: string;
  to?: string;
  /** R17: set on 'Escalated' events. */
  escalation?: EscalationKind;
}

/** R17: an escalation with when and by whom. */
export interface Escalation {
  kind: EscalationKind;
  at: Date;
  by: string;
}

export interface Case {
  /** The alert's reference. */
  reference: string;
  route: Route;
  anonymous: boolean;
  consentStatus: ConsentStatus;
  status: CaseStatus;
  openedAt: Date;
  owner?: string;
  rag?: Rag;
  escalations: Escalation[];
  firstContactAt?: Date;
  firstContactMethod?: ContactMethod;
  meetingOfferedAt?: Date;
  meetingHeldAt?: Date;
  /** R14: a Red summary was shared; nameShared says whether with the worker's name. */
  summarySharedAt?: Date;
  nameShared?: boolean;
  /** R16: an anonymous alert was sent on to the service manager. */
  forwardedAt?: Date;
  /** R14: 14 days after sharing / forwarding. */
  hosFollowUpDue?: Date;
  followUpRecordedAt?: Date;
  followUpOutcome?: string;
  /** R15 */
  whistleblowing: boolean;
  whistleblowingAt?: Date;
  outcome?: CaseOutcome;
  closedAt?: Date;
}

export type RefusalReason =
  | 'MissingActor'
  | 'InvalidTime'
  | 'CaseClosed'
  | 'NotAllowedInStatus'
  | 'RagBeforeMeeting'
  | 'RagUnchanged'
  | 'NotRed'
  | 'AnonymousUseForward'
  | 'NotAnonymous'
  | 'ConsentNotRecorded'
  | 'ConsentNotNeeded'
  | 'ConsentAlreadyConfirmed'
  | 'FollowUpAlreadyRecorded'
  | 'FollowUpTextRequired'
  | 'FollowUpTextTooLong'
  | 'WhistleblowingAlreadyRecorded'
  | 'WhistleblowingNotRecorded'
  | 'RedSummaryNotShared'
  | 'FollowUpNotRecorded'
  | 'RagRequired'
  | 'AnonymousNotForwarded'
  | 'AlreadyAssigned';

export type CommandResult = { ok: true; case: Case; events: CaseEvent[] } | { ok: false; reason: RefusalReason };

function refuse(reason: RefusalReason): CommandResult {
  return { ok: false, reason };
}

function event(ctx: CommandContext, kind: CaseEventKind, from?: string, to?: string): CaseEvent {
  const e: CaseEvent = { kind, at: ctx.at, by: ctx.by };
  if (from !== undefined) {
    e.from = from;
  }
  if (to !== undefined) {
    e.to = to;
  }
  return e;
}

function statusChange(c: Case, ctx: CommandContext, to: CaseStatus): CaseEvent {
  return event(ctx, 'StatusChanged', c.status, to);
}

/** Checks every command shares: an actor, a real time not before the case opened, a case still open. */
function precheck(c: Case, ctx: CommandContext): RefusalReason | undefined {
  if (ctx.by.trim() === '') {
    return 'MissingActor';
  }
  if (isNaN(ctx.at.getTime()) || ctx.at.getTime() < c.openedAt.getTime()) {
    return 'InvalidTime';
  }
  if (c.status === 'Closed') {
    return 'CaseClosed';
  }
  return undefined;
}

export interface OpenCaseInput {
  reference: string;
  route: Route;
  anonymous: boolean;
  consentStatus: ConsentStatus;
}

/** R10: a case is opened for an alert; the 48-hour clock runs from the alert's creation (firstContactClock). */
export function openCase(input: OpenCaseInput, ctx: CommandContext): CommandResult {
  if (ctx.by.trim() === '') {
    return refuse('MissingActor');
  }
  if (isNaN(ctx.at.getTime())) {
    return refuse('InvalidTime');
  }
  const c: Case = {
    reference: input.reference,
    route: input.route,
    anonymous: input.anonymous,
    consentStatus: input.consentStatus,
    status: 'New',
    openedAt: ctx.at,
    escalations: [],
    whistleblowing: false
  };
  return { ok: true, case: c, events: [event(ctx, 'CaseOpened', undefined, 'New')] };
}

/** Give the case to a triage member (any open status). */
export function assign(c: Case, ctx: CommandContext, owner: string): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (owner.trim() === '') {
    return refuse('MissingActor');
  }
  if (c.owner === owner) {
    return refuse('AlreadyAssigned');
  }
  return { ok: true, case: { ...c, owner }, events: [event(ctx, 'Assigned', c.owner, owner)] };
}

/**
 * R10: first contact made (stops the 48-hour clock). New -> Contacted. R10, R16: not for an anonymous alert,
 * whose worker nobody can contact: sending it on to the service manager is its first contact.
 */
export function recordFirstContact(c: Case, ctx: CommandContext, method: ContactMethod): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.anonymous) {
    return refuse('AnonymousUseForward');
  }
  if (c.status !== 'New') {
    return refuse('NotAllowedInStatus');
  }
  return {
    ok: true,
    case: { ...c, status: 'Contacted', firstContactAt: ctx.at, firstContactMethod: method },
    events: [statusChange(c, ctx, 'Contacted')]
  };
}

/** R11: a meeting or discussion offered. New or Contacted -> MeetingOffered (from New it is the first contact). */
export function offerMeeting(c: Case, ctx: CommandContext, method?: ContactMethod): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.status !== 'New' && c.status !== 'Contacted') {
    return refuse('NotAllowedInStatus');
  }
  const next: Case = { ...c, status: 'MeetingOffered', meetingOfferedAt: ctx.at };
  if (c.status === 'New') {
    next.firstContactAt = ctx.at;
    next.firstContactMethod = method;
  }
  return { ok: true, case: next, events: [statusChange(c, ctx, 'MeetingOffered')] };
}

/**
 * R11, R12: the meeting or discussion happened and the brief record is written.
 * New, Contacted or MeetingOffered -> MeetingHeld (from New it is the first contact).
 */
export function recordMeeting(c: Case, ctx: CommandContext, method?: ContactMethod): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.status !== 'New' && c.status !== 'Contacted' && c.status !== 'MeetingOffered') {
    return refuse('NotAllowedInStatus');
  }
  const next: Case = { ...c, status: 'MeetingHeld', meetingHeldAt: ctx.at };
  if (c.firstContactAt === undefined) {
    next.firstContactAt = ctx.at;
    next.firstContactMethod = method;
  }
  return { ok: true, case: next, events: [statusChange(c, ctx, 'MeetingHeld')] };
}

const RAG_LEVEL: Readonly<Record<Rag, number>> = { Green: 0, Amber: 1, Red: 2 };

/** R17: the escalation a RAG change is, if any (the first rating and de-escalations are not). */
export function escalationFor(from: Rag | undefined, to: Rag): EscalationKind | undefined {
  if (from === undefined || RAG_LEVEL[to] <= RAG_LEVEL[from]) {
    return undefined;
  }
  if (from === 'Green') {
    return to === 'Amber' ? 'GreenToAmber' : 'GreenToRed';
  }
  return 'AmberToRed';
}

/** R13, R17: rate (or re-rate) the case. Allowed in MeetingHeld and AwaitingFollowUp. */
export function setRag(c: Case, ctx: CommandContext, rag: Rag): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.status !== 'MeetingHeld' && c.status !== 'AwaitingFollowUp') {
    return refuse('RagBeforeMeeting');
  }
  if (c.rag === rag) {
    return refuse('RagUnchanged');
  }
  const events: CaseEvent[] = [event(ctx, 'RagSet', c.rag, rag)];
  const escalations = [...c.escalations];
  const kind = escalationFor(c.rag, rag);
  if (kind !== undefined) {
    escalations.push({ kind, at: ctx.at, by: ctx.by });
    events.push({ ...event(ctx, 'Escalated', c.rag, rag), escalation: kind });
  }
  return { ok: true, case: { ...c, rag, escalations }, events };
}

/**
 * R14: the Red summary (appendix 3) has been shared. MeetingHeld -> AwaitingFollowUp.
 * nameShared: with the worker's full details (needs recorded consent, R4) or without the name.
 */
export function shareSummary(c: Case, ctx: CommandContext, nameShared: boolean): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.anonymous) {
    return refuse('AnonymousUseForward');
  }
  if (c.status !== 'MeetingHeld') {
    return refuse('NotAllowedInStatus');
  }
  if (c.rag !== 'Red') {
    return refuse('NotRed');
  }
  if (nameShared && !isActionableAsNamed(c.consentStatus)) {
    return refuse('ConsentNotRecorded');
  }
  return {
    ok: true,
    case: {
      ...c,
      status: 'AwaitingFollowUp',
      summarySharedAt: ctx.at,
      nameShared,
      hosFollowUpDue: hosFollowUpDue(ctx.at)
    },
    events: [
      event(ctx, 'SummaryShared', undefined, nameShared ? 'Named' : 'NameWithheld'),
      event(ctx, 'HosNotified'),
      statusChange(c, ctx, 'AwaitingFollowUp')
    ]
  };
}

/** precheck, and the command is only for an anonymous case (R16, issue 16). */
function anonymousPrecheck(c: Case, ctx: CommandContext): RefusalReason | undefined {
  return precheck(c, ctx) ?? (c.anonymous ? undefined : 'NotAnonymous');
}

/**
 * R10, issue 16: triage answered an anonymous raiser through the conversation by code. The first such reply is the
 * anonymous alert's first contact (PROCESS.md R10): it stops the 48-hour clock and a New case becomes Contacted.
 * A later reply, or one after another first contact, changes nothing (no event). Only for an anonymous case (a
 * named worker is contacted directly: recordFirstContact); not once the case is closed.
 */
export function replyThroughConversation(c: Case, ctx: CommandContext): CommandResult {
  const bad = anonymousPrecheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (firstContactMadeAt(c) !== undefined) {
    return { ok: true, case: c, events: [] };
  }
  if (c.status !== 'New') {
    return { ok: true, case: { ...c, firstContactAt: ctx.at }, events: [] };
  }
  return { ok: true, case: { ...c, status: 'Contacted', firstContactAt: ctx.at }, events: [statusChange(c, ctx, 'Contacted')] };
}

/**
 * R16: an anonymous alert is sent on to the service manager. Any open status before AwaitingFollowUp.
 * R10: the forward is the anonymous alert's first contact (see the Decisions at the top).
 */
export function forwardAnonymous(c: Case, ctx: CommandContext): CommandResult {
  const bad = anonymousPrecheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.status === 'AwaitingFollowUp') {
    return refuse('NotAllowedInStatus');
  }
  return {
    ok: true,
    case: { ...c, status: 'AwaitingFollowUp', forwardedAt: ctx.at, hosFollowUpDue: hosFollowUpDue(ctx.at), firstContactAt: c.firstContactAt ?? ctx.at },
    events: [
      event(ctx, 'ForwardedToServiceManager'),
      event(ctx, 'HosNotified'),
      statusChange(c, ctx, 'AwaitingFollowUp')
    ]
  };
}

/** R14: the HoS Safeguarding's follow-up with the relevant Head of Service, recorded once. */
export function recordFollowUp(c: Case, ctx: CommandContext, outcomeText: string): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.status !== 'AwaitingFollowUp') {
    return refuse('NotAllowedInStatus');
  }
  if (c.followUpRecordedAt !== undefined) {
    return refuse('FollowUpAlreadyRecorded');
  }
  const text = outcomeText.trim();
  if (text === '') {
    return refuse('FollowUpTextRequired');
  }
  if (text.length > SUMMARY_LIMITS.followUpOutcome) {
    return refuse('FollowUpTextTooLong');
  }
  return {
    ok: true,
    case: { ...c, followUpRecordedAt: ctx.at, followUpOutcome: text },
    events: [event(ctx, 'FollowUpRecorded')]
  };
}

/** R4: consent confirmed by the worker (from their own account) or by triage with the worker. */
export function confirmConsent(c: Case, ctx: CommandContext, confirmedBy: 'Worker' | 'Triage'): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.consentStatus === 'NotNeeded') {
    return refuse('ConsentNotNeeded');
  }
  if (c.consentStatus !== 'StatedByRaiser') {
    return refuse('ConsentAlreadyConfirmed');
  }
  const to: ConsentStatus = confirmedBy === 'Worker' ? 'ConfirmedByWorker' : 'ConfirmedByTriage';
  return {
    ok: true,
    case: { ...c, consentStatus: to },
    events: [event(ctx, 'ConsentConfirmed', c.consentStatus, to)]
  };
}

/** R15: the whistleblowing procedure is being followed; the record says so. Any open status. */
export function recordWhistleblowing(c: Case, ctx: CommandContext): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  if (c.whistleblowing) {
    return refuse('WhistleblowingAlreadyRecorded');
  }
  return {
    ok: true,
    case: { ...c, whistleblowing: true, whistleblowingAt: ctx.at },
    events: [event(ctx, 'WhistleblowingRoute', undefined, 'Whistleblowing')]
  };
}

/** Close the case with its outcome (R18). See the Decisions at the top for what must be done first. */
export function close(c: Case, ctx: CommandContext, outcome: CaseOutcome): CommandResult {
  const bad = precheck(c, ctx);
  if (bad !== undefined) {
    return refuse(bad);
  }
  const sharedOrForwarded = c.summarySharedAt !== undefined || c.forwardedAt !== undefined;
  if (c.anonymous && c.forwardedAt === undefined) {
    return refuse('AnonymousNotForwarded');
  }
  if (c.rag === 'Red' && !sharedOrForwarded) {
    return refuse('RedSummaryNotShared');
  }
  if (sharedOrForwarded && c.followUpRecordedAt === undefined) {
    return refuse('FollowUpNotRecorded');
  }
  if (c.meetingHeldAt !== undefined && c.rag === undefined) {
    return refuse('RagRequired');
  }
  if (outcome === 'WhistleblowingFollowed' && !c.whistleblowing) {
    return refuse('WhistleblowingNotRecorded');
  }
  return {
    ok: true,
    case: { ...c, status: 'Closed', outcome, closedAt: ctx.at },
    events: [statusChange(c, ctx, 'Closed'), event(ctx, 'Closed', undefined, outcome)]
  };
}

/**
 * R10, R16: when the 48-hour clock stopped: the first contact, or for an anonymous alert the forward to the
 * service manager (a case forwarded before the forward set firstContactAt still counts as contacted).
 */
export function firstContactMadeAt(c: Pick<Case, 'anonymous' | 'firstContactAt' | 'forwardedAt'>): Date | undefined {
  return c.firstContactAt ?? (c.anonymous ? c.forwardedAt : undefined);
}

/** Apply a command's events to a list (append only: the list given is not changed). */
export function appendEvents(log: ReadonlyArray<CaseEvent>, events: ReadonlyArray<CaseEvent>): CaseEvent[] {
  return [...log, ...events];
}

export type CaseCommand =
  | 'recordFirstContact'
  | 'offerMeeting'
  | 'recordMeeting'
  | 'setRag'
  | 'shareSummary'
  | 'forwardAnonymous'
  | 'recordFollowUp'
  | 'confirmConsent'
  | 'recordWhistleblowing'
  | 'close';

/** The commands that would be accepted now (for the board's buttons), probing each with plausible arguments. */
export function availableCommands(c: Case, ctx: CommandContext): CaseCommand[] {
  const probes: Array<[CaseCommand, () => boolean]> = [
    ['recordFirstContact', () => recordFirstContact(c, ctx, 'Phone').ok],
    ['offerMeeting', () => offerMeeting(c, ctx).ok],
    ['recordMeeting', () => recordMeeting(c, ctx).ok],
    ['setRag', () => (['Green', 'Amber', 'Red'] as Rag[]).some((r) => setRag(c, ctx, r).ok)],
    ['shareSummary', () => shareSummary(c, ctx, false).ok],
    ['forwardAnonymous', () => forwardAnonymous(c, ctx).ok],
    ['recordFollowUp', () => recordFollowUp(c, ctx, 'x').ok],
    ['confirmConsent', () => confirmConsent(c, ctx, 'Triage').ok],
    ['recordWhistleblowing', () => recordWhistleblowing(c, ctx).ok],
    ['close', () => close(c, ctx, 'NoFurtherActionNeeded').ok]
  ];
  return probes.filter(([, accepted]) => accepted()).map(([name]) => name);
}

/** R17, R18: the escalation kinds a case went through, for the themes report (ThemeRecord.escalations). */
export function escalationKinds(c: Pick<Case, 'escalations'>): EscalationKind[] {
  return c.escalations.map((e) => e.kind);
}
