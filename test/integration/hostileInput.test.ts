/*
 * Issue 14, "Hostile input, tried for real": every case in support/hostileCases.ts sent raw, as its persona,
 * straight to the emulator; then the product's own store (the board, a case, the summaries, the themes) reads
 * what was stored, trusts none of it, and still loads. emulator/README.md lists every case and its outcome.
 */
import { referenceOrganisation } from '../../src/referenceData';
import { readFileSync } from 'fs';
import * as path from 'path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { openCase } from '../../src/domain/caseLifecycle';
import { AlertsList, CaseEventsList, ConfigList, ManagerSummariesList, ThemeReportsList } from '../../src/schema';
import { toAlertItem } from '../../src/services/store/alertCodec';
import type { AlertRecord, OpenWork } from '../../src/services/store/IWellbeingStore';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, provisionedSite } from './support/emulatorSite';
import { HOSTILE_CASES, HostileCase, HostileContext, hostileTable } from './support/hostileCases';
import { itemsOf, RawReply, rawAs } from './support/raw';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { storeOn, value } from './support/stores';

jest.setTimeout(180_000);

const NOW = new Date('2025-06-02T10:00:00.000Z');
const QUARTER = 'FY2025Q1';

let site: EmulatorSite;
let ctx: HostileContext;
const replies = new Map<string, RawReply>();
const sentReference = new Map<string, string>();
let board: OpenWork;

async function added(reply: Promise<RawReply>): Promise<number> {
  const r = await reply;
  if (r.status !== 201) throw new Error(`set-up add failed: ${r.status} ${JSON.stringify(r.json)}`);
  return Number(r.json?.Id);
}

beforeAll(async () => {
  site = await provisionedSite();
  const alert = makeAlert(4001);
  value(await storeOn(site, 'staffA', NOW).submitAlert(alert));
  const psw = storeOn(site, 'psw', NOW);
  const waiting = value(await psw.openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference) as AlertRecord;
  const opened = openCase(
    { reference: waiting.alert.reference, route: waiting.alert.route, anonymous: waiting.alert.anonymous, consentStatus: waiting.alert.consentStatus },
    { at: NOW, by: site.login('psw') }
  );
  if (!opened.ok) throw new Error('open');
  const record = value(await psw.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
  const events = await rawAs(site, 'psw', { method: 'GET', path: `${itemsOf(CaseEventsList.title)}?$select=Id&$filter=CaseId eq ${record.id}` });
  const config = await rawAs(site, 'owner', { method: 'GET', path: `${itemsOf(ConfigList.title)}?$select=Id,Title` });
  const summaryId = await added(
    rawAs(site, 'psw', {
      method: 'POST',
      path: itemsOf(ManagerSummariesList.title),
      body: { Title: record.case.reference, CaseId: record.id, SummaryKind: 'RedSummary', SummaryDate: NOW.toISOString(), ServiceAreaId: 'childrens-social-care', ConcernsAndActionsNeeded: 'Seen.', SharedAt: NOW.toISOString(), HosFollowUpDue: new Date(NOW.getTime() + 14 * 86_400_000).toISOString() }
    })
  );
  const themeReportId = await added(
    rawAs(site, 'psw', {
      method: 'POST',
      path: itemsOf(ThemeReportsList.title),
      body: { Title: 'April to June 2025', QuarterId: QUARTER, ReportVersion: 1, QuarterVersion: `${QUARTER}#1`, PublishedById: site.userId('psw'), PublishedAt: NOW.toISOString(), ReportJson: '{}', SuppressionThreshold: 3 }
    })
  );
  const networkThemeOfRep = await added(
    rawAs(site, 'networkRep', { method: 'POST', path: `web/lists/getByTitle('WellbeingNetworkThemes')/items`, body: { Network: 'BameNetwork', QuarterId: QUARTER, ThemeId: 'workload', ThemeCount: 3 } })
  );
  const ownAlertOfColleague = await added(rawAs(site, 'colleague', { method: 'POST', path: itemsOf(AlertsList.title), body: toAlertItem(makeAlert(4002), referenceOrganisation) }));
  ctx = {
    alertOfStaffA: record.alertId,
    ownAlertOfColleague,
    caseId: record.id,
    eventId: Number((events.json?.value as { Id: number }[])[0].Id),
    summaryId,
    networkThemeOfRep,
    configItemId: Number((config.json?.value as { Id: number; Title: string }[]).find((i) => i.Title === 'slaMode')?.Id),
    themeReportId,
    quarterId: QUARTER,
    userId: (persona) => site.userId(persona)
  };
  for (const c of HOSTILE_CASES) {
    const request = c.request(ctx);
    if (request.body !== undefined && typeof request.body.Title === 'string') sentReference.set(c.id, request.body.Title);
    replies.set(c.id, await rawAs(site, c.persona, request));
  }
  board = value(await storeOn(site, 'psw', NOW).openWork());
});
afterAll(() => site.close());

const byKind = (kind: HostileCase['outcome']['kind']): [string, HostileCase][] => HOSTILE_CASES.filter((c) => c.outcome.kind === kind).map((c) => [c.id, c]);

describe('hostile input, sent raw as staff, a colleague, a network rep and a line manager (issue 14)', () => {
  it('has at least 40 cases, each with its own id, from the four personas', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
    expect(new Set(HOSTILE_CASES.map((c) => c.persona))).toEqual(new Set(['staffA', 'staffB', 'colleague', 'networkRep', 'lineManager1']));
  });

  it.each(byKind('refused'))('%s: refused by SharePoint, nothing stored', (id, c) => {
    const reply = replies.get(id);
    expect({ id, status: reply?.status }).toEqual({ id, status: c.outcome.kind === 'refused' ? c.outcome.status : -1 });
    const reference = sentReference.get(id);
    if (reference !== undefined && c.request(ctx).path.includes(AlertsList.title)) {
      expect(board.alertsWithoutCase.some((a) => a.alert.reference === reference)).toBe(false);
    }
  });

  it.each(byKind('trimmed'))('%s: answered, with only what the sender may read', (id) => {
    const reply = replies.get(id);
    expect(reply?.status).toBe(200);
    const ids = ((reply?.json?.value as { Id: number }[]) ?? []).map((i) => i.Id);
    expect(ids).not.toContain(ctx.alertOfStaffA);
  });

  it.each(byKind('storedSafe'))('%s: stored, then read by the store without trusting it', (id, c) => {
    expect({ id, status: replies.get(id)?.status }).toEqual({ id, status: 201 });
    if (c.outcome.kind !== 'storedSafe' || c.outcome.read === 'theme') return;
    const reference = sentReference.get(id);
    const onBoard = board.alertsWithoutCase.find((a) => a.alert.reference === reference);
    if (c.outcome.read !== 'shown') {
      expect({ id, onBoard: onBoard !== undefined }).toEqual({ id, onBoard: false });
      return;
    }
    expect({ id, onBoard: onBoard !== undefined }).toEqual({ id, onBoard: true });
    const shown = onBoard?.alert;
    const want = c.boardShows ?? {};
    if (want.route !== undefined) expect(shown?.route).toBe(want.route);
    if (want.consentStatus !== undefined) expect(shown?.consentStatus).toBe(want.consentStatus);
    // Text comes back exactly as sent, as text: React renders it escaped, nothing is interpreted.
    if (want.details !== undefined) expect(shown?.details).toBe(want.details);
    if (want.workerName !== undefined) expect(shown?.workerName).toBe(want.workerName);
    if (want.anonymous !== undefined) expect(shown?.anonymous).toBe(want.anonymous);
    if (want.networks !== undefined) expect(shown?.networks).toEqual(want.networks);
  });

  it('after all of it the board, a case, the summaries and the themes still load for triage', async () => {
    const psw = storeOn(site, 'psw', NOW);
    const loads = async <T>(label: string, read: Promise<StoreResult<T>>): Promise<T> => {
      const result = await read;
      expect({ label, ok: result.ok, error: result.ok ? undefined : result.error }).toEqual({ label, ok: true, error: undefined });
      return (result as { ok: true; value: T }).value;
    };
    const work = await loads('board', psw.openWork());
    expect(work.openCases.some((o) => o.record.id === ctx.caseId)).toBe(true);
    const detail = await loads('case', psw.caseDetail({ caseId: ctx.caseId, alertId: ctx.alertOfStaffA }));
    expect(detail.events.length).toBeGreaterThan(0);
    await loads('summaries (triage)', psw.managerSummaries());
    await loads('reports (triage)', psw.latestThemeReports());
    const themes = await loads('network themes (triage)', psw.networkThemes(QUARTER));
    // The rep's good entries are there; a forged network or a count below 1 is left out, never summed.
    expect(themes.map((t) => t.id)).toContain(ctx.networkThemeOfRep);
    expect(themes.every((t) => t.count >= 1 && ['DisabledWorkersGroup', 'LgbtStaffNetwork', 'BameNetwork'].includes(t.network))).toBe(true);
    await loads('reports (SMT)', storeOn(site, 'smt', NOW).latestThemeReports());
    await loads('network themes (rep)', storeOn(site, 'networkRep', NOW).networkThemes(QUARTER));
    await loads('my alerts (staff B)', storeOn(site, 'staffB', NOW).myAlerts());
    await loads('my alerts (colleague)', storeOn(site, 'colleague', NOW).myAlerts());
    await loads('summaries (line manager)', storeOn(site, 'lineManager1', NOW).managerSummaries());
  });

  it('emulator/README.md lists every case with its outcome', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'emulator', 'README.md'), 'utf8');
    expect(readme).toContain(hostileTable());
  });
});
