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
  'config',
  'triageSettings',
  'retentionLog'
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
  'retentionYears'
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/**
 * Issue 14 defect 4: keys of the WellbeingTriageSettings list, which only triage (and the HoS Safeguarding)
 * can read: the triage team with their routes and management lines, the HoS, the service managers. An older
 * schema kept them in WellbeingConfig, readable by all staff; the provisioner moves them.
 */
export const TRIAGE_SETTING_KEYS = ['serviceManagers', 'hosSafeguarding', 'triageTeam'] as const;
export type TriageSettingKey = (typeof TRIAGE_SETTING_KEYS)[number];

