// The lists of ARCHITECTURE.md "Lists and who may do what", as data. Each list's `fields` is keyed by
// the name the store uses for the value, so `AlertsList.fields.route.internalName` is the only spelling of
// the column anywhere. Who may do what on each list is in security.ts.

import {
  ALERT_LIMITS,
  DISCUSSION_LIMITS,
  NETWORK_THEME_LIMITS,
  SUMMARY_LIMITS,
  TEXT_LINE_MAX,
  THEME_REPORT_LIMITS
} from '../domain/limits';
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
  PAGE_CONTEXTS,
  PUBLIC_STATUSES,
  RAGS,
  ROUTES,
  SUPPORT_ENTRY_KINDS
} from '../domain/types';
import { ORGANISATION_KINDS, SERVICE_AREA_ROUTES } from '../domain/organisation';
import { themeIds } from '../referenceData';
import {
  booleanField,
  choiceField,
  dateTimeField,
  FieldDefinition,
  integerField,
  multiChoiceField,
  NOTE_MAX,
  noteField,
  textField,
  titleField,
  userField
} from './fields';
import { ANSWERS, BOARD_STATE_KEYS, CONFIG_KEYS, CONVERSATION_MESSAGE_MAX, CONVERSATION_ROW_KINDS, CONVERSATION_SENDERS, LIST_KEYS, ListKey, TRIAGE_SETTING_KEYS } from './keys';

export { ANSWERS, BOARD_STATE_KEYS, CONFIG_KEYS, CONVERSATION_MESSAGE_MAX, CONVERSATION_ROW_KINDS, CONVERSATION_SENDERS, LIST_KEYS, TRIAGE_SETTING_KEYS };
export type { Answer, BoardStateKey, ConfigKey, ConversationRowKind, ConversationSender, ListKey, TriageSettingKey } from './keys';

/** SP.List ReadSecurity: 1 = read all items, 2 = read only items the user created. */
export type ReadSecurity = 1 | 2;
/** SP.List WriteSecurity: 1 = edit all items, 2 = edit only own items, 4 = edit none. */
export type WriteSecurity = 1 | 2 | 4;

/** What every list definition has; `ListDefinition<F>` narrows `fields` and `filteredBy` to one list's fields. */
export interface AnyListDefinition {
  key: ListKey;
  title: string;
  /** Server-relative to the data site. */
  url: string;
  description: string;
  /** 100 = custom list. */
  template: 100;
  /** Holds records or unpublished aggregates (R21): never crawled, never shown outside the product. */
  restricted: boolean;
  /** R22: keep the list out of search (and so out of Copilot). */
  noCrawl: boolean;
  readSecurity: ReadSecurity;
  writeSecurity: WriteSecurity;
  versioning: { enableVersioning: true; majorVersionLimit: number; enableMinorVersions: false };
  /** R22: attachments would sit outside the field limits and the item's own permission rules. */
  enableAttachments: false;
  enableFolderCreation: false;
  onQuickLaunch: false;
  /** Break inheritance without copying the site's grants; security.ts says who is granted what. */
  breakInheritance: { copyRoleAssignments: false; clearSubscopes: true };
  /** Keyed by the name the store uses for the value. */
  fields: Readonly<Record<string, FieldDefinition>>;
  /** Keys of `fields` the store filters or sorts on: each must be indexed (list view threshold). */
  filteredBy: readonly string[];
}

export interface ListDefinition<F extends Record<string, FieldDefinition>> extends AnyListDefinition {
  fields: F;
  filteredBy: readonly (keyof F & string)[];
}

function defineList<F extends Record<string, FieldDefinition>>(
  definition: Omit<
    ListDefinition<F>,
    'template' | 'versioning' | 'enableAttachments' | 'enableFolderCreation' | 'onQuickLaunch' | 'breakInheritance'
  >
): ListDefinition<F> {
  return {
    ...definition,
    template: 100,
    versioning: { enableVersioning: true, majorVersionLimit: 100, enableMinorVersions: false },
    enableAttachments: false,
    enableFolderCreation: false,
    onQuickLaunch: false,
    breakInheritance: { copyRoleAssignments: false, clearSubscopes: true }
  };
}

const NOT_A_NAME = 'Never holds a worker name (R22).';

/**
 * Issue 18: a service area, team or office base is kept as its key in the WellbeingOrganisation list, in a text
 * column (a choice column's choices would need a rebuild and re-provision for every restructure). Every reader
 * treats the key as untrusted input: an unknown key reads as "unknown", never breaks a screen.
 */
function organisationKeyField(
  internalName: string,
  displayName: string,
  description: string,
  options: { required?: boolean; indexed?: boolean } = {}
): ReturnType<typeof textField> {
  return textField(internalName, displayName, TEXT_LINE_MAX, `${description} A key of WellbeingOrganisation.`, options);
}

export const AlertsList = defineList({
  key: 'alerts',
  title: 'WellbeingAlerts',
  url: 'Lists/WellbeingAlerts',
  description: 'Wellbeing Concern Alert Forms (appendix 1). Staff add and see only their own; triage sees all.',
  restricted: true,
  noCrawl: true,
  // R21: staff never see other people's alerts.
  readSecurity: 2,
  writeSecurity: 2,
  fields: {
    // No EnforceUniqueValues here or on the idempotency key: SharePoint refuses a unique column on a list with
    // item-level security (ReadSecurity/WriteSecurity 2). The reference cannot collide by construction
    // (domain/reference.ts) and the store looks the idempotency key up before and after every add.
    reference: titleField('Reference', `The alert reference shown to the raiser. ${NOT_A_NAME}`, {
      required: true,
      indexed: true
    }),
    // SharePoint's own "Created By" column, indexed so the raiser's "my alerts" query (R21) filters on an
    // index and keeps working past the 5,000-item list view threshold. Never written by the product.
    createdBy: {
      ...userField('Author', 'Created By', 'The account that created the item (SharePoint sets it; see R5a).', { indexed: true }),
      builtIn: true
    },
    idempotencyKey: textField(
      'IdempotencyKey',
      'Idempotency key',
      TEXT_LINE_MAX,
      'Made by the form before the first submit, so a retried submit never makes a second alert.',
      { required: true, indexed: true }
    ),
    alertDate: dateTimeField('AlertDate', 'Date', true, 'Appendix 1: Date.', { required: true }),
    workerName: textField('WorkerName', 'Name', ALERT_LIMITS.workerName, 'Appendix 1: Name. Blank when anonymous (R5).'),
    role: textField('WorkerRole', 'Role', ALERT_LIMITS.role, 'Appendix 1: Role.'),
    team: textField('TeamName', 'Team', ALERT_LIMITS.team, 'Appendix 1: Team, as the raiser wrote it.'),
    serviceAreaId: organisationKeyField('ServiceAreaId', 'Service area', 'Appendix 1: Service Area. Required even when anonymous (R5).', {
      required: true,
      indexed: true
    }),
    details: noteField(
      'ConcernDetails',
      'Details of concerns being raised',
      ALERT_LIMITS.details,
      'Appendix 1: Details of concerns being raised.',
      { required: true }
    ),
    actionTaken: noteField(
      'ActionTaken',
      'What action has already been taken',
      ALERT_LIMITS.actionTaken,
      'Appendix 1: What action has already been taken.'
    ),
    whatNeedsToHappen: noteField(
      'WhatNeedsToHappen',
      'What does the worker feel needs to happen',
      ALERT_LIMITS.whatNeedsToHappen,
      'Appendix 1: What does the worker feel needs to happen.'
    ),
    raisedWithManager: choiceField('RaisedWithManager', 'Raised with manager', ANSWERS, 'R2: has the worker raised this with their manager?'),
    managerResponse: noteField(
      'ManagerResponse',
      "Manager's response",
      ALERT_LIMITS.managerResponse,
      'R2: if raised, what was the response.'
    ),
    managerAcknowledged: choiceField('ManagerAcknowledged', 'Concerns acknowledged', ANSWERS, 'R2: were the concerns acknowledged?'),
    managerResponseHelpful: choiceField('ManagerResponseHelpful', 'Response helpful', ANSWERS, 'R2: has it been helpful?'),
    managerInvolvedAnswer: choiceField(
      'ManagerInvolvedAnswer',
      'Concern involves the manager (answer)',
      ANSWERS,
      'R2, R5: the answer to "does the concern involve your manager?"; blank when not asked.'
    ),
    feelsAbleToRaise: choiceField('FeelsAbleToRaise', 'Feels able to raise it', ANSWERS, 'R2: if not raised, do they feel able to?'),
    wantsIndependentPerson: choiceField(
      'WantsIndependentPerson',
      'Wants an independent person',
      ANSWERS,
      'R2: would they like to talk to an independent person outside the team?'
    ),
    completedBy: choiceField('CompletedBy', 'Completed by', COMPLETED_BY, 'R4: the worker, or a colleague on their behalf.', {
      required: true
    }),
    consentMode: choiceField('ConsentMode', 'How consent was given', CONSENT_MODES, 'R4: completed together, or seen and agreed.', {
      required: true
    }),
    consentStatus: choiceField('ConsentStatus', 'Consent status', CONSENT_STATUSES, 'R4: not acted on as named until recorded.', {
      required: true,
      indexed: true
    }),
    anonymous: booleanField('Anonymous', 'Anonymous', false, 'R5: the worker chose to remain anonymous.'),
    teamId: organisationKeyField('TeamId', 'Team (from list)', 'The team chosen from the organisation, for themes (R18).'),
    locationId: organisationKeyField('LocationId', 'Office base', 'R18: themes by location.'),
    route: choiceField('Route', 'Route', ROUTES, 'R6: PSW, AP or the Race Champion lead.', { required: true, indexed: true }),
    newStarter: booleanField('NewStarter', 'New starter', false, 'R1: raised by or about someone still in induction.'),
    sendWorkerCopy: booleanField('SendWorkerCopy', 'Send the worker a copy', false, 'R4: the worker is to see a copy of the alert.'),
    protectedCharacteristic: booleanField(
      'ProtectedCharacteristic',
      'Relates to a protected characteristic',
      false,
      'R7: the concern relates to a protected characteristic.'
    ),
    equalityNetworks: multiChoiceField(
      'ProtectedCharacteristicNetworks',
      'Equality network support wanted',
      EQUALITY_NETWORKS,
      'R7: the networks the worker would like support from.'
    ),
    raceChampionRequested: booleanField('RaceChampionRequested', 'Race Champion requested', false, 'R6, R7: route to the Race Champion lead.'),
    concernInvolvesManager: booleanField('ConcernInvolvesManager', 'Concern involves the manager', false, 'R5: the concern involves the line manager.'),
    nextPersonInLine: textField(
      'NextPersonInLine',
      'Next person in the line management',
      ALERT_LIMITS.nextPersonInLine,
      'R5: who else the worker could talk to when the concern involves their manager.'
    ),
    // R4: written when the alert is added (staff need no edit rights for it). Only the hash: the secret travels
    // in the worker's link alone (domain/workerConfirmation.ts says why).
    consentProofHash: textField(
      'ConsentProofHash',
      'Consent proof (hash)',
      64,
      "R4: SHA-256 of the secret in the worker's confirmation link; never the secret itself."
    ),
    workerCopyTo: textField(
      'WorkerCopyTo',
      "Worker's copy sent to",
      254,
      "R4: the address the worker's copy and confirmation link went to; a confirmation counts only from that account."
    ),
    publicStatus: choiceField('PublicStatus', 'Status', PUBLIC_STATUSES, 'R21: all the raiser sees of progress; never a RAG.', {
      required: true,
      indexed: true,
      defaultValue: 'Received'
    })
  },
  filteredBy: ['reference', 'createdBy', 'idempotencyKey', 'publicStatus', 'route', 'serviceAreaId', 'consentStatus']
});

// R4: the worker's own confirmation of an alert a colleague raised for them. Only its author (the worker) and
// triage can read an item; nobody edits one. Tied to the alert by the secret from the worker's link, and to
// the worker by the item's Author, which SharePoint sets (domain/workerConfirmation.ts).
export const ConsentConfirmationsList = defineList({
  key: 'consentConfirmations',
  title: 'WellbeingConsentConfirmations',
  url: 'Lists/WellbeingConsentConfirmations',
  description: "R4: a worker's own confirmation of an alert raised on their behalf. Each person sees only their own; triage sees all.",
  restricted: true,
  noCrawl: true,
  readSecurity: 2,
  // Nobody edits a confirmation (no grant carries EditListItems; a worker who changes their mind tells the
  // PSW/AP). Not WriteSecurity=4: its "Create and Edit access: None" also stops people adding items.
  writeSecurity: 2,
  fields: {
    reference: titleField('Reference', `The alert reference from the link. ${NOT_A_NAME}`, { required: true, indexed: true }),
    // SharePoint's "Created By": who confirmed, as SharePoint recorded the signed-in account. Never written.
    createdBy: {
      ...userField('Author', 'Created By', 'The account that confirmed (SharePoint sets it).', { indexed: true }),
      builtIn: true
    },
    proof: textField('ConsentProof', 'Proof', TEXT_LINE_MAX, "R4: the secret from the worker's link; its hash must match the alert's.", {
      required: true
    })
  },
  filteredBy: ['reference', 'createdBy']
});

export const CasesList = defineList({
  key: 'cases',
  title: 'WellbeingCases',
  url: 'Lists/WellbeingCases',
  description: 'One case per alert: status, owner, 48-hour clock, RAG, follow-up. Triage only.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    reference: titleField('Reference', `The alert reference. ${NOT_A_NAME}`, { required: true, indexed: true }),
    alertId: integerField('AlertId', 'Alert', 'Item id of the alert; unique, so an alert never gets two cases.', {
      required: true,
      indexed: true,
      unique: true,
      min: 1
    }),
    alertReceivedAt: dateTimeField('AlertReceivedAt', 'Alert received', false, 'R10: the 48-hour clock starts here.', {
      required: true,
      indexed: true
    }),
    openedAt: dateTimeField('CaseOpenedAt', 'Case opened', false, 'R10: when triage opened the case.', { required: true }),
    status: choiceField('CaseStatus', 'Case status', CASE_STATUSES, 'R10-R16: where the case is.', {
      required: true,
      indexed: true,
      defaultValue: 'New'
    }),
    route: choiceField('Route', 'Route', ROUTES, 'R6.', { required: true, indexed: true }),
    serviceAreaId: organisationKeyField('ServiceAreaId', 'Service area', 'R18: alerts by service area.', {
      required: true,
      indexed: true
    }),
    teamId: organisationKeyField('TeamId', 'Team', 'R18 (reported only above the suppression threshold, R20).'),
    locationId: organisationKeyField('LocationId', 'Office base', 'R18: themes by location.'),
    owner: userField('CaseOwner', 'Owner', 'The PSW, AP or Race Champion lead working the case.', { indexed: true }),
    rag: choiceField('Rag', 'RAG', RAGS, 'R13: set after the discussion.', { indexed: true }),
    firstContactDue: dateTimeField('FirstContactDue', 'First contact due', false, 'R10: 48 hours from the alert.', {
      required: true,
      indexed: true
    }),
    contactedAt: dateTimeField('ContactedAt', 'Contacted', false, 'R10: when first contact was made.'),
    contactMethod: choiceField('ContactMethod', 'Contact method', CONTACT_METHODS, 'R10.'),
    meetingOfferedAt: dateTimeField('MeetingOfferedAt', 'Meeting offered', false, 'R11.'),
    meetingHeldAt: dateTimeField('MeetingHeldAt', 'Meeting held', false, 'R11, R12.'),
    consentStatus: choiceField('ConsentStatus', 'Consent status', CONSENT_STATUSES, 'R4.', { required: true }),
    anonymous: booleanField('Anonymous', 'Anonymous', false, 'R5, R16.'),
    whistleblowing: booleanField('WhistleblowingFollowed', 'Whistleblowing procedure followed', false, 'R15.'),
    whistleblowingAt: dateTimeField('WhistleblowingAt', 'Whistleblowing recorded', false, 'R15: when the route was recorded.'),
    escalations: multiChoiceField('Escalations', 'Escalations', ESCALATION_KINDS, 'R17: counted in the quarterly report.'),
    escalationHistory: noteField(
      'EscalationHistory',
      'Escalation history',
      NOTE_MAX,
      `R17: JSON list of escalations with when and by whom (triage accounts). ${NOT_A_NAME}`
    ),
    themeIds: multiChoiceField('ThemeIds', 'Themes', themeIds, 'R12, R18: key themes and triggers.'),
    outcome: choiceField('Outcome', 'Outcome', CASE_OUTCOMES, 'R18: best outcomes for resolution.'),
    forwardedToServiceManagerAt: dateTimeField(
      'ForwardedToServiceManagerAt',
      'Sent to service manager',
      false,
      'R16: anonymous alert sent on to the relevant service manager.'
    ),
    summarySharedAt: dateTimeField('SummarySharedAt', 'Red summary shared', false, 'R14: when the Red summary was shared.'),
    nameShared: booleanField('NameShared', 'Shared with the name', false, 'R14: the Red summary carried the worker name.'),
    followUpDue: dateTimeField('FollowUpDue', 'Follow-up due', false, 'R14: HoS follow-up two weeks after the Red summary.', {
      indexed: true
    }),
    followUpDoneAt: dateTimeField('FollowUpDoneAt', 'Follow-up done', false, 'R14.'),
    followUpOutcome: noteField(
      'FollowUpOutcome',
      'Follow-up outcome',
      SUMMARY_LIMITS.followUpOutcome,
      'R14: what the HoS follow-up found (copied from the summary by triage).'
    ),
    closedAt: dateTimeField('ClosedAt', 'Closed', false, 'R18: the quarter a case closed in.', { indexed: true })
  },
  filteredBy: [
    'reference',
    'alertId',
    'alertReceivedAt',
    'status',
    'route',
    'serviceAreaId',
    'owner',
    'rag',
    'firstContactDue',
    'followUpDue',
    'closedAt'
  ]
});

export const DiscussionsList = defineList({
  key: 'discussions',
  title: 'WellbeingDiscussions',
  url: 'Lists/WellbeingDiscussions',
  description: 'Meeting/Discussion Brief Records (appendix 2). Confidential; shared only with consent (R12).',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    reference: titleField('Reference', `The alert reference. ${NOT_A_NAME}`, { required: true, indexed: true }),
    caseId: integerField('CaseId', 'Case', 'Item id of the case.', { required: true, indexed: true, min: 1 }),
    discussionDate: dateTimeField('DiscussionDate', 'Date', true, 'Appendix 2: Date.', { required: true }),
    workerName: textField('WorkerName', 'Name', ALERT_LIMITS.workerName, 'Appendix 2: Name.'),
    role: textField('WorkerRole', 'Role', ALERT_LIMITS.role, 'Appendix 2: Role.'),
    team: textField('TeamName', 'Team', ALERT_LIMITS.team, 'Appendix 2: Team.'),
    serviceAreaId: organisationKeyField('ServiceAreaId', 'Service area', 'Appendix 2: Service Area.', { required: true }),
    details: noteField('ConcernDetails', 'Details of concerns being raised', ALERT_LIMITS.details, 'From the alert form.'),
    actionTaken: noteField('ActionTaken', 'What action has already been taken', ALERT_LIMITS.actionTaken, 'From the alert form.'),
    whatNeedsToHappen: noteField(
      'WhatNeedsToHappen',
      'What does the worker feel needs to happen',
      ALERT_LIMITS.whatNeedsToHappen,
      'From the alert form.'
    ),
    summary: noteField(
      'DiscussionSummary',
      'Summary of discussions and key themes',
      DISCUSSION_LIMITS.summary,
      'Appendix 2: Summary of discussions and key themes.',
      { required: true }
    ),
    agreedActions: noteField('AgreedActions', 'Agreed actions', DISCUSSION_LIMITS.agreedActions, 'Appendix 2: Agreed Actions.'),
    consentToShare: booleanField('ConsentToShare', 'Worker consents to sharing', false, 'R12: shared only with consent.')
  },
  filteredBy: ['reference', 'caseId']
});

export const ManagerSummariesList = defineList({
  key: 'managerSummaries',
  title: 'WellbeingManagerSummaries',
  url: 'Lists/WellbeingManagerSummaries',
  description: 'Red feedback to management (appendix 3) and anonymous referrals. Each item shared with its named managers only.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    reference: titleField('Reference', `The alert reference. ${NOT_A_NAME}`, { required: true, indexed: true }),
    caseId: integerField('CaseId', 'Case', 'Item id of the case.', { required: true, indexed: true, min: 1 }),
    kind: choiceField('SummaryKind', 'Kind', MANAGER_SUMMARY_KINDS, 'R14 Red summary or R16 anonymous referral.', {
      required: true,
      indexed: true
    }),
    summaryDate: dateTimeField('SummaryDate', 'Date', true, 'Appendix 3: Date.', { required: true }),
    workerName: textField('WorkerName', 'Name', ALERT_LIMITS.workerName, 'Appendix 3: Name. Blank when withheld (R14).'),
    role: textField('WorkerRole', 'Role', ALERT_LIMITS.role, 'Appendix 3: Role. Blank when withheld (R14).'),
    team: textField('TeamName', 'Team', ALERT_LIMITS.team, 'Appendix 3: Team. Blank when withheld (R14).'),
    nameWithheld: booleanField('NameWithheld', 'Name withheld', false, 'R14: service area only, shared with the service manager.'),
    serviceAreaId: organisationKeyField('ServiceAreaId', 'Service area', 'Appendix 3: If anonymous - service area.', {
      required: true
    }),
    concernsAndActionsNeeded: noteField(
      'ConcernsAndActionsNeeded',
      'Details of the concerns and actions needed by the service',
      SUMMARY_LIMITS.concernsAndActionsNeeded,
      'Appendix 3.',
      { required: true }
    ),
    actionsAgreed: noteField('ActionsAgreed', 'Actions agreed', SUMMARY_LIMITS.actionsAgreed, 'Appendix 3: Actions agreed.'),
    // Indexed: each named manager reads their summaries through these (`LineManagerId eq me`), one query per
    // column, so the summaries page works past the list view threshold (issue 12).
    lineManager: userField('LineManager', 'Line manager', 'R14: recipient (not when the name is withheld).', { indexed: true }),
    serviceManager: userField('ServiceManager', 'Service manager', 'R14, R16: recipient.', { indexed: true }),
    nextPersonInLine: userField(
      'NextPersonRecipient',
      'Next person in line management',
      'R5: recipient instead of a manager the concern involves.',
      { indexed: true }
    ),
    sharedAt: dateTimeField('SharedAt', 'Shared', false, 'R14: when the item was shared with its recipients.', { indexed: true }),
    // Written when each notification has been sent, never before (a retried share tells nobody twice).
    recipientsNotifiedAt: dateTimeField('RecipientsNotifiedAt', 'Recipients notified', false, 'R14, R22: when the recipients were sent the link.'),
    hosNotifiedAt: dateTimeField('HosNotifiedAt', 'HoS Safeguarding notified', false, 'R14: when the HoS Safeguarding was sent the link.'),
    hosFollowUpDue: dateTimeField('HosFollowUpDue', 'HoS follow-up due', false, 'R14: two weeks after sharing.', {
      indexed: true
    }),
    hosFollowUpDoneAt: dateTimeField('HosFollowUpDoneAt', 'HoS follow-up done', false, 'R14.'),
    hosFollowUpOutcome: noteField(
      'HosFollowUpOutcome',
      'HoS follow-up outcome',
      SUMMARY_LIMITS.followUpOutcome,
      'R14: whether action was taken to address the concerns.'
    )
  },
  filteredBy: ['reference', 'caseId', 'kind', 'sharedAt', 'hosFollowUpDue', 'lineManager', 'serviceManager', 'nextPersonInLine']
});

export const CaseEventsList = defineList({
  key: 'caseEvents',
  title: 'WellbeingCaseEvents',
  url: 'Lists/WellbeingCaseEvents',
  description: 'Audit trail of every case change (R17). Append only: nobody but site owners can edit or delete; versions show any edit.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    reference: titleField('Case reference', `The alert reference. ${NOT_A_NAME}`, { required: true }),
    caseId: integerField('CaseId', 'Case', 'Item id of the case.', { required: true, indexed: true, min: 1 }),
    kind: choiceField('EventKind', 'Event', CASE_EVENT_KINDS, 'R17: what happened.', { required: true, indexed: true }),
    at: dateTimeField('EventAt', 'When', false, 'R17: when.', { required: true, indexed: true }),
    // R17, issue 14 defect 6: who did it is SharePoint's own Created By, set from the signed-in account, never a
    // column the browser writes (an older schema's EventBy let an AP write an event "by the PSW"). Never written
    // by the product; read by name only here (storeBase ACCOUNT_COLUMNS keeps it out of every other read).
    by: {
      ...userField('Author', 'Created By', 'R17: who (the triage member who added the event; SharePoint sets it).'),
      builtIn: true
    },
    from: textField('FromValue', 'From', TEXT_LINE_MAX, `Previous value (status, RAG). ${NOT_A_NAME}`),
    to: textField('ToValue', 'To', TEXT_LINE_MAX, `New value (status, RAG). ${NOT_A_NAME}`),
    escalation: choiceField('EscalationKind', 'Escalation', ESCALATION_KINDS, 'R17: set on Escalated events.'),
    detail: textField('EventDetail', 'Detail', TEXT_LINE_MAX, `Short note. ${NOT_A_NAME}`)
  },
  filteredBy: ['caseId', 'kind', 'at']
});

export const ThemeReportsList = defineList({
  key: 'themeReports',
  title: 'WellbeingThemeReports',
  url: 'Lists/WellbeingThemeReports',
  // Every version of every quarter ever published: triage only (issue 14 #5). Version 1 beside version 2
  // could reveal a count version 2 hides, so readers see only WellbeingPublishedThemes (the latest).
  description: 'Every published version of the quarterly aggregates (R18, R20): the history, for triage only. No names.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    label: titleField('Quarter', 'The quarter in words, e.g. "April to June 2025".', { required: true }),
    quarterId: textField('QuarterId', 'Quarter id', TEXT_LINE_MAX, 'R18: the quarter this report covers.', {
      required: true,
      indexed: true
    }),
    reportVersion: integerField('ReportVersion', 'Version', 'Republishing a quarter adds a higher version.', {
      required: true,
      min: 1
    }),
    // Unique (this list has no item-level security, so SharePoint allows it): two publishers at the same
    // moment cannot both take the same version of a quarter; the one refused takes the next.
    versionKey: textField('QuarterVersion', 'Quarter and version', TEXT_LINE_MAX, 'The quarter id and version, e.g. "FY2026Q3#2".', {
      required: true,
      indexed: true,
      unique: true
    }),
    publishedBy: userField('PublishedBy', 'Published by', 'The triage member who published it.', { required: true }),
    publishedAt: dateTimeField('PublishedAt', 'Published', false, 'When it was published.', { required: true, indexed: true }),
    reportJson: noteField('ReportJson', 'Report', NOTE_MAX, 'R18, R20: the aggregate, suppression already applied.', {
      required: true
    }),
    commentary: noteField('Commentary', 'Commentary', THEME_REPORT_LIMITS.commentary, 'Commentary for SMT. No names (R18).'),
    suppressionThreshold: integerField('SuppressionThreshold', 'Suppression threshold', 'R20: the threshold applied.', {
      required: true,
      min: 1
    })
  },
  filteredBy: ['quarterId', 'publishedAt', 'versionKey']
});

/**
 * The latest version of each quarter, one item per quarter, for SMT, the HoS and the network reps (R18, R20,
 * issue 14 #5). Republishing rewrites the quarter's item; the readers' level has no ViewVersions, so the
 * earlier versions the item keeps (for the site owners' audit) are refused to them. The same internal names
 * as WellbeingThemeReports, so one codec reads both.
 */
export const PublishedThemesList = defineList({
  key: 'publishedThemes',
  title: 'WellbeingPublishedThemes',
  url: 'Lists/WellbeingPublishedThemes',
  description: 'The latest published version of each quarter for SMT, the HoS and the network reps (R18, R20). No names.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    label: ThemeReportsList.fields.label,
    // Unique (no item-level security on this list): one item per quarter, whoever publishes.
    quarterId: textField('QuarterId', 'Quarter id', TEXT_LINE_MAX, 'R18: the quarter; one item per quarter.', {
      required: true,
      indexed: true,
      unique: true
    }),
    reportVersion: integerField('ReportVersion', 'Version', 'The version of the quarter this item now shows.', {
      required: true,
      min: 1
    }),
    publishedBy: ThemeReportsList.fields.publishedBy,
    publishedAt: ThemeReportsList.fields.publishedAt,
    reportJson: ThemeReportsList.fields.reportJson,
    commentary: ThemeReportsList.fields.commentary,
    suppressionThreshold: ThemeReportsList.fields.suppressionThreshold
  },
  filteredBy: ['quarterId', 'publishedAt']
});

export const NetworkThemesList = defineList({
  key: 'networkThemes',
  title: 'WellbeingNetworkThemes',
  url: 'Lists/WellbeingNetworkThemes',
  description: 'Themes (never names) that network reps pass to PSW/AP for the quarterly report (R19).',
  restricted: true,
  noCrawl: true,
  // Network reps read only what they added; triage reads all through Override List Behaviors.
  readSecurity: 2,
  writeSecurity: 2,
  fields: {
    label: titleField('Label', 'Optional short label. Never a name (R19).'),
    network: choiceField('Network', 'Network', EQUALITY_NETWORKS, 'R19: which network.', { required: true, indexed: true }),
    quarterId: textField('QuarterId', 'Quarter id', TEXT_LINE_MAX, 'R19: the quarter.', { required: true, indexed: true }),
    serviceAreaId: organisationKeyField('ServiceAreaId', 'Service area', 'R18.'),
    themeId: choiceField('ThemeId', 'Theme', themeIds, 'R19.', { required: true }),
    count: integerField('ThemeCount', 'Number of approaches', 'R19: how many approaches raised this theme.', {
      required: true,
      min: 1
    }),
    note: noteField('NetworkNote', 'Note', NETWORK_THEME_LIMITS.note, 'R19: themes, never names.'),
    // Not unique: SharePoint refuses a unique column on an own-items list. The store looks it up (once.ts).
    entryKey: textField('EntryKey', 'Entry key', TEXT_LINE_MAX, 'Made once per entry, so a retried add never makes a second item.', {
      indexed: true
    })
  },
  filteredBy: ['network', 'quarterId', 'entryKey']
});

export const SupportDirectoryList = defineList({
  key: 'supportDirectory',
  title: 'WellbeingSupportDirectory',
  url: 'Lists/WellbeingSupportDirectory',
  description: 'Signposting entries for the wellbeing web parts (R1, R7, R8, R9). Readable by everyone.',
  restricted: false,
  noCrawl: false,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    title: titleField('Title', 'The entry title.', { required: true }),
    entryId: textField('EntryId', 'Entry id', TEXT_LINE_MAX, 'Stable id, as in referenceData/supportDirectory.json.', {
      required: true,
      indexed: true,
      unique: true
    }),
    description: noteField('EntryDescription', 'Description', NOTE_MAX, 'What it is and when to use it.', { required: true }),
    kind: choiceField('EntryKind', 'Kind', SUPPORT_ENTRY_KINDS, 'Service, network, policy, procedure or person.', {
      required: true
    }),
    phone: textField('ContactPhone', 'Phone', TEXT_LINE_MAX, 'Digits and spaces, dialable.'),
    email: textField('ContactEmail', 'Email', TEXT_LINE_MAX, 'Email address.'),
    url: textField('EntryUrl', 'Link', TEXT_LINE_MAX, 'https link.'),
    hours: textField('OpeningHours', 'Hours', TEXT_LINE_MAX, 'When it is available.'),
    note: textField('EntryNote', 'Note', TEXT_LINE_MAX, 'e.g. the Staff Support organisation code.'),
    contexts: multiChoiceField('PageContexts', 'Shown on', PAGE_CONTEXTS, 'R1: which signposting pages show it.', {
      required: true
    }),
    order: integerField('SortOrder', 'Order', 'Display order, lowest first.', { required: true })
  },
  filteredBy: ['entryId']
});

/**
 * Issue 18: the organisation as site data: service areas (with their route, R6), teams (with their service area)
 * and office bases (R18), one row each, edited by the site owners on the Triage board's organisation view and
 * read by every employee (the raise form offers it). Seeded from the reference data on a new site. Rows are
 * retired, never deleted: old records and reports keep reading the name.
 */
export const OrganisationList = defineList({
  key: 'organisation',
  title: 'WellbeingOrganisation',
  url: 'Lists/WellbeingOrganisation',
  description: 'Service areas (with their route), teams and office bases. Site owners edit; everyone reads. Retired, never deleted.',
  restricted: false,
  // Nothing anyone needs to find by search.
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    name: titleField('Name', 'The name everyone sees; a rename keeps the key.', { required: true }),
    key: textField('OrgKey', 'Key', TEXT_LINE_MAX, 'Stable key kept in records; never changes.', { required: true, indexed: true, unique: true }),
    kind: choiceField('OrgKind', 'Kind', ORGANISATION_KINDS, 'Service area, team or office base.', { required: true }),
    serviceAreaKey: textField('ServiceAreaKey', 'Service area', TEXT_LINE_MAX, "A team's service area (its key)."),
    route: choiceField('AreaRoute', 'Route', SERVICE_AREA_ROUTES, "R6: a service area's route, PSW or AP."),
    retiredOn: textField('RetiredOn', 'Retired on', TEXT_LINE_MAX, 'YYYY-MM-DD when retired; blank while in use.')
  },
  filteredBy: ['key']
});

export const ConfigList = defineList({
  key: 'config',
  title: 'WellbeingConfig',
  url: 'Lists/WellbeingConfig',
  description: 'Settings every employee may read: schema version, SLA mode (R10), suppression threshold (R20), service areas.',
  restricted: false,
  // Nothing anyone needs to find by search.
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    key: titleField('Key', `One of ${CONFIG_KEYS.join(', ')}.`, { required: true, indexed: true, unique: true }),
    value: noteField('ConfigValue', 'Value', NOTE_MAX, 'JSON value.', { required: true })
  },
  filteredBy: ['key']
});

export const TriageSettingsList = defineList({
  key: 'triageSettings',
  title: 'WellbeingTriageSettings',
  url: 'Lists/WellbeingTriageSettings',
  description: 'Triage-only settings: the triage team with routes and management lines (R6), the HoS Safeguarding and service managers (R14, R16).',
  // Management lines and who follows up Red summaries: not for every employee to read (issue 14 defect 4).
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    key: titleField('Key', `One of ${TRIAGE_SETTING_KEYS.join(', ')}.`, { required: true, indexed: true, unique: true }),
    value: noteField('ConfigValue', 'Value', NOTE_MAX, 'JSON value.', { required: true })
  },
  filteredBy: ['key']
});

/**
 * Issue 14 (H07): what the board has finished with, kept where only triage (and the site owners) read and write:
 * the board moves the alert watermark as it loads, and triage set an unreadable alert aside. Not a setting (the
 * site owners alone change those, issue 18), and nothing a raiser can reach.
 */
export const BoardStateList = defineList({
  key: 'boardState',
  title: 'WellbeingBoardState',
  url: 'Lists/WellbeingBoardState',
  description: "Issue 14 (H07): the triage board's own state (the alert watermark). Triage only.",
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    key: titleField('Key', `One of ${BOARD_STATE_KEYS.join(', ')}.`, { required: true, indexed: true, unique: true }),
    value: noteField('ConfigValue', 'Value', NOTE_MAX, 'JSON value.', { required: true })
  },
  filteredBy: ['key']
});

/**
 * R23: the only trace a deletion past the retention period leaves: how many cases, on which day. No reference,
 * no name, no theme (domain/retention.ts deletionRecord). Written by the site owners who delete; triage read it.
 */
export const RetentionLogList = defineList({
  key: 'retentionLog',
  title: 'WellbeingRetentionLog',
  url: 'Lists/WellbeingRetentionLog',
  description: 'R23: cases deleted after the retention period, as a count and a date only.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    deletedOn: titleField('Deleted on', 'R23: the London date of the deletion (YYYY-MM-DD).', { required: true, indexed: true }),
    cases: integerField('DeletedCases', 'Cases deleted', 'R23: how many cases were deleted that day by this action.', { required: true, min: 1 })
  },
  filteredBy: ['deletedOn']
});

/**
 * Issue 18: every change made on the settings view, one item each: which setting and what it became. Who made
 * it is the item's Author and when is its Created (SharePoint sets both; the product never writes a name or a
 * time here). Only the site owners write it (they alone save settings); triage read it.
 */
export const SettingsLogList = defineList({
  key: 'settingsLog',
  title: 'WellbeingSettingsLog',
  url: 'Lists/WellbeingSettingsLog',
  description: 'Issue 18: each change to the settings, with who (Created By) and when (Created).',
  // It names the triage team and their management lines, as the triage settings do.
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    setting: titleField('Setting', 'The setting changed: a WellbeingConfig or WellbeingTriageSettings key.', { required: true, indexed: true }),
    value: noteField('SettingValue', 'New value', NOTE_MAX, 'The JSON value saved.', { required: true })
  },
  filteredBy: ['setting']
});



/**
 * Issue 16: the conversation with an anonymous raiser, by follow-up code. Only triage and the relay (an app with a
 * Sites.Selected grant, not a row of the permission table) read it. A Key row holds the code's clear look-up prefix
 * and its scrypt hash (relay/src/followUpCode.ts), never the code; a Message row holds a message. The raiser's
 * messages are written by the relay (Author: the relay), triage's by the triage member (Author: them); the raiser
 * is only ever told "the Principal Social Worker".
 */
export const ConversationsList = defineList({
  key: 'conversations',
  title: 'WellbeingConversations',
  url: 'Lists/WellbeingConversations',
  description: 'Issue 16: messages with anonymous raisers by follow-up code (only the hash of a code is kept). Triage and the relay only.',
  restricted: true,
  noCrawl: true,
  readSecurity: 1,
  writeSecurity: 1,
  fields: {
    kind: titleField('Kind', `Key or Message. ${NOT_A_NAME}`, { required: true }),
    alertId: integerField('ConversationAlertId', 'Alert', 'Item id of the anonymous alert.', { required: true, indexed: true, min: 1 }),
    codePrefix: textField('CodePrefix', 'Code prefix', 4, 'Key rows: the first group of the follow-up code (20 bits), to find the hashes to check.', { indexed: true }),
    codeHash: textField('CodeHash', 'Code hash', 200, 'Key rows: scrypt hash of the follow-up code with its own salt; never the code.'),
    receivedAt: dateTimeField('RelayReceivedAt', 'Received by the relay', false, 'Key rows: when the relay received the alert (R10: the 48-hour clock starts then, not at the held write).'),
    sender: choiceField('Sender', 'From', CONVERSATION_SENDERS, 'Message rows: the raiser (through the relay) or triage.'),
    body: noteField('MessageBody', 'Message', CONVERSATION_MESSAGE_MAX, 'Message rows: the text.'),
    messageKey: textField('MessageKey', 'Message key', 64, 'Message rows: made by the sender before the first attempt, so a retry adds nothing.')
  },
  filteredBy: ['alertId', 'codePrefix']
});


/** Every list, in provisioning order. */
export const LISTS: Readonly<Record<ListKey, AnyListDefinition>> = {
  alerts: AlertsList,
  consentConfirmations: ConsentConfirmationsList,
  cases: CasesList,
  discussions: DiscussionsList,
  managerSummaries: ManagerSummariesList,
  caseEvents: CaseEventsList,
  themeReports: ThemeReportsList,
  publishedThemes: PublishedThemesList,
  networkThemes: NetworkThemesList,
  supportDirectory: SupportDirectoryList,
  organisation: OrganisationList,
  config: ConfigList,
  triageSettings: TriageSettingsList,
  boardState: BoardStateList,
  retentionLog: RetentionLogList,
  settingsLog: SettingsLogList,
  conversations: ConversationsList
};

export const ALL_LISTS: readonly AnyListDefinition[] = LIST_KEYS.map((key) => LISTS[key]);

/**
 * Columns an earlier schema made and this one no longer writes. The provisioner leaves them and their values
 * (they are history) but makes them optional, so an add without them is never refused.
 */
export const RETIRED_FIELDS: readonly { list: ListKey; internalName: string; why: string }[] = [
  { list: 'caseEvents', internalName: 'EventBy', why: "who did it is the item's Author (issue 14 defect 6)" }
];

export { fieldsOf } from './runtimeTypes';
