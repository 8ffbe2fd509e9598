// Issue 18: the settings the site owners keep on the settings view, checked in words before they are saved, and
// the site check (what is set up and what is not, each with what to do). Pure TypeScript: the store reads and
// writes the values (services/store/settingsStore.ts), the view says each refusal from the loc files.
//
// Every check takes the text as typed and gives back either the value or why it is refused, so the view keeps
// what was typed beside the reason (never clears a field), and configCodec reads a stored value by the same rule:
// a value typed into the list by hand that the view would refuse is never used.

/** R20: fewer than three approaches in a cell is never shown; the council may only raise it. */
export const MIN_SUPPRESSION_THRESHOLD = 3;
/** A threshold above this would hide every theme of a council's quarter: refused as a typing slip. */
export const MAX_SUPPRESSION_THRESHOLD = 100;

export type SettingRefusal =
  | 'Required'
  | 'NotAWholeNumber'
  | 'ThresholdTooLow'
  | 'ThresholdTooHigh'
  | 'NotAMonth'
  | 'NotAnAddress'
  | 'NotHttps'
  | 'NotAClockMode';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: SettingRefusal };

function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : undefined;
}

/** R20: a whole number, three or more (never lower), and not absurdly high. */
export function checkSuppressionThreshold(text: string): Checked<number> {
  if (text.trim() === '') return { ok: false, reason: 'Required' };
  const n = wholeNumber(text);
  if (n === undefined) return { ok: false, reason: 'NotAWholeNumber' };
  if (n < MIN_SUPPRESSION_THRESHOLD) return { ok: false, reason: 'ThresholdTooLow' };
  if (n > MAX_SUPPRESSION_THRESHOLD) return { ok: false, reason: 'ThresholdTooHigh' };
  return { ok: true, value: n };
}

/** R18: the month the council's reporting year starts in, 1 (January) to 12 (December). */
export function checkQuarterStartMonth(text: string): Checked<number> {
  if (text.trim() === '') return { ok: false, reason: 'Required' };
  const n = wholeNumber(text);
  return n !== undefined && n >= 1 && n <= 12 ? { ok: true, value: n } : { ok: false, reason: 'NotAMonth' };
}

/** R10: calendar hours or working hours. */
export function checkClockMode(text: string): Checked<'calendar' | 'working'> {
  return text === 'calendar' || text === 'working' ? { ok: true, value: text } : { ok: false, reason: 'NotAClockMode' };
}

/**
 * The relay's address: optional (empty means no relay), and when given an absolute https address with no
 * user name or password in it (a submission must never travel in clear, ARCHITECTURE.md "The relay").
 */
export function checkRelayAddress(text: string): Checked<string> {
  const t = text.trim();
  if (t === '') return { ok: true, value: '' };
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return { ok: false, reason: 'NotAnAddress' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'NotHttps' };
  if (url.username !== '' || url.password !== '' || url.hostname === '') return { ok: false, reason: 'NotAnAddress' };
  return { ok: true, value: url.href };
}

// ---------------------------------------------------------------------------------------------
// The site check

/** The settings a working site needs filled in (the relay is optional: a council may run without one). */
export const REQUIRED_SETTINGS = [
  'triageTeam',
  'hosSafeguarding',
  'serviceManagers',
  'slaMode',
  'suppressionThreshold',
  'quarterStartMonth',
  'retentionYears'
] as const;
export type RequiredSetting = (typeof REQUIRED_SETTINGS)[number];

/** What the site check found, gathered by the store; `undefined` where the signed-in person could not read it. */
export interface SiteFacts {
  packageSchemaVersion: number;
  /** The version the provisioner recorded on the site; undefined when none is recorded. */
  siteSchemaVersion?: number;
  groups: { title: string; exists: boolean; members?: number }[];
  /** Settings with no usable value (service managers: one missing service area makes the setting missing). */
  missingSettings: RequiredSetting[];
  lists: { title: string; exists: boolean; noCrawl?: boolean }[];
  relay: 'none' | 'answering' | 'notAnswering';
}

export type CheckState = 'ok' | 'todo' | 'unknown';

/** One line of the site check: what it is about, its state and the words key for what to do. */
export interface CheckLine {
  id: string;
  state: CheckState;
  /** Loc key of the sentence (what is found and what to do about it). */
  says:
    | 'SchemaCurrent'
    | 'SchemaBehind'
    | 'SchemaAhead'
    | 'SchemaUnknown'
    | 'GroupOk'
    | 'GroupMissing'
    | 'GroupEmpty'
    | 'GroupUnreadable'
    | 'SettingFilled'
    | 'SettingMissing'
    | 'ListNotCrawled'
    | 'ListCrawled'
    | 'ListMissing'
    | 'RelayNone'
    | 'RelayAnswering'
    | 'RelayNotAnswering';
  /** The group, list or setting the line is about. */
  subject?: string;
}

/** The site check's lines, in the order an owner puts things right: schema, groups, settings, lists, relay. */
export function siteCheck(facts: SiteFacts): CheckLine[] {
  const lines: CheckLine[] = [];
  const site = facts.siteSchemaVersion;
  lines.push(
    site === undefined
      ? { id: 'schema', state: 'todo', says: 'SchemaUnknown' }
      : site < facts.packageSchemaVersion
        ? { id: 'schema', state: 'todo', says: 'SchemaBehind' }
        : site > facts.packageSchemaVersion
          ? { id: 'schema', state: 'todo', says: 'SchemaAhead' }
          : { id: 'schema', state: 'ok', says: 'SchemaCurrent' }
  );
  for (const g of facts.groups) {
    const id = `group:${g.title}`;
    if (!g.exists) lines.push({ id, state: 'todo', says: 'GroupMissing', subject: g.title });
    else if (g.members === undefined) lines.push({ id, state: 'unknown', says: 'GroupUnreadable', subject: g.title });
    else lines.push({ id, state: g.members > 0 ? 'ok' : 'todo', says: g.members > 0 ? 'GroupOk' : 'GroupEmpty', subject: g.title });
  }
  for (const key of REQUIRED_SETTINGS) {
    const missing = facts.missingSettings.includes(key);
    lines.push({ id: `setting:${key}`, state: missing ? 'todo' : 'ok', says: missing ? 'SettingMissing' : 'SettingFilled', subject: key });
  }
  for (const l of facts.lists) {
    const id = `list:${l.title}`;
    if (!l.exists) lines.push({ id, state: 'todo', says: 'ListMissing', subject: l.title });
    else lines.push({ id, state: l.noCrawl === true ? 'ok' : 'todo', says: l.noCrawl === true ? 'ListNotCrawled' : 'ListCrawled', subject: l.title });
  }
  lines.push(
    facts.relay === 'none'
      ? { id: 'relay', state: 'ok', says: 'RelayNone' }
      : { id: 'relay', state: facts.relay === 'answering' ? 'ok' : 'todo', says: facts.relay === 'answering' ? 'RelayAnswering' : 'RelayNotAnswering' }
  );
  return lines;
}

/** True when every line is in order (a line the signed-in person could not read is not in order). */
export function allClear(lines: readonly CheckLine[]): boolean {
  return lines.every((l) => l.state === 'ok');
}
