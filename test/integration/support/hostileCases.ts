/*
 * Issue 14, "Hostile input, tried for real": raw REST requests as staff, a colleague, a network rep and a line
 * manager, straight to the emulator (no form, no store), each with the outcome it must have: refused by
 * SharePoint's permissions or limits, trimmed from what the caller may read, or stored and then read back by the
 * product's own store without being trusted. test/integration/hostileInput.test.ts sends them;
 * emulator/README.md "Hostile input" lists them (hostileInput.test.ts checks the table matches).
 */
import { referenceOrganisation } from '../../../src/referenceData';
import { AlertsList, CaseEventsList, CasesList, ConfigList, DiscussionsList, ManagerSummariesList, NetworkThemesList, SupportDirectoryList, ThemeReportsList, TriageSettingsList } from '../../../src/schema';
import { toAlertItem } from '../../../src/services/store/alertCodec';
import { makeAlert } from '../../support/fixtures';
import type { Persona } from './emulatorSite';
import { itemOf, itemsOf, RawRequest } from './raw';

/** Ids the requests aim at: other people's items and accounts, made before the cases run. */
export interface HostileContext {
  /** An alert staff A raised (not the sender's own). */
  alertOfStaffA: number;
  /** An alert the colleague raised (their own). */
  ownAlertOfColleague: number;
  caseId: number;
  eventId: number;
  summaryId: number;
  networkThemeOfRep: number;
  configItemId: number;
  themeReportId: number;
  quarterId: string;
  userId(persona: Persona): number;
}

/**
 * - `refused`: SharePoint answers `status` and stores nothing;
 * - `trimmed`: SharePoint answers 200 but the target item is not in the answer;
 * - `storedSafe`: stored (201); the store reads it back as the check in hostileInput.test.ts says (`shown`:
 *   on the board with what the form would have made of it; `unreadable`: left off the board, which still loads;
 *   `theme`: network themes load). The board never trusts PublicStatus: an alert without a case waits (H06, H07).
 */
export type HostileOutcome =
  | { kind: 'refused'; status: 400 | 403 | 404 }
  | { kind: 'trimmed' }
  | { kind: 'storedSafe'; read: 'shown' | 'unreadable' | 'theme' };

export interface HostileCase {
  id: string;
  persona: Persona;
  /** What is sent, in words (the README table). */
  what: string;
  request: (ctx: HostileContext) => RawRequest;
  outcome: HostileOutcome;
  /** For `shown`: what the board must show instead of the forged value. */
  boardShows?: Partial<{ route: string; consentStatus: string; details: string; workerName: string; anonymous: boolean; networks: string[] }>;
}

const A = AlertsList.fields;
let seed = 5000;
/** A valid alert item from the form (each with its own reference and key), then the hostile change. */
function alertWith(change: Record<string, unknown>, omit: string[] = []): Record<string, unknown> {
  seed += 1;
  const item: Record<string, unknown> = { ...toAlertItem(makeAlert(seed), referenceOrganisation), ...change };
  for (const key of omit) delete item[key];
  return item;
}
const addAlert = (change: Record<string, unknown>, omit: string[] = []) => (): RawRequest => ({
  method: 'POST',
  path: itemsOf(AlertsList.title),
  body: alertWith(change, omit)
});
const REFUSED_403 = { kind: 'refused', status: 403 } as const;
const REFUSED_404 = { kind: 'refused', status: 404 } as const;
const REFUSED_400 = { kind: 'refused', status: 400 } as const;
const SHOWN = { kind: 'storedSafe', read: 'shown' } as const;
const UNREADABLE = { kind: 'storedSafe', read: 'unreadable' } as const;

const LONG = 'x'.repeat(10_001);
const SCRIPT = '<script>alert(document.cookie)</script><img src=x onerror="fetch(\'//evil\')">';
const CONTROL = 'before\u0000\u0007\u001b[31m\u0008after\r\n\t';
const RTL = 'Sam \u202Enaeb\u202C Patel';
const FORMULA = '=HYPERLINK("https://evil.example","click")';
const ODATA = "x' or 1 eq 1 or Title eq '";

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Forged choices on an alert the sender adds (no edit right exists to change one afterwards).
  { id: 'H01', persona: 'colleague', what: 'add an alert with Route "Nobody"', request: addAlert({ [A.route.internalName]: 'Nobody' }), outcome: SHOWN, boardShows: { route: 'PSW' } },
  { id: 'H02', persona: 'colleague', what: 'add an alert routed to the Race Champion lead without asking for one', request: addAlert({ [A.route.internalName]: 'RaceChampionLead' }), outcome: SHOWN, boardShows: { route: 'PSW' } },
  {
    id: 'H03',
    persona: 'colleague',
    what: 'add an on-behalf alert with ConsentStatus "ConfirmedByWorker"',
    request: addAlert({ [A.completedBy.internalName]: 'Colleague', [A.consentMode.internalName]: 'WorkerSeenAndAgreed', [A.consentStatus.internalName]: 'ConfirmedByWorker' }),
    outcome: SHOWN,
    boardShows: { consentStatus: 'StatedByRaiser' }
  },
  {
    id: 'H04',
    persona: 'colleague',
    what: 'add an on-behalf alert with ConsentStatus "ConfirmedByTriage"',
    request: addAlert({ [A.completedBy.internalName]: 'Colleague', [A.consentMode.internalName]: 'CompletedTogether', [A.consentStatus.internalName]: 'ConfirmedByTriage' }),
    outcome: SHOWN,
    boardShows: { consentStatus: 'StatedByRaiser' }
  },
  { id: 'H05', persona: 'colleague', what: 'add an alert with CompletedBy "Triage" (not a choice)', request: addAlert({ [A.completedBy.internalName]: 'Triage' }), outcome: UNREADABLE },
  { id: 'H06', persona: 'colleague', what: 'add an alert already "InProgress"', request: addAlert({ [A.publicStatus.internalName]: 'InProgress' }), outcome: SHOWN },
  { id: 'H07', persona: 'colleague', what: 'add an alert already "Closed"', request: addAlert({ [A.publicStatus.internalName]: 'Closed' }), outcome: SHOWN },
  { id: 'H08', persona: 'staffB', what: 'add an alert with a network that does not exist', request: addAlert({ [A.protectedCharacteristic.internalName]: true, [A.equalityNetworks.internalName]: ['NotANetwork', 'BameNetwork'] }), outcome: SHOWN, boardShows: { networks: ['BameNetwork'] } },
  { id: 'H09', persona: 'staffB', what: 'add an anonymous alert that still carries a name', request: addAlert({ [A.anonymous.internalName]: true, [A.workerName.internalName]: 'Sam Patel' }), outcome: SHOWN, boardShows: { anonymous: true, workerName: '' } },
  // Missing required columns (SharePoint's REST does not enforce Required on add; the store must cope).
  { id: 'H10', persona: 'colleague', what: 'add an alert without a service area', request: addAlert({}, [A.serviceAreaId.internalName]), outcome: UNREADABLE },
  { id: 'H11', persona: 'colleague', what: 'add an alert with a service area that does not exist', request: addAlert({ [A.serviceAreaId.internalName]: 'nowhere' }), outcome: UNREADABLE },
  { id: 'H12', persona: 'colleague', what: 'add an alert without the details of the concern', request: addAlert({}, [A.details.internalName]), outcome: SHOWN, boardShows: { details: '' } },
  { id: 'H13', persona: 'colleague', what: 'add an alert without CompletedBy', request: addAlert({}, [A.completedBy.internalName]), outcome: UNREADABLE },
  { id: 'H14', persona: 'staffB', what: 'add an alert without an idempotency key', request: addAlert({}, [A.idempotencyKey.internalName]), outcome: SHOWN },
  // Length, characters and markup.
  { id: 'H15', persona: 'colleague', what: 'add an alert whose details are 10,001 characters (multiple lines of text)', request: addAlert({ [A.details.internalName]: LONG }), outcome: SHOWN, boardShows: { details: LONG } },
  { id: 'H16', persona: 'colleague', what: 'add an alert whose name is 10,001 characters (single line of text)', request: addAlert({ [A.workerName.internalName]: LONG }), outcome: REFUSED_400 },
  { id: 'H17', persona: 'colleague', what: 'add an alert whose reference (Title) is 10,001 characters', request: addAlert({ Title: LONG }), outcome: REFUSED_400 },
  { id: 'H18', persona: 'staffB', what: 'add an alert whose details hold control characters and an ANSI escape', request: addAlert({ [A.details.internalName]: CONTROL }), outcome: SHOWN, boardShows: { details: CONTROL } },
  { id: 'H19', persona: 'staffB', what: 'add an alert whose details hold HTML and script', request: addAlert({ [A.details.internalName]: SCRIPT }), outcome: SHOWN, boardShows: { details: SCRIPT } },
  { id: 'H20', persona: 'staffB', what: 'add an alert whose name holds a right-to-left override', request: addAlert({ [A.workerName.internalName]: RTL }), outcome: SHOWN, boardShows: { workerName: RTL } },
  { id: 'H21', persona: 'staffB', what: 'add an alert whose details start with a spreadsheet formula', request: addAlert({ [A.details.internalName]: FORMULA }), outcome: SHOWN, boardShows: { details: FORMULA } },
  { id: 'H22', persona: 'staffB', what: 'add an alert whose details hold OData operators and quotes', request: addAlert({ [A.details.internalName]: ODATA }), outcome: SHOWN, boardShows: { details: ODATA } },
  { id: 'H23', persona: 'staffB', what: 'add an alert whose reference holds OData operators and quotes', request: addAlert({ Title: "WB-' or '1' eq '1" }), outcome: SHOWN },
  { id: 'H24', persona: 'staffB', what: 'add an alert whose idempotency key holds OData operators', request: addAlert({ [A.idempotencyKey.internalName]: ODATA }), outcome: SHOWN },
  // Other people's ids in person columns.
  { id: 'H25', persona: 'colleague', what: "add an alert naming the PSW's account as its author (AuthorId)", request: (c) => addAlert({ AuthorId: c.userId('psw') })(), outcome: REFUSED_400 },
  { id: 'H26', persona: 'colleague', what: "add an alert naming the PSW's account as its editor (EditorId)", request: (c) => addAlert({ EditorId: c.userId('psw') })(), outcome: REFUSED_400 },
  { id: 'H27', persona: 'colleague', what: 'add an alert choosing its own item id', request: addAlert({ Id: 1 }), outcome: REFUSED_400 },
  // Edits and deletes of own and others' items.
  { id: 'H28', persona: 'colleague', what: 'MERGE ConsentStatus "ConfirmedByWorker" on their own alert', request: (c) => ({ method: 'MERGE', path: itemOf(AlertsList.title, c.ownAlertOfColleague), body: { [A.consentStatus.internalName]: 'ConfirmedByWorker' } }), outcome: REFUSED_403 },
  { id: 'H29', persona: 'colleague', what: 'DELETE their own alert', request: (c) => ({ method: 'DELETE', path: itemOf(AlertsList.title, c.ownAlertOfColleague) }), outcome: REFUSED_403 },
  { id: 'H30', persona: 'staffB', what: "MERGE another person's alert", request: (c) => ({ method: 'MERGE', path: itemOf(AlertsList.title, c.alertOfStaffA), body: { [A.details.internalName]: 'changed' } }), outcome: REFUSED_404 },
  { id: 'H31', persona: 'staffB', what: "DELETE another person's alert", request: (c) => ({ method: 'DELETE', path: itemOf(AlertsList.title, c.alertOfStaffA) }), outcome: REFUSED_404 },
  { id: 'H32', persona: 'staffB', what: "GET another person's alert", request: (c) => ({ method: 'GET', path: `${itemOf(AlertsList.title, c.alertOfStaffA)}?$select=Id` }), outcome: REFUSED_404 },
  { id: 'H33', persona: 'staffB', what: 'query every alert (filter that matches all)', request: () => ({ method: 'GET', path: `${itemsOf(AlertsList.title)}?$select=Id&$filter=Id gt 0` }), outcome: { kind: 'trimmed' } },
  // Writes to lists they may not touch.
  { id: 'H34', persona: 'colleague', what: 'add a case rated Red', request: () => ({ method: 'POST', path: itemsOf(CasesList.title), body: { Title: 'WB-FAKE', Rag: 'Red' } }), outcome: REFUSED_404 },
  { id: 'H35', persona: 'colleague', what: 'MERGE the RAG of a case', request: (c) => ({ method: 'MERGE', path: itemOf(CasesList.title, c.caseId), body: { Rag: 'Green' } }), outcome: REFUSED_404 },
  { id: 'H36', persona: 'staffA', what: 'add a case event', request: (c) => ({ method: 'POST', path: itemsOf(CaseEventsList.title), body: { Title: 'WB-FAKE', CaseId: c.caseId, EventKind: 'Closed', EventAt: '2025-06-02T10:00:00Z' } }), outcome: REFUSED_404 },
  { id: 'H37', persona: 'staffA', what: 'add a discussion record', request: (c) => ({ method: 'POST', path: itemsOf(DiscussionsList.title), body: { Title: 'WB-FAKE', CaseId: c.caseId } }), outcome: REFUSED_404 },
  { id: 'H38', persona: 'staffA', what: 'add a manager summary naming themselves as line manager', request: (c) => ({ method: 'POST', path: itemsOf(ManagerSummariesList.title), body: { Title: 'WB-FAKE', CaseId: c.caseId, LineManagerId: c.userId('staffA') } }), outcome: REFUSED_404 },
  { id: 'H39', persona: 'staffA', what: 'change the SLA mode in the config', request: (c) => ({ method: 'MERGE', path: itemOf(ConfigList.title, c.configItemId), body: { ConfigValue: '"working"' } }), outcome: REFUSED_403 },
  { id: 'H40', persona: 'staffA', what: 'add a config setting', request: () => ({ method: 'POST', path: itemsOf(ConfigList.title), body: { Title: 'triageTeam', ConfigValue: '[]' } }), outcome: REFUSED_403 },
  { id: 'H41', persona: 'staffA', what: 'add a triage setting', request: () => ({ method: 'POST', path: itemsOf(TriageSettingsList.title), body: { Title: 'triageTeam', ConfigValue: '[]' } }), outcome: REFUSED_404 },
  { id: 'H42', persona: 'staffA', what: 'add a signposting entry', request: () => ({ method: 'POST', path: itemsOf(SupportDirectoryList.title), body: { Title: 'Call this number', EntryId: 'fake' } }), outcome: REFUSED_403 },
  { id: 'H43', persona: 'staffA', what: 'publish a quarterly report', request: () => ({ method: 'POST', path: itemsOf(ThemeReportsList.title), body: { Title: 'April to June 2025', QuarterId: 'FY2025Q1' } }), outcome: REFUSED_404 },
  { id: 'H44', persona: 'staffA', what: 'add a network theme', request: () => ({ method: 'POST', path: itemsOf(NetworkThemesList.title), body: { Network: 'BameNetwork' } }), outcome: REFUSED_404 },
  // A network rep.
  // Every published version lives in the triage-only history list (issue 14 #5): hidden from reps, so 404.
  { id: 'H45', persona: 'networkRep', what: 'publish a quarterly report', request: () => ({ method: 'POST', path: itemsOf(ThemeReportsList.title), body: { Title: 'April to June 2025', QuarterId: 'FY2025Q1' } }), outcome: REFUSED_404 },
  { id: 'H46', persona: 'networkRep', what: 'MERGE a published report', request: (c) => ({ method: 'MERGE', path: itemOf(ThemeReportsList.title, c.themeReportId), body: { Commentary: 'changed' } }), outcome: REFUSED_404 },
  { id: 'H47', persona: 'networkRep', what: 'add a network theme for a network that does not exist', request: (c) => ({ method: 'POST', path: itemsOf(NetworkThemesList.title), body: { Network: 'NotANetwork', QuarterId: c.quarterId, ThemeId: 'workload', ThemeCount: 2 } }), outcome: { kind: 'storedSafe', read: 'theme' } },
  { id: 'H48', persona: 'networkRep', what: 'add a network theme with a negative count', request: (c) => ({ method: 'POST', path: itemsOf(NetworkThemesList.title), body: { Network: 'BameNetwork', QuarterId: c.quarterId, ThemeId: 'workload', ThemeCount: -50 } }), outcome: { kind: 'storedSafe', read: 'theme' } },
  { id: 'H49', persona: 'networkRep', what: 'add a network theme whose note holds script and a formula', request: (c) => ({ method: 'POST', path: itemsOf(NetworkThemesList.title), body: { Network: 'BameNetwork', QuarterId: c.quarterId, ThemeId: 'workload', ThemeCount: 1, NetworkNote: `${FORMULA}${SCRIPT}` } }), outcome: { kind: 'storedSafe', read: 'theme' } },
  { id: 'H50', persona: 'networkRep', what: 'read the cases list', request: () => ({ method: 'GET', path: `${itemsOf(CasesList.title)}?$select=Id` }), outcome: REFUSED_404 },
  // A line manager.
  { id: 'H51', persona: 'lineManager1', what: 'GET a summary not shared with them', request: (c) => ({ method: 'GET', path: `${itemOf(ManagerSummariesList.title, c.summaryId)}?$select=Id` }), outcome: REFUSED_404 },
  { id: 'H52', persona: 'lineManager1', what: 'add a summary naming themselves', request: (c) => ({ method: 'POST', path: itemsOf(ManagerSummariesList.title), body: { Title: 'WB-FAKE', CaseId: c.caseId, LineManagerId: c.userId('lineManager1') } }), outcome: REFUSED_404 },
  { id: 'H53', persona: 'lineManager1', what: 'add a case event claiming to be the PSW', request: (c) => ({ method: 'POST', path: itemsOf(CaseEventsList.title), body: { Title: 'WB-FAKE', CaseId: c.caseId, EventKind: 'Closed', EventAt: '2025-06-02T10:00:00Z' } }), outcome: REFUSED_404 },
  { id: 'H54', persona: 'lineManager1', what: 'DELETE a case event', request: (c) => ({ method: 'DELETE', path: itemOf(CaseEventsList.title, c.eventId) }), outcome: REFUSED_404 },
  { id: 'H55', persona: 'lineManager1', what: 'read the triage settings', request: () => ({ method: 'GET', path: `${itemsOf(TriageSettingsList.title)}?$select=Title,ConfigValue` }), outcome: REFUSED_404 },
  { id: 'H56', persona: 'lineManager1', what: "GET the staff member's alert", request: (c) => ({ method: 'GET', path: `${itemOf(AlertsList.title, c.alertOfStaffA)}?$select=Id` }), outcome: REFUSED_404 }
];

function outcomeText(o: HostileOutcome): string {
  switch (o.kind) {
    case 'refused':
      return `refused ${o.status}`;
    case 'trimmed':
      return 'trimmed: not in the answer';
    case 'storedSafe':
      return {
        shown: 'stored; the board shows what the form would have made of it',
        unreadable: 'stored; left off the board, which still loads',
        hidden: 'stored; hides only the sender\'s own alert from the board, which still loads',
        theme: 'stored; network themes and the report still load, the bad entry left out'
      }[o.read];
  }
}

/** The table emulator/README.md carries, one row per case. */
export function hostileTable(): string {
  const rows = HOSTILE_CASES.map((c) => `| ${c.id} | ${c.persona} | ${c.what.replace(/\|/g, '\\|')} | ${outcomeText(c.outcome)} |`);
  return ['| case | as | request | outcome |', '|---|---|---|---|', ...rows].join('\n');
}
