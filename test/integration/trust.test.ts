/*
 * Issue 14: nothing a member of staff writes can forge the process, and no read leaks a person. Each defect is
 * reproduced the way the confidentiality review found it: raw REST as the persona concerned, straight to the
 * emulator, then read back through the product's own store as triage would.
 */
import { referenceOrganisation } from '../../src/referenceData';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import { openCase } from '../../src/domain/caseLifecycle';
import { addSettings } from '../../preview/site';
import { AlertsList, BoardStateList, CaseEventsList, ConfigList, PERMISSION_LEVELS, TRIAGE_SETTING_KEYS, TriageSettingsList } from '../../src/schema';
import { toMask } from '../../src/services/provisioning/permissionMask';
import { everyoneLoginName, EMULATOR_TENANT_ID } from '../../tools/provision';
import { toAlertItem } from '../../src/services/store/alertCodec';
import type { AlertRecord } from '../../src/services/store/IWellbeingStore';
import { selectFor } from '../../src/services/store/storeBase';
import { anonymousAlert, makeAlert } from '../support/fixtures';
import { EmulatorSite, provisionedSite } from './support/emulatorSite';
import { itemOf, itemsOf, rawAs } from './support/raw';
import { storeOn, value } from './support/stores';

jest.setTimeout(120_000);

const NOW = new Date('2025-06-02T10:00:00.000Z');
const A = AlertsList.fields;

let site: EmulatorSite;
beforeAll(async () => {
  site = await provisionedSite();
});
afterAll(() => site.close());

/** An alert a colleague raised for a worker, as the form would send it (R4: consent stated by the raiser). */
function colleagueAlertItem(seed: number): Record<string, unknown> {
  const alert = makeAlert(seed, { completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed' });
  expect(alert.consentStatus).toBe('StatedByRaiser');
  return toAlertItem(alert, referenceOrganisation);
}

async function waitingOnBoard(reference: string): Promise<AlertRecord> {
  const work = value(await storeOn(site, 'psw', NOW).openWork());
  const found = work.alertsWithoutCase.find((a) => a.alert.reference === reference);
  if (!found) throw new Error(`${reference} is not on the board`);
  return found;
}

describe('defect 1: a raiser cannot forge what triage trusts (R4, R6, R14)', () => {
  it('a colleague may add and read their own alert, and SharePoint refuses their edit of it (403)', async () => {
    const item = colleagueAlertItem(101);
    const added = await rawAs(site, 'colleague', { method: 'POST', path: itemsOf(AlertsList.title), body: item });
    expect(added.status).toBe(201);
    const id = Number(added.json?.Id);
    const read = await rawAs(site, 'colleague', { method: 'GET', path: `${itemOf(AlertsList.title, id)}?$select=Id` });
    expect(read.status).toBe(200);

    for (const forged of [
      { [A.consentStatus.internalName]: 'ConfirmedByWorker' },
      { [A.route.internalName]: 'RaceChampionLead' },
      { [A.publicStatus.internalName]: 'Closed' },
      { [A.details.internalName]: 'Something else entirely' }
    ]) {
      const merge = await rawAs(site, 'colleague', { method: 'MERGE', path: itemOf(AlertsList.title, id), body: forged });
      expect({ forged, status: merge.status }).toEqual({ forged, status: 403 });
    }
    const after = await rawAs(site, 'colleague', { method: 'GET', path: `${itemOf(AlertsList.title, id)}?$select=ConsentStatus` });
    expect(after.json?.ConsentStatus).toBe('StatedByRaiser');
  });

  it('an alert ADDED with a forged consent status and route is read as what the form would have made of it', async () => {
    const item = {
      ...colleagueAlertItem(102),
      [A.consentStatus.internalName]: 'ConfirmedByWorker',
      // childrens-social-care goes to the PSW; the raiser did not ask for the Race Champion lead.
      [A.route.internalName]: 'RaceChampionLead'
    };
    const added = await rawAs(site, 'colleague', { method: 'POST', path: itemsOf(AlertsList.title), body: item });
    expect(added.status).toBe(201);

    const waiting = await waitingOnBoard(String(item[A.reference.internalName]));
    expect(waiting.alert.consentStatus).toBe('StatedByRaiser');
    expect(waiting.alert.route).toBe('PSW');

    // The case the board opens from it is not confirmed and not re-routed (R4: not acted on as named).
    const psw = storeOn(site, 'psw', NOW);
    const opened = openCase(
      { reference: waiting.alert.reference, route: waiting.alert.route, anonymous: waiting.alert.anonymous, consentStatus: waiting.alert.consentStatus },
      { at: NOW, by: site.login('psw') }
    );
    if (!opened.ok) throw new Error('open');
    const record = value(await psw.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
    expect(record.case.consentStatus).toBe('StatedByRaiser');
    expect(record.case.route).toBe('PSW');
  });

  it('the raise flow still works without edit rights: a retried submit finds the first alert and adds no second', async () => {
    const alert = makeAlert(103, { completedBy: 'Colleague', consentMode: 'CompletedTogether' });
    const store = storeOn(site, 'colleague', NOW);
    expect(value(await store.submitAlert(alert))).toMatchObject({ kind: 'submitted', alreadyExisted: false });
    expect(value(await storeOn(site, 'colleague', NOW).submitAlert(alert))).toMatchObject({ kind: 'submitted', alreadyExisted: true });
    const mine = value(await storeOn(site, 'colleague', NOW).myAlerts());
    expect(mine.filter((a) => a.reference === alert.reference)).toHaveLength(1);
  });
});

describe('defect 1, hostile case H07: the board never trusts PublicStatus either (R10, R21)', () => {
  /** The board a day after now: every alert added so far is settled (alertWindow.ts SETTLE_MS), so the watermark may move. */
  const later = (): ReturnType<typeof storeOn> => storeOn(site, 'psw', new Date(Date.now() + 86_400_000));
  const watermark = (): { upTo: number; setAside: number[] } => {
    const list = site.emulator.store.listByTitle(BoardStateList.title);
    if (!list) throw new Error('no board state');
    const item = site.emulator.store.items(list).find((i) => i.values[BoardStateList.fields.key.internalName] === 'alertWatermark');
    return JSON.parse(String(item?.values[BoardStateList.fields.value.internalName] ?? '{"upTo":0,"setAside":[]}')) as { upTo: number; setAside: number[] };
  };
  /** Opens a case for every alert waiting, as the board does on loading. */
  async function boardOpensCases(): Promise<void> {
    const store = later();
    const work = value(await store.openWork());
    for (const waiting of work.alertsWithoutCase) {
      const a = waiting.alert;
      const opened = openCase({ reference: a.reference, route: a.route, anonymous: a.anonymous, consentStatus: a.consentStatus }, { at: NOW, by: site.login('psw') });
      if (!opened.ok) throw new Error('open');
      value(await store.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
    }
  }

  it('an alert a colleague adds already "Closed" waits on the board like any other, and gets its case', async () => {
    const item = { ...colleagueAlertItem(151), [A.publicStatus.internalName]: 'Closed' };
    const added = await rawAs(site, 'colleague', { method: 'POST', path: itemsOf(AlertsList.title), body: item });
    expect(added.status).toBe(201);
    const waiting = await waitingOnBoard(String(item[A.reference.internalName] ?? item.Title));
    expect(waiting.id).toBe(Number(added.json?.Id));
    await boardOpensCases();
    const work = value(await later().openWork());
    expect(work.alertsWithoutCase.map((a) => a.id)).not.toContain(waiting.id);
    expect(work.openCases.some((o) => o.record.alertId === waiting.id)).toBe(true);
  });

  it('an alert that never gets a case holds the watermark below it however old it is; set aside, it is passed over', async () => {
    await boardOpensCases();
    // Added two years ago (its Created says so), with a service area that does not exist: it cannot be read, so
    // the board never opens a case for it.
    site.emulator.setClock(() => new Date(Date.now() - 2 * 365 * 86_400_000));
    const old = await rawAs(site, 'staffB', { method: 'POST', path: itemsOf(AlertsList.title), body: { ...toAlertItem(makeAlert(152), referenceOrganisation), [A.serviceAreaId.internalName]: 'Nowhere' } });
    site.emulator.setClock();
    const oldId = Number(old.json?.Id);
    // Later alerts come and get their cases; the board is loaded again and again.
    for (const seed of [153, 154, 155]) value(await storeOn(site, 'staffA', NOW).submitAlert(makeAlert(seed)));
    await boardOpensCases();
    for (let load = 0; load < 2; load++) {
      const work = value(await later().openWork());
      expect((work.unreadableAlerts ?? []).map((u) => u.id)).toContain(oldId);
    }
    expect(watermark().upTo).toBe(oldId - 1);

    // Triage sets it aside: recorded where only triage writes, it leaves the board and the watermark moves past it.
    const seen = (value(await later().openWork()).unreadableAlerts ?? []).find((u) => u.id === oldId);
    if (seen === undefined) throw new Error('not listed');
    value(await storeOn(site, 'ap', NOW).setAlertAside(seen));
    expect(watermark().setAside).toContain(oldId);
    const after = value(await later().openWork());
    expect((after.unreadableAlerts ?? []).map((u) => u.id)).not.toContain(oldId);
    expect(watermark().upTo).toBeGreaterThan(oldId);
    expect(watermark().setAside).not.toContain(oldId);
  });

  it('no member of staff can read or write the watermark', async () => {
    const path = itemsOf(BoardStateList.title);
    for (const persona of ['colleague', 'staffA'] as const) {
      expect((await rawAs(site, persona, { method: 'GET', path })).status).toBe(404);
      const forged = await rawAs(site, persona, { method: 'POST', path, body: { [BoardStateList.fields.key.internalName]: 'alertWatermark', [BoardStateList.fields.value.internalName]: '{"upTo":999999,"setAside":[]}' } });
      expect({ persona, status: forged.status }).toEqual({ persona, status: 404 });
    }
  });
});

describe('defect 1 on a site an older schema provisioned', () => {
  it('the upgrade takes edit away from staff: the old "Wellbeing Raise" grant and level go, and a MERGE is refused', async () => {
    const admin = site.as('admin');
    // What the old schema gave staff on the alerts list: add and edit their own items.
    const oldLevel = [...PERMISSION_LEVELS['Wellbeing Add and Read'].basePermissions, 'EditListItems' as const];
    const added = await admin.web.roleDefinitions.add('Wellbeing Raise', 'Add items and edit them.', 250, toMask(oldLevel));
    const everyone = await admin.web.ensureUser(everyoneLoginName(EMULATOR_TENANT_ID));
    const alerts = admin.web.lists.getByTitle(AlertsList.title);
    const addLevel = await admin.web.roleDefinitions.getByName('Wellbeing Add and Read')();
    await alerts.roleAssignments.remove(everyone.Id, addLevel.Id);
    await alerts.roleAssignments.add(everyone.Id, (added.data as { Id: number }).Id);

    const mine = await rawAs(site, 'staffB', { method: 'POST', path: itemsOf(AlertsList.title), body: toAlertItem(makeAlert(104), referenceOrganisation) });
    const id = Number(mine.json?.Id);
    const forged = { [A.consentStatus.internalName]: 'ConfirmedByWorker' };
    expect((await rawAs(site, 'staffB', { method: 'MERGE', path: itemOf(AlertsList.title, id), body: forged })).status).toBe(204);

    const report = await site.provision();
    expect(report.changes).toEqual(
      expect.arrayContaining([
        `grant staff on ${AlertsList.title}`,
        `remove Wellbeing Raise of principal ${everyone.Id} from ${AlertsList.title}`,
        'remove retired permission level "Wellbeing Raise"'
      ])
    );
    expect((await rawAs(site, 'staffB', { method: 'MERGE', path: itemOf(AlertsList.title, id), body: forged })).status).toBe(403);
    expect((await rawAs(site, 'staffB', { method: 'POST', path: itemsOf(AlertsList.title), body: toAlertItem(makeAlert(105), referenceOrganisation) })).status).toBe(201);
    const levels: { Name: string }[] = await admin.web.roleDefinitions.select('Name')();
    expect(levels.map((l) => l.Name)).not.toContain('Wellbeing Raise');
    expect((await site.provision()).changes).toEqual([]);
  });
});

describe('defect 7: the board never downloads the raiser\'s account (R5, R5a)', () => {
  /** The query part of a logged URL, decoded (PnPjs form-encodes it). */
  const queryOf = (url: string): string => decodeURIComponent((url.split('?')[1] ?? '').replace(/\+/g, ' '));

  it('no request the board sends for alerts selects or expands Author or Editor, and every one names its columns', async () => {
    const alert = anonymousAlert(201);
    value(await storeOn(site, 'staffA', NOW).submitAlert(alert));
    site.emulator.clearRequests();

    const psw = storeOn(site, 'psw', NOW);
    const waiting = await waitingOnBoard(alert.reference);
    const opened = openCase(
      { reference: waiting.alert.reference, route: waiting.alert.route, anonymous: waiting.alert.anonymous, consentStatus: waiting.alert.consentStatus },
      { at: NOW, by: site.login('psw') }
    );
    if (!opened.ok) throw new Error('open');
    const record = value(await psw.openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
    value(await psw.caseDetail({ caseId: record.id, alertId: record.alertId }));
    value(await storeOn(site, 'psw', NOW).openWork());

    const alertReads = site.emulator
      .requests()
      .filter((r) => r.method === 'GET' && /getByTitle\('WellbeingAlerts'\)\/items/i.test(decodeURIComponent(r.url)));
    expect(alertReads.length).toBeGreaterThanOrEqual(3); // the board twice (Received, InProgress) and the case detail
    for (const read of alertReads) {
      const query = queryOf(read.url);
      expect({ url: read.url, selects: /\$select=/.test(query) }).toEqual({ url: read.url, selects: true });
      expect({ url: read.url, account: /\b(Author|Editor)(Id)?\b/i.test(query) }).toEqual({ url: read.url, account: false });
    }
  });

  it('what the board receives for an anonymous alert holds no account id', async () => {
    const alert = anonymousAlert(202);
    value(await storeOn(site, 'staffA', NOW).submitAlert(alert));
    const waiting = await waitingOnBoard(alert.reference);
    expect(JSON.stringify(waiting)).not.toMatch(/Author|Editor/);
    // What SharePoint answers the board's own query, read raw as the PSW with the store's $select.
    const raw = await rawAs(site, 'psw', {
      method: 'GET',
      path: `${itemOf(AlertsList.title, waiting.id)}?$select=${encodeURIComponent(selectFor(AlertsList).join(','))}`
    });
    expect(raw.status).toBe(200);
    expect(Object.keys(raw.json ?? {}).filter((k) => /^(Author|Editor)/.test(k))).toEqual([]);
  });
});

describe('defect 4: only triage (and the HoS) read the triage team\'s management lines', () => {
  beforeAll(() => addSettings(site.emulator));

  it('staff: a raw GET of the triage settings is refused, the config list they read holds none of those keys, and config() has none', async () => {
    for (const persona of ['staffA', 'colleague', 'networkRep', 'lineManager1', 'smt'] as const) {
      const raw = await rawAs(site, persona, { method: 'GET', path: `${itemsOf(TriageSettingsList.title)}?$select=Title,ConfigValue` });
      expect({ persona, status: raw.status }).toEqual({ persona, status: 404 });
      const config = await rawAs(site, persona, { method: 'GET', path: `${itemsOf(ConfigList.title)}?$select=Title,ConfigValue` });
      expect(config.status).toBe(200);
      const keys = ((config.json?.value as { Title: string }[]) ?? []).map((i) => i.Title);
      expect(keys).toContain('slaMode');
      for (const key of TRIAGE_SETTING_KEYS) expect({ persona, key, inConfig: keys.includes(key) }).toEqual({ persona, key, inConfig: false });
      const read = value(await storeOn(site, persona, NOW).config());
      expect({ persona, team: read.triageTeam, hos: read.hosSafeguarding, managers: read.serviceManagers }).toEqual({ persona, team: [], hos: [], managers: {} });
    }
  });

  it('triage reads the team, the HoS and the service managers; the HoS reads them too', async () => {
    const psw = value(await storeOn(site, 'psw', NOW).config());
    expect(psw.triageTeam.map((m) => m.id)).toEqual([site.login('psw'), site.login('ap'), site.login('raceChampion')]);
    expect(psw.hosSafeguarding.map((p) => p.id)).toEqual([site.login('hosSafeguarding')]);
    expect(Object.keys(psw.serviceManagers).length).toBeGreaterThan(0);
    const hos = value(await storeOn(site, 'hosSafeguarding', NOW).config());
    expect(hos.hosSafeguarding.map((p) => p.id)).toEqual([site.login('hosSafeguarding')]);
  });

  it('an upgraded site: settings an older schema kept in WellbeingConfig move to the triage-only list and leave the config', async () => {
    const admin = site.as('admin');
    const settings = admin.web.lists.getByTitle(TriageSettingsList.title);
    const config = admin.web.lists.getByTitle(ConfigList.title);
    const K = TriageSettingsList.fields.key.internalName;
    const V = TriageSettingsList.fields.value.internalName;
    // As schema 2 left it: the HoS in WellbeingConfig, not in the new list.
    const [hosItem]: { Id: number; ConfigValue: string }[] = await settings.items.filter(`${K} eq 'hosSafeguarding'`).select('Id', V)();
    await settings.items.getById(hosItem.Id).delete();
    await config.items.add({ [K]: 'hosSafeguarding', [V]: hosItem.ConfigValue });

    const report = await site.provision();
    expect(report.changes).toEqual([
      `move setting hosSafeguarding to ${TriageSettingsList.title}`,
      `remove setting hosSafeguarding from ${ConfigList.title} (staff can read that list)`
    ]);
    const keys: { Title: string }[] = await config.items.select(K)();
    expect(keys.map((k) => k.Title)).not.toContain('hosSafeguarding');
    const moved: { ConfigValue: string }[] = await settings.items.filter(`${K} eq 'hosSafeguarding'`).select(V)();
    expect(moved.map((m) => m.ConfigValue)).toEqual([hosItem.ConfigValue]);
    expect((await site.provision()).changes).toEqual([]);
  });
});

describe('defect 6: the audit trail believes SharePoint, not the browser (R17)', () => {
  async function openedCase(seed: number): Promise<{ caseId: number; reference: string }> {
    const alert = makeAlert(seed);
    value(await storeOn(site, 'staffA', NOW).submitAlert(alert));
    const waiting = await waitingOnBoard(alert.reference);
    const opened = openCase(
      { reference: waiting.alert.reference, route: waiting.alert.route, anonymous: waiting.alert.anonymous, consentStatus: waiting.alert.consentStatus },
      { at: NOW, by: site.login('psw') }
    );
    if (!opened.ok) throw new Error('open');
    const record = value(await storeOn(site, 'psw', NOW).openCase({ alert: waiting, case: opened.case, events: opened.events, firstContactDue: new Date(NOW.getTime() + 48 * 3600_000) }));
    return { caseId: record.id, reference: record.case.reference };
  }

  it('an AP writing an event that claims to be by the PSW is shown as the AP', async () => {
    const { caseId, reference } = await openedCase(301);
    const claimed = { kind: 'StatusChanged' as const, at: new Date(NOW.getTime() + 60_000), by: site.login('psw'), from: 'New', to: 'Contacted' };
    value(await storeOn(site, 'ap', NOW).appendCaseEvents(caseId, reference, [claimed]));
    // And raw, naming the PSW's account in the column an older schema had: SharePoint has no such column.
    const raw = await rawAs(site, 'ap', {
      method: 'POST',
      path: itemsOf(CaseEventsList.title),
      body: { Title: reference, CaseId: caseId, EventKind: 'Assigned', EventAt: NOW.toISOString(), EventById: site.userId('psw') }
    });
    expect(raw.status).toBe(400);

    const events = value(await storeOn(site, 'psw', NOW).caseEvents(caseId));
    expect(events.map((e) => [e.kind, e.by])).toEqual([
      ['CaseOpened', site.login('psw')],
      ['StatusChanged', site.login('ap')]
    ]);
    const detail = value(await storeOn(site, 'psw', NOW).caseDetail({ caseId, alertId: (await waitingOrOpenAlertId(reference)) }));
    expect(detail.events.find((e) => e.kind === 'StatusChanged')?.by).toBe(site.login('ap'));
  });

  it('triage cannot edit or delete an event; a site owner can, and the item\'s version shows it', async () => {
    const { caseId } = await openedCase(302);
    const [event]: { Id: number }[] = (await rawAs(site, 'psw', { method: 'GET', path: `${itemsOf(CaseEventsList.title)}?$select=Id&$filter=CaseId eq ${caseId}` })).json?.value as { Id: number }[];
    for (const persona of ['psw', 'ap'] as const) {
      expect((await rawAs(site, persona, { method: 'MERGE', path: itemOf(CaseEventsList.title, event.Id), body: { EventKind: 'Closed' } })).status).toBe(403);
      expect((await rawAs(site, persona, { method: 'DELETE', path: itemOf(CaseEventsList.title, event.Id) })).status).toBe(403);
    }
    const version = async (): Promise<unknown> =>
      (await rawAs(site, 'psw', { method: 'GET', path: `${itemOf(CaseEventsList.title, event.Id)}?$select=Id,OData__UIVersionString` })).json?.OData__UIVersionString;
    expect(await version()).toBe('1.0');
    expect((await rawAs(site, 'owner', { method: 'MERGE', path: itemOf(CaseEventsList.title, event.Id), body: { EventKind: 'Closed' } })).status).toBe(204);
    expect(await version()).toBe('2.0');
    expect(CaseEventsList.versioning.enableVersioning).toBe(true);
  });
});

describe('defect 6 on a site an older schema provisioned', () => {
  it('the EventBy column an older schema required is made optional, kept with its history, and never read', async () => {
    const admin = site.as('admin');
    const events = admin.web.lists.getByTitle(CaseEventsList.title);
    await events.fields.createFieldAsXml(
      '<Field Type="User" Name="EventBy" StaticName="EventBy" DisplayName="By" Required="TRUE" UserSelectionMode="PeopleOnly" />'
    );
    const report = await site.provision();
    expect(report.changes).toEqual([
      `make retired field ${CaseEventsList.title}.EventBy optional (who did it is the item's Author (issue 14 defect 6))`
    ]);
    const field: { Required: boolean } = await events.fields.getByInternalNameOrTitle('EventBy').select('Required')();
    expect(field.Required).toBe(false);
    expect((await site.provision()).changes).toEqual([]);
  });
});

async function waitingOrOpenAlertId(reference: string): Promise<number> {
  const work = value(await storeOn(site, 'psw', NOW).openWork());
  const open = work.openCases.find((c) => c.record.case.reference === reference);
  if (!open) throw new Error(`${reference} has no open case`);
  return open.record.alertId;
}
