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
  PublishedThemesList,
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

  it('R21: the access check is four reads side by side, never one batch (a hidden list answers 404, and in a batch every later part would then answer 500)', async () => {
    site.emulator.clearRequests();
    expect(value(await storeAs('smt').themeAccess())).toEqual({ readPublished: true, publish: false, recordNetworkThemes: false });
    const sent = site.emulator.requests().filter((r) => !/\/_api\/contextinfo/i.test(r.url));
    expect(sent.every((r) => !r.batched && !r.url.includes('$batch'))).toBe(true);
    expect(sent.map((r) => [r.status, decodeURIComponent(new URL(r.url).pathname.replace(new URL(site.url).pathname, ''))]).sort()).toEqual([
      [200, "/_api/web/lists/getByTitle('WellbeingPublishedThemes')/EffectiveBasePermissions"],
      [404, "/_api/web/lists/getByTitle('WellbeingCases')/EffectiveBasePermissions"],
      [404, "/_api/web/lists/getByTitle('WellbeingNetworkThemes')/EffectiveBasePermissions"],
      [404, "/_api/web/lists/getByTitle('WellbeingThemeReports')/EffectiveBasePermissions"]
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
    for (const list of [CasesList, DiscussionsList, ManagerSummariesList, CaseEventsList, NetworkThemesList, ThemeReportsList]) {
      expect({ list: list.title, read: await readItems('smt', list) }).toEqual({ list: list.title, read: 'HTTP 404' });
    }
    // staff's alerts: an SMT member sees only alerts they raised themselves (none)
    expect(await readItems('smt', AlertsList)).toBe(0);
    expect(await readItems('staffA', AlertsList)).toBe(1);
    // and they cannot publish, or change what was published
    expect(await smt.publishThemeReport({ quarterId: 'FY2026Q3', label: '2026-27 Q3', report: REPORT, commentary: '' })).toMatchObject({ ok: false });
    await expect(site.as('smt').web.lists.getByTitle(PublishedThemesList.title).items.getById(latest.id).update({ Commentary: 'changed' })).rejects.toMatchObject({
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

/** A raw REST GET as a persona: the status and the body's text (issue 14 #5 tries every route there is). */
async function rawGet(persona: Persona, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${site.url}/_api/${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': site.login(persona) }
  });
  return { status: response.status, text: await response.text() };
}

describe('R20, issue 14 #5: readers see only the latest version of a quarter', () => {
  // Version 1 names a network with none and a total of 16; version 2 hides the networks with 17. Side by
  // side they would say the new approach came through a network: readers must never hold both.
  const Q3 = parseQuarterId('FY2026Q3') as Quarter;
  const first = publishThemesReport([rec('2026-10-05T09:00:00Z'), rec('2026-10-06T09:00:00Z'), rec('2026-10-07T09:00:00Z')], [], Q3);
  const second = publishThemesReport(
    [rec('2026-10-05T09:00:00Z'), rec('2026-10-06T09:00:00Z'), rec('2026-10-07T09:00:00Z'), rec('2026-10-08T09:00:00Z')],
    [],
    Q3
  );
  const label = '2026-27 Q3';
  let historyIds: number[] = [];
  let shownId = 0;

  beforeAll(async () => {
    value(await storeAs('psw').publishThemeReport({ quarterId: 'FY2026Q3', label, report: first, commentary: 'First version, withdrawn.' }));
    value(await storeAs('ap').publishThemeReport({ quarterId: 'FY2026Q3', label, report: second, commentary: 'Second version.' }));
    historyIds = value(await storeAs('psw').themeReportHistory('FY2026Q3')).map((h) => h.id);
    const shown: { Id: number }[] = await site.as('psw').web.lists.getByTitle(PublishedThemesList.title).items.filter("QuarterId eq 'FY2026Q3'").select('Id')();
    expect(shown).toHaveLength(1);
    shownId = shown[0].Id;
  });

  it('the readers\' list holds one item per quarter, showing the latest version', async () => {
    for (const persona of ['smt', 'networkRep', 'hosSafeguarding'] as Persona[]) {
      const latest = value(await storeAs(persona).latestThemeReports()).filter((r) => r.quarterId === 'FY2026Q3');
      expect(latest.map((r) => [r.version, r.commentary])).toEqual([[2, 'Second version.']]);
      expect(latest[0].report).toEqual(second);
    }
    expect(historyIds).toHaveLength(2);
  });

  it('as SMT, no REST route reaches an earlier version', async () => {
    const list = `web/lists/getByTitle('${PublishedThemesList.title}')`;
    const history = `web/lists/getByTitle('${ThemeReportsList.title}')`;
    const routes: [string, number][] = [
      // the item's versions, every way SharePoint names them: refused without ViewVersions (403)
      [`${list}/items(${shownId})/versions`, 403],
      [`${list}/items(${shownId})/versions(512)`, 403],
      [`${list}/items(${shownId})/versions/getbyid(512)`, 403],
      [`${list}/items/getbyid(${shownId})/versions`, 403],
      [`${list}/getitembyid(${shownId})/versions`, 404],
      // the history list, whole or item by item, does not exist for them
      [`${history}/items`, 404],
      ...historyIds.map((id): [string, number] => [`${history}/items(${id})`, 404]),
      [`web/lists/getById('00000000-0000-0000-0000-000000000000')/items`, 404]
    ];
    for (const [path, status] of routes) {
      const answer = await rawGet('smt', path);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.text).not.toContain('First version, withdrawn.');
    }
    // what they can read (the list, the item, any filter or expansion) holds the latest version only
    for (const path of [
      `${list}/items`,
      `${list}/items?$filter=ReportVersion eq 1`,
      `${list}/items(${shownId})`,
      `${list}/items(${shownId})?$expand=Versions`
    ]) {
      const answer = await rawGet('smt', path);
      expect(answer.text).not.toContain('First version, withdrawn.');
      expect(answer.text).not.toContain('"ReportVersion":1');
    }
  });

  it('triage and the site owners still read every version (the history and the item\'s own versions)', async () => {
    const versions = await rawGet('psw', `web/lists/getByTitle('${PublishedThemesList.title}')/items(${shownId})/versions`);
    expect(versions.status).toBe(200);
    const body = JSON.parse(versions.text) as { value: { VersionLabel: string; Commentary: string }[] };
    expect(body.value.map((v) => [v.VersionLabel, v.Commentary])).toEqual([
      ['2.0', 'Second version.'],
      ['1.0', 'First version, withdrawn.']
    ]);
    expect((await rawGet('owner', `web/lists/getByTitle('${ThemeReportsList.title}')/items`)).status).toBe(200);
  });

  it('a retried publication that stopped before the readers\' copy finishes it, and never shows an older version', async () => {
    // the readers' item is lost (a site owner deleted it): publishing the same report again restores it
    await site.as('owner').web.lists.getByTitle(PublishedThemesList.title).items.getById(shownId).delete();
    value(await storeAs('ap').publishThemeReport({ quarterId: 'FY2026Q3', label, report: second, commentary: 'Second version.' }));
    const latest = value(await storeAs('smt').latestThemeReports()).filter((r) => r.quarterId === 'FY2026Q3');
    expect(latest.map((r) => [r.version, r.commentary])).toEqual([[2, 'Second version.']]);
    expect(value(await storeAs('psw').themeReportHistory('FY2026Q3'))).toHaveLength(2);
  });
});
