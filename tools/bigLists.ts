/*
 * Every store query on lists of any size (issue 12), for tools/measure-queries.ts and its test: seeds the
 * emulator's lists with `n` items each (written straight into the lists, as years of use would leave them,
 * spread over ten years before `now`), then runs each query the store makes as the persona who makes it,
 * through the real store, counting the requests, the ones SharePoint refused for the list view threshold
 * (the store then reads the range in parts) and the items each answered with.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import type { Emulator, LoggedRequest } from '../emulator/server';
import { Persona, seedUser, spAs } from '../preview/site';
import { seedWatermark } from './boardLoad';
import {
  AlertsList,
  CaseEventsList,
  CasesList,
  ITEM_SHARING,
  ManagerSummariesList,
  NetworkThemesList,
  PublishedThemesList,
  ThemeReportsList
} from '../src/schema';
import type { IMailService } from '../src/services/mail/IMailService';
import { SharePointWellbeingStore } from '../src/services/store/SharePointWellbeingStore';
import type { StoreResult } from '../src/services/store/storeErrors';

const YEAR_MS = 365 * 86_400_000;
/** Quarters the seeded network themes and theme reports fall in (so no quarter holds more than n / 40). */
const QUARTERS = 40;
/** Cases the seeded events belong to. */
const EVENT_CASES = 1000;
const noMail: IMailService = {
  notify: () => Promise.resolve({ ok: true, value: undefined }),
  sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined })
};

export interface BigSite {
  n: number;
  now: Date;
  /** What each query must answer with, from the seed. */
  expected: Record<string, number>;
  /** Ids of the alerts the board must show as waiting (issue 14, H07). */
  waiting: number[];
}

function seedQuarter(i: number): string {
  return `FY${2016 + Math.floor((i % QUARTERS) / 4)}Q${(i % 4) + 1}`;
}

/** Seeds in chunks, letting the event loop run between them (the emulator and its callers share this process); the ids. */
async function inChunks(emulator: Emulator, title: string, n: number, make: (i: number) => Record<string, unknown>, author: Persona, first = 0): Promise<number[]> {
  let ids: number[] = [];
  for (let from = first; from < n; from += 5000) {
    const items: Record<string, unknown>[] = [];
    for (let i = from; i < Math.min(n, from + 5000); i++) items.push(make(i));
    ids = ids.concat(emulator.seedItems(title, items, seedUser(author).loginName));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ids;
}

/** Alerts added since the watermark last moved, when the site is read (issue 14, H07). */
const SINCE_WATERMARK = 3000;

/**
 * After minutes of seeding in this process, connections kept alive from before may have been closed by the
 * emulator without the client noticing yet: use them up here, so no measured query meets one.
 */
async function settle(emulator: Emulator): Promise<void> {
  for (let i = 0; i < 20; i++) {
    try {
      const answer = await fetch(`${emulator.url}/_api/web?$select=Title`, { headers: { 'X-Emulator-User': seedUser('admin').loginName, Accept: 'application/json' } });
      await answer.text();
      if (answer.ok) return;
    } catch {
      // a stale connection: try the next
    }
  }
}

/** Seeds `n` items in each large list and two summaries shared with line manager 1; returns what to expect. */
export async function seedBigLists(emulator: Emulator, n: number, now: Date): Promise<BigSite> {
  const at = (i: number): Date => new Date(now.getTime() - Math.floor(((i + 1) * 10 * YEAR_MS) / n));
  const iso = (i: number): string => at(i).toISOString();
  const psw = seedUser('psw').id;
  const alert = (who: string, i: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Title: `WB-${who}-${i}`, IdempotencyKey: `staff${who}-${i}`, PublicStatus: 'Closed', AlertDate: iso(i).slice(0, 10), Route: 'PSW', ServiceAreaId: 'childrens-social-care', ConcernDetails: 'Seeded.', CompletedBy: 'Worker', ConsentMode: 'CompletedTogether', ConsentStatus: 'NotNeeded', ...extra });
  // Issue 14 (H07): every alert but the last SINCE_WATERMARK has its case, and the watermark stands just below the
  // oldest alert that never got one: added years ago (its Created set so) and still waiting, so it must not vanish.
  // Then a colleague's alert added already "Closed" (PublicStatus is the raiser's to write): it has no case, so it waits.
  const before = Math.max(0, n - SINCE_WATERMARK);
  const staffB = await inChunks(emulator, AlertsList.title, before, (i) => alert('B', i), 'staffB');
  emulator.setClock(() => at(n - 1));
  const [old] = await inChunks(emulator, AlertsList.title, 1, () => alert('OLD', 0), 'staffB');
  emulator.setClock();
  const later = await inChunks(emulator, AlertsList.title, n, (i) => alert('B', i), 'staffB', before);
  const staffA = await inChunks(emulator, AlertsList.title, 2, (i) => alert('A', i), 'staffA');
  const [forged] = await inChunks(emulator, AlertsList.title, 1, () => alert('H07', 0), 'colleague');
  const alertIds = staffB.concat(later);
  await inChunks(emulator, CasesList.title, n, (i) => ({ Title: `WB-C-${i}`, AlertId: alertIds[i], AlertReceivedAt: iso(i), CaseOpenedAt: iso(i), FirstContactDue: iso(i), CaseStatus: 'Closed', Route: 'PSW', ServiceAreaId: 'childrens-social-care', ConsentStatus: 'NotNeeded' }), 'psw');
  await seedWatermark(emulator, old - 1);
  await inChunks(emulator, CaseEventsList.title, n, (i) => ({ Title: `WB-C-${i}`, CaseId: (i % EVENT_CASES) + 1, EventKind: 'StatusChanged', EventAt: iso(i) }), 'psw');
  await inChunks(emulator, NetworkThemesList.title, n, (i) => ({ Network: 'BameNetwork', QuarterId: seedQuarter(i), ThemeId: 'race', ThemeCount: 1, EntryKey: `seed-${i}` }), 'networkRep');
  await inChunks(emulator, ThemeReportsList.title, n, (i) => ({ Title: `Quarter ${i % QUARTERS}`, QuarterId: seedQuarter(i), ReportVersion: Math.floor(i / QUARTERS) + 1, QuarterVersion: `${seedQuarter(i)}#${Math.floor(i / QUARTERS) + 1}`, PublishedById: psw, PublishedAt: iso(i), ReportJson: '{"threshold":5}', SuppressionThreshold: 5 }), 'psw');
  // The readers' copy: one item per quarter, its latest version (issue 14 #5); SMT read this, never the history.
  const latestVersion = Math.floor((n - 1) / QUARTERS) + 1;
  await inChunks(emulator, PublishedThemesList.title, Math.min(n, QUARTERS), (i) => ({ Title: `Quarter ${i}`, QuarterId: seedQuarter(i), ReportVersion: latestVersion, PublishedById: psw, PublishedAt: iso(i), ReportJson: '{"threshold":5}', SuppressionThreshold: 5 }), 'psw');
  const summary = (i: number): Record<string, unknown> => ({ Title: `WB-S-${i}`, CaseId: i + 1, SummaryKind: 'RedSummary', SummaryDate: iso(i).slice(0, 10), ServiceAreaId: 'childrens-social-care', ConcernsAndActionsNeeded: 'Seeded.', SharedAt: iso(i), HosFollowUpDue: iso(i) });
  await inChunks(emulator, ManagerSummariesList.title, n, summary, 'psw');
  // Two summaries shared with line manager 1 as the store shares them (item permissions, R14), one of them
  // older than the HoS's 12-month window.
  const manager = seedUser('lineManager1').id;
  const shared = emulator.seedItems(
    ManagerSummariesList.title,
    [0, n - 1].map((i) => ({ ...summary(i), Title: `WB-SHARED-${i}`, LineManagerId: manager })),
    seedUser('psw').loginName
  );
  const admin = spAs(emulator, 'admin');
  const role: { Id: number } = await admin.web.roleDefinitions.getByName(ITEM_SHARING.level).select('Id')();
  for (const id of shared) {
    const item = admin.web.lists.getByTitle(ManagerSummariesList.title).items.getById(id);
    await item.breakRoleInheritance(true, true);
    await item.roleAssignments.add(manager, role.Id);
  }

  await settle(emulator);
  const since = new Date(now.getTime());
  since.setUTCMonth(since.getUTCMonth() - 12);
  const quarterFrom = new Date(now.getTime() - YEAR_MS);
  const quarterTo = new Date(quarterFrom.getTime() + 91 * 86_400_000);
  const count = (test: (i: number) => boolean, size = n): number => Array.from({ length: size }, (_, i) => i).filter(test).length;
  return {
    n,
    now,
    waiting: [old, ...staffA, forged],
    expected: {
      myAlerts: 2,
      // The alerts without a case: the old one, staff A's two, the one added as "Closed".
      openWork: 4,
      casesReceivedBetween: count((i) => at(i) >= quarterFrom && at(i) < quarterTo),
      caseEvents: count((i) => i % EVENT_CASES === 0),
      networkThemes: count((i) => seedQuarter(i) === seedQuarter(0)),
      latestThemeReports: QUARTERS,
      themeReportHistory: count((i) => seedQuarter(i) === seedQuarter(0)),
      hosSummaries: count((i) => at(i) >= since) + [0, n - 1].filter((i) => at(i) >= since).length,
      managerSummaries: 2
    }
  };
}

export interface QueryRun {
  name: string;
  persona: Persona;
  /** Items the store answered with. */
  items: number;
  requests: LoggedRequest[];
  /** Requests SharePoint refused for the list view threshold (the store read those ranges in parts). */
  throttled: number;
  /** Why the store failed, if it did (then `items` is -1). */
  error?: string;
}

const count = async <T>(result: Promise<StoreResult<T[]>>): Promise<number> => {
  const r = await result;
  if (!r.ok) throw new Error(`store failed: ${JSON.stringify(r.error)}`);
  return r.value.length;
};

/** Each query the store makes on the large lists, as the persona who makes it. */
export const QUERIES: readonly { name: string; persona: Persona; run: (store: SharePointWellbeingStore, site: BigSite) => Promise<number> }[] = [
  { name: 'myAlerts', persona: 'staffA', run: (s) => count(s.myAlerts()) },
  {
    name: 'openWork',
    persona: 'psw',
    run: async (s, site) => {
      const r = await s.openWork();
      if (!r.ok) throw new Error(`store failed: ${JSON.stringify(r.error)}`);
      const shown = [...r.value.alertsWithoutCase.map((a) => a.id), ...(r.value.unreadableAlerts ?? []).map((u) => u.id)];
      const missing = site.waiting.filter((id) => !shown.includes(id));
      if (missing.length > 0) throw new Error(`waiting alerts not on the board: ${missing.join(', ')}`);
      return r.value.openCases.length + shown.length;
    }
  },
  {
    name: 'casesReceivedBetween',
    persona: 'psw',
    run: (s, site) => {
      const from = new Date(site.now.getTime() - YEAR_MS);
      return count(s.casesReceivedBetween(from, new Date(from.getTime() + 91 * 86_400_000)));
    }
  },
  { name: 'caseEvents', persona: 'psw', run: (s) => count(s.caseEvents(1)) },
  { name: 'networkThemes', persona: 'psw', run: (s) => count(s.networkThemes(seedQuarter(0))) },
  { name: 'latestThemeReports', persona: 'smt', run: (s) => count(s.latestThemeReports()) },
  // Every version of a quarter is triage's to read (issue 14 #5).
  { name: 'themeReportHistory', persona: 'psw', run: (s) => count(s.themeReportHistory(seedQuarter(0))) },
  { name: 'hosSummaries', persona: 'hosSafeguarding', run: (s) => count(s.managerSummaries()) },
  { name: 'managerSummaries', persona: 'lineManager1', run: (s) => count(s.managerSummaries()) }
];

/** Runs every query on a seeded site, each as a fresh page load. */
export async function runQueries(emulator: Emulator, site: BigSite): Promise<QueryRun[]> {
  const runs: QueryRun[] = [];
  for (const query of QUERIES) {
    const store = new SharePointWellbeingStore(spAs(emulator, query.persona), noMail, { now: () => site.now });
    emulator.clearRequests();
    let items = -1;
    let error: string | undefined;
    try {
      items = await query.run(store, site);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const requests = emulator.requests().filter((r) => !r.url.endsWith('/_api/contextinfo'));
    runs.push({ name: query.name, persona: query.persona, items, requests, throttled: requests.filter((r) => r.status === 500).length, ...(error ? { error } : {}) });
  }
  return runs;
}
