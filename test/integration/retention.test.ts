/*
 * R23 retention against the emulator (issue 18): a closed case past its period is deleted with everything that
 * belongs to it (alert, case, discussion record, summaries, events) by a site owner; a deletion that fails part
 * way says exactly what is left and running it again completes it; the trace is a count and a date only; triage,
 * who hold no delete permission (R17), are refused and lose nothing; published theme reports stay.
 */
import { GraphBrowser, graphfi } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import { close, openCase, recordFirstContact, recordMeeting, setRag } from '../../src/domain/caseLifecycle';
import { buildManagerSummary } from '../../src/domain/managerSummary';
import { casesPastRetention, deletionRecord, retentionCutoff, retentionEndsOn } from '../../src/domain/retention';
import { serviceAreas } from '../../src/referenceData';
import {
  AlertsList,
  AnyListDefinition,
  CaseEventsList,
  CasesList,
  ConfigList,
  ConsentConfirmationsList,
  DiscussionsList,
  ManagerSummariesList,
  RetentionLogList
} from '../../src/schema';
import { GraphMailService } from '../../src/services/mail/GraphMailService';
import type { CaseRecord } from '../../src/services/store/IWellbeingStore';
import { RetentionCase, SharePointRetentionStore } from '../../src/services/store/retentionStore';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(120_000);

const CLOSED_AT = new Date('2019-03-14T10:00:00Z');
const NOW = new Date('2026-12-07T10:00:00Z');

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

function mailAs(persona: Persona): GraphMailService {
  return new GraphMailService(
    graphfi().using(GraphBrowser({ baseUrl: `${site.emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': site.login(persona) }))
  );
}

const storeAs = (persona: Persona, now: Date): ReturnType<typeof storeOn> => storeOn(site, persona, now);

function retentionAs(persona: Persona): SharePointRetentionStore {
  return new SharePointRetentionStore(site.as(persona), mailAs(persona), { now: () => NOW });
}

/** Items of the case in a list, read past every permission check. */
function partsOf(list: AnyListDefinition, column: string, id: number): number {
  return storedItems(site, list).filter((i) => (column === 'Id' ? i.Id === id : i.values[column] === id)).length;
}

function everythingOf(c: { caseId: number; alertId: number; reference: string }): Record<string, number> {
  return {
    confirmations: storedItems(site, ConsentConfirmationsList).filter((i) => i.values.Title === c.reference).length,
    alert: partsOf(AlertsList, 'Id', c.alertId),
    case: partsOf(CasesList, 'Id', c.caseId),
    discussion: partsOf(DiscussionsList, 'CaseId', c.caseId),
    summaries: partsOf(ManagerSummariesList, 'CaseId', c.caseId),
    events: partsOf(CaseEventsList, 'CaseId', c.caseId)
  };
}

/** A worker raises, the PSW works the case through a discussion and a shared summary, and closes it on `closedAt`. */
async function closedCase(seed: number, closedAt: Date): Promise<CaseRecord> {
  const alert = makeAlert(seed);
  value(await storeAs('staffA', closedAt).submitAlert(alert));
  const psw = storeAs('psw', closedAt);
  const by = site.login('psw');
  const waiting = value(await psw.openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
  if (!waiting) throw new Error('alert not waiting');
  const opened = openCase(
    { reference: alert.reference, route: waiting.alert.route, anonymous: false, consentStatus: waiting.alert.consentStatus },
    { at: closedAt, by }
  );
  if (!opened.ok) throw new Error('open');
  let record = value(await psw.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(closedAt.getTime() + 48 * 3600_000) }));
  const ctx = { at: closedAt, by };
  for (const step of [
    (c: CaseRecord['case']) => recordFirstContact(c, ctx, 'Phone'),
    (c: CaseRecord['case']) => recordMeeting(c, ctx),
    (c: CaseRecord['case']) => setRag(c, ctx, 'Green'),
    (c: CaseRecord['case']) => close(c, ctx, 'ResolvedWithManager')
  ]) {
    const done = step(record.case);
    if (!done.ok) throw new Error(done.reason);
    if (done.case.status === 'Closed') {
      // the record and a summary exist before the case closes
      value(
        await psw.saveDiscussion({
          reference: alert.reference,
          caseId: record.id,
          date: closedAt,
          workerName: alert.workerName,
          role: alert.role,
          team: alert.teamId,
          serviceAreaId: alert.serviceAreaId,
          details: 'Workload.',
          actionTaken: 'Talked it through.',
          whatNeedsToHappen: 'A review.',
          summary: 'Agreed a review.',
          agreedActions: 'Review in a month.',
          consentToShare: false
        })
      );
      const built = buildManagerSummary(
        { reference: alert.reference, anonymous: false, workerName: alert.workerName, role: alert.role, teamId: alert.teamId, serviceAreaId: alert.serviceAreaId, concernInvolvesManager: false },
        { concernsAndActionsNeeded: 'Caseloads.', actionsAgreed: 'Review.' },
        { nameShared: false, sharedAt: closedAt, serviceAreas, serviceManager: { id: site.login('serviceManager'), displayName: 'Sam Service' } }
      );
      if (!built.ok) throw new Error('summary');
      value(await psw.shareManagerSummary({ caseId: record.id, serviceAreaId: alert.serviceAreaId, summary: built.summary }));
    }
    record = value(await psw.updateCase(record, { case: done.case, events: done.events }));
  }
  return record;
}

async function pastRetention(): Promise<RetentionCase[]> {
  const store = retentionAs('owner');
  const settings = value(await store.retentionSettings());
  const closed = value(await store.closedCasesBefore(retentionCutoff(NOW, settings)));
  return casesPastRetention(closed, NOW, settings);
}

describe('R23: deleting a case past its retention period', () => {
  let old: CaseRecord;
  let recent: CaseRecord;

  beforeAll(async () => {
    old = await closedCase(2301, CLOSED_AT);
    recent = await closedCase(2302, new Date('2024-05-01T10:00:00Z'));
    // A worker's own R4 confirmation names the alert and carries the worker's account (its Author): it belongs
    // to the case as much as the alert does. Added as any member of staff can add one.
    await site.as('staffB').web.lists.getByTitle(ConsentConfirmationsList.title).items.add({
      [ConsentConfirmationsList.fields.reference.internalName]: old.case.reference,
      [ConsentConfirmationsList.fields.proof.internalName]: 'the secret from the link'
    });
  });

  it('finds the case closed over six years ago (the default) and not the one closed since', async () => {
    expect(retentionEndsOn(CLOSED_AT)).toBe('2025-03-14');
    const due = await pastRetention();
    expect(due.map((c) => c.caseId)).toEqual([old.id]);
    expect(due[0]).toMatchObject({ alertId: old.alertId, status: 'Closed' });
    expect(everythingOf({ caseId: old.id, alertId: old.alertId, reference: old.case.reference })).toEqual({
      confirmations: 1,
      alert: 1,
      case: 1,
      discussion: 1,
      summaries: 1,
      events: expect.any(Number)
    });
    expect(partsOf(CaseEventsList, 'CaseId', old.id)).toBeGreaterThanOrEqual(5);
  });

  it("the records officer's period counts: two years makes both due; a period the setting refuses keeps the default", async () => {
    const owner = site.as('owner');
    const config = owner.web.lists.getByTitle(ConfigList.title).items;
    const added: { Id: number } = await config.add({ [ConfigList.fields.key.internalName]: 'retentionYears', [ConfigList.fields.value.internalName]: '2' });
    try {
      expect((await pastRetention()).map((c) => c.caseId)).toEqual([old.id, recent.id]);
      await config.getById(added.Id).update({ [ConfigList.fields.value.internalName]: '0' });
      expect(value(await retentionAs('owner').retentionSettings())).toEqual({ years: 6 });
    } finally {
      await config.getById(added.Id).delete();
    }
  });

  it('triage hold no delete permission (R17): refused plainly, nothing lost', async () => {
    const [due] = await pastRetention();
    const before = everythingOf(due);
    const attempt = await retentionAs('psw').deleteCase(due);
    expect(attempt.problem).toMatchObject({ kind: 'noPermission', retryable: false });
    expect(attempt.outcome.complete).toBe(false);
    expect(everythingOf(due)).toEqual(before);
  });

  it('a deletion that fails part way says exactly what is left, and running it again completes it', async () => {
    const [due] = await pastRetention();
    const summaryItem = storedItems(site, ManagerSummariesList).find((i) => i.values.CaseId === due.caseId);
    if (!summaryItem) throw new Error('no summary');
    const events = partsOf(CaseEventsList, 'CaseId', due.caseId);
    // The network goes while the summary is being deleted (every retry of that request is lost too).
    site.emulator.inject({ drop: true, count: 10, match: new RegExp(`^POST .*WellbeingManagerSummaries'\\)/items\\(${summaryItem.Id}\\)$`) });
    const first = await retentionAs('owner').deleteCase(due);
    site.emulator.clearFaults();
    expect(first.problem).toMatchObject({ kind: 'offline', retryable: true });
    expect(first.outcome).toEqual({
      complete: false,
      deleted: events + 1,
      left: [{ part: 'Summaries', count: 1 }, { part: 'Discussion' }, { part: 'Alert' }, { part: 'Case' }]
    });
    // The worker's confirmation and the events went first; everything else is still there, so the case is still
    // on the retention view.
    expect(everythingOf(due)).toEqual({ confirmations: 0, alert: 1, case: 1, discussion: 1, summaries: 1, events: 0 });
    expect((await pastRetention()).map((c) => c.caseId)).toContain(due.caseId);

    const again = await retentionAs('owner').deleteCase(due);
    expect(again).toEqual({ outcome: { complete: true, deleted: 4 } });
    expect(everythingOf(due)).toEqual({ confirmations: 0, alert: 0, case: 0, discussion: 0, summaries: 0, events: 0 });
    // The case closed since is untouched.
    expect(everythingOf({ caseId: recent.id, alertId: recent.alertId, reference: recent.case.reference })).toMatchObject({ alert: 1, case: 1, discussion: 1, summaries: 1 });
    expect((await pastRetention()).map((c) => c.caseId)).toEqual([]);
  });

  it('leaves a count and a date only, which triage can read and nobody else', async () => {
    value(await retentionAs('owner').recordDeletions(deletionRecord(1, NOW)));
    expect(value(await retentionAs('psw').deletionLog())).toEqual([{ deletedOn: '2026-12-07', cases: 1 }]);
    // Nothing but the date and the count is stored: no reference, no alert or case id.
    const [trace] = storedItems(site, RetentionLogList);
    const filled = Object.keys(trace.values).filter((k) => trace.values[k] !== null && trace.values[k] !== undefined && trace.values[k] !== '');
    expect(filled.sort()).toEqual(['DeletedCases', 'Title']);
    expect(await retentionAs('staffA').deletionLog()).toMatchObject({ ok: false });
    expect(await retentionAs('smt').deletionLog()).toMatchObject({ ok: false });
  });
});
