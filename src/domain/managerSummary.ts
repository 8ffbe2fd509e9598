// R14: the Red summary (appendix 3) and who receives it; R16: anonymous alerts sent on to the service
// manager; R5: never to the manager the concern involves. Pure TypeScript.
//
// Decision (R14, R22): the summary's free text ("details of the concerns and actions needed by the
// service", "actions agreed") is written by triage for the summary. It is never copied from the alert, nor
// from the discussion record unless the worker consented to sharing that record (R12; summaryStart), because
// free text cannot be redacted reliably. When the summary goes without the
// worker's name, buildManagerSummary refuses text that contains the worker's name or team name, so a slip
// is caught before anything is shared (a safety net, not a redaction).

import type { Alert } from './alert';
import { addDays, londonDate, londonDateTime, londonDaysBetween, londonOffsetMinutes } from './londonTime';
import { SUMMARY_LIMITS } from './limits';
import { lineManagerExcluded } from './routing';
import { ManagerSummaryKind, ServiceArea } from './types';

/** R14: the Head of Service for Safeguarding follows up after 2 weeks. */
export const HOS_FOLLOW_UP_DAYS = 14;

/** A person who can receive a summary (their account, e.g. e-mail or login name, and display name). */
export interface PersonRef {
  id: string;
  displayName: string;
}

export type RecipientRole = 'LineManager' | 'ServiceManager' | 'NextPersonInLine';

export interface SummaryRecipient {
  role: RecipientRole;
  person: PersonRef;
}

/** What the alert must tell the summary. */
export type SummaryAlert = Pick<
  Alert,
  'reference' | 'anonymous' | 'workerName' | 'role' | 'teamId' | 'serviceAreaId' | 'concernInvolvesManager'
>;

export interface RecipientOptions {
  /** R14: decided with the worker at triage. Ignored (treated as false) for an anonymous alert. */
  nameShared: boolean;
  lineManager?: PersonRef;
  serviceManager?: PersonRef;
  /** R5: who receives the summary instead of a manager the concern involves. */
  nextPersonInLine?: PersonRef;
  /**
   * R5: people the concern involves, who must never receive it. The line manager is added automatically
   * when the alert says the concern involves the manager.
   */
  concernInvolves?: ReadonlyArray<PersonRef>;
}

export type RecipientsResult = { ok: true; recipients: SummaryRecipient[] } | { ok: false; reason: 'NoRecipient' };

/** R14/R16: whether the summary goes without name, role and team. */
export function isRedacted(alert: Pick<SummaryAlert, 'anonymous'>, nameShared: boolean): boolean {
  return alert.anonymous || !nameShared;
}

/**
 * R14, R16, R5: who receives the summary.
 * - named, name shared: the line manager and the service manager (R14);
 * - name withheld, or an anonymous alert: the service manager only (R14, R16);
 * - never a manager the concern involves: if that is the line manager (the alert's "involves my manager"),
 *   or the service manager, the next person in line management receives it instead (R5);
 * - 'NoRecipient' when nobody is left (triage must name the next person in line).
 */
export function summaryRecipients(alert: SummaryAlert, options: RecipientOptions): RecipientsResult {
  const excluded = new Set<string>((options.concernInvolves ?? []).map((p) => p.id));
  if (lineManagerExcluded(alert) && options.lineManager !== undefined) {
    excluded.add(options.lineManager.id);
  }
  const wanted: SummaryRecipient[] = [];
  if (!isRedacted(alert, options.nameShared) && options.lineManager !== undefined) {
    wanted.push({ role: 'LineManager', person: options.lineManager });
  }
  if (options.serviceManager !== undefined) {
    wanted.push({ role: 'ServiceManager', person: options.serviceManager });
  }
  const recipients: SummaryRecipient[] = [];
  let replaced = wanted.length === 0;
  for (const r of wanted) {
    if (excluded.has(r.person.id)) {
      replaced = true;
    } else if (!recipients.some((x) => x.person.id === r.person.id)) {
      recipients.push(r);
    }
  }
  const next = options.nextPersonInLine;
  if (
    replaced &&
    next !== undefined &&
    !excluded.has(next.id) &&
    !recipients.some((x) => x.person.id === next.id)
  ) {
    recipients.push({ role: 'NextPersonInLine', person: next });
  }
  return recipients.length === 0 ? { ok: false, reason: 'NoRecipient' } : { ok: true, recipients };
}

/**
 * R14: the HoS Safeguarding follows up 14 calendar days after the summary is shared: the same London
 * wall-clock time, 14 London dates later (so the GMT/BST change does not move it by an hour).
 */
export function hosFollowUpDue(sharedAt: Date): Date {
  const t = londonDateTime(sharedAt);
  const target = addDays(londonDate(sharedAt), HOS_FOLLOW_UP_DAYS);
  const wall =
    Date.UTC(Number(target.slice(0, 4)), Number(target.slice(5, 7)) - 1, Number(target.slice(8, 10)), t.hour, t.minute, t.second) +
    sharedAt.getUTCMilliseconds();
  const guess = wall - londonOffsetMinutes(new Date(wall)) * 60000;
  return new Date(wall - londonOffsetMinutes(new Date(guess)) * 60000);
}

/**
 * R14, R18: was the HoS follow-up done on time? undefined while not yet due (or nothing shared), false
 * once overdue without a follow-up, otherwise whether it was recorded by the due time.
 */
export function hosFollowUpOnTime(
  sharedAt: Date | undefined,
  followUpRecordedAt: Date | undefined,
  now: Date
): boolean | undefined {
  if (sharedAt === undefined) {
    return undefined;
  }
  const due = hosFollowUpDue(sharedAt);
  if (followUpRecordedAt !== undefined) {
    return followUpRecordedAt.getTime() <= due.getTime();
  }
  return now.getTime() > due.getTime() ? false : undefined;
}

/**
 * R14: days until the follow-up is due as a person counts them (negative once past): calendar days in
 * Europe/London between today's date and the due date, not whole 24-hour periods (due 16 December, on
 * 2 December a person says 14 days to go, whatever the hour).
 */
export function daysUntilHosFollowUp(sharedAt: Date, now: Date): number {
  return londonDaysBetween(now, hosFollowUpDue(sharedAt));
}

/** R14: where the HoS follow-up stands, for the board's follow-up badge and the summaries page alike. */
export interface HosFollowUpCountdown {
  /** Past the due time. */
  overdue: boolean;
  /** Calendar days (Europe/London) to go, or late once overdue: 0 means the due date is today. */
  days: number;
}

export function hosFollowUpCountdown(due: Date, now: Date): HosFollowUpCountdown {
  const overdue = now.getTime() > due.getTime();
  return { overdue, days: overdue ? londonDaysBetween(due, now) : londonDaysBetween(now, due) };
}

/** Written by triage for the summary (see the Decision at the top). */
export interface SummaryText {
  concernsAndActionsNeeded: string;
  actionsAgreed: string;
}

export interface SummaryOptions extends RecipientOptions {
  /** Appendix 3 "Date": when the summary is shared. */
  sharedAt: Date;
  serviceAreas: ReadonlyArray<ServiceArea>;
}

/** Appendix 3, as shared. name, role and team are absent (not empty) when redacted. */
export interface ManagerSummary {
  kind: ManagerSummaryKind;
  reference: string;
  date: Date;
  redacted: boolean;
  name?: string;
  role?: string;
  team?: string;
  /** Appendix 3 shows it "if anonymous"; we always include it: it tells the service manager whose service it is. */
  serviceArea: string;
  concernsAndActionsNeeded: string;
  actionsAgreed: string;
  recipients: SummaryRecipient[];
  hosFollowUpDue: Date;
}

export type SummaryField = 'concernsAndActionsNeeded' | 'actionsAgreed' | 'recipients' | 'serviceArea';

export interface SummaryError {
  field: SummaryField;
  message: string;
}

export type BuildSummaryResult = { ok: true; summary: ManagerSummary } | { ok: false; errors: SummaryError[] };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F';

function mentions(text: string, phrase: string): boolean {
  const p = phrase.trim();
  if (p.length < 3) {
    return false;
  }
  // Whole words only (Latin letters with accents count as letters), so "Ann" does not match "planning".
  return new RegExp(`(^|[^${WORD_CHARS}])${escapeRegExp(p)}($|[^${WORD_CHARS}])`, 'i').test(text);
}

/** R14 safety net: the worker's name (whole or any part of 3+ letters) or team name found in the text. */
function leaks(text: string, name: string, teamName: string | undefined): boolean {
  const parts = [name, ...name.split(/\s+/), ...(teamName === undefined ? [] : [teamName])];
  return parts.some((p) => mentions(text, p));
}

/**
 * R14, R16: the appendix 3 content, with redaction applied and the recipients chosen. kind is
 * 'AnonymousReferral' for an anonymous alert (R16) and 'RedSummary' otherwise.
 */
export function buildManagerSummary(
  alert: SummaryAlert,
  text: SummaryText,
  options: SummaryOptions
): BuildSummaryResult {
  const errors: SummaryError[] = [];
  const redacted = isRedacted(alert, options.nameShared);
  const serviceArea = options.serviceAreas.find((s) => s.id === alert.serviceAreaId);
  const team = serviceArea?.teams.find((t) => t.id === alert.teamId);
  const concerns = text.concernsAndActionsNeeded.trim();
  const actions = text.actionsAgreed.trim();

  if (serviceArea === undefined) {
    errors.push({ field: 'serviceArea', message: 'The alert has no known service area' });
  }
  if (concerns === '') {
    errors.push({ field: 'concernsAndActionsNeeded', message: 'Enter the details of the concerns and actions needed by the service' });
  } else if (concerns.length > SUMMARY_LIMITS.concernsAndActionsNeeded) {
    errors.push({ field: 'concernsAndActionsNeeded', message: 'Details of the concerns must be 6,000 characters or fewer' });
  }
  if (actions === '') {
    errors.push({ field: 'actionsAgreed', message: 'Enter the actions agreed' });
  } else if (actions.length > SUMMARY_LIMITS.actionsAgreed) {
    errors.push({ field: 'actionsAgreed', message: 'Actions agreed must be 4,000 characters or fewer' });
  }
  if (redacted && alert.workerName.trim() !== '') {
    const leakMessage = "Remove the worker's name and team: this summary is shared without them";
    if (leaks(concerns, alert.workerName, team?.name)) {
      errors.push({ field: 'concernsAndActionsNeeded', message: leakMessage });
    }
    if (leaks(actions, alert.workerName, team?.name)) {
      errors.push({ field: 'actionsAgreed', message: leakMessage });
    }
  }
  const recipients = summaryRecipients(alert, options);
  if (!recipients.ok) {
    errors.push({
      field: 'recipients',
      message: 'Choose who receives this summary: the next person in line management'
    });
  }
  if (errors.length > 0 || serviceArea === undefined || !recipients.ok) {
    return { ok: false, errors };
  }

  const summary: ManagerSummary = {
    kind: alert.anonymous ? 'AnonymousReferral' : 'RedSummary',
    reference: alert.reference,
    date: options.sharedAt,
    redacted,
    serviceArea: serviceArea.name,
    concernsAndActionsNeeded: concerns,
    actionsAgreed: actions,
    recipients: recipients.recipients,
    hosFollowUpDue: hosFollowUpDue(options.sharedAt)
  };
  if (!redacted) {
    summary.name = alert.workerName;
    summary.role = alert.role;
    summary.team = team?.name ?? '';
  }
  return { ok: true, summary };
}

/** What the meeting record (appendix 2) holds that a summary could start from (R12). */
export interface MeetingRecordText {
  summary: string;
  agreedActions: string;
  consentToShare: boolean;
}

/** Where the Red summary's text starts: empty, or from the meeting record the worker agreed to share. */
export interface SummaryStart {
  from: 'empty' | 'meetingRecord';
  text: SummaryText;
}

/**
 * R12, R14: the text a Red summary (or anonymous referral) starts with. The meeting record is confidential and
 * shared only with the worker's consent (R12), and the summary is written for managers (R14), so without that
 * consent the summary starts empty (the screen gives the appendix 3 headings as guidance) and nothing of the
 * record is one key press from a manager. With consent it may start from the record, marked as such so that
 * triage edits it for managers. Only the consent saved with the record counts, not a box ticked and unsaved.
 */
export function summaryStart(record: MeetingRecordText | undefined): SummaryStart {
  if (record === undefined || !record.consentToShare) {
    return { from: 'empty', text: { concernsAndActionsNeeded: '', actionsAgreed: '' } };
  }
  return { from: 'meetingRecord', text: { concernsAndActionsNeeded: record.summary, actionsAgreed: record.agreedActions } };
}
