/*
 * Issue 7 against the emulator, through the real PnPjs store: who can read and write the themes (R18, R19,
 * R21), each persona as SharePoint sees them. SMT read published reports and nothing else; a network rep
 * reads only their own entries; triage publish, and a republished quarter keeps its history.
 */
import { GraphBrowser, graphfi } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import { parseQuarterId, Quarter } from '../../src/domain/quarters';
import { publishThemesReport, ThemeRecord } from '../../src/domain/themes';
import {
  AlertsList,
  AnyListDefinition,
  CaseEventsList,
  CasesList,
  DiscussionsList,
  ManagerSummariesList,
  NetworkThemesList,
  PRINCIPAL_DEFINITIONS,
  ThemeReportsList
} from '../../src/schema';
import { GraphMailService } from '../../src/services/mail/GraphMailService';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';

jest.setTimeout(60_000);

const NOW = new Date('2026-10-12T10:00:00Z');
const Q2 = parseQuarterId('FY2026Q2') as Quarter;

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
  // A second network representative: the site owners add a member of staff to the reps' group.
  const group = PRINCIPAL_DEFINITIONS.networkRep;
  if (group.kind !== 'group') throw new Error('networkRep is a group');
  await site.as('admin').web.siteGroups.getByName(group.group.title).users.add(site.login('staffB'));
});

afterAll(async () => {
  await site?.close();
});

function storeAs(persona: Persona): SharePointWellbeingStore {
  const graph = graphfi().using(GraphBrowser({ baseUrl: `${site.emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': site.login(persona) }));
  return new SharePointWellbeingStore(site.as(persona), new GraphMailService(graph), { now: () => NOW });
}

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) {
    throw new Error(`store failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function rec(createdAt: string, partial: Partial<ThemeRecord> = {}): ThemeRecord {
  return { createdAt, serviceAreaId: 'childrens-social-care', teamId: 'csc-first-response', locationId: 'county-hall', route: 'PSW', themeIds: ['workload-and-caseload'], escalations: [], rag: 'Green', ...partial };
}

const REPORT = publishThemesReport(
  [
    rec('2026-07-06T09:00:00Z'),
    rec('2026-07-13T09:00:00Z'),
    rec('2026-08-03T09:00:00Z'),
    rec('2026-08-10T09:00:00Z', { rag: 'Red' }),
    rec('2026-09-01T09:00:00Z', { serviceAreaId: 'children-and-family-wellbeing-service', teamId: 'cfws-family-help', route: 'AP' })
  ],
  [{ network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4 }],
  Q2
);

/** Reads a list's items directly as a persona; the HTTP status SharePoint answered, or the number of items. */
async function readItems(persona: Persona, list: AnyListDefinition): Promise<number | string> {
  try {
    const items: unknown[] = await site.as(persona).web.lists.getByTitle(list.title).items.top(50)();
    return items.length;
  } catch (e) {
    return `HTTP ${(e as { status?: number }).status}`;
  }
}

describe('themes and who may see them (R18, R19, R21)', () => {
  beforeAll(async () => {
    // Records exist in every list SMT must not read.
    value(await storeAs('staffA').submitAlert(makeAlert(71)));
    value(await storeAs('networkRep').addNetworkTheme({ network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4, note: 'Comments in team meetings' }));
    value(await storeAs('staffB').addNetworkTheme({ network: 'LgbtStaffNetwork', quarterId: 'FY2026Q2', themeId: 'lgbt', count: 1, note: 'Being out at work' }));
    value(await storeAs('psw').publishThemeReport({ quarterId: 'FY2026Q2', label: '2026-27 Q2', report: REPORT, commentary: 'Workload again.' }));
  });

  it('R21: each persona is offered the views SharePoint will let them use', async () => {
    const access = async (persona: Persona): Promise<unknown> => value(await storeAs(persona).themeAccess());
    expect(await access('smt')).toEqual({ readPublished: true, publish: false, recordNetworkThemes: false });
    expect(await access('hosSafeguarding')).toEqual({ readPublished: true, publish: false, recordNetworkThemes: false });
    expect(await access('psw')).toEqual({ readPublished: true, publish: true, recordNetworkThemes: false });
    expect(await access('networkRep')).toEqual({ readPublished: true, publish: false, recordNetworkThemes: true });
    expect(await access('staffA')).toEqual({ readPublished: false, publish: false, recordNetworkThemes: false });
    // the site owners administer the lists: everything
    expect(await access('owner')).toEqual({ readPublished: true, publish: true, recordNetworkThemes: true });
  });

  it('R21: the access check is three reads side by side, never one batch (a hidden list answers 404, and in a batch every later part would then answer 500)', async () => {
    site.emulator.clearRequests();
    expect(value(await storeAs('smt').themeAccess())).toEqual({ readPublished: true, publish: false, recordNetworkThemes: false });
    const sent = site.emulator.requests().filter((r) => !/\/_api\/contextinfo/i.test(r.url));
    expect(sent.every((r) => !r.batched && !r.url.includes('$batch'))).toBe(true);
    expect(sent.map((r) => [r.status, decodeURIComponent(new URL(r.url).pathname.replace(new URL(site.url).pathname, ''))]).sort()).toEqual([
      [200, "/_api/web/lists/getByTitle('WellbeingThemeReports')/EffectiveBasePermissions"],
      [404, "/_api/web/lists/getByTitle('WellbeingCases')/EffectiveBasePermissions"],
      [404, "/_api/web/lists/getByTitle('WellbeingNetworkThemes')/EffectiveBasePermissions"]
    ]);
  });

  it('R18, R21: SMT read the published report, exactly as published, and nothing else', async () => {
    const smt = storeAs('smt');
    const [latest] = value(await smt.latestThemeReports());
    expect(latest).toMatchObject({ quarterId: 'FY2026Q2', label: '2026-27 Q2', version: 1, commentary: 'Workload again.', publishedByName: 'Priya PSW' });
    expect(latest.report).toEqual(REPORT);
    // no records: cases, discussions, summaries, events and network entries are hidden from them entirely
    expect(await smt.casesReceivedBetween(new Date('2026-04-01'), new Date('2026-12-31'))).toMatchObject({ ok: false, error: { kind: 'notFound' } });
    expect(await smt.networkThemes('FY2026Q2')).toMatchObject({ ok: false, error: { kind: 'notFound' } });
    expect(await smt.openWork()).toMatchObject({ ok: false });
    for (const list of [CasesList, DiscussionsList, ManagerSummariesList, CaseEventsList, NetworkThemesList]) {
      expect({ list: list.title, read: await readItems('smt', list) }).toEqual({ list: list.title, read: 'HTTP 404' });
    }
    // staff's alerts: an SMT member sees only alerts they raised themselves (none)
    expect(await readItems('smt', AlertsList)).toBe(0);
    expect(await readItems('staffA', AlertsList)).toBe(1);
    // and they cannot publish, or change what was published
    expect(await smt.publishThemeReport({ quarterId: 'FY2026Q3', label: '2026-27 Q3', report: REPORT, commentary: '' })).toMatchObject({ ok: false });
    await expect(site.as('smt').web.lists.getByTitle(ThemeReportsList.title).items.getById(latest.id).update({ Commentary: 'changed' })).rejects.toMatchObject({
      status: 403
    });
  });

  it('R19: a network rep reads only their own entries; triage read them all', async () => {
    const mine = value(await storeAs('networkRep').networkThemes('FY2026Q2'));
    expect(mine.map((t) => [t.network, t.themeId, t.count, t.note])).toEqual([['BameNetwork', 'race', 4, 'Comments in team meetings']]);
    const theirs = value(await storeAs('staffB').networkThemes('FY2026Q2'));
    expect(theirs.map((t) => [t.network, t.themeId, t.count])).toEqual([['LgbtStaffNetwork', 'lgbt', 1]]);
    // not even by id
    await expect(site.as('networkRep').web.lists.getByTitle(NetworkThemesList.title).items.getById(theirs[0].id)()).rejects.toMatchObject({ status: 404 });
    const all = value(await storeAs('psw').networkThemes('FY2026Q2'));
    expect(all.map((t) => t.themeId).sort()).toEqual(['lgbt', 'race']);
    // triage read but never change what a rep recorded
    expect(await storeAs('psw').addNetworkTheme({ network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 1 })).toMatchObject({ ok: false });
  });

  it('R18: republishing keeps every version (who and when); a publisher who had not seen the latest is refused and nothing is written', async () => {
    const psw = storeAs('psw');
    const ap = storeAs('ap');
    const v2 = value(await ap.publishThemeReport({ quarterId: 'FY2026Q2', label: '2026-27 Q2', report: REPORT, commentary: 'Corrected.', expectedLatestVersion: 1 }));
    expect(v2.version).toBe(2);
    const refused = await psw.publishThemeReport({ quarterId: 'FY2026Q2', label: '2026-27 Q2', report: REPORT, commentary: 'Mine.', expectedLatestVersion: 1 });
    expect(refused).toEqual({ ok: false, error: { kind: 'conflict', retryable: false } });
    const history = value(await psw.themeReportHistory('FY2026Q2'));
    expect(history.map((h) => [h.version, h.commentary, h.publishedByName, h.publishedBy])).toEqual([
      [2, 'Corrected.', 'Aaron AP', site.login('ap')],
      [1, 'Workload again.', 'Priya PSW', site.login('psw')]
    ]);
    expect(history.every((h) => h.publishedAt.getTime() === NOW.getTime())).toBe(true);
    // SMT see the latest version only
    const latest = value(await storeAs('smt').latestThemeReports());
    expect(latest.map((r) => [r.quarterId, r.version, r.commentary])).toEqual([['FY2026Q2', 2, 'Corrected.']]);
  });
});
