// The one data interface every web part uses (ARCHITECTURE.md "services/"). It speaks the process's own
// types (domain/) and returns typed results (storeErrors.ts), never PnPjs objects or raw list items, so the
// web parts, their tests and the local preview can swap the SharePoint implementation for a fake.
//
// What each audience may see is enforced by SharePoint permissions (schema/security.ts); the interface adds
// the rules SharePoint cannot express: the raiser sees a public status only (R21), the HoS changes only the
// follow-up columns (R14), case events are never changed (R17), and notifications carry nothing identifying
// (R22).

import type { Alert } from '../../domain/alert';
import type { Case, CaseEvent } from '../../domain/caseLifecycle';
import type { FirstContactMode } from '../../domain/firstContactClock';
import type { TriageMember } from '../../domain/independence';
import type { ManagerSummary, PersonRef } from '../../domain/managerSummary';
import type { PublicStatus, SupportEntry } from '../../domain/types';
import type { WorkerConfirmationState } from '../../domain/workerConfirmation';
import type { OrganisationEntry } from '../../domain/organisation';
import type { OrganisationData, OrganisationRow } from './organisation';
import type { StoreResult } from './storeErrors';

/** A SharePoint user as the store knows them. `loginName` is the id used in domain types (CaseEvent.by, Case.owner, PersonRef.id). */
export interface StoreUser {
  id: number;
  loginName: string;
  email: string;
  displayName: string;
}

/** The item id and the ETag it was read with: every update sends that ETag (a change since -> 'conflict'). */
export interface ItemRef {
  id: number;
  etag: string;
}

// ---------------------------------------------------------------------------------------------
// Alerts (appendix 1).

export interface SubmittedAlert {
  id: number;
  reference: string;
  submittedAt: Date;
}

/**
 * The alert is stored; alreadyExisted: an earlier attempt with the same idempotency key had written it, so
 * this is the same item, never a second one (once.ts).
 */
export type SubmitOutcome = { kind: 'submitted'; alert: SubmittedAlert; alreadyExisted: boolean };

/** R4: the worker's confirmation as recorded (consentStore.ts). */
export interface WorkerConfirmationOutcome {
  reference: string;
  /** When SharePoint recorded it (the item's Created). */
  confirmedAt: Date;
  /** An earlier attempt (a retry, a second click, the link opened twice) had already recorded it. */
  alreadyConfirmed: boolean;
}

/** R21: all the raiser sees of an alert they submitted. */
export interface MyAlert {
  reference: string;
  submittedAt: Date;
  publicStatus: PublicStatus;
}

/** An alert as triage reads it. */
export interface AlertRecord extends ItemRef {
  alert: Alert;
  publicStatus: PublicStatus;
}

// ---------------------------------------------------------------------------------------------
// Cases (the lifecycle of caseLifecycle.ts, plus what the list keeps beside it).

export interface CaseRecord extends ItemRef {
  alertId: number;
  /** R10: the 48-hour clock runs from here (the alert's creation). */
  alertReceivedAt: Date;
  firstContactDue: Date;
  serviceAreaId: string;
  teamId: string;
  locationId: string;
  /** R12, R18: the themes chosen from the discussion. */
  themeIds: string[];
  case: Case;
}

export interface OpenCase {
  record: CaseRecord;
  /** Undefined only if the alert could not be read (e.g. it was deleted by a site owner). */
  alert?: AlertRecord;
}

/**
 * Issue 14: an alert waiting for a case that cannot be read as an alert (a choice the process does not know, a
 * required column cleared: every alert column is untrusted input). Only its id is shown, never its content;
 * triage can set it aside and a site owner can look at it.
 */
export type UnreadableAlert = ItemRef;

/** What the triage board shows (R10): alerts still waiting for a case, and every open case with its alert. */
export interface OpenWork {
  alertsWithoutCase: AlertRecord[];
  openCases: OpenCase[];
  /**
   * Issue 14: alerts without a case that could not be read, each on its own so the rest still load. The store
   * always fills it; optional only so a test's or the preview's hand-made OpenWork can leave it out.
   */
  unreadableAlerts?: UnreadableAlert[];
}

export interface NewCaseInput {
  alert: AlertRecord;
  /** From caseLifecycle.openCase. */
  case: Case;
  events: CaseEvent[];
  /** From firstContactClock.firstContactDue with the configured SLA mode (R10). */
  firstContactDue: Date;
}

export interface CaseChanges {
  /** The result of a caseLifecycle command. */
  case: Case;
  /** The events that command returned (appended, R17). */
  events: CaseEvent[];
  /** R12, R18: set when triage chooses the themes. */
  themeIds?: string[];
}

/** One case with everything that belongs to it, read in one round trip. */
export interface CaseDetail {
  record: CaseRecord;
  alert?: AlertRecord;
  events: CaseEvent[];
  discussions: DiscussionRecordItem[];
  summaries: ManagerSummaryRecord[];
}

// ---------------------------------------------------------------------------------------------
// Discussion records (appendix 2, R12). Confidential; triage only.

export interface DiscussionRecord {
  reference: string;
  caseId: number;
  date: Date;
  /** Blank when the alert was anonymous (R5). */
  workerName: string;
  role: string;
  team: string;
  serviceAreaId: string;
  details: string;
  actionTaken: string;
  whatNeedsToHappen: string;
  summary: string;
  agreedActions: string;
  /** R12: shared only with consent. */
  consentToShare: boolean;
}

export interface DiscussionRecordItem extends ItemRef {
  record: DiscussionRecord;
}

// ---------------------------------------------------------------------------------------------
// Manager summaries (appendix 3, R14, R16).

export interface ShareSummaryInput {
  caseId: number;
  serviceAreaId: string;
  /** From managerSummary.buildManagerSummary (redaction and recipients already applied). */
  summary: ManagerSummary;
  /** R14: the HoS Safeguarding, notified to follow up (content-free notification, R22). */
  hosSafeguarding?: PersonRef[];
}

export interface ManagerSummaryRecord extends ItemRef {
  caseId: number;
  serviceAreaId: string;
  summary: ManagerSummary;
  sharedAt?: Date;
  /** When the recipients were sent the link (R22); unset until they have been (issue 14: told once, after the case). */
  recipientsNotifiedAt?: Date;
  /** When the HoS Safeguarding was sent the link; unset until she has been. */
  hosNotifiedAt?: Date;
  hosFollowUpDoneAt?: Date;
  hosFollowUpOutcome?: string;
}

export interface ShareSummaryResult {
  /** Stored and shared with exactly its recipients; nobody notified yet (notifySummaryShared does that). */
  record: ManagerSummaryRecord;
}

export interface NotifySummaryInput {
  /** R14: the HoS Safeguarding, told to follow up. */
  hosSafeguarding?: PersonRef[];
  /** The page where a recipient opens the summary; the notification carries only this link (R22). */
  link: string;
}

export interface NotifiedSummary {
  /** With the notifications recorded. */
  record: ManagerSummaryRecord;
  /**
   * False when a notification could not be sent (the summary is shared: the recipients can open it). Each one
   * sent is recorded on the item first, so trying again sends only what was not.
   */
  notified: boolean;
}

// Themes (R18-R20): themeStoreTypes.ts.
export type { ThemeReportRecord, PublishThemeReportInput, ThemeAccess, NetworkThemeInput, NetworkThemeItem } from './themeStoreTypes';
import type { ThemeReportRecord, PublishThemeReportInput, ThemeAccess, NetworkThemeInput, NetworkThemeItem } from './themeStoreTypes';

export interface WellbeingConfig {
  schemaVersion?: number;
  /** R10 Decision. */
  slaMode: FirstContactMode;
  /** R20 Decision. */
  suppressionThreshold: number;
  /** R14, R16: the service manager of each service area (by service area id). */
  serviceManagers: Record<string, PersonRef>;
  /** R14: who is notified to follow up a Red summary or an anonymous referral. */
  hosSafeguarding: PersonRef[];
  /** R6 and the independence rule: each triage member's route, service areas and management line. */
  triageTeam: TriageMember[];
  /** R23: whole years a closed case is kept, as the council's records officer set it (default six). */
  retentionYears: number;
  /** R18-R20: the month (1-12) the council's quarters start in (default April). */
  quarterStartMonth: number;
  /** The relay's https address, when the council runs one (absent: no relay). */
  relayAddress?: string;
  /** Raw values of every key, for settings this interface does not interpret. */
  raw: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------

export interface IWellbeingStore {
  /** The signed-in person (cached). */
  currentUser(): Promise<StoreResult<StoreUser>>;

  // Raising (staff)
  /** R3: writes one alert; a retried submit with the same idempotency key never creates a second item. */
  submitAlert(alert: Alert): Promise<StoreResult<SubmitOutcome>>;
  /** R21: the signed-in person's own alerts: reference, date and public status only, newest first. */
  myAlerts(): Promise<StoreResult<MyAlert[]>>;
  /**
   * R4: the raiser sends the worker a copy of an alert raised on their behalf (Graph mail as the raiser), with
   * the link the worker confirms from (domain/workerConfirmation.ts) when there is one.
   */
  sendAlertCopy(alert: Alert, to: string, confirmLink?: string): Promise<StoreResult<void>>;
  /** R4: the signed-in worker confirms the alert their link names (once: a repeat answers alreadyConfirmed). */
  confirmAsWorker(reference: string, secret: string): Promise<StoreResult<WorkerConfirmationOutcome>>;

  // Triage
  openWork(): Promise<StoreResult<OpenWork>>;
  /**
   * Issue 14: sets aside an alert the board could not read: its PublicStatus becomes Closed (with the ETag it
   * was read with: 'conflict' if it changed since), so it leaves the board; nothing else of it is touched. The
   * alerts list's version history keeps who did it and when.
   */
  setAlertAside(alert: ItemRef): Promise<StoreResult<void>>;
  /** One case with its alert, events, discussion records and summaries, in one round trip. */
  caseDetail(ref: { caseId: number; alertId: number }): Promise<StoreResult<CaseDetail>>;
  /** R10: opens the case for an alert; an alert never gets two cases (AlertId is unique). */
  openCase(input: NewCaseInput): Promise<StoreResult<CaseRecord>>;
  /** Saves a lifecycle change with the record's ETag ('conflict' if someone else changed it), then appends the events. */
  updateCase(record: CaseRecord, changes: CaseChanges): Promise<StoreResult<CaseRecord>>;
  /** R18: cases whose alert arrived in [from, to): for the quarterly report. */
  casesReceivedBetween(from: Date, to: Date): Promise<StoreResult<CaseRecord[]>>;
  /** R4: where the worker's own confirmation of this alert stands, each confirmation proved (consentStore.ts). */
  workerConfirmation(alert: AlertRecord): Promise<StoreResult<WorkerConfirmationState>>;
  /** R17: append only. */
  appendCaseEvents(caseId: number, reference: string, events: CaseEvent[]): Promise<StoreResult<void>>;
  caseEvents(caseId: number): Promise<StoreResult<CaseEvent[]>>;
  /** R12: creates the record (no existing) or updates it with its ETag. */
  saveDiscussion(record: DiscussionRecord, existing?: ItemRef): Promise<StoreResult<DiscussionRecordItem>>;

  /**
   * R14: people whose name or e-mail contains the text (at least 2 characters), for choosing the line and
   * service manager. Decision: the data site's users (everyone who can open the intranet is added by
   * ensureUser when first shared with), which the emulator models; a tenant-wide directory search would use
   * the people picker endpoint instead.
   */
  searchPeople(query: string): Promise<StoreResult<StoreUser[]>>;

  // Summaries (triage shares; HoS and named managers read)
  /** R14, R16: stores the summary, shares the item with its recipients only, and notifies them (content-free, R22). */
  shareManagerSummary(input: ShareSummaryInput): Promise<StoreResult<ShareSummaryResult>>;
  /**
   * R14, R22: sends the content-free notifications of a shared summary that its item does not record as sent
   * (the recipients, then the HoS), recording each on the item with its ETag as soon as it is sent.
   */
  notifySummaryShared(record: ManagerSummaryRecord, input: NotifySummaryInput): Promise<StoreResult<NotifiedSummary>>;
  /** The summaries the signed-in person may read (SharePoint trims to those shared with them). */
  managerSummaries(): Promise<StoreResult<ManagerSummaryRecord[]>>;
  /** R14: the HoS records the follow-up; only the follow-up columns are written. */
  recordHosFollowUp(record: ManagerSummaryRecord, doneAt: Date, outcome: string): Promise<StoreResult<ManagerSummaryRecord>>;

  // Themes
  /** R18: adds a new version for the quarter; earlier versions are kept. */
  publishThemeReport(input: PublishThemeReportInput): Promise<StoreResult<ThemeReportRecord>>;
  /** The latest published version of every quarter, newest quarter first. */
  latestThemeReports(): Promise<StoreResult<ThemeReportRecord[]>>;
  /** R18: every published version of one quarter, newest first (the publishing log: who and when). */
  themeReportHistory(quarterId: string): Promise<StoreResult<ThemeReportRecord[]>>;
  /** R21: which theme views the signed-in person may use (one round trip). */
  themeAccess(): Promise<StoreResult<ThemeAccess>>;
  /** R19: a network rep passes on a theme (never a name). */
  addNetworkTheme(input: NetworkThemeInput): Promise<StoreResult<NetworkThemeItem>>;
  networkThemes(quarterId: string): Promise<StoreResult<NetworkThemeItem[]>>;

  // Everyone
  /** R1: not sensitive, so read once and cached for the store's life. */
  supportDirectory(): Promise<StoreResult<SupportEntry[]>>;
  config(): Promise<StoreResult<WellbeingConfig>>;
  /** Issue 18: service areas with their routes, teams and office bases, as the site holds them (cached). */
  organisation(): Promise<StoreResult<OrganisationData>>;

  // Site owners
  /** Issue 18: add (no ref) or rename / retire (with the ETag it was read with: a concurrent change is a conflict). */
  saveOrganisationEntry(entry: OrganisationEntry, ref?: { id: number; etag: string }): Promise<StoreResult<OrganisationRow>>;
}

// ---------------------------------------------------------------------------------------------
// The store by role (issue 12): a component that needs one role's part can say so. IWellbeingStore is
// their union, so every consumer of the whole store compiles as before.

/** R3, R21: what a member of staff raising a concern uses. */
export type IRaiserStore = Pick<IWellbeingStore, 'currentUser' | 'submitAlert' | 'myAlerts' | 'sendAlertCopy' | 'confirmAsWorker' | 'organisation'>;

/** R10-R17: the triage board and a case. */
export type ITriageStore = Pick<
  IWellbeingStore,
  | 'currentUser'
  | 'openWork'
  | 'setAlertAside'
  | 'caseDetail'
  | 'openCase'
  | 'updateCase'
  | 'casesReceivedBetween'
  | 'appendCaseEvents'
  | 'caseEvents'
  | 'saveDiscussion'
  | 'searchPeople'
  | 'workerConfirmation'
  | 'organisation'
>;

/** R14, R16: sharing summaries, and what managers and the HoS Safeguarding read and record. */
export type ISummariesStore = Pick<IWellbeingStore, 'currentUser' | 'shareManagerSummary' | 'notifySummaryShared' | 'managerSummaries' | 'recordHosFollowUp'>;

/** R18-R20: published themes and network themes. */
export type IThemesStore = Pick<
  IWellbeingStore,
  'publishThemeReport' | 'latestThemeReports' | 'themeReportHistory' | 'themeAccess' | 'addNetworkTheme' | 'networkThemes'
>;

/** Everyone: the support directory and the site's settings. */
export type IReferenceStore = Pick<IWellbeingStore, 'supportDirectory' | 'config' | 'organisation'>;

/** Issue 18: the site owners' organisation view. */
export type IOrganisationStore = Pick<IWellbeingStore, 'currentUser' | 'organisation' | 'saveOrganisationEntry'>;
