/*
 * Issue 12: every create a retry could double makes exactly one item, with no unique column where SharePoint
 * refuses one (the alerts and network themes: own-items security). Each create, through the real PnPjs
 * store against the emulator, under: an answer lost after SharePoint wrote the item (dropAfterCommit), two
 * 429s then success, and two tabs at once (two stores, as two tabs of one browser: they share its locks).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ItemRecord } from '../../emulator/store';
import type { CaseEvent } from '../../src/domain/caseLifecycle';
import { openCase } from '../../src/domain/caseLifecycle';
import { publishThemesReport } from '../../src/domain/themes';
import { parseQuarterId, Quarter } from '../../src/domain/quarters';
import { AlertsList, CaseEventsList, CasesList, NetworkThemesList, ThemeReportsList } from '../../src/schema';
import type { AlertRecord, CaseRecord } from '../../src/services/store/IWellbeingStore';
import type { TabLock } from '../../src/services/store/once';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(90_000);

const NOW = new Date('2026-10-12T10:00:00Z');
const Q2 = parseQuarterId('FY2026Q2') as Quarter;
const REPORT = publishThemesReport([], [{ network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4 }], Q2);

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

const storeAs = (persona: Persona): ReturnType<typeof storeOn> => storeOn(site, persona, NOW);

/** Raises an alert as staff A and returns it as triage sees it on the board. */
async function waitingAlert(seed: number): Promise<AlertRecord> {
  const alert = makeAlert(seed);
  value(await storeAs('staffA').submitAlert(alert));
  const found = value(await storeAs('psw').openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
  if (!found) throw new Error('not on the board');
  return found;
}

async function openedCase(seed: number): Promise<CaseRecord> {
  const alert = await waitingAlert(seed);
  const opened = openCase({ reference: alert.alert.reference, route: alert.alert.route, anonymous: false, consentStatus: alert.alert.consentStatus }, { at: NOW, by: site.login('psw') });
  if (!opened.ok) throw new Error('open');
  return value(await storeAs('psw').openCase({ alert, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
}

interface Prepared {
  /** One attempt, as one tab makes it (a new store each time, unless `warm` gave one). */
  run: () => Promise<StoreResult<unknown>>;
  /** The items this create may make: exactly one is wanted. */
  items: () => ItemRecord[];
  /** Anything else that must hold afterwards. */
  also?: () => void;
}

interface Create {
  name: string;
  /** The request a fault is injected into. */
  match: RegExp;
  prepare: (seed: number) => Promise<Prepared>;
}

const addTo = (title: string): RegExp => new RegExp(`^POST \\S*/_api/web/lists/getByTitle\\('${title}'\\)/items$`);
const BATCH = /^POST \S*\/_api\/\$batch$/;

const CREATES: Create[] = [
  {
    name: 'R3: submitting an alert (own-items list, no unique column)',
    match: addTo(AlertsList.title),
    prepare: async (seed) => {
      const alert = makeAlert(seed);
      return {
        run: () => storeAs('staffA').submitAlert(alert),
        items: () => storedItems(site, AlertsList).filter((i) => i.values.IdempotencyKey === alert.idempotencyKey)
      };
    }
  },
  {
    name: 'R10, R17: opening a case (AlertId unique) writes its CaseOpened event once, also when an earlier attempt wrote the case',
    match: addTo(CasesList.title),
    prepare: async (seed) => {
      const alert = await waitingAlert(seed);
      const opened = openCase({ reference: alert.alert.reference, route: alert.alert.route, anonymous: false, consentStatus: alert.alert.consentStatus }, { at: NOW, by: site.login('psw') });
      if (!opened.ok) throw new Error('open');
      const input = { alert, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) };
      const cases = (): ItemRecord[] => storedItems(site, CasesList).filter((i) => i.values.AlertId === alert.id);
      return {
        run: () => storeAs('psw').openCase(input),
        items: cases,
        also: () => {
          const caseId = cases()[0].Id;
          expect(storedItems(site, CaseEventsList).filter((e) => e.values.CaseId === caseId).map((e) => e.values.EventKind)).toEqual(['CaseOpened']);
        }
      };
    }
  },
  {
    name: 'R17: appending a case event (one $batch of adds)',
    match: BATCH,
    prepare: async (seed) => {
      const record = await openedCase(seed);
      const event: CaseEvent = { kind: 'StatusChanged', at: new Date(NOW.getTime() + seed * 60_000), by: site.login('psw'), from: 'New', to: 'Contacted' };
      // Each tab has signed in already (its user is known), so the only $batch is the events' own.
      const tabs = [storeAs('psw'), storeAs('psw')];
      for (const tab of tabs) value(await tab.caseEvents(record.id));
      await Promise.all(tabs.map((tab) => tab.currentUser()));
      let next = 0;
      return {
        run: () => tabs[next++ % 2].appendCaseEvents(record.id, record.case.reference, [event]),
        items: () =>
          storedItems(site, CaseEventsList).filter(
            (e) => e.values.CaseId === record.id && e.values.EventKind === 'StatusChanged' && Date.parse(String(e.values.EventAt)) === event.at.getTime()
          )
      };
    }
  },
  {
    name: 'R19: a network rep adding a network theme (own-items list, no unique column)',
    match: addTo(NetworkThemesList.title),
    prepare: async (seed) => {
      const key = `0c6f${String(seed).padStart(4, '0')}-1d2e-4f3a-8b4c-5d6e7f8a9b0c`;
      const input = { network: 'BameNetwork' as const, quarterId: 'FY2026Q2', themeId: 'race', count: seed, key };
      return {
        run: () => storeAs('networkRep').addNetworkTheme(input),
        items: () => storedItems(site, NetworkThemesList).filter((i) => i.values.EntryKey === key)
      };
    }
  },
  {
    name: 'R18: publishing a quarter (QuarterVersion unique)',
    match: addTo(ThemeReportsList.title),
    prepare: async (seed) => {
      const quarterId = `FY20${10 + seed}Q1`;
      const input = { quarterId, label: `Quarter ${seed}`, report: REPORT, commentary: `Seed ${seed}.` };
      return {
        run: () => storeAs('psw').publishThemeReport(input),
        items: () => storedItems(site, ThemeReportsList).filter((i) => i.values.QuarterId === quarterId)
      };
    }
  }
];

describe.each(CREATES.map((c, i) => [c.name, c, i]))('%s: exactly one item', (_name, create, index) => {
  const seed = (n: number): number => 100 + index * 10 + n;

  it('when the answer is lost after SharePoint wrote it', async () => {
    const prepared = await create.prepare(seed(1));
    site.emulator.clearRequests();
    site.emulator.inject({ dropAfterCommit: true, count: 1, match: create.match });
    value(await prepared.run());
    site.emulator.clearFaults();
    expect(site.emulator.requests().filter((r) => r.dropped === true)).toHaveLength(1);
    expect(prepared.items()).toHaveLength(1);
    prepared.also?.();
  });

  it('after two 429s with Retry-After, then success', async () => {
    const prepared = await create.prepare(seed(2));
    site.emulator.clearRequests();
    site.emulator.inject({ status: 429, retryAfterSeconds: 0, count: 2, match: create.match });
    value(await prepared.run());
    site.emulator.clearFaults();
    expect(site.emulator.requests().filter((r) => r.status === 429)).toHaveLength(2);
    expect(prepared.items()).toHaveLength(1);
    prepared.also?.();
  });

  it('from two tabs at once, both told it is done', async () => {
    const prepared = await create.prepare(seed(3));
    const [first, second] = await Promise.all([prepared.run(), prepared.run()]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(prepared.items()).toHaveLength(1);
    prepared.also?.();
  });
});

describe('R18: two publishers of the same quarter at the same moment', () => {
  it('get one version each, never the same number', async () => {
    const quarterId = 'FY2031Q1';
    // Two people, two browsers: no lock in common, only SharePoint's unique QuarterVersion between them.
    const ownBrowser: TabLock = (_name, work) => work();
    const publish = (persona: Persona, commentary: string): Promise<StoreResult<unknown>> =>
      storeOn(site, persona, NOW, ownBrowser).publishThemeReport({ quarterId, label: 'Quarter', report: REPORT, commentary });
    const results = await Promise.all([publish('psw', 'From the PSW.'), publish('ap', 'From the AP.')]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const versions = storedItems(site, ThemeReportsList)
      .filter((i) => i.values.QuarterId === quarterId)
      .map((i) => i.values.ReportVersion)
      .sort();
    expect(versions).toEqual([1, 2]);
  });
});
