// Values the schema and the code that reads the lists share: small, with no column definitions, so the web
// parts' runtime schema (runtime.ts) can carry them without the provisioner's definitions (lists.ts).

/** R2: the answers to the first questions; blank means the question was not asked on the raiser's path. */
export const ANSWERS = ['Yes', 'No'] as const;
export type Answer = (typeof ANSWERS)[number];

export const LIST_KEYS = [
  'alerts',
  'consentConfirmations',
  'cases',
  'discussions',
  'managerSummaries',
  'caseEvents',
  'themeReports',
  'publishedThemes',
  'networkThemes',
  'supportDirectory',
  'organisation',
  'config',
  'triageSettings',
  'boardState',
  'retentionLog',
  'settingsLog',
  'conversations'
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/**
 * Keys of the WellbeingConfig list: what the raise form and the themes page need, readable by every employee
 * (ARCHITECTURE.md: SLA mode, suppression threshold; the schema version the web parts compare).
 */
export const CONFIG_KEYS = [
  'schemaVersion',
  'slaMode',
  'suppressionThreshold',
  'serviceAreas',
  // R23: whole years after a case closed; set by the council's records officer (absent: the default, six).
  'retentionYears',
  // R18-R20: the month the council's quarters start in (1-12; absent: April, domain/quarters.ts).
  'quarterStartMonth',
  // The relay's https address when the council runs one (ARCHITECTURE.md "The relay"); absent: no relay.
  'relayAddress'
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/**
 * Issue 14 defect 4: keys of the WellbeingTriageSettings list, which only triage (and the HoS Safeguarding)
 * can read: the triage team with their routes and management lines, the HoS, the service managers. An older
 * schema kept them in WellbeingConfig, readable by all staff; the provisioner moves them.
 */
export const TRIAGE_SETTING_KEYS = ['serviceManagers', 'hosSafeguarding', 'triageTeam'] as const;
export type TriageSettingKey = (typeof TRIAGE_SETTING_KEYS)[number];

/**
 * Keys of the WellbeingBoardState list, which the board writes as triage work (not settings: the site owners keep
 * those). alertWatermark (issue 14, H07): the alerts the board has finished with (every id at or below it has a
 * case or was set aside) and the ids set aside above it; the board decides what waits from this, never from
 * PublicStatus.
 */
export const BOARD_STATE_KEYS = ['alertWatermark'] as const;
export type BoardStateKey = (typeof BOARD_STATE_KEYS)[number];

/** Issue 16: what a conversation row is: the key to it (a follow-up code's hash) or a message. */
export const CONVERSATION_ROW_KINDS = ['Key', 'Message'] as const;
export type ConversationRowKind = (typeof CONVERSATION_ROW_KINDS)[number];
/** Issue 16: who wrote a message: the anonymous raiser (through the relay) or the triage team (as themselves). */
export const CONVERSATION_SENDERS = ['Raiser', 'Triage'] as const;
export type ConversationSender = (typeof CONVERSATION_SENDERS)[number];
/** Issue 16: the longest message either side may write. */
export const CONVERSATION_MESSAGE_MAX = 2000;
