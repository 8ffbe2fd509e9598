/*
 * The real PnPjs store (SharePointWellbeingStore) over HTTP against a provisioned emulator site, each
 * operation done by the persona who does it in the process: staff raise and read their own alerts, triage
 * opens and works cases, the HoS Safeguarding records the follow-up, a network rep adds network themes and
 * SMT reads the published theme reports. So these tests prove the store's behaviour (idempotent submit,
 * ETag conflicts, one round trip where promised, the list view threshold) and that it works within the
 * permission table. Mail goes through the real GraphMailService, pointed at the emulator's Graph endpoint.
 */
import { GraphBrowser, graphfi } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { LoggedRequest } from '../../emulator/server';
import type { ItemRecord } from '../../emulator/store';
import type { Alert } from '../../src/domain/alert';
import { openCase, recordFirstContact } from '../../src/domain/caseLifecycle';
import { buildManagerSummary } from '../../src/domain/managerSummary';
import { serviceAreas, supportDirectory } from '../../src/referenceData';
import {
  AlertsList,
  AnyListDefinition,
  CaseEventsList,
  CasesList,
  ConfigList,
  ITEM_SHARING,
  ManagerSummariesList,
  NetworkThemesList,
  TriageSettingsList
} from '../../src/schema';
import { GraphMailService } from '../../src/services/mail/GraphMailService';
import type { AlertRecord, CaseRecord } from '../../src/services/store/IWellbeingStore';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { seedWatermark } from '../../tools/boardLoad';
import { anonymousAlert, makeAlert } from '../support/fixtures';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';

jest.setTimeout(60_000);

const NOW = new Date('2025-06-05T11:00:00Z');
/** SharePoint's hidden Limited Access level. */
const LIMITED_ACCESS = 1073741825;
const LINK = 'https://leics.sharepoint.com/sites/wellbeing/SitePages/Summaries.aspx';

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});

afterAll(async () => {
  await site?.close();
});

/** The real Graph mail service, sending as the persona through the emulator's Graph endpoint. */
function mailAs(on: EmulatorSite, persona: Persona): GraphMailService {
  const graph = graphfi().using(GraphBrowser({ baseUrl: `${on.emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': on.login(persona) }));
  return new GraphMailService(graph);
}

/** The store as one persona uses it (a new store is a new page load: nothing cached). */
function storeAs(persona: Persona, on: EmulatorSite = site): SharePointWellbeingStore {
  return new SharePointWellbeingStore(on.as(persona), mailAs(on, persona), { now: () => NOW });
}

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) {
    throw new Error(`store failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** What the emulator holds, read past every permission check. */
function stored(list: AnyListDefinition, on: EmulatorSite = site): ItemRecord[] {
  const record = on.emulator.store.listByTitle(list.title);
  if (!record) throw new Error(`no list ${list.title}`);
  return on.emulator.store.items(record);
}

function storedWhere(list: AnyListDefinition, column: string, wanted: unknown, on: EmulatorSite = site): ItemRecord[] {
  return stored(list, on).filter((i) => i.values[column] === wanted);
}

/** A logged URL as text (PnPjs form-encodes the query: `+` for a space). */
const url = (r: LoggedRequest): string => decodeURIComponent(r.url.replace(/\+/g, ' '));

/** Requests other than the form digest PnPjs fetches before a POST (and caches per site). */
function dataRequests(on: EmulatorSite = site): LoggedRequest[] {
  return on.emulator.requests().filter((r) => !r.url.endsWith('/_api/contextinfo'));
}

const ALERT_ADD = /^POST \S*\/_api\/web\/lists\/getByTitle\('WellbeingAlerts'\)\/items$/;
const CASE_UPDATE = /^POST \S*\/_api\/web\/lists\/getByTitle\('WellbeingCases'\)\/items\(\d+\)$/;

/** A member of staff raises an alert; returns it as submitted. */
async function raise(seed: number, persona: Persona = 'staffA', on: EmulatorSite = site): Promise<Alert> {
  const alert = makeAlert(seed);
  value(await storeAs(persona, on).submitAlert(alert));
  return alert;
}

async function alertWithoutCase(store: SharePointWellbeingStore, reference: string): Promise<AlertRecord> {
  const found = value(await store.openWork()).alertsWithoutCase.find((a) => a.alert.reference === reference);
  if (!found) throw new Error(`${reference} is not waiting for a case`);
  return found;
}

async function openFirstCase(store: SharePointWellbeingStore, alert: AlertRecord, by: string, at: Date = NOW): Promise<StoreResult<CaseRecord>> {
  const opened = openCase(
    { reference: alert.alert.reference, route: alert.alert.route, anonymous: alert.alert.anonymous, consentStatus: alert.alert.consentStatus },
    { at, by }
  );
  if (!opened.ok) throw new Error('open');
  return store.openCase({ alert, case: opened.case, events: opened.events, firstContactDue: new Date(at.getTime() + 48 * 3600_000) });
}

/** Staff A raises, the PSW opens the case; returns the PSW's store (users cached) and the case as read back. */
async function raiseAndOpen(seed: number): Promise<{ psw: SharePointWellbeingStore; alert: Alert; record: CaseRecord }> {
  const alert = await raise(seed);
  const psw = storeAs('psw');
  value(await openFirstCase(psw, await alertWithoutCase(psw, alert.reference), site.login('psw')));
  const open = value(await psw.openWork()).openCases.find((c) => c.record.case.reference === alert.reference);
  if (!open) throw new Error('case not open');
  return { psw, alert, record: open.record };
}

describe('submitting an alert as a member of staff (R3, idempotent)', () => {
  it('writes one item, created by the raiser, and returns its reference', async () => {
    const alert = makeAlert(1);
    const outcome = value(await storeAs('staffA').submitAlert(alert));
    expect(outcome).toMatchObject({ kind: 'submitted', alreadyExisted: false, alert: { reference: alert.reference } });
    const items = storedWhere(AlertsList, 'IdempotencyKey', alert.idempotencyKey);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ Id: outcome.kind === 'submitted' ? outcome.alert.id : -1, AuthorId: site.userId('staffA') });
    expect(items[0].values).toMatchObject({ Title: alert.reference, PublicStatus: 'Received' });
  });

  it('throttling: two 429s with Retry-After are retried by PnPjs and still make exactly one item', async () => {
    const alert = makeAlert(2);
    site.emulator.clearRequests();
    site.emulator.inject({ status: 429, retryAfterSeconds: 0, count: 2, match: ALERT_ADD });
    const outcome = value(await storeAs('staffA').submitAlert(alert));
    expect(outcome).toMatchObject({ kind: 'submitted', alreadyExisted: false });
    expect(storedWhere(AlertsList, 'IdempotencyKey', alert.idempotencyKey)).toHaveLength(1);
    const adds = dataRequests().filter((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(url(r)));
    expect(adds.map((r) => r.status)).toEqual([429, 429, 201]);
  });

  it('a response lost after SharePoint wrote the item: the key is looked up, not the add sent again, and the same item is returned', async () => {
    const alert = makeAlert(3);
    site.emulator.clearRequests();
    site.emulator.inject({ dropAfterCommit: true, count: 1, match: ALERT_ADD });
    const outcome = value(await storeAs('staffA').submitAlert(alert));
    const items = storedWhere(AlertsList, 'IdempotencyKey', alert.idempotencyKey);
    expect(items).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: 'submitted', alreadyExisted: true, alert: { id: items[0].Id, reference: alert.reference } });
    // the first add was written and its answer lost; the store found it by its key instead of adding again
    const adds = dataRequests().filter((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(url(r)));
    expect(adds.map((r) => [r.status, r.dropped ?? false])).toEqual([[201, true]]);
  });

  it('a second submit with the same key (the user pressed again) returns the first item', async () => {
    const store = storeAs('staffA');
    const alert = makeAlert(4);
    const first = value(await store.submitAlert(alert));
    const second = value(await store.submitAlert(alert));
    expect(second).toEqual({ ...first, alreadyExisted: true });
    expect(storedWhere(AlertsList, 'IdempotencyKey', alert.idempotencyKey)).toHaveLength(1);
  });

  it('refuses a malformed key or reference before calling SharePoint', async () => {
    site.emulator.clearRequests();
    const result = await storeAs('staffA').submitAlert({ ...makeAlert(7), idempotencyKey: 'x' });
    expect(result).toEqual({ ok: false, error: { kind: 'invalidInput', retryable: false } });
    expect(site.emulator.requests()).toHaveLength(0);
  });

  it('R5: an anonymous alert stores no name, role or team (the account is still recorded: R5a)', async () => {
    const alert = anonymousAlert(8);
    site.emulator.clearRequests();
    value(await storeAs('staffA').submitAlert(alert));
    const [item] = storedWhere(AlertsList, 'IdempotencyKey', alert.idempotencyKey);
    expect(['WorkerName', 'WorkerRole', 'TeamName', 'TeamId'].map((k) => item.values[k] ?? null)).toEqual([null, null, null, null]);
    expect(item.values.Anonymous).toBe(true);
    expect(item.AuthorId).toBe(site.userId('staffA'));
    const add = dataRequests().find((r) => r.method === 'POST' && /WellbeingAlerts'\)\/items$/.test(url(r)));
    expect(add?.body).toBeDefined();
    expect(add?.body).not.toMatch(/WorkerName|WorkerRole|TeamName|"TeamId"/);
  });
});

describe("the raiser's own alerts (R21)", () => {
  it('returns only their own, with reference, date and public status; another member of staff sees none of them', async () => {
    const first = await raise(11);
    const second = await raise(12);
    const bs = await raise(13, 'staffB');
    // triage moves one on (triage may edit every alert)
    const [item] = storedWhere(AlertsList, 'Title', first.reference);
    await site.as('psw').web.lists.getByTitle(AlertsList.title).items.getById(item.Id).update({ PublicStatus: 'InProgress' });

    site.emulator.clearRequests();
    const mine = value(await storeAs('staffA').myAlerts());
    const own = (persona: Persona): string[] =>
      stored(AlertsList)
        .filter((i) => i.AuthorId === site.userId(persona))
        .map((i) => String(i.values.Title))
        .sort();
    expect(mine.map((a) => a.reference).sort()).toEqual(own('staffA'));
    expect(mine.map((a) => a.reference)).toEqual(expect.arrayContaining([first.reference, second.reference]));
    expect(mine.map((a) => a.reference)).not.toContain(bs.reference);
    expect(mine.every((a) => Object.keys(a).sort().join() === 'publicStatus,reference,submittedAt')).toBe(true);
    expect(mine.find((a) => a.reference === first.reference)?.publicStatus).toBe('InProgress');
    const query = dataRequests().find((r) => url(r).includes(`AuthorId eq ${site.userId('staffA')}`));
    expect(url(query as LoggedRequest)).toContain('$select=Id,Created,Title,AlertDate,PublicStatus');

    const theirs = value(await storeAs('staffB').myAlerts());
    expect(theirs.map((a) => a.reference).sort()).toEqual(own('staffB'));
    expect(theirs.map((a) => a.reference)).toContain(bs.reference);
    expect(theirs.map((a) => a.reference)).not.toContain(first.reference);
    expect(theirs.map((a) => a.reference)).not.toContain(second.reference);
    // a triage member (who may read every alert) still gets only their own: none
    expect(value(await storeAs('psw').myAlerts())).toEqual([]);
  });
});

describe('triage: open work, cases and events', () => {
  it('R10: an alert without a case, then a case opened with its CaseOpened event; staff cannot see the board', async () => {
    const alert = await raise(21);
    const psw = storeAs('psw');
    site.emulator.clearRequests();
    const waiting = await alertWithoutCase(psw, alert.reference);
    const opened = value(await openFirstCase(psw, waiting, site.login('psw')));
    const after = value(await psw.openWork());
    expect(after.alertsWithoutCase.map((a) => a.alert.reference)).not.toContain(alert.reference);
    const open = after.openCases.find((c) => c.record.id === opened.id);
    expect(open?.alert?.alert.reference).toBe(alert.reference);
    expect(open?.record.case.status).toBe('New');
    expect(storedWhere(CaseEventsList, 'CaseId', opened.id).map((e) => [e.values.EventKind, e.values.EventById, e.AuthorId])).toEqual([
      ['CaseOpened', undefined, site.userId('psw')]
    ]);
    // One indexed equality query per open status: `ne 'Closed'` cannot use the index.
    expect(dataRequests().some((r) => url(r).includes(" ne '"))).toBe(false);
    expect(await storeAs('staffA').openWork()).toMatchObject({ ok: false });
  });

  it('an alert never gets two cases: a second open (by another triage member) is a conflict, not a duplicate', async () => {
    const alert = await raise(22);
    const psw = storeAs('psw');
    const waiting = await alertWithoutCase(psw, alert.reference);
    value(await openFirstCase(psw, waiting, site.login('psw')));
    const result = await openFirstCase(storeAs('ap'), waiting, site.login('ap'), new Date(NOW.getTime() + 60_000));
    expect(result).toEqual({ ok: false, error: { kind: 'conflict', status: 409, retryable: false } });
    expect(storedWhere(CasesList, 'AlertId', waiting.id)).toHaveLength(1);
  });

  it('a stale update is a conflict: the item is unchanged and no event is appended', async () => {
    const { psw, record } = await raiseAndOpen(23);
    // Another triage member changes the case after the PSW read it.
    await site.as('ap').web.lists.getByTitle(CasesList.title).items.getById(record.id).update({ Rag: 'Amber' });
    const contacted = recordFirstContact(record.case, { at: NOW, by: site.login('psw') }, 'Phone');
    if (!contacted.ok) throw new Error('contact');
    const result = await psw.updateCase(record, { case: contacted.case, events: contacted.events });
    expect(result).toEqual({ ok: false, error: { kind: 'conflict', status: 412, retryable: false } });
    const [item] = storedWhere(CasesList, 'AlertId', record.alertId);
    expect(item.values).toMatchObject({ CaseStatus: 'New', Rag: 'Amber' });
    expect(item.version).toBe(2);
    expect(storedWhere(CaseEventsList, 'CaseId', record.id).map((e) => e.values.EventKind)).toEqual(['CaseOpened']);
  });

  it('a fresh update saves with the ETag, appends its events and moves the public status the raiser sees (R21)', async () => {
    const { psw, alert, record } = await raiseAndOpen(24);
    const contacted = recordFirstContact(record.case, { at: NOW, by: site.login('psw') }, 'Phone');
    if (!contacted.ok) throw new Error('contact');
    site.emulator.clearRequests();
    const saved = value(await psw.updateCase(record, { case: contacted.case, events: contacted.events }));
    const [item] = storedWhere(CasesList, 'AlertId', record.alertId);
    expect(saved.etag).toBe(`"${item.GUID},2"`);
    expect(item.values.CaseStatus).toBe('Contacted');
    expect(storedWhere(AlertsList, 'Title', alert.reference)[0].values.PublicStatus).toBe('InProgress');
    const merge = dataRequests().find((r) => r.method === 'MERGE' && url(r).includes('WellbeingCases'));
    expect(merge).toMatchObject({ status: 204, user: site.login('psw') });
    const events = value(await psw.caseEvents(record.id));
    expect(events.map((e) => e.kind)).toEqual(['CaseOpened', 'StatusChanged']);
    expect(events[1]).toMatchObject({ by: site.login('psw'), from: 'New', to: 'Contacted' });
    const mine = value(await storeAs('staffA').myAlerts()).find((a) => a.reference === alert.reference);
    expect(mine?.publicStatus).toBe('InProgress');
  });

  it('an update whose response was lost is not reported as a conflict when the item already holds it', async () => {
    const { psw, record } = await raiseAndOpen(25);
    const contacted = recordFirstContact(record.case, { at: NOW, by: site.login('psw') }, 'Teams');
    if (!contacted.ok) throw new Error('contact');
    site.emulator.clearRequests();
    site.emulator.inject({ dropAfterCommit: true, count: 1, match: CASE_UPDATE });
    const saved = await psw.updateCase(record, { case: contacted.case, events: contacted.events });
    expect(saved.ok).toBe(true);
    const [item] = storedWhere(CasesList, 'AlertId', record.alertId);
    expect(item.values).toMatchObject({ CaseStatus: 'Contacted', ContactMethod: 'Teams' });
    expect(saved.ok && saved.value.etag).toBe(`"${item.GUID},2"`);
    // written once, its answer lost; PnPjs's retry with the old ETag got 412 and the store read the item
    const merges = dataRequests().filter((r) => r.method === 'MERGE' && url(r).includes('WellbeingCases'));
    expect(merges.map((r) => [r.status, r.dropped ?? false])).toEqual([
      [204, true],
      [412, false]
    ]);
    expect(storedWhere(CaseEventsList, 'CaseId', record.id).map((e) => e.values.EventKind)).toEqual(['CaseOpened', 'StatusChanged']);
  });

  it('one case with its alert, events, records and summaries in one round trip', async () => {
    const { psw, alert, record } = await raiseAndOpen(26);
    site.emulator.clearRequests();
    const detail = value(await psw.caseDetail({ caseId: record.id, alertId: record.alertId }));
    const sent = dataRequests();
    expect(sent.filter((r) => !r.batched).map((r) => [r.method, url(r).replace(site.url, '')])).toEqual([['POST', '/_api/$batch']]);
    expect(sent.filter((r) => r.batched)).toHaveLength(5);
    expect(sent.every((r) => r.status === 200)).toBe(true);
    expect(detail.record.id).toBe(record.id);
    expect(detail.alert?.alert.reference).toBe(alert.reference);
    expect(detail.events.map((e) => e.kind)).toEqual(['CaseOpened']);
    expect(detail.discussions).toEqual([]);
    expect(detail.summaries).toEqual([]);
  });

  // After a failed part SharePoint answers every later part of a $batch 500 (emulator/README.md): a read that
  // may legitimately fail goes last, or out of the batch.
  it('an alert that is gone does not blank the rest of its case: the alert is read last in the batch', async () => {
    const { psw, alert, record } = await raiseAndOpen(27);
    await site.as('owner').web.lists.getByTitle(AlertsList.title).items.getById(record.alertId).delete();
    site.emulator.clearRequests();
    const detail = value(await psw.caseDetail({ caseId: record.id, alertId: record.alertId }));
    expect(detail.alert).toBeUndefined();
    expect(detail.record.case.reference).toBe(alert.reference);
    expect(detail.events.map((e) => [e.kind, e.by])).toEqual([['CaseOpened', site.login('psw')]]);
    expect(dataRequests().filter((r) => r.batched).map((r) => r.status)).toEqual([200, 200, 200, 200, 404]);
  });

  it('a person SharePoint cannot resolve is a permanent personNotFound, and blanks no one else: each failed part of the ensureuser batch is asked again on its own', async () => {
    const { record } = await raiseAndOpen(29);
    const nobody = 'i:0#.f|membership|left.last.year@leics.example';
    site.emulator.clearRequests();
    const events = [
      { kind: 'Assigned' as const, at: NOW, by: nobody },
      { kind: 'Assigned' as const, at: NOW, by: site.login('ap') }
    ];
    const result = await storeAs('psw').appendCaseEvents(record.id, record.case.reference, events);
    expect(result).toMatchObject({ ok: false, error: { kind: 'personNotFound', retryable: false } });
    const ensures = dataRequests().filter((r) => /ensureuser/i.test(url(r)));
    // in the batch: the unknown person refused, the part after it answered 500 unrun; then each alone: the AP
    // is found, the unknown person is not (and is not asked a third time)
    expect(ensures.map((r) => [r.batched, r.status, (r.body ?? '').includes('left.last.year')])).toEqual([
      [true, 500, true],
      [true, 500, false],
      [false, 500, true],
      [false, 200, false]
    ]);
    expect(storedWhere(CaseEventsList, 'CaseId', record.id).map((e) => e.values.EventKind)).toEqual(['CaseOpened']);
  });

  it('a person no longer on the site does not blank the others: users are read by id in one filtered query', async () => {
    const { record } = await raiseAndOpen(28);
    const gone = 987_654;
    site.emulator.seedItems(
      CaseEventsList.title,
      [{ Title: record.case.reference, CaseId: record.id, EventKind: 'Assigned', EventAt: NOW.toISOString() }],
      site.login('psw')
    );
    // The event's author has since left the site (seedItems cannot add as someone who is not there).
    const eventList = site.emulator.store.listByTitle(CaseEventsList.title);
    if (!eventList) throw new Error('no events list');
    const [assigned] = site.emulator.store.items(eventList).filter((i) => i.values.CaseId === record.id && i.values.EventKind === 'Assigned');
    site.emulator.store.saveItem(eventList, { ...assigned, AuthorId: gone });
    site.emulator.clearRequests();
    const events = value(await storeAs('psw').caseEvents(record.id));
    expect(events.map((e) => [e.kind, e.by]).sort()).toEqual([
      ['Assigned', ''],
      ['CaseOpened', site.login('psw')]
    ]);
    const userReads = dataRequests().filter((r) => /siteusers/i.test(url(r)));
    expect(userReads.map((r) => [r.method, r.status, r.batched])).toEqual([['GET', 200, false]]);
    expect(url(userReads[0])).toMatch(new RegExp(`\\$filter=\\(?Id eq (${gone}|${site.userId('psw')}) or Id eq (${gone}|${site.userId('psw')})\\)?`));
  });
});

describe('filters', () => {
  it("a value with quotes (O'Neil) is escaped and finds the right item (network rep adds, network rep and triage read)", async () => {
    const rep = storeAs('networkRep');
    value(await rep.addNetworkTheme({ network: 'BameNetwork', quarterId: "O'Neil", themeId: 'race', count: 3 }));
    value(await rep.addNetworkTheme({ network: 'BameNetwork', quarterId: 'FY2025Q1', themeId: 'race', count: 5 }));
    site.emulator.clearRequests();
    expect(value(await rep.networkThemes("O'Neil")).map((t) => t.count)).toEqual([3]);
    expect(value(await rep.networkThemes("x' or QuarterId ne 'y"))).toEqual([]);
    expect(dataRequests().some((r) => url(r).includes("QuarterId eq 'O''Neil'"))).toBe(true);
    expect(value(await storeAs('psw').networkThemes("O'Neil")).map((t) => t.count)).toEqual([3]);
    expect(storedWhere(NetworkThemesList, 'QuarterId', "O'Neil").map((i) => i.AuthorId)).toEqual([site.userId('networkRep')]);
  });
});

describe('the list view threshold: 6,000 items over 5,000', () => {
  let big: EmulatorSite;

  beforeAll(async () => {
    big = await provisionedSite({ listViewThreshold: 5000 });
    const old = (i: number): string => new Date(Date.UTC(2024, 0, 1) + i * 3600_000).toISOString();
    // Years of use: every alert has its (closed) case, and the board's watermark has moved past them (issue 14, H07).
    let alertIds: number[] = [];
    for (const persona of ['staffA', 'staffB'] as const) {
      alertIds = alertIds.concat(
        big.emulator.seedItems(
          AlertsList.title,
          Array.from({ length: 3000 }, (_, i) => ({ Title: `WB-${persona}-${i}`, IdempotencyKey: `${persona}-${i}`, PublicStatus: 'Closed', AlertDate: '2024-01-01', Route: 'PSW' })),
          big.login(persona)
        )
      );
    }
    await seedWatermark(big.emulator, Math.max(...alertIds));
    big.emulator.seedItems(
      CasesList.title,
      Array.from({ length: 6000 }, (_, i) => ({
        Title: `WB-OLD-${i}`,
        AlertId: alertIds[i],
        AlertReceivedAt: old(i),
        CaseOpenedAt: old(i),
        FirstContactDue: old(i + 48),
        CaseStatus: 'Closed',
        Route: 'PSW',
        ServiceAreaId: 'childrens-social-care',
        ConsentStatus: 'NotNeeded'
      })),
      big.login('psw')
    );
    big.emulator.seedItems(
      CaseEventsList.title,
      Array.from({ length: 6000 }, (_, i) => ({ Title: `WB-OLD-${i}`, CaseId: i + 1, EventKind: 'CaseOpened', EventAt: old(i) })),
      big.login('psw')
    );
  });

  afterAll(async () => {
    await big?.close();
  });

  it('R10, R17, R21: every store query still works, page by page, as the persona who makes it', async () => {
    const alert = makeAlert(31);
    const staff = storeAs('staffA', big);
    value(await staff.submitAlert(alert));
    expect(value(await staff.submitAlert(alert))).toMatchObject({ kind: 'submitted', alreadyExisted: true });

    big.emulator.clearRequests();
    const mine = value(await staff.myAlerts());
    expect(mine).toHaveLength(3001);
    const authorPages = dataRequests(big).filter((r) => url(r).includes(`AuthorId eq ${big.userId('staffA')}`));
    expect(authorPages.length).toBe(7);
    expect(authorPages.every((r) => r.status === 200)).toBe(true);

    const psw = storeAs('psw', big);
    const waiting = await alertWithoutCase(psw, alert.reference);
    const opened = value(await openFirstCase(psw, waiting, big.login('psw')));
    const again = await openFirstCase(storeAs('ap', big), waiting, big.login('ap'), new Date(NOW.getTime() + 60_000));
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const work = value(await psw.openWork());
    expect(work.openCases.map((c) => c.record.id)).toEqual([opened.id]);
    const contacted = recordFirstContact(opened.case, { at: NOW, by: big.login('psw') }, 'Phone');
    if (!contacted.ok) throw new Error('contact');
    value(await psw.updateCase(opened, { case: contacted.case, events: contacted.events }));
    expect(value(await psw.caseEvents(opened.id)).map((e) => e.kind)).toEqual(['CaseOpened', 'StatusChanged']);
    expect(value(await psw.caseDetail({ caseId: opened.id, alertId: opened.alertId })).events).toHaveLength(2);
    // the new case's clock started when the emulator stored the alert (now); the seeded ones are from 2024
    const quarter = value(await psw.casesReceivedBetween(new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000)));
    expect(quarter.map((c) => c.id)).toEqual([opened.id]);
    expect(value(await staff.myAlerts()).find((a) => a.reference === alert.reference)?.publicStatus).toBe('InProgress');

    // every request the store made was answered (the AP's second case is refused before any add: the store
    // finds the PSW's case for the alert first), and paged queries asked for at most 500 items
    const all = dataRequests(big);
    expect(all.filter((r) => r.status >= 400).map((r) => [r.method, url(r).replace(big.url, ''), r.status, r.user])).toEqual([]);
    expect(all.every((r) => !url(r).includes('$top=') || /\$top=(500|1|1000)\b/.test(url(r)))).toBe(true);
  });

  it('refuses a deliberately unindexed query over the threshold (so the test above means something)', async () => {
    const unindexed = (): Promise<unknown> => big.as('psw').web.lists.getByTitle(AlertsList.title).items.filter("ConcernDetails eq 'x'")();
    await expect(unindexed()).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/list view threshold/) });
    big.emulator.listViewThreshold = 100_000;
    try {
      await expect(unindexed()).resolves.toEqual([]);
    } finally {
      big.emulator.listViewThreshold = 5000;
    }
  });
});

describe('manager summaries (R14, R21, R22)', () => {
  it('shares with exactly the named managers, sends content-free mail, and the HoS writes only the follow-up', async () => {
    const { psw, alert, record } = await raiseAndOpen(41);
    const emails: Record<string, string> = {};
    for (const u of site.emulator.users()) emails[u.LoginName] = u.Email;
    const email = (persona: Persona): string => emails[site.login(persona)];
    const built = buildManagerSummary(
      {
        reference: alert.reference,
        anonymous: false,
        workerName: alert.workerName,
        role: alert.role,
        teamId: alert.teamId,
        serviceAreaId: alert.serviceAreaId,
        concernInvolvesManager: false
      },
      { concernsAndActionsNeeded: 'Caseloads are too high.', actionsAgreed: 'Review.' },
      {
        nameShared: true,
        sharedAt: NOW,
        serviceAreas,
        lineManager: { id: email('lineManager1'), displayName: 'Liam Manager' },
        serviceManager: { id: email('serviceManager'), displayName: 'Sam Service' }
      }
    );
    if (!built.ok) throw new Error('build');
    const mailBefore = site.emulator.mail().length;
    const input = { caseId: record.id, serviceAreaId: alert.serviceAreaId, summary: built.summary };
    const hosSafeguarding = [{ id: email('hosSafeguarding'), displayName: 'Hana' }];
    const shared = value(await psw.shareManagerSummary({ ...input, hosSafeguarding }));
    expect(shared.record).toMatchObject({ caseId: record.id });
    // nobody is told while sharing (the workflow tells them once the case is moved on: issue 14)
    expect(site.emulator.mail().length).toBe(mailBefore);
    const told = value(await psw.notifySummaryShared(shared.record, { hosSafeguarding, link: LINK }));
    expect(told.notified).toBe(true);
    expect(told.record.recipientsNotifiedAt).toEqual(NOW);
    expect(told.record.hosNotifiedAt).toEqual(NOW);

    // one item, with its own permissions: the list's grants plus the two named managers, nobody else
    const items = storedWhere(ManagerSummariesList, 'CaseId', record.id);
    expect(items).toHaveLength(1);
    expect(items[0].HasUniqueRoleAssignments).toBe(true);
    const store = site.emulator.store;
    const list = store.listByTitle(ManagerSummariesList.title);
    if (!list) throw new Error('no list');
    const onList = store.assignments({ kind: 'list', list });
    const onItem = store.assignments({ kind: 'item', list, item: items[0] });
    const sharingLevel = store.roleDefinitions().find((d) => d.Name === ITEM_SHARING.level);
    const managers = [site.userId('lineManager1'), site.userId('serviceManager')].sort((a, b) => a - b);
    expect(onItem.filter((a) => !onList.some((l) => l.principal === a.principal && l.role === a.role))).toEqual(
      managers.map((principal) => ({ principal, role: sharingLevel?.Id }))
    );
    // the rest is the list's own grants (the managers hold only Limited Access there, to reach the item)
    expect(onList.filter((l) => managers.indexOf(l.principal) >= 0).map((l) => l.role)).toEqual([LIMITED_ACCESS, LIMITED_ACCESS]);
    expect(onItem.filter((a) => managers.indexOf(a.principal) < 0)).toEqual(onList.filter((l) => managers.indexOf(l.principal) < 0));

    // the named line manager reads it; another line manager cannot, not even by its id
    const byLm1 = value(await storeAs('lineManager1').managerSummaries());
    expect(byLm1.map((s) => s.caseId)).toEqual([record.id]);
    expect(byLm1[0].summary.concernsAndActionsNeeded).toBe('Caseloads are too high.');
    // (with nothing shared, SharePoint hides the whole list from them: 404, which the store reads as none)
    expect(await storeAs('lineManager2').managerSummaries()).toEqual({ ok: true, value: [] });
    await expect(site.as('lineManager2').web.lists.getByTitle(ManagerSummariesList.title).items.getById(items[0].Id)()).rejects.toMatchObject({
      status: 404
    });
    // a named manager reads but may not write the follow-up
    expect(await storeAs('lineManager1').recordHosFollowUp(byLm1[0], NOW, 'Not mine to write.')).toMatchObject({ ok: false });

    // R22: one message per recipient, from the PSW, fixed words and the link only
    const sent = site.emulator.mail().slice(mailBefore);
    expect(sent.map((m) => [m.from, m.to, m.subject])).toEqual([
      [email('psw'), [email('lineManager1')], 'A wellbeing summary has been shared with you'],
      [email('psw'), [email('serviceManager')], 'A wellbeing summary has been shared with you'],
      [email('psw'), [email('hosSafeguarding')], 'A wellbeing summary needs your follow-up']
    ]);
    expect(sent.every((m) => m.body.includes(LINK))).toBe(true);
    const text = JSON.stringify(sent);
    for (const secret of [alert.reference, alert.workerName, 'Caseloads', 'Social worker', alert.serviceAreaId]) {
      expect(text).not.toContain(secret);
    }

    // Retrying the same share carries on with the same item: never a second summary.
    value(await psw.shareManagerSummary(input));
    expect(storedWhere(ManagerSummariesList, 'CaseId', record.id)).toHaveLength(1);

    // R14: the HoS follow-up writes only the follow-up columns, with the ETag
    const hos = storeAs('hosSafeguarding');
    const summary = value(await hos.managerSummaries()).find((s) => s.caseId === record.id);
    if (!summary) throw new Error('the HoS cannot see the summary');
    const before = { ...storedWhere(ManagerSummariesList, 'CaseId', record.id)[0].values };
    site.emulator.clearRequests();
    const followed = value(await hos.recordHosFollowUp(summary, new Date('2025-06-19T10:00:00Z'), 'Action was taken.'));
    expect(followed.hosFollowUpOutcome).toBe('Action was taken.');
    const merge = dataRequests().filter((r) => r.method === 'MERGE' && url(r).includes('WellbeingManagerSummaries'));
    expect(merge.map((r) => [r.user, r.status])).toEqual([[site.login('hosSafeguarding'), 204]]);
    expect(Object.keys(JSON.parse(merge[0].body ?? '{}')).sort()).toEqual(['HosFollowUpDoneAt', 'HosFollowUpOutcome']);
    const after = storedWhere(ManagerSummariesList, 'CaseId', record.id)[0].values;
    expect(after).toEqual({ ...before, HosFollowUpDoneAt: '2025-06-19T10:00:00Z', HosFollowUpOutcome: 'Action was taken.' });
  });
});

describe('themes, directory and config', () => {
  it('R18: triage publishes a new version each time; SMT reads the latest per quarter and cannot publish', async () => {
    const psw = storeAs('psw');
    const report = { threshold: 3, current: {}, previous: {}, change: {} } as never;
    value(await psw.publishThemeReport({ quarterId: 'FY2025Q1', label: 'April to June 2025', report, commentary: '' }));
    const second = value(await psw.publishThemeReport({ quarterId: 'FY2025Q1', label: 'April to June 2025', report, commentary: 'Corrected.' }));
    expect(second.version).toBe(2);
    const smt = storeAs('smt');
    const latest = value(await smt.latestThemeReports());
    expect(latest.map((r) => [r.quarterId, r.version, r.commentary, r.publishedBy])).toEqual([['FY2025Q1', 2, 'Corrected.', site.login('psw')]]);
    expect(await smt.publishThemeReport({ quarterId: 'FY2025Q2', label: 'July to September 2025', report, commentary: '' })).toMatchObject({
      ok: false
    });
  });

  it('config and the support directory come in one round trip for a member of staff; the directory is then cached', async () => {
    // the site owners edit the settings the provisioner seeded (issue 18: triage only read them)
    const key = ConfigList.fields.key.internalName;
    const [slaMode] = storedWhere(ConfigList, key, 'slaMode');
    await site.as('owner').web.lists.getByTitle(ConfigList.title).items.getById(slaMode.Id).update({ ConfigValue: '"working"' });
    const store = storeAs('staffA');
    site.emulator.clearRequests();
    const config = value(await store.config());
    expect(config.slaMode).toBe('working');
    expect(config.suppressionThreshold).toBe(3);
    const sent = dataRequests();
    expect(sent.filter((r) => !r.batched).map((r) => url(r).replace(site.url, ''))).toEqual(['/_api/$batch']);
    expect(sent.filter((r) => r.batched).map((r) => [r.method, r.status, /getByTitle\('(\w+)'\)/.exec(url(r))?.[1]])).toEqual([
      ['GET', 200, 'WellbeingConfig'],
      ['GET', 200, 'WellbeingSupportDirectory'],
      // Issue 14 defect 4: staff may not read the triage-only settings; SharePoint says the list does not exist.
      ['GET', 404, 'WellbeingTriageSettings']
    ]);
    expect(config.triageTeam).toEqual([]);
    const directory = value(await store.supportDirectory());
    expect(directory.map((e) => e.id).sort()).toEqual(supportDirectory.map((e) => e.id).sort());
    expect(site.emulator.requests()).toHaveLength(sent.length);
  });
});

describe('choosing people and who the triage team are (issue 6)', () => {
  it('R14: searchPeople finds site users by name or e-mail (people only, at most 10), and quotes the text safely', async () => {
    const psw = storeAs('psw');
    // ensureUser puts a person on the site the first time anything is shared with them
    await site.as('admin').web.ensureUser(site.login('lineManager1'));
    await site.as('admin').web.ensureUser(site.login('lineManager2'));
    const found = value(await psw.searchPeople(' manager'));
    expect(found.map((u) => u.loginName).sort()).toEqual([site.login('lineManager1'), site.login('lineManager2')].sort());
    expect(found.every((u) => u.email !== '' && u.displayName !== '')).toBe(true);
    expect(value(await psw.searchPeople('liam.man')).map((u) => u.loginName)).toEqual([site.login('lineManager1')]);
    expect(value(await psw.searchPeople("O'Neil"))).toEqual([]);
    expect(value(await psw.searchPeople('l'))).toEqual([]);
  });

  it('R14, issue 12: with Graph, searchPeople finds anyone in the tenant by the start of their name, mail or sign-in name (members only), and asks SharePoint nothing', async () => {
    const graph = graphfi().using(GraphBrowser({ baseUrl: `${site.emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': site.login('psw') }));
    const psw = new SharePointWellbeingStore(site.as('psw'), mailAs(site, 'psw'), { now: () => NOW, graph });
    site.emulator.clearRequests();
    const lena = value(await psw.searchPeople('lena'));
    expect(lena).toEqual([{ id: 0, loginName: site.login('lineManager2'), email: 'lena.manager@leics.example', displayName: 'Lena Manager' }]);
    expect(value(await psw.searchPeople('sam.serv')).map((u) => u.loginName)).toEqual([site.login('serviceManager')]);
    // the external guest is in the directory, but a summary goes to council staff only
    expect(value(await psw.searchPeople('gus'))).toEqual([]);
    expect(value(await psw.searchPeople("O'Neil"))).toEqual([]);
    const sent = site.emulator.requests();
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.every((r) => new URL(r.url).pathname === '/v1.0/users' && r.status === 200)).toBe(true);
    expect(url(sent[0])).toContain("startswith(displayName,'lena') or startswith(mail,'lena') or startswith(userPrincipalName,'lena')");
  });

  it('the triage team and the HoS Safeguarding come from the triage-only settings, badly formed entries ignored', async () => {
    const list = site.as('admin').web.lists.getByTitle(TriageSettingsList.title);
    const existing: { Id: number }[] = await list.items.filter("Title eq 'triageTeam' or Title eq 'hosSafeguarding'").select('Id')();
    for (const item of existing) await list.items.getById(item.Id).delete();
    const member = { id: site.login('psw'), displayName: 'Priya PSW', route: 'PSW', serviceAreaIds: ['childrens-social-care'], managementLineTeamIds: [], managementLineNames: ['Dana Director'] };
    await list.items.add({ Title: 'triageTeam', ConfigValue: JSON.stringify([member, { id: 'nobody' }]) });
    await list.items.add({ Title: 'hosSafeguarding', ConfigValue: JSON.stringify([{ id: site.login('hosSafeguarding'), displayName: 'Hana HoS' }, 42]) });
    const config = value(await storeAs('psw').config());
    expect(config.triageTeam).toEqual([member]);
    expect(config.hosSafeguarding).toEqual([{ id: site.login('hosSafeguarding'), displayName: 'Hana HoS' }]);
  });
});
