/*
 * Issue 14, defect 3: retrying a failed share must never send the named summary to the wrong person. The first
 * attempt (named, to the line manager and the service manager) fails after the summary item was added and
 * shared; triage unticks "share the name" and tries again. The existing item is rewritten with its ETag (no
 * name, role or team left in it) and its permissions reset to exactly the new recipients before anyone is
 * notified: the line manager can no longer open it, the service manager reads it without the name.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { openCase, recordFirstContact, recordMeeting, setRag } from '../../src/domain/caseLifecycle';
import { buildManagerSummary, ManagerSummary } from '../../src/domain/managerSummary';
import { serviceAreas } from '../../src/referenceData';
import { CasesList, ITEM_SHARING, ManagerSummariesList } from '../../src/schema';
import type { CaseRecord } from '../../src/services/store/IWellbeingStore';
import { saveCaseChange, shareSummary } from '../../src/workflows';
import { makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(60_000);

const NOW = new Date('2026-10-12T10:00:00Z');
const LINK = 'https://leics.sharepoint.com/sites/wellbeing/SitePages/Wellbeing-summary.aspx';
/** The GET of one summary item (the store reads it back once it is shared). */
const SUMMARY_READ = /^GET \S*\/_api\/web\/lists\/getByTitle\('WellbeingManagerSummaries'\)\/items\(\d+\)/;

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

const storeAs = (persona: Persona): ReturnType<typeof storeOn> => storeOn(site, persona, NOW);
const email = (persona: Persona): string => site.email(persona);

async function openedCase(seed: number): Promise<{ record: CaseRecord; alert: ReturnType<typeof makeAlert> }> {
  const alert = makeAlert(seed);
  value(await storeAs('staffA').submitAlert(alert));
  const waiting = value(await storeAs('psw').openWork()).alertsWithoutCase.find((a) => a.alert.reference === alert.reference);
  if (!waiting) throw new Error('not on the board');
  const opened = openCase({ reference: alert.reference, route: alert.route, anonymous: false, consentStatus: alert.consentStatus }, { at: NOW, by: site.login('psw') });
  if (!opened.ok) throw new Error('open');
  const record = value(await storeAs('psw').openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
  return { record, alert };
}

function summary(alert: ReturnType<typeof makeAlert>, nameShared: boolean): ManagerSummary {
  const built = buildManagerSummary(
    { reference: alert.reference, anonymous: false, workerName: alert.workerName, role: alert.role, teamId: alert.teamId, serviceAreaId: alert.serviceAreaId, concernInvolvesManager: false },
    { concernsAndActionsNeeded: 'Caseloads are too high.', actionsAgreed: 'Review.' },
    {
      nameShared,
      sharedAt: NOW,
      serviceAreas,
      lineManager: nameShared ? { id: email('lineManager1'), displayName: 'Liam Manager' } : undefined,
      serviceManager: { id: email('serviceManager'), displayName: 'Sam Service' }
    }
  );
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.summary;
}

/** Who holds the sharing level on the item beyond the list's own grants. */
function sharedWith(itemId: number): number[] {
  const store = site.emulator.store;
  const list = store.listByTitle(ManagerSummariesList.title);
  const item = storedItems(site, ManagerSummariesList).find((i) => i.Id === itemId);
  if (!list || !item) throw new Error('no item');
  const level = store.roleDefinitions().find((d) => d.Name === ITEM_SHARING.level)?.Id;
  const onList = store.assignments({ kind: 'list', list });
  return store
    .assignments({ kind: 'item', list, item })
    .filter((a) => a.role === level && !onList.some((l) => l.principal === a.principal && l.role === a.role))
    .map((a) => a.principal)
    .sort((x, y) => x - y);
}

describe('retrying a failed share with the name unticked (issue 14, defect 3)', () => {
  it('rewrites the item without the name and shares it with exactly the new recipients before anyone is told', async () => {
    const { record, alert } = await openedCase(1501);
    const input = { caseId: record.id, serviceAreaId: alert.serviceAreaId, link: LINK };
    const mailBefore = site.emulator.mail().length;

    // The first attempt fails after the named item was added and shared (its read-back is refused).
    site.emulator.inject({ status: 500, count: 1, match: SUMMARY_READ });
    const first = await storeAs('psw').shareManagerSummary({ ...input, summary: summary(alert, true) });
    expect(first.ok).toBe(false);
    const [item] = storedItems(site, ManagerSummariesList).filter((i) => i.values.CaseId === record.id);
    expect(item.values[ManagerSummariesList.fields.workerName.internalName]).toBe(alert.workerName);
    expect(sharedWith(item.Id)).toEqual([site.userId('lineManager1'), site.userId('serviceManager')].sort((x, y) => x - y));
    expect(site.emulator.mail().length).toBe(mailBefore);

    // Triage unticks "share the name" and tries again.
    const second = value(await storeAs('psw').shareManagerSummary({ ...input, summary: summary(alert, false) }));
    expect(second.record.summary.redacted).toBe(true);
    const items = storedItems(site, ManagerSummariesList).filter((i) => i.values.CaseId === record.id);
    expect(items).toHaveLength(1);
    const f = ManagerSummariesList.fields;
    expect(items[0].values[f.nameWithheld.internalName]).toBe(true);
    for (const column of [f.workerName, f.role, f.team, f.lineManager]) {
      expect([null, undefined]).toContain(items[0].values[column.internalName] ?? items[0].values[`${column.internalName}Id`]);
    }
    expect(sharedWith(items[0].Id)).toEqual([site.userId('serviceManager')]);

    // The line manager can no longer open it; the service manager reads it without the name.
    expect(await storeAs('lineManager1').managerSummaries()).toEqual({ ok: true, value: [] });
    const bySm = value(await storeAs('serviceManager').managerSummaries()).filter((s) => s.caseId === record.id);
    expect(bySm).toHaveLength(1);
    expect(bySm[0].summary.redacted).toBe(true);
    expect(JSON.stringify(bySm[0].summary)).not.toContain(alert.workerName);
    // Nor the first attempt's version of the item, which held the name: the sharing level has no View Versions.
    const shared = site.as('serviceManager').web.lists.getByTitle(ManagerSummariesList.title).items.getById(items[0].Id);
    await expect(shared.versions()).rejects.toMatchObject({ status: 403 });

    // Nobody was told while sharing; when told (after the case is updated: the workflow below), only the new recipient.
    expect(site.emulator.mail().length).toBe(mailBefore);
    value(await storeAs('psw').notifySummaryShared(second.record, { link: LINK }));
    expect(site.emulator.mail().slice(mailBefore).map((m) => m.to)).toEqual([[email('serviceManager')]]);
  });
});

/*
 * Issue 14: people are told once, and only after the case is moved on. The workflow shares (the item written with
 * its ETag, permissions exactly the recipients), updates the case, then notifies, recording each notification on
 * the summary item; "Try again" after any failure part-way (with the case as the screen still holds it, and from a
 * store that has forgotten everything, as after a reload) tells nobody twice and shares nothing again.
 */
describe('the share workflow tells people exactly once, after the case is updated (issue 14)', () => {
  // The log names a MERGE as such; a fault matches the request as sent (POST with X-HTTP-Method).
  const CASE_MERGE = /^MERGE \S*\/_api\/web\/lists\/getByTitle\('WellbeingCases'\)\/items\(\d+\)$/;
  const CASE_MERGE_SENT = /^POST \S*\/_api\/web\/lists\/getByTitle\('WellbeingCases'\)\/items\(\d+\)$/;
  const SEND_MAIL = /^POST \S*\/sendMail$/;
  const SHARING = /breakroleinheritance|resetroleinheritance|addroleassignment/i;
  const clock = (): Date => NOW;
  const log = (): { line: string; status: number }[] => site.emulator.requests().map((r) => ({ line: `${r.method} ${r.url}`, status: r.status }));

  /** A Red case after its meeting, with a summary ready to share (name withheld) to the service manager, and the HoS told. */
  async function readyToShare(seed: number): Promise<{ record: CaseRecord; input: Parameters<typeof shareSummary>[2] }> {
    const opened = await openedCase(seed);
    let record = opened.record;
    const by = site.login('psw');
    for (const command of [
      (c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordFirstContact(c, ctx, 'Phone'),
      (c: CaseRecord['case'], ctx: { at: Date; by: string }) => recordMeeting(c, ctx, 'Teams'),
      (c: CaseRecord['case'], ctx: { at: Date; by: string }) => setRag(c, ctx, 'Red')
    ]) {
      const step = await saveCaseChange(storeAs('psw'), clock, { record, by, command });
      if (step.kind !== 'saved') throw new Error(step.kind);
      record = step.value;
    }
    const hosSafeguarding = [{ id: email('hosSafeguarding'), displayName: 'Hana HoS' }];
    return { record, input: { record, by, summary: summary(opened.alert, false), hosSafeguarding, link: LINK } };
  }

  const mailSince = (before: number): string[][] => site.emulator.mail().slice(before).map((m) => m.to);
  const TOLD = (): string[][] => [[email('serviceManager')], [email('hosSafeguarding')]];
  const caseStatus = (id: number): unknown => storedItems(site, CasesList).find((i) => i.Id === id)?.values[CasesList.fields.status.internalName];

  it('in order: the summary is shared, then the case is updated, and only then is anyone told', async () => {
    const { record, input } = await readyToShare(1601);
    site.emulator.clearRequests();
    const shared = await shareSummary(storeAs('psw'), clock, input);
    expect(shared).toMatchObject({ kind: 'saved', value: { notified: true, record: { case: { status: 'AwaitingFollowUp' } } } });
    const lines = log().map((r) => r.line);
    const lastShare = Math.max(...lines.map((l, i) => (SHARING.test(l) ? i : -1)));
    const caseUpdate = lines.findIndex((l) => CASE_MERGE.test(l));
    const firstMail = lines.findIndex((l) => SEND_MAIL.test(l));
    expect({ sharedBeforeCase: lastShare >= 0 && lastShare < caseUpdate, caseBeforeMail: caseUpdate >= 0 && caseUpdate < firstMail }).toEqual({ sharedBeforeCase: true, caseBeforeMail: true });
    const item = storedItems(site, ManagerSummariesList).find((i) => i.values.CaseId === record.id);
    expect([item?.values.RecipientsNotifiedAt, item?.values.HosNotifiedAt].every((v) => typeof v === 'string')).toBe(true);
  });

  it('a failed case update tells nobody; "Try again" (after a reload too) leaves the shared item as it is and tells each person once', async () => {
    const { record, input } = await readyToShare(1602);
    const mailBefore = site.emulator.mail().length;
    site.emulator.inject({ status: 500, count: 1, match: CASE_MERGE_SENT });
    const first = await shareSummary(storeAs('psw'), clock, input);
    expect(first.kind).toBe('failed');
    expect(caseStatus(record.id)).toBe('MeetingHeld');
    expect(sharedWith(storedItems(site, ManagerSummariesList).find((i) => i.values.CaseId === record.id)?.Id ?? 0)).toEqual([site.userId('serviceManager')]);
    expect(mailSince(mailBefore)).toEqual([]);

    // Try again, with the case as the screen still holds it, from a fresh store (nothing remembered).
    site.emulator.clearRequests();
    const again = await shareSummary(storeAs('psw'), clock, input);
    expect(again).toMatchObject({ kind: 'saved', value: { notified: true } });
    expect(caseStatus(record.id)).toBe('AwaitingFollowUp');
    expect(mailSince(mailBefore)).toEqual(TOLD());
    // Already shared as wanted: not shared again, and not rewritten (only the notifications are recorded on it).
    expect(log().filter((r) => SHARING.test(r.line))).toEqual([]);
    const summaryWrites = log().filter((r) => /^MERGE \S*WellbeingManagerSummaries/.test(r.line));
    expect(summaryWrites).toHaveLength(2);

    // A third press (a double click) finds it all done and tells nobody.
    expect(await shareSummary(storeAs('psw'), clock, input)).toMatchObject({ kind: 'saved', value: { notified: true } });
    expect(mailSince(mailBefore)).toEqual(TOLD());
  });

  it('a failed notification: the case is updated and says so; "Try again" tells only those not told, once', async () => {
    const { record, input } = await readyToShare(1603);
    const mailBefore = site.emulator.mail().length;
    // The service manager's message fails; the HoS's goes.
    site.emulator.inject({ status: 500, count: 1, match: SEND_MAIL });
    const first = await shareSummary(storeAs('psw'), clock, input);
    expect(first).toMatchObject({ kind: 'saved', value: { notified: false, record: { case: { status: 'AwaitingFollowUp' } } } });
    expect(mailSince(mailBefore)).toEqual([[email('hosSafeguarding')]]);

    // Try again (the screen's retry: the case as it was before), from a fresh store.
    const again = await shareSummary(storeAs('psw'), clock, input);
    expect(again).toMatchObject({ kind: 'saved', value: { notified: true } });
    expect(mailSince(mailBefore)).toEqual([[email('hosSafeguarding')], [email('serviceManager')]]);
    expect(caseStatus(record.id)).toBe('AwaitingFollowUp');

    // Once more: everyone has been told; nobody is told again.
    const third = await shareSummary(storeAs('psw'), clock, input);
    expect(third).toMatchObject({ kind: 'saved', value: { notified: true } });
    expect(mailSince(mailBefore)).toEqual([[email('hosSafeguarding')], [email('serviceManager')]]);
  });
});
