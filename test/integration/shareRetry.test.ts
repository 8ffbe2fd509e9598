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
import { openCase } from '../../src/domain/caseLifecycle';
import { buildManagerSummary, ManagerSummary } from '../../src/domain/managerSummary';
import { serviceAreas } from '../../src/referenceData';
import { ITEM_SHARING, ManagerSummariesList } from '../../src/schema';
import type { CaseRecord } from '../../src/services/store/IWellbeingStore';
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

    // Only the new recipient was told.
    expect(site.emulator.mail().slice(mailBefore).map((m) => m.to)).toEqual([[email('serviceManager')]]);
  });
});
