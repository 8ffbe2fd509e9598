import { spfi, SPBrowser } from '@pnp/sp';
import { openCase, recordFirstContact } from '../../../src/domain/caseLifecycle';
import { buildManagerSummary } from '../../../src/domain/managerSummary';
import { serviceAreas } from '../../../src/referenceData';
import { AlertsList, CaseEventsList, CasesList, ManagerSummariesList, NetworkThemesList } from '../../../src/schema';
import type { IMailService, Notification } from '../../../src/services/mail/IMailService';
import type { AlertRecord } from '../../../src/services/store/IWellbeingStore';
import { toAlertItem } from '../../../src/services/store/mapping';
import { SharePointWellbeingStore } from '../../../src/services/store/SharePointWellbeingStore';
import type { StoreResult } from '../../../src/services/store/storeErrors';
import { FakeSharePoint, SITE } from './fakeSharePoint';
import { anonymousAlert, makeAlert } from './fixtures';

class FakeMail implements IMailService {
  public readonly sent: Notification[] = [];
  public async notify(notification: Notification): Promise<StoreResult<void>> {
    this.sent.push(notification);
    return { ok: true, value: undefined };
  }
}

const TRIAGE = 'i:0#.f|membership|tri@contoso.com';
const NOW = new Date('2025-06-05T11:00:00Z');

let fake: FakeSharePoint;
let realFetch: typeof fetch;
let mail: FakeMail;

beforeEach(() => {
  fake = new FakeSharePoint();
  mail = new FakeMail();
  realFetch = global.fetch;
  global.fetch = fake.fetch as unknown as typeof fetch;
});

afterEach(() => {
  global.fetch = realFetch;
});

function newStore(): SharePointWellbeingStore {
  return new SharePointWellbeingStore(spfi(SITE).using(SPBrowser({ baseUrl: SITE })), mail, { now: () => NOW });
}

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) {
    throw new Error(`store failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** Requests other than the form digest PnPjs fetches before a POST (a $batch is a POST). */
function dataRequests(from: number = 0): typeof fake.requests {
  return fake.requests.slice(from).filter((r) => !r.url.endsWith('/_api/contextinfo'));
}

describe('submitting an alert (R3, idempotent)', () => {
  it('writes one item and returns its reference', async () => {
    const alert = makeAlert(1);
    const outcome = value(await newStore().submitAlert(alert));
    expect(outcome).toMatchObject({ kind: 'submitted', alreadyExisted: false, alert: { reference: alert.reference } });
    expect(fake.items(AlertsList)).toHaveLength(1);
  });

  it('throttling: a 429 with Retry-After is retried by PnPjs and still makes exactly one item', async () => {
    fake.inject('throttle', /WellbeingAlerts'\)\/items$/, ['POST'], 2);
    const outcome = value(await newStore().submitAlert(makeAlert(2)));
    expect(outcome.kind).toBe('submitted');
    expect(fake.items(AlertsList)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(r.url)).length).toBe(3);
  });

  it('a response lost after SharePoint wrote the item: the retry is refused by the unique key and the same item is returned', async () => {
    fake.inject('dropAfterCommit', /WellbeingAlerts'\)\/items$/, ['POST'], 1);
    const outcome = value(await newStore().submitAlert(makeAlert(3)));
    expect(outcome).toMatchObject({ kind: 'submitted', alreadyExisted: true });
    expect(fake.items(AlertsList)).toHaveLength(1);
  });

  it('a second submit with the same key (the user pressed again) returns the first item', async () => {
    const store = newStore();
    const alert = makeAlert(4);
    const first = value(await store.submitAlert(alert));
    const second = value(await store.submitAlert(alert));
    expect(second).toEqual({ ...first, alreadyExisted: true });
    expect(fake.items(AlertsList)).toHaveLength(1);
  });

  it('a reference already used by another alert: nothing written, the form is asked for a new reference', async () => {
    const other = makeAlert(5);
    fake.seed(AlertsList, toAlertItem(other), 99);
    const clash = { ...makeAlert(6), reference: other.reference };
    expect(value(await newStore().submitAlert(clash))).toEqual({ kind: 'referenceTaken' });
    expect(fake.items(AlertsList)).toHaveLength(1);
  });

  it('refuses a malformed key or reference before calling SharePoint', async () => {
    const result = await newStore().submitAlert({ ...makeAlert(7), idempotencyKey: 'x' });
    expect(result).toEqual({ ok: false, error: { kind: 'invalidInput', retryable: false } });
    expect(fake.requests).toHaveLength(0);
  });

  it('R5: the request for an anonymous alert carries no name, role or team', async () => {
    await newStore().submitAlert(anonymousAlert(8));
    const add = fake.requests.find((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(r.url));
    expect(add?.body).toBeDefined();
    expect(Object.keys(JSON.parse(add?.body ?? '{}'))).not.toEqual(expect.arrayContaining(['WorkerName']));
    expect(add?.body).not.toMatch(/WorkerName|WorkerRole|TeamName|"TeamId"/);
  });
});

describe("the raiser's own alerts (R21)", () => {
  it('returns only their own, with reference, date and public status', async () => {
    fake.seed(AlertsList, { ...toAlertItem(makeAlert(1)), PublicStatus: 'InProgress', Rag: 'Red' }, 7);
    fake.seed(AlertsList, toAlertItem(makeAlert(2)), 99);
    const mine = value(await newStore().myAlerts());
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0]).sort()).toEqual(['publicStatus', 'reference', 'submittedAt']);
    expect(mine[0].publicStatus).toBe('InProgress');
    const query = fake.requests.find((r) => r.url.includes('AuthorId eq 7'));
    expect(query?.url).toContain('$select=Id,Created,Title,AlertDate,PublicStatus');
  });
});

async function openFirstCase(store: SharePointWellbeingStore, alert: AlertRecord): Promise<void> {
  const opened = openCase(
    { reference: alert.alert.reference, route: alert.alert.route, anonymous: alert.alert.anonymous, consentStatus: alert.alert.consentStatus },
    { at: NOW, by: TRIAGE }
  );
  if (!opened.ok) throw new Error('open');
  value(await store.openCase({ alert, case: opened.case, events: opened.events, firstContactDue: new Date('2025-06-07T11:00:00Z') }));
}

describe('triage: open work, cases and events', () => {
  beforeEach(() => {
    fake.currentUserId = 8;
  });

  it('R10: alerts without a case, then a case opened with its CaseOpened event', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(1)), 7);
    const store = newStore();
    const before = value(await store.openWork());
    expect(before.alertsWithoutCase).toHaveLength(1);
    expect(before.openCases).toHaveLength(0);

    await openFirstCase(store, before.alertsWithoutCase[0]);
    const after = value(await store.openWork());
    expect(after.alertsWithoutCase).toHaveLength(0);
    expect(after.openCases).toHaveLength(1);
    expect(after.openCases[0].alert?.alert.reference).toBe(before.alertsWithoutCase[0].alert.reference);
    expect(fake.items(CaseEventsList).map((e) => [e.EventKind, e.EventById])).toEqual([['CaseOpened', 8]]);
    // One indexed equality query per open status: `ne 'Closed'` cannot use the index.
    expect(fake.requests.some((r) => r.url.includes(" ne '"))).toBe(false);
  });

  it('an alert never gets two cases: a second open is a conflict, not a duplicate', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(2)), 7);
    const store = newStore();
    const alert = value(await store.openWork()).alertsWithoutCase[0];
    await openFirstCase(store, alert);
    const again = openCase({ reference: alert.alert.reference, route: 'PSW', anonymous: false, consentStatus: 'NotNeeded' }, { at: new Date(NOW.getTime() + 60000), by: TRIAGE });
    if (!again.ok) throw new Error('open');
    const result = await store.openCase({ alert, case: again.case, events: again.events, firstContactDue: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('conflict');
    expect(fake.items(CasesList)).toHaveLength(1);
  });

  it('a stale update is a conflict: the item is unchanged and no event is appended', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(3)), 7);
    const store = newStore();
    await openFirstCase(store, value(await store.openWork()).alertsWithoutCase[0]);
    const record = value(await store.openWork()).openCases[0].record;
    // Someone else changes the case after we read it.
    fake.items(CasesList)[0].Version++;
    const contacted = recordFirstContact(record.case, { at: NOW, by: TRIAGE }, 'Phone');
    if (!contacted.ok) throw new Error('contact');
    const result = await store.updateCase(record, { case: contacted.case, events: contacted.events });
    expect(result).toEqual({ ok: false, error: { kind: 'conflict', status: 412, retryable: false } });
    expect(fake.items(CasesList)[0].CaseStatus).toBe('New');
    expect(fake.items(CaseEventsList)).toHaveLength(1);
  });

  it('a fresh update saves with the ETag, appends its events and moves the public status (R21)', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(4)), 7);
    const store = newStore();
    await openFirstCase(store, value(await store.openWork()).alertsWithoutCase[0]);
    const record = value(await store.openWork()).openCases[0].record;
    const contacted = recordFirstContact(record.case, { at: NOW, by: TRIAGE }, 'Phone');
    if (!contacted.ok) throw new Error('contact');
    const saved = value(await store.updateCase(record, { case: contacted.case, events: contacted.events }));
    expect(saved.etag).toBe('"2"');
    expect(fake.items(CasesList)[0].CaseStatus).toBe('Contacted');
    expect(fake.items(AlertsList)[0].PublicStatus).toBe('InProgress');
    const merge = fake.requests.find((r) => r.method === 'MERGE' && r.url.includes('WellbeingCases'));
    expect(merge).toBeDefined();
    const events = value(await store.caseEvents(record.id));
    expect(events.map((e) => e.kind)).toEqual(['CaseOpened', 'StatusChanged']);
    expect(events[1]).toMatchObject({ by: TRIAGE, from: 'New', to: 'Contacted' });
  });

  it('an update whose response was lost is not reported as a conflict when the item already holds it', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(5)), 7);
    const store = newStore();
    await openFirstCase(store, value(await store.openWork()).alertsWithoutCase[0]);
    const record = value(await store.openWork()).openCases[0].record;
    const contacted = recordFirstContact(record.case, { at: NOW, by: TRIAGE }, 'Teams');
    if (!contacted.ok) throw new Error('contact');
    fake.inject('dropAfterCommit', /WellbeingCases'\)\/items\(\d+\)$/, ['POST'], 1);
    const saved = await store.updateCase(record, { case: contacted.case, events: contacted.events });
    expect(saved.ok).toBe(true);
    expect(fake.items(CasesList)[0].CaseStatus).toBe('Contacted');
  });

  it('one case with its alert, events, records and summaries in one round trip', async () => {
    fake.seed(AlertsList, toAlertItem(makeAlert(6)), 7);
    const store = newStore();
    await openFirstCase(store, value(await store.openWork()).alertsWithoutCase[0]);
    const record = value(await store.openWork()).openCases[0].record;
    const before = fake.requests.length;
    const detail = value(await store.caseDetail({ caseId: record.id, alertId: record.alertId }));
    const sent = dataRequests(before);
    expect(sent.every((r) => r.batched)).toBe(true);
    expect(sent).toHaveLength(5);
    expect(detail.alert?.alert.reference).toBe(record.case.reference);
    expect(detail.events.map((e) => e.kind)).toEqual(['CaseOpened']);
  });
});

describe('filters and large lists', () => {
  it("a value with quotes (O'Neil) is escaped and finds the right item", async () => {
    fake.seed(NetworkThemesList, { Network: 'BameNetwork', QuarterId: "O'Neil", ThemeId: 'workload', ThemeCount: 3 });
    fake.seed(NetworkThemesList, { Network: 'BameNetwork', QuarterId: 'FY2025Q1', ThemeId: 'workload', ThemeCount: 5 });
    const store = newStore();
    expect(value(await store.networkThemes("O'Neil")).map((t) => t.count)).toEqual([3]);
    expect(value(await store.networkThemes("x' or QuarterId ne 'y"))).toEqual([]);
    expect(fake.requests.some((r) => r.url.includes("QuarterId eq 'O''Neil'"))).toBe(true);
  });

  it('R10, R21: with 6,000 alerts over a 5,000 threshold every alert query still works, page by page', async () => {
    for (let i = 0; i < 6000; i++) {
      fake.seed(AlertsList, { Title: `x${i}`, PublicStatus: 'Closed', AlertDate: '2025-01-01', Route: 'PSW' }, i % 2 === 0 ? 7 : 99);
    }
    fake.seed(AlertsList, toAlertItem(makeAlert(1)), 7);
    const store = newStore();
    const mine = value(await store.myAlerts());
    expect(mine).toHaveLength(3001);
    fake.currentUserId = 8;
    const work = value(await newStore().openWork());
    expect(work.alertsWithoutCase).toHaveLength(1);
    expect(fake.requests.filter((r) => r.url.includes('AuthorId eq 7')).length).toBeGreaterThan(6);
    expect(fake.requests.every((r) => !r.url.includes('$top=') || /\$top=(500|1|1000)\b/.test(r.url))).toBe(true);
  });

  it('the fake refuses an unindexed query over the threshold (so the test above means something)', async () => {
    fake.threshold = 1;
    fake.seed(AlertsList, toAlertItem(makeAlert(2)));
    fake.seed(AlertsList, toAlertItem(makeAlert(3)));
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }));
    await expect(sp.web.lists.getByTitle(AlertsList.title).items.filter("ConcernDetails eq 'x'")()).rejects.toThrow(/threshold/);
  });
});

describe('manager summaries (R14, R21, R22)', () => {
  it('stores, shares the item with its recipients only and sends content-free notifications', async () => {
    fake.currentUserId = 8;
    const alert = {
      reference: 'WB-TEST-0001',
      anonymous: false,
      workerName: "Pat O'Neil",
      role: 'Social worker',
      teamId: 'csc-first-response',
      serviceAreaId: 'childrens-social-care',
      concernInvolvesManager: false
    };
    const built = buildManagerSummary(
      alert,
      { concernsAndActionsNeeded: 'Caseloads are too high.', actionsAgreed: 'Review.' },
      {
        nameShared: true,
        sharedAt: NOW,
        serviceAreas,
        lineManager: { id: 'lm@contoso.com', displayName: 'Line Manager' },
        serviceManager: { id: 'sm@contoso.com', displayName: 'Service Manager' }
      }
    );
    if (!built.ok) throw new Error('build');
    const store = newStore();
    const link = `${SITE}/SitePages/Summary.aspx`;
    const shared = value(
      await store.shareManagerSummary({
        caseId: 4,
        serviceAreaId: 'childrens-social-care',
        summary: built.summary,
        hosSafeguarding: [{ id: 'tri@contoso.com', displayName: 'HoS' }],
        link
      })
    );
    expect(shared.notified).toBe(true);
    expect(fake.items(ManagerSummariesList)).toHaveLength(1);
    expect(fake.brokenInheritance).toEqual([{ list: 'WellbeingManagerSummaries', itemId: 1, copy: true }]);
    expect(fake.itemRoleAssignments.map((a) => a.principalId).sort()).toEqual([10, 9].sort());
    expect(mail.sent).toEqual([
      { kind: 'summaryShared', to: ['lm@contoso.com', 'sm@contoso.com'], link },
      { kind: 'hosFollowUp', to: ['tri@contoso.com'], link }
    ]);
    expect(JSON.stringify(mail.sent)).not.toMatch(/O'Neil|WB-TEST|Caseloads/);

    // Retrying the same share carries on with the same item: never a second summary.
    value(await store.shareManagerSummary({ caseId: 4, serviceAreaId: 'childrens-social-care', summary: built.summary, link }));
    expect(fake.items(ManagerSummariesList)).toHaveLength(1);

    // R14: the HoS follow-up writes only the follow-up columns, with the ETag.
    const record = value(await store.managerSummaries())[0];
    const followed = value(await store.recordHosFollowUp(record, new Date('2025-06-19T10:00:00Z'), 'Action was taken.'));
    expect(followed.hosFollowUpOutcome).toBe('Action was taken.');
    const merge = fake.requests.filter((r) => r.method === 'MERGE' && r.url.includes('WellbeingManagerSummaries')).pop();
    expect(Object.keys(JSON.parse(merge?.body ?? '{}')).sort()).toEqual(['HosFollowUpDoneAt', 'HosFollowUpOutcome']);
  });
});

describe('themes, directory and config', () => {
  it('R18: publishing adds a new version; the latest per quarter is read back', async () => {
    fake.currentUserId = 8;
    const store = newStore();
    const report = { threshold: 3, current: {}, previous: {}, change: {} } as never;
    value(await store.publishThemeReport({ quarterId: 'FY2025Q1', label: 'April to June 2025', report, commentary: '' }));
    const second = value(await store.publishThemeReport({ quarterId: 'FY2025Q1', label: 'April to June 2025', report, commentary: 'Corrected.' }));
    expect(second.version).toBe(2);
    const latest = value(await store.latestThemeReports());
    expect(latest.map((r) => [r.quarterId, r.version, r.commentary])).toEqual([['FY2025Q1', 2, 'Corrected.']]);
  });

  it('config and the support directory come in one round trip; the directory is then cached', async () => {
    fake.seed({ title: 'WellbeingConfig' } as never, { Title: 'slaMode', ConfigValue: '"working"' });
    fake.seed({ title: 'WellbeingSupportDirectory' } as never, {
      Title: 'Staff Support',
      EntryId: 'staff-support',
      EntryDescription: '24/7',
      EntryKind: 'service',
      PageContexts: ['general'],
      SortOrder: 1
    });
    const store = newStore();
    const config = value(await store.config());
    expect(config.slaMode).toBe('working');
    const requests = fake.requests.length;
    const directory = value(await store.supportDirectory());
    expect(directory.map((e) => e.id)).toEqual(['staff-support']);
    expect(fake.requests.length).toBe(requests);
    expect(dataRequests().filter((r) => !r.batched).map((r) => r.url)).toEqual([]);
  });
});
