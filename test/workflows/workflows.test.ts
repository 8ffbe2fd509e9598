/*
 * ARCHITECTURE.md "workflows/": what one user action does across the store, run against the emulator with the
 * real PnPjs store as the persona who does it, rendering nothing. Each comes to saved, refused (a rule said no:
 * nothing written), conflict (someone else first: nothing overwritten) or failed.
 */
import { recordFirstContact, recordMeeting, setRag } from '../../src/domain/caseLifecycle';
import { buildManagerSummary } from '../../src/domain/managerSummary';
import { newIdempotencyKey, newReference } from '../../src/domain/reference';
import { publishThemesReport } from '../../src/domain/themes';
import { parseQuarterId, Quarter } from '../../src/domain/quarters';
import { serviceAreas } from '../../src/referenceData';
import { AlertsList, CasesList, DiscussionsList, ManagerSummariesList } from '../../src/schema';
import type { CaseRecord } from '../../src/services/store/IWellbeingStore';
import { firstContactSettings } from '../../src/webparts/triageBoard/components/board/boardModel';
import {
  openWaitingCases,
  publishQuarter,
  saveCaseChange,
  saveRecordThenThemes,
  sendWorkerCopy,
  shareSummary,
  submitAlert,
  unchanged
} from '../../src/workflows';
import { namedDraft, seeded } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from '../integration/support/emulatorSite';
import { storedItems, storeOn, value } from '../integration/support/stores';

jest.setTimeout(90_000);

const NOW = new Date('2026-10-12T10:00:00Z');
const clock = (): Date => NOW;
const SETTINGS = firstContactSettings({ slaMode: 'calendar' });
let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

const storeAs = (persona: Persona): ReturnType<typeof storeOn> => storeOn(site, persona, NOW);
const email = (persona: Persona): string => site.email(persona);

/** Staff A raises through the workflow; the PSW's board opens its case through the workflow. */
async function raisedAndOpened(seed: number): Promise<CaseRecord> {
  const random = seeded(seed);
  const raised = await submitAlert(storeAs('staffA'), clock, { draft: namedDraft(), reference: newReference(random), idempotencyKey: newIdempotencyKey(random) });
  if (raised.kind !== 'saved') throw new Error(raised.kind);
  const waiting = value(await storeAs('psw').openWork()).alertsWithoutCase.filter((a) => a.alert.reference === raised.value.alert.reference);
  const opened = await openWaitingCases(storeAs('psw'), clock, site.login('psw'), SETTINGS, waiting);
  if (opened.kind !== 'saved' || opened.opened.length !== 1) throw new Error(opened.kind);
  return opened.opened[0].record;
}

describe('submitAlert (R3, R4)', () => {
  it('saves once for one key, refuses a draft the domain refuses, and sends the copy on its own', async () => {
    const random = seeded(2101);
    const input = { draft: namedDraft(), reference: newReference(random), idempotencyKey: newIdempotencyKey(random) };
    const first = await submitAlert(storeAs('staffA'), clock, input);
    const again = await submitAlert(storeAs('staffA'), clock, input);
    expect([first.kind, again.kind]).toEqual(['saved', 'saved']);
    expect(storedItems(site, AlertsList).filter((i) => i.values.IdempotencyKey === input.idempotencyKey)).toHaveLength(1);

    const refused = await submitAlert(storeAs('staffA'), clock, { ...input, draft: namedDraft({ details: '' }) });
    expect(refused.kind).toBe('refused');

    if (first.kind !== 'saved') throw new Error('not saved');
    const mailBefore = site.emulator.mail().length;
    expect((await sendWorkerCopy(storeAs('staffA'), first.value.alert, ` ${email('staffB')} `)).kind).toBe('saved');
    expect(site.emulator.mail().slice(mailBefore).map((m) => m.to)).toEqual([[email('staffB')]]);
  });
});

describe('openWaitingCases (R10)', () => {
  it('opens one case per alert; a second board opening the same alert at once is a conflict, never a second case', async () => {
    const random = seeded(2201);
    const raised = await submitAlert(storeAs('staffA'), clock, { draft: namedDraft(), reference: newReference(random), idempotencyKey: newIdempotencyKey(random) });
    if (raised.kind !== 'saved') throw new Error(raised.kind);
    const waiting = value(await storeAs('psw').openWork()).alertsWithoutCase.filter((a) => a.alert.reference === raised.value.alert.reference);
    const [psw, ap] = await Promise.all([
      openWaitingCases(storeAs('psw'), clock, site.login('psw'), SETTINGS, waiting),
      openWaitingCases(storeAs('ap'), () => new Date(NOW.getTime() + 1000), site.login('ap'), SETTINGS, waiting)
    ]);
    expect([psw.kind, ap.kind].sort()).toEqual(['conflict', 'saved']);
    expect(storedItems(site, CasesList).filter((i) => i.values.AlertId === raised.value.submitted.id)).toHaveLength(1);
    const opened = psw.kind === 'saved' ? psw.opened[0] : ap.opened[0];
    expect(opened.record.firstContactDue).toEqual(new Date(opened.record.alertReceivedAt.getTime() + 48 * 3600_000));
  });
});

describe('saveCaseChange (R10-R17)', () => {
  it('saves with the ETag, refuses what the lifecycle refuses, and a stale record is a conflict that overwrites nothing', async () => {
    const record = await raisedAndOpened(2301);
    const by = site.login('psw');
    const refused = await saveCaseChange(storeAs('psw'), clock, { record, by, command: (c, ctx) => setRag(c, ctx, 'Red') });
    expect(refused).toEqual({ kind: 'refused', reason: expect.any(String) });

    const saved = await saveCaseChange(storeAs('psw'), clock, { record, by, command: (c, ctx) => recordFirstContact(c, ctx, 'Phone') });
    expect(saved.kind).toBe('saved');
    const stale = await saveCaseChange(storeAs('ap'), clock, { record, by: site.login('ap'), command: (c, ctx) => recordFirstContact(c, ctx, 'Email') });
    expect(stale.kind).toBe('conflict');
    expect(storedItems(site, CasesList).find((i) => i.Id === record.id)?.values[CasesList.fields.contactMethod.internalName]).toBe('Phone');
  });

  it('a failure SharePoint reports is failed, with the error', async () => {
    const record = await raisedAndOpened(2302);
    site.emulator.inject({ status: 500, count: 1, match: /WellbeingCases'\)\/items\(\d+\)/ });
    const failed = await saveCaseChange(storeAs('psw'), clock, { record, by: site.login('psw'), command: unchanged });
    expect(failed).toMatchObject({ kind: 'failed', error: { status: 500 } });
  });
});

describe('saveRecordThenThemes (R12, R18)', () => {
  it('refuses an empty record, then saves the record and the themes on the case', async () => {
    let record = await raisedAndOpened(2401);
    const by = site.login('psw');
    for (const command of [(c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordFirstContact(c, ctx, 'Phone'), (c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordMeeting(c, ctx, 'Teams')]) {
      const step = await saveCaseChange(storeAs('psw'), clock, { record, by, command });
      if (step.kind !== 'saved') throw new Error(step.kind);
      record = step.value;
    }
    const detail = value(await storeAs('psw').caseDetail({ caseId: record.id, alertId: record.alertId }));
    if (!detail.alert) throw new Error('no alert');
    const text = { summary: '  ', agreedActions: '', consentToShare: false, themeIds: ['workload'] };
    expect(await saveRecordThenThemes(storeAs('psw'), clock, { record, alert: detail.alert.alert, text, by })).toEqual({ kind: 'refused', reason: 'summaryRequired' });
    const saved = await saveRecordThenThemes(storeAs('psw'), clock, { record, alert: detail.alert.alert, text: { ...text, summary: 'Talked it through.' }, by });
    expect(saved.kind).toBe('saved');
    expect(storedItems(site, DiscussionsList).filter((i) => i.values.CaseId === record.id).map((i) => i.values[DiscussionsList.fields.summary.internalName])).toEqual(['Talked it through.']);
    if (saved.kind === 'saved') expect(saved.value.themeIds).toEqual(['workload']);
  });
});

describe('shareSummary (R14, R16, R22)', () => {
  it('shares, moves the case on and then notifies; a case the lifecycle cannot share from shares nothing', async () => {
    let record = await raisedAndOpened(2501);
    const by = site.login('psw');
    const detail = value(await storeAs('psw').caseDetail({ caseId: record.id, alertId: record.alertId }));
    if (!detail.alert) throw new Error('no alert');
    const a = detail.alert.alert;
    const built = buildManagerSummary(a, { concernsAndActionsNeeded: 'Caseloads.', actionsAgreed: 'Review.' }, {
      nameShared: false,
      sharedAt: NOW,
      serviceAreas,
      serviceManager: { id: email('serviceManager'), displayName: 'Sam Service' }
    });
    if (!built.ok) throw new Error('build');
    const input = { by, summary: built.summary, hosSafeguarding: [], link: 'https://example.invalid/SitePages/Wellbeing-summary.aspx' };
    expect((await shareSummary(storeAs('psw'), clock, { ...input, record })).kind).toBe('refused');
    expect(storedItems(site, ManagerSummariesList).filter((i) => i.values.CaseId === record.id)).toHaveLength(0);

    for (const command of [(c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordFirstContact(c, ctx, 'Phone'), (c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordMeeting(c, ctx, 'Teams'), (c: CaseRecord['case'], ctx: { at: Date; by: string }) => setRag(c, ctx, 'Red')]) {
      const step = await saveCaseChange(storeAs('psw'), clock, { record, by, command });
      if (step.kind !== 'saved') throw new Error(step.kind);
      record = step.value;
    }
    const mailBefore = site.emulator.mail().length;
    const shared = await shareSummary(storeAs('psw'), clock, { ...input, record });
    expect(shared).toMatchObject({ kind: 'saved', value: { notified: true, record: { case: { status: 'AwaitingFollowUp' } } } });
    expect(site.emulator.mail().slice(mailBefore).map((m) => m.to)).toEqual([[email('serviceManager')]]);
    expect(storedItems(site, CasesList).find((i) => i.Id === record.id)?.values[CasesList.fields.status.internalName]).toBe('AwaitingFollowUp');
  });
});

describe('publishQuarter (R18, R20)', () => {
  it('publishes the next version; a publisher who saw an older version gets a conflict and the history', async () => {
    const q = parseQuarterId('FY2026Q2') as Quarter;
    const report = publishThemesReport([], [{ network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4 }], q);
    const input = { quarterId: 'FY2026Q2', label: 'July to September 2026', report, commentary: ' First. ', expectedLatestVersion: 0 };
    const first = await publishQuarter(storeAs('psw'), input);
    expect(first).toMatchObject({ kind: 'saved', value: { version: 1, commentary: 'First.' } });
    const late = await publishQuarter(storeAs('ap'), { ...input, commentary: 'Mine.' });
    if (late.kind !== 'conflict') throw new Error(late.kind);
    expect(late.history?.map((r) => r.version)).toEqual([1]);
  });
});
