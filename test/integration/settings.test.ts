/*
 * Issue 18, the settings view's store against the emulator as the site owner, triage and staff: the owner saves
 * each setting with its ETag and the change is logged with SharePoint's Author and Created; a colleague's save at
 * the same moment comes back as a conflict holding their value and writes nothing of ours; triage read settings
 * and the log but SharePoint refuses them a save; staff cannot read the triage settings at all. The site check's
 * facts: the schema version, the groups and their members, the restricted lists kept out of search (NoCrawl), the
 * relay answering or not.
 */
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { GraphBrowser, graphfi } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import { serviceAreas } from '../../src/referenceData';
import { ALL_LISTS, CasesList, ConfigList, GROUPS, SCHEMA_VERSION, SettingsLogList } from '../../src/schema';
import { GraphMailService } from '../../src/services/mail/GraphMailService';
import { SharePointRetentionStore } from '../../src/services/store/retentionStore';
import { missingSettings, SharePointSettingsStore, SettingsSnapshot } from '../../src/services/store/settingsStore';
import { EmulatorSite, Persona, provisionedSite } from './support/emulatorSite';
import { storedItems, value } from './support/stores';
import { addSettings } from '../../preview/site';

jest.setTimeout(120_000);

let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
  await addSettings(site.emulator);
});

afterAll(async () => {
  await site?.close();
});

function mailAs(persona: Persona): GraphMailService {
  return new GraphMailService(graphfi().using(GraphBrowser({ baseUrl: `${site.emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': site.login(persona) })));
}

function settingsAs(persona: Persona, fetcher?: typeof fetch): SharePointSettingsStore {
  return new SharePointSettingsStore(site.as(persona), mailAs(persona), fetcher ? { fetch: fetcher } : {});
}

async function snapshot(persona: Persona): Promise<SettingsSnapshot> {
  return value(await settingsAs(persona).read());
}

const areaIds = serviceAreas.map((a) => a.id);

describe('settings as the site owner (issue 18)', () => {
  it('reads every setting with its ETag and may save', async () => {
    const s = await snapshot('owner');
    expect(s.canSave).toBe(true);
    expect(s.settings.suppressionThreshold).toMatchObject({ json: '3', etag: expect.any(String) });
    expect(s.settings.triageTeam.json).toContain('PSW');
    // The provisioner seeds neither: the records officer sets the period, the council its quarters.
    expect(missingSettings(s.config, areaIds)).toEqual(['quarterStartMonth', 'retentionYears']);
  });

  it('a save is logged with who (SharePoint\'s Author) and when (Created), and the web parts read it', async () => {
    const owner = settingsAs('owner');
    const s = value(await owner.read());
    const saved = value(await owner.save(s.settings.retentionYears, '7'));
    expect(saved).toMatchObject({ kind: 'saved', logged: true, setting: { key: 'retentionYears', json: '7' } });
    const log = value(await owner.changeLog());
    expect(log[0]).toMatchObject({ setting: 'retentionYears', json: '7', by: expect.stringMatching(/\S/) });
    expect(log[0].by).toBe(site.emulator.users().find((u) => u.LoginName === site.login('owner'))?.Title);
    expect(Math.abs(log[0].at.getTime() - Date.now())).toBeLessThan(60_000);
    // Who is not a client value: the log item's Author is the account that saved.
    const item = storedItems(site, SettingsLogList).slice(-1)[0];
    expect(item.AuthorId).toBe(site.userId('owner'));
    // R23: the retention view reads the period the settings view saved.
    const retention = new SharePointRetentionStore(site.as('owner'), mailAs('owner'));
    expect(value(await retention.retentionSettings())).toEqual({ years: 7 });
  });

  it("a colleague's change at the same moment is a conflict that loses nothing: theirs comes back, ours is not written", async () => {
    const mine = value(await settingsAs('owner').read());
    const colleague = settingsAs('owner');
    const theirs = value(await colleague.read());
    expect(value(await colleague.save(theirs.settings.suppressionThreshold, '5'))).toMatchObject({ kind: 'saved' });
    const outcome = value(await settingsAs('owner').save(mine.settings.suppressionThreshold, '4'));
    expect(outcome).toMatchObject({ kind: 'conflict', theirs: { key: 'suppressionThreshold', json: '5' } });
    const stored = storedItems(site, ConfigList).find((i) => i.values.Title === 'suppressionThreshold');
    expect(stored?.values.ConfigValue).toBe('5');
    // The owner chooses theirs or saves theirs over with the ETag the conflict brought back.
    if (outcome.kind !== 'conflict') throw new Error('expected a conflict');
    expect(value(await settingsAs('owner').save(outcome.theirs, '4'))).toMatchObject({ kind: 'saved', setting: { json: '4' } });
    expect(storedItems(site, ConfigList).find((i) => i.values.Title === 'suppressionThreshold')?.values.ConfigValue).toBe('4');
  });

  it('two first saves of a setting at the same moment: one is saved, the other is a conflict (the Key column is unique)', async () => {
    const a = value(await settingsAs('owner').read());
    const b = value(await settingsAs('owner').read());
    expect(a.settings.quarterStartMonth.id).toBeUndefined();
    expect(value(await settingsAs('owner').save(a.settings.quarterStartMonth, '1'))).toMatchObject({ kind: 'saved' });
    expect(value(await settingsAs('owner').save(b.settings.quarterStartMonth, '4'))).toMatchObject({ kind: 'conflict', theirs: { json: '1' } });
    expect(storedItems(site, ConfigList).filter((i) => i.values.Title === 'quarterStartMonth').map((i) => i.values.ConfigValue)).toEqual(['1']);
  });
});

describe('settings as triage and as staff (issue 18)', () => {
  it('triage read the settings and the log, and SharePoint refuses them a save: nothing changes', async () => {
    const s = await snapshot('psw');
    expect(s.canSave).toBe(false);
    const before = storedItems(site, ConfigList).find((i) => i.values.Title === 'slaMode')?.values.ConfigValue;
    const refused = await settingsAs('psw').save(s.settings.slaMode, '"working"');
    expect(refused).toMatchObject({ ok: false, error: { kind: 'noPermission' } });
    expect(storedItems(site, ConfigList).find((i) => i.values.Title === 'slaMode')?.values.ConfigValue).toBe(before);
    expect(value(await settingsAs('psw').changeLog()).length).toBeGreaterThan(0);
    const triageSave = await settingsAs('psw').save(s.settings.triageTeam, '[]');
    expect(triageSave).toMatchObject({ ok: false, error: { kind: 'noPermission' } });
    expect(await settingsAs('psw').logChange('slaMode', '"working"')).toMatchObject({ ok: false, error: { kind: 'noPermission' } });
    // Nor can they let search into a restricted list: changing NoCrawl needs Manage Lists, as on SharePoint.
    await expect(site.as('psw').web.lists.getByTitle(CasesList.title).update({ NoCrawl: false })).rejects.toMatchObject({ status: 403 });
  });

  it('staff cannot read the settings view at all (the triage settings and the log are hidden from them)', async () => {
    const read = await settingsAs('staffA').read();
    expect(read.ok).toBe(false);
    expect(await settingsAs('staffA').changeLog()).toMatchObject({ ok: false, error: { kind: 'notFound' } });
  });
});

describe('the site check facts (issue 18)', () => {
  let relay: Server;
  let relayUrl: string;

  beforeAll(async () => {
    // A relay secured by Entra ID answers 401 to a call without a token: still an answer.
    relay = createServer((_req, res) => {
      res.statusCode = 401;
      res.end();
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/api/submit`;
  });

  afterAll(async () => {
    await new Promise((resolve) => relay.close(resolve));
  });

  it('the schema is current, every group has members, every restricted list is kept out of search, no relay', async () => {
    const facts = value(await settingsAs('owner').siteFacts([], undefined));
    expect(facts).toMatchObject({ packageSchemaVersion: SCHEMA_VERSION, siteSchemaVersion: SCHEMA_VERSION, relay: 'none' });
    expect(facts.groups.map((g) => g.title)).toEqual(GROUPS.map((g) => g.title));
    expect(facts.groups.every((g) => g.exists && (g.members ?? 0) > 0)).toBe(true);
    expect(facts.lists.map((l) => l.title)).toEqual(ALL_LISTS.filter((l) => l.restricted).map((l) => l.title));
    expect(facts.lists.every((l) => l.exists && l.noCrawl === true)).toBe(true);
  });

  it('a restricted list someone let search crawl (NoCrawl false) is found; a relay that answers, and one that does not', async () => {
    await site.as('owner').web.lists.getByTitle(CasesList.title).update({ NoCrawl: false });
    const fetcher = (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => fetch(String(url).replace(/^https:\/\/relay\.test/, relayUrl.replace(/\/api\/submit$/, '')), init);
    const facts = value(await settingsAs('owner', fetcher as typeof fetch).siteFacts(['hosSafeguarding'], 'https://relay.test/api/submit'));
    expect(facts.lists.find((l) => l.title === CasesList.title)).toEqual({ title: CasesList.title, exists: true, noCrawl: false });
    expect(facts.relay).toBe('answering');
    expect(facts.missingSettings).toEqual(['hosSafeguarding']);
    const down = value(await settingsAs('owner').siteFacts([], 'https://127.0.0.1:1/api/submit'));
    expect(down.relay).toBe('notAnswering');
    await site.as('owner').web.lists.getByTitle(CasesList.title).update({ NoCrawl: true });
  });

  it("triage cannot see the groups' members (membership visible to members only): said as not known, never as empty", async () => {
    const facts = value(await settingsAs('psw').siteFacts([], undefined));
    const smt = facts.groups.find((g) => g.title === 'Wellbeing SMT');
    expect(smt).toEqual({ title: 'Wellbeing SMT', exists: true });
  });
});
