// Shared vocabulary of the Wellbeing Concern Process (../shared/design/PROCESS.md).
// Pure TypeScript: nothing in domain/ may import SPFx, PnPjs or React.

/** R6: who an alert goes to. */
export type Route = 'PSW' | 'AP' | 'RaceChampionLead';

/** R13: the outcome rating. */
export type Rag = 'Green' | 'Amber' | 'Red';

/** Pages the signposting web part can sit on (R1). */
export type PageContext = 'general' | 'induction' | 'whistleblowing' | 'supervision' | 'equalityNetworks';

/** R7: the equality networks a worker can ask for support from. */
export type EqualityNetwork = 'DisabledWorkersGroup' | 'LgbtStaffNetwork' | 'BameNetwork';

export interface Team {
  /** Stable id used in list items and reports, e.g. "csc-first-response". */
  id: string;
  name: string;
  /** Issue 18: the London date (YYYY-MM-DD) the site owners retired it; absent while it can be chosen. */
  retiredOn?: string;
}

export interface ServiceArea {
  id: string;
  name: string;
  /** R6: PSW for Children's Social Care, AP for the Children and Family Wellbeing Service. */
  route: Route;
  teams: Team[];
  /** Issue 18: retired (YYYY-MM-DD); its old records still read it, new alerts cannot choose it. */
  retiredOn?: string;
}

/** An office base (themes by location, R18). */
export interface Location {
  id: string;
  name: string;
  /** Issue 18: retired (YYYY-MM-DD); absent while it can be chosen. */
  retiredOn?: string;
}

/** A theme / trigger in the taxonomy used by discussion records and the quarterly report (R12, R18). */
export interface Theme {
  id: string;
  name: string;
  /** Short plain-English description shown to triage when choosing themes. */
  description: string;
  /** Where the theme comes from: the Terms of Reference, the peer scheme (seed 003) or our own addition. */
  source: 'termsOfReference' | 'peerScheme' | 'council';
}

/** R18 (decision): a group of themes SMT read first; each theme is in exactly one group. */
export interface ThemeGroup {
  id: string;
  name: string;
  description: string;
  /** The themes in this group (ids from the theme taxonomy). */
  themeIds: string[];
}

export type SupportEntryKind = 'service' | 'network' | 'policy' | 'procedure' | 'person';

/** One entry of the support directory shown by the signposting web part. */
export interface SupportEntry {
  id: string;
  title: string;
  description: string;
  kind: SupportEntryKind;
  phone?: string;
  email?: string;
  url?: string;
  /** e.g. "24 hours a day, 7 days a week". */
  hours?: string;
  /** e.g. the Staff Support organisation code. */
  note?: string;
  contexts: PageContext[];
  order: number;
}

/** R4: who completed the alert. */
export type CompletedBy = 'Worker' | 'Colleague';

/**
 * R4: how the worker's consent was given for an alert completed by a colleague.
 * 'NotNeeded' when the worker completed it themselves.
 */
export type ConsentMode = 'NotNeeded' | 'CompletedTogether' | 'WorkerSeenAndAgreed';

/**
 * R4 Decision: an on-behalf alert is not acted on as named until consent is recorded;
 * the worker may confirm from their own account, or triage confirms it with them.
 */
export type ConsentStatus = 'NotNeeded' | 'StatedByRaiser' | 'ConfirmedByWorker' | 'ConfirmedByTriage';

/** The case lifecycle (R10-R14, R16). RAG is held beside the status, not inside it. */
export type CaseStatus =
  | 'New' // case opened, first contact not yet made: the 48-hour clock is running (R10)
  | 'Contacted' // first contact made (R10)
  | 'MeetingOffered' // a meeting or discussion offered (R11)
  | 'MeetingHeld' // discussion happened and the brief record is written (R12)
  | 'AwaitingFollowUp' // Red summary shared / anonymous alert forwarded, HoS follow-up due (R14, R16)
  | 'Closed';

/** What a raiser may see of their own alert (R21: never a RAG or a record). */
export type PublicStatus = 'Received' | 'InProgress' | 'Closed';

export type ContactMethod = 'Phone' | 'Teams' | 'InPerson' | 'Email';

/** R17: escalations counted in the quarterly report. */
export type EscalationKind = 'GreenToAmber' | 'AmberToRed' | 'GreenToRed';

/** R18 "best outcomes for resolution": how a case ended. */
export type CaseOutcome =
  | 'ResolvedWithManager'
  | 'SignpostedToSupport'
  | 'TargetedSupportArranged'
  | 'ManagementActionTaken'
  | 'WhistleblowingFollowed'
  | 'WorkerDeclinedSupport'
  | 'NoFurtherActionNeeded';

/** The audit trail (WellbeingCaseEvents, R17): append only. */
export type CaseEventKind =
  | 'CaseOpened'
  | 'Assigned'
  | 'StatusChanged'
  | 'ConsentConfirmed'
  | 'RagSet'
  | 'Escalated'
  | 'SummaryShared'
  | 'ForwardedToServiceManager'
  | 'HosNotified'
  | 'FollowUpRecorded'
  | 'WhistleblowingRoute'
  | 'Closed';

/** R14 / R16: what a manager summary is: a Red summary (appendix 3) or an anonymous alert sent on to the service manager. */
export type ManagerSummaryKind = 'RedSummary' | 'AnonymousReferral';

// The values of each union above, for choice columns (schema/) and validation. Each array is checked
// against its union at compile time (`satisfies`) and for completeness in test/schema.
export const ROUTES = ['PSW', 'AP', 'RaceChampionLead'] as const satisfies readonly Route[];
export const RAGS = ['Green', 'Amber', 'Red'] as const satisfies readonly Rag[];
export const PAGE_CONTEXTS = [
  'general',
  'induction',
  'whistleblowing',
  'supervision',
  'equalityNetworks'
] as const satisfies readonly PageContext[];
export const EQUALITY_NETWORKS = [
  'DisabledWorkersGroup',
  'LgbtStaffNetwork',
  'BameNetwork'
] as const satisfies readonly EqualityNetwork[];
export const THEME_SOURCES = ['termsOfReference', 'peerScheme', 'council'] as const satisfies readonly Theme['source'][];
export const SUPPORT_ENTRY_KINDS = [
  'service',
  'network',
  'policy',
  'procedure',
  'person'
] as const satisfies readonly SupportEntryKind[];
export const COMPLETED_BY = ['Worker', 'Colleague'] as const satisfies readonly CompletedBy[];
export const CONSENT_MODES = [
  'NotNeeded',
  'CompletedTogether',
  'WorkerSeenAndAgreed'
] as const satisfies readonly ConsentMode[];
export const CONSENT_STATUSES = [
  'NotNeeded',
  'StatedByRaiser',
  'ConfirmedByWorker',
  'ConfirmedByTriage'
] as const satisfies readonly ConsentStatus[];
export const CASE_STATUSES = [
  'New',
  'Contacted',
  'MeetingOffered',
  'MeetingHeld',
  'AwaitingFollowUp',
  'Closed'
] as const satisfies readonly CaseStatus[];
export const PUBLIC_STATUSES = ['Received', 'InProgress', 'Closed'] as const satisfies readonly PublicStatus[];
export const CONTACT_METHODS = ['Phone', 'Teams', 'InPerson', 'Email'] as const satisfies readonly ContactMethod[];
export const ESCALATION_KINDS = [
  'GreenToAmber',
  'AmberToRed',
  'GreenToRed'
] as const satisfies readonly EscalationKind[];
export const CASE_OUTCOMES = [
  'ResolvedWithManager',
  'SignpostedToSupport',
  'TargetedSupportArranged',
  'ManagementActionTaken',
  'WhistleblowingFollowed',
  'WorkerDeclinedSupport',
  'NoFurtherActionNeeded'
] as const satisfies readonly CaseOutcome[];
export const CASE_EVENT_KINDS = [
  'CaseOpened',
  'Assigned',
  'StatusChanged',
  'ConsentConfirmed',
  'RagSet',
  'Escalated',
  'SummaryShared',
  'ForwardedToServiceManager',
  'HosNotified',
  'FollowUpRecorded',
  'WhistleblowingRoute',
  'Closed'
] as const satisfies readonly CaseEventKind[];
export const MANAGER_SUMMARY_KINDS = [
  'RedSummary',
  'AnonymousReferral'
] as const satisfies readonly ManagerSummaryKind[];
