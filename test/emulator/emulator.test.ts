import type { IItems } from '@pnp/sp/items';
import { PermissionKind } from '@pnp/sp/security';
import { Emulator, startEmulator } from '../../emulator/server';
import {
  ADMIN,
  EVERYONE_CLAIM,
  failsWith,
  fieldXml,
  GUEST,
  MANAGER_1,
  MANAGER_2,
  OWNER,
  PSW,
  rest,
  spAs,
  STAFF_A,
  STAFF_B
} from './helpers';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: 50 });
});

afterAll(async () => {
  await emulator.close();
});

describe('requests and the form digest', () => {
  it('answers contextinfo with a form digest in the shape PnPjs reads', async () => {
    const r = await rest(emulator, OWNER, 'POST', 'contextinfo');
    expect(r.status).toBe(200);
    expect(r.json.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
    expect(r.json.FormDigestTimeoutSeconds).toBe(1800);
  });

  it('refuses a request without a persona (401) and a write without a digest (403)', async () => {
    expect((await rest(emulator, undefined, 'GET', 'web')).status).toBe(401);
    const response = await fetch(`${emulator.url}/_api/web/lists`, {
      method: 'POST',
      headers: { 'X-Emulator-User': OWNER, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'NoDigest' })
    });
    expect(response.status).toBe(403);
  });

  it('gives a user with no permission on the site 403 for everything', async () => {
    expect((await rest(emulator, STAFF_A, 'GET', 'web')).status).toBe(403);
    expect(await failsWith(() => spAs(emulator, STAFF_A).web())).toBe(403);
  });

  it('reads the web, the current user and the site groups through PnPjs', async () => {
    const sp = spAs(emulator, OWNER);
    expect((await sp.web.select('Title')()).Title).toBe('Wellbeing');
    const me = await sp.web.currentUser();
    expect(me).toMatchObject({ Id: 10, Email: OWNER, LoginName: `i:0#.f|membership|${OWNER}` });
    const owners = await sp.web.associatedOwnerGroup();
    const members = await sp.web.siteGroups.getById(owners.Id).users();
    expect(members.map((u) => u.Email)).toContain(OWNER);
    const defs = await sp.web.roleDefinitions.select('Id', 'Name', 'BasePermissions')();
    expect(defs.find((d) => d.Name === 'Full Control')).toMatchObject({ Id: 1073741829, BasePermissions: { High: '2147483647', Low: '4294967295' } });
  });
});

describe('lists, fields and items', () => {
  const title = 'Things';

  beforeAll(async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add(title, 'Test list', 100, false, { NoCrawl: true });
    const fields = sp.web.lists.getByTitle(title).fields;
    await fields.createFieldAsXml(fieldXml('Rank', 'Number'));
    await fields.createFieldAsXml(fieldXml('Surname', 'Text', 'MaxLength="100"'));
    await fields.createFieldAsXml(
      fieldXml('Colour', 'Choice', 'Indexed="TRUE"', '<CHOICES><CHOICE>Red</CHOICE><CHOICE>Amber</CHOICE><CHOICE>Green</CHOICE></CHOICES>')
    );
    const colours = ['Red', 'Amber', 'Green'];
    emulator.seedItems(
      title,
      Array.from({ length: 25 }, (_, i) => ({ Title: `Item ${i + 1}`, Rank: 100 - i, Surname: i === 3 ? "O'Neil" : `Name${i}`, Colour: colours[i % 3] }))
    );
  });

  it('creates a list with its settings and fields, and updates Indexed', async () => {
    const sp = spAs(emulator, OWNER);
    const list = await sp.web.lists.getByTitle(title).select('Title', 'NoCrawl', 'ReadSecurity', 'HasUniqueRoleAssignments')();
    expect(list).toMatchObject({ Title: title, NoCrawl: true, ReadSecurity: 1, HasUniqueRoleAssignments: false });
    await sp.web.lists.getByTitle(title).update({ ReadSecurity: 2 });
    expect((await sp.web.lists.getByTitle(title).select('ReadSecurity')()).ReadSecurity).toBe(2);
    await sp.web.lists.getByTitle(title).update({ ReadSecurity: 1 });
    await sp.web.lists.getByTitle(title).fields.getByInternalNameOrTitle('Rank').update({ Indexed: true }, 'SP.FieldNumber');
    const fields = await sp.web.lists.getByTitle(title).fields.select('InternalName', 'Indexed', 'Choices').filter("InternalName eq 'Rank' or InternalName eq 'Colour'")();
    expect(fields).toEqual([
      expect.objectContaining({ InternalName: 'Rank', Indexed: true }),
      expect.objectContaining({ InternalName: 'Colour', Indexed: true, Choices: ['Red', 'Amber', 'Green'] })
    ]);
  });

  it('adds and reads an item with SharePoint fields', async () => {
    const sp = spAs(emulator, OWNER);
    const added = await sp.web.lists.getByTitle(title).items.add({ Title: 'Added', Rank: 1, Colour: 'Red' });
    expect(added).toMatchObject({ Title: 'Added', Rank: 1, AuthorId: 10, EditorId: 10 });
    expect(added.Id).toBe(26);
    expect(added['odata.etag']).toMatch(/^".+,1"$/);
    const item = await sp.web.lists.getByTitle(title).items.getById(26).select('Id', 'Title', 'Author/Title').expand('Author')();
    expect(item).toMatchObject({ Id: 26, Title: 'Added', Author: expect.objectContaining({ Title: 'Olivia Owner' }) });
    await sp.web.lists.getByTitle(title).items.getById(26).delete();
    expect(await failsWith(() => sp.web.lists.getByTitle(title).items.getById(26)())).toBe(404);
  });

  it('filters, orders, selects and pages with odata.nextLink', async () => {
    // PnPjs queryables keep their query options: take a fresh one per query.
    const items = (): IItems => spAs(emulator, OWNER).web.lists.getByTitle(title).items;
    const oneil = await items().select('Id', 'Surname').filter("Surname eq 'O''Neil'")();
    expect(oneil).toEqual([expect.objectContaining({ Id: 4, Surname: "O'Neil" })]);
    expect(Object.keys(oneil[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Surname']);
    const ranked = await items().select('Id', 'Rank').filter('Rank ge 90 and (Colour eq \'Red\' or Colour eq \'Green\')').orderBy('Rank', true)();
    expect(ranked.map((i) => i.Rank)).toEqual([91, 92, 94, 95, 97, 98, 100]);
    const top = await items().select('Id').orderBy('Colour').orderBy('Id', false).top(3)();
    expect(top.map((i) => i.Id)).toEqual([23, 20, 17]);
    const starts = await items().select('Id').filter("startswith(Title, 'Item 2') and substringof('Name', Surname)")();
    expect(starts.map((i) => i.Id)).toEqual([2, 20, 21, 22, 23, 24, 25]);
    const pages: number[][] = [];
    for await (const page of items().select('Id').top(10)) {
      pages.push(page.map((i: { Id: number }) => i.Id));
    }
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('refuses bad queries with 400', async () => {
    expect((await rest(emulator, OWNER, 'GET', `web/lists/getbytitle('${title}')/items?$filter=Nope eq 1`)).status).toBe(400);
    expect((await rest(emulator, OWNER, 'GET', `web/lists/getbytitle('${title}')/items?$filter=Title eq 'O'Neil'`)).status).toBe(400);
    expect((await rest(emulator, OWNER, 'GET', `web/lists/getbytitle('${title}')/items?$select=Author/Title`)).status).toBe(400);
    const r = await rest(emulator, OWNER, 'POST', `web/lists/getbytitle('${title}')/items`, { Nope: 1 });
    expect(r.status).toBe(400);
    expect((r.json['odata.error'] as { message: { value: string } }).message.value).toContain("The property 'Nope' does not exist");
  });

  it('answers 404 for a list that does not exist', async () => {
    const r = await rest(emulator, OWNER, 'GET', "web/lists/getbytitle('Missing')");
    expect(r.status).toBe(404);
    expect(r.json['odata.error']).toMatchObject({ code: '-1, System.ArgumentException' });
  });

  it('updates with If-Match and refuses a stale ETag with 412', async () => {
    const item = spAs(emulator, OWNER).web.lists.getByTitle(title).items.getById(1);
    const before = await item();
    const result = await item.update({ Title: 'Changed' }, before['odata.etag']);
    expect(result.etag).toMatch(/,2"$/);
    expect(await failsWith(() => item.update({ Title: 'Again' }, before['odata.etag']))).toBe(412);
    const raw = await rest(emulator, OWNER, 'POST', `web/lists/getbytitle('${title}')/items(1)`, { Title: 'x' }, { 'IF-Match': before['odata.etag'], 'X-HTTP-Method': 'MERGE' });
    expect(raw.json['odata.error']).toMatchObject({ code: '-1, Microsoft.SharePoint.Client.ClientServiceException' });
    await item.update({ Title: 'Star' }, '*');
    expect((await item.select('Title')()).Title).toBe('Star');
  });
});

describe('unique columns (EnforceUniqueValues)', () => {
  const title = 'Uniques';

  beforeAll(async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add(title);
    await sp.web.lists.getByTitle(title).fields.createFieldAsXml(fieldXml('Code', 'Text', 'Indexed="TRUE" EnforceUniqueValues="TRUE"'));
  });

  it('refuses an add or update that repeats a value another item holds (any case) with 500 SPDuplicateValuesFoundException', async () => {
    const items = (): IItems => spAs(emulator, OWNER).web.lists.getByTitle(title).items;
    const first = await items().add({ Title: 'one', Code: 'AB-1' });
    const second = await items().add({ Title: 'two', Code: 'CD-2' });
    const add = await rest(emulator, OWNER, 'POST', `web/lists/getbytitle('${title}')/items`, { Title: 'three', Code: 'ab-1' });
    expect(add.status).toBe(500);
    expect(add.json['odata.error']).toMatchObject({
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: {
        lang: 'en-US',
        value: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Code].'
      }
    });
    expect(await failsWith(() => items().getById(second.Id).update({ Code: 'AB-1' }))).toBe(500);
    // an item may keep its own value, and empty values never clash
    await items().getById(first.Id).update({ Title: 'one again', Code: 'AB-1' });
    await items().add({ Title: 'no code' });
    await items().add({ Title: 'no code either', Code: '' });
    expect((await items().select('Code')()).map((i: { Code: string | null }) => i.Code)).toEqual(['AB-1', 'CD-2', null, '']);
  });
});

describe('the list view threshold (50 here)', () => {
  const title = 'Big';

  beforeAll(async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add(title);
    await sp.web.lists.getByTitle(title).fields.createFieldAsXml(fieldXml('Plain', 'Text'));
    await sp.web.lists.getByTitle(title).fields.createFieldAsXml(fieldXml('Keyed', 'Text', 'Indexed="TRUE"'));
    emulator.seedItems(title, Array.from({ length: 60 }, (_, i) => ({ Title: `T${i}`, Plain: `p${i % 5}`, Keyed: `k${i % 5}` })));
  });

  it('refuses a filter on a non-indexed column with SPQueryThrottledException', async () => {
    const r = await rest(emulator, OWNER, 'GET', `web/lists/getbytitle('${title}')/items?$filter=Plain eq 'p1'`);
    expect(r.status).toBe(500);
    expect(r.json['odata.error']).toMatchObject({
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
    });
    expect(await failsWith(() => spAs(emulator, OWNER).web.lists.getByTitle(title).items.orderBy('Plain')())).toBe(500);
  });

  it('allows a filter that leads with an indexed column, and unfiltered paging by ID', async () => {
    const items = (): IItems => spAs(emulator, OWNER).web.lists.getByTitle(title).items;
    const found = await items().select('Id').filter("Keyed eq 'k1' and Plain eq 'p1'")();
    expect(found).toHaveLength(12);
    expect(await items().select('Id').top(20)()).toHaveLength(20);
    expect(await failsWith(() => items().filter("Keyed ne 'k1'")())).toBe(500);
  });
});

describe('permissions', () => {
  const alerts = 'Alerts';
  const summaries = 'Summaries';
  let triageGroupId = 0;
  let triageLevelId = 0;

  beforeAll(async () => {
    const sp = spAs(emulator, ADMIN);
    const level = await sp.web.roleDefinitions.add('Wellbeing Triage', 'Read and edit every item', 200, {
      High: 432,
      // Edit plus CancelCheckout ("Override List Behaviors")
      Low: 1011030767 | (1 << 8)
    });
    triageLevelId = level.data.Id;
    const group = await sp.web.siteGroups.add({ Title: 'Wellbeing Triage', OnlyAllowMembersViewMembership: true });
    triageGroupId = group.Id;
    await sp.web.siteGroups.getById(triageGroupId).users.add(`i:0#.f|membership|${PSW}`);
    const everyone = await sp.web.ensureUser(EVERYONE_CLAIM);

    await sp.web.lists.add(alerts, '', 100, false, { ReadSecurity: 2, WriteSecurity: 2, NoCrawl: true });
    const list = sp.web.lists.getByTitle(alerts);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(everyone.Id, 1073741827);
    await list.roleAssignments.add(triageGroupId, triageLevelId);
    await list.roleAssignments.remove(10, 1073741829); // nothing there: a no-op
    await list.roleAssignments.remove(7, 1073741829); // the admin's own grant from breaking inheritance

    await sp.web.lists.add(summaries);
    const s = sp.web.lists.getByTitle(summaries);
    await s.breakRoleInheritance(false, true);
    await s.roleAssignments.add(triageGroupId, triageLevelId);
    emulator.seedItems(summaries, [{ Title: 'For Liam' }, { Title: 'Not for Liam' }], PSW);
  });

  it('lets staff add but see and edit only their own items (ReadSecurity=2, WriteSecurity=2)', async () => {
    const a = spAs(emulator, STAFF_A).web.lists.getByTitle(alerts).items;
    const b = spAs(emulator, STAFF_B).web.lists.getByTitle(alerts).items;
    const mine = await a.add({ Title: 'from A' });
    const theirs = await b.add({ Title: 'from B' });
    expect((await a.select('Id', 'Title')()).map((i) => i.Title)).toEqual(['from A']);
    expect((await b.select('Title')()).map((i) => i.Title)).toEqual(['from B']);
    expect(await failsWith(() => a.getById(theirs.Id)())).toBe(404);
    expect(await failsWith(() => a.getById(theirs.Id).update({ Title: 'hijack' }))).toBe(404);
    await a.getById(mine.Id).update({ Title: 'from A, edited' });
    expect(await failsWith(() => a.getById(mine.Id).delete())).toBe(0);
  });

  it('lets triage read and edit every item through Override List Behaviors', async () => {
    const items = spAs(emulator, PSW).web.lists.getByTitle(alerts).items;
    const all = await items.select('Title', 'AuthorId')();
    expect(all.map((i) => i.Title)).toEqual(['from B']);
    await spAs(emulator, PSW).web.lists.getByTitle(alerts).items.getById(2).update({ Title: 'triaged' });
    const perms = await spAs(emulator, PSW).web.lists.getByTitle(alerts).getCurrentUserEffectivePermissions();
    expect(spAs(emulator, PSW).web.hasPermissions(perms, PermissionKind.CancelCheckout)).toBe(true);
    const staffPerms = await spAs(emulator, ADMIN).web.lists.getByTitle(alerts).getUserEffectivePermissions(`i:0#.f|membership|${STAFF_A}`);
    expect(spAs(emulator, ADMIN).web.hasPermissions(staffPerms, PermissionKind.AddListItems)).toBe(true);
    expect(spAs(emulator, ADMIN).web.hasPermissions(staffPerms, PermissionKind.CancelCheckout)).toBe(false);
  });

  it('hides a restricted list from staff (404) and keeps guests out of Everyone except external users', async () => {
    expect(await failsWith(() => spAs(emulator, STAFF_A).web.lists.getByTitle(summaries)())).toBe(404);
    expect(await failsWith(() => spAs(emulator, STAFF_A).web.lists.getByTitle(summaries).items.add({ Title: 'x' }))).toBe(404);
    expect(await failsWith(() => spAs(emulator, GUEST).web.lists.getByTitle(alerts).items())).toBe(403);
    const lists = await spAs(emulator, STAFF_A).web.lists.select('Title')();
    expect(lists.map((l) => l.Title)).toEqual([alerts]);
  });

  it('shares one item with a named manager through unique item permissions', async () => {
    const admin = spAs(emulator, ADMIN).web.lists.getByTitle(summaries);
    const manager = await spAs(emulator, ADMIN).web.ensureUser(`i:0#.f|membership|${MANAGER_1}`);
    await admin.items.getById(1).breakRoleInheritance(true, false);
    await admin.items.getById(1).roleAssignments.add(manager.Id, 1073741826);
    const liam = spAs(emulator, MANAGER_1).web.lists.getByTitle(summaries);
    expect((await liam.items.select('Title')()).map((i) => i.Title)).toEqual(['For Liam']);
    expect(await failsWith(() => liam.items.getById(2)())).toBe(404);
    expect(await failsWith(() => liam.items.getById(1).update({ Title: 'edited' }))).toBe(403);
    expect(await failsWith(() => liam.items.add({ Title: 'new' }))).toBe(403);
    // Limited Access on the web and list lets Liam in; Lena (staff: Limited Access on the web only) finds no such list.
    const roles: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] = await spAs(emulator, ADMIN)
      .web.roleAssignments.expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/Name')();
    expect(roles.find((r) => r.PrincipalId === manager.Id)?.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Limited Access']);
    expect(await failsWith(() => spAs(emulator, MANAGER_2).web.lists.getByTitle(summaries).items())).toBe(404);
  });

  it('hides group membership from non-members when the group says so', async () => {
    expect(await failsWith(() => spAs(emulator, MANAGER_1).web.siteGroups.getById(triageGroupId).users())).toBe(403);
    const members = await spAs(emulator, PSW).web.siteGroups.getById(triageGroupId).users();
    expect(members.map((u) => u.Email)).toEqual(expect.arrayContaining([PSW]));
  });

  it('refuses permission changes to someone without Manage Permissions', async () => {
    expect(await failsWith(() => spAs(emulator, STAFF_A).web.lists.getByTitle(alerts).breakRoleInheritance(true))).toBe(403);
    // the site owner reaches Alerts only as staff (Contribute): not enough to grant
    expect(await failsWith(() => spAs(emulator, OWNER).web.lists.getByTitle(alerts).roleAssignments.add(11, 1073741829))).toBe(403);
  });
});

describe('$batch', () => {
  it('runs two adds in one change set as PnPjs sends them', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Batched');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Batched');
    const results: { Id: number; Title: string }[] = [];
    list.items.add({ Title: 'one' }).then((r) => results.push(r));
    list.items.add({ Title: 'two' }).then((r) => results.push(r));
    await execute();
    expect(results.map((r) => r.Title).sort()).toEqual(['one', 'two']);
    expect((await sp.web.lists.getByTitle('Batched').items.select('Title')()).map((i) => i.Title)).toEqual(['one', 'two']);
  });

  it('answers each request of a batch, errors included, in order', async () => {
    const sp = spAs(emulator, OWNER);
    const [batched, execute] = sp.batched();
    const ok = batched.web.lists.getByTitle('Batched').items.select('Title')();
    const missing = batched.web.lists.getByTitle('Nowhere').items();
    await execute();
    expect(await ok).toHaveLength(2);
    await expect(missing).rejects.toMatchObject({ status: 404 });
  });
});

describe('fault injection', () => {
  it('answers 429 with Retry-After and PnPjs retries to success', async () => {
    emulator.inject({ status: 429, retryAfterSeconds: 0, count: 2, match: 'GET' });
    const web = await spAs(emulator, OWNER).web.select('Title')();
    expect(web.Title).toBe('Wellbeing');
    emulator.inject({ status: 503, retryAfterSeconds: 0, count: 3, match: '/_api/web' });
    expect(await failsWith(() => spAs(emulator, OWNER).web())).toBe(503);
  });

  it('drops a connection, and PnPjs retries', async () => {
    emulator.inject({ drop: true, count: 1 });
    await expect(fetch(`${emulator.url}/_api/web`, { headers: { 'X-Emulator-User': OWNER } })).rejects.toThrow();
    emulator.inject({ drop: true, count: 1 });
    expect((await spAs(emulator, OWNER).web.select('Title')()).Title).toBe('Wellbeing');
  });

  it('logs faults: a throttled request with its status, a dropped one with status 0', async () => {
    emulator.clearRequests();
    emulator.inject({ status: 429, retryAfterSeconds: 0, count: 1, match: 'GET' });
    emulator.inject({ drop: true, count: 1, match: 'GET' });
    await spAs(emulator, OWNER).web.select('Title')();
    expect(emulator.requests().map((r) => [r.status, r.dropped ?? false])).toEqual([
      [429, false],
      [0, true],
      [200, false]
    ]);
  });

  it('dropAfterCommit: does the work, then loses the response (the item exists; the caller sees a failed request)', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Committed');
    emulator.clearRequests();
    emulator.inject({ dropAfterCommit: true, count: 1, match: "POST /sites/wellbeing/_api/web/lists/getByTitle('Committed')/items" });
    await expect(
      fetch(`${emulator.url}/_api/web/lists/getByTitle('Committed')/items`, {
        method: 'POST',
        headers: { 'X-Emulator-User': OWNER, Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer test' },
        body: JSON.stringify({ Title: 'written' })
      })
    ).rejects.toThrow();
    expect((await sp.web.lists.getByTitle('Committed').items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['written']);
    expect(emulator.requests()[0]).toMatchObject({ method: 'POST', status: 201, dropped: true });
    // PnPjs retries a failed fetch: the add runs twice, as it would against SharePoint
    emulator.inject({ dropAfterCommit: true, count: 1, match: /Committed'\)\/items$/ });
    await sp.web.lists.getByTitle('Committed').items.add({ Title: 'twice' });
    expect((await sp.web.lists.getByTitle('Committed').items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['written', 'twice', 'twice']);
  });
});

describe('the request log', () => {
  it('records every request with its caller and status, and the parts of a $batch marked as batched', async () => {
    emulator.clearRequests();
    const sp = spAs(emulator, OWNER);
    await sp.web.select('Title')();
    expect(await failsWith(() => sp.web.lists.getByTitle('Nowhere')())).toBe(404);
    const [batched, execute] = sp.batched();
    const read = batched.web.lists.getByTitle('Batched').items.select('Title')();
    const add = batched.web.lists.getByTitle('Batched').items.add({ Title: 'three' });
    await execute();
    await Promise.all([read, add]);
    await fetch(`${emulator.origin}/_emulator/users`);
    // PnPjs caches the form digest per site: contextinfo may or may not be asked for here
    const log = emulator.requests().filter((r) => !r.url.endsWith('/_api/contextinfo'));
    const owner = `i:0#.f|membership|${OWNER}`;
    expect(log.map((r) => [r.method, decodeURIComponent(r.url.replace(emulator.url, '')), r.status, r.batched])).toEqual([
      ['GET', '/_api/web?$select=Title', 200, false],
      ['GET', "/_api/web/lists/getByTitle('Nowhere')", 404, false],
      ['POST', '/_api/$batch', 200, false],
      ['GET', "/_api/web/lists/getByTitle('Batched')/items?$select=Title", 200, true],
      ['POST', "/_api/web/lists/getByTitle('Batched')/items", 201, true]
    ]);
    expect(log.every((r) => r.user === owner)).toBe(true);
    expect(log[4].body).toBe(JSON.stringify({ Title: 'three' }));
    expect(log[0].body).toBeUndefined();
    const control = (await (await fetch(`${emulator.origin}/_emulator/requests`)).json()) as { value: unknown[] };
    expect(control.value).toHaveLength(emulator.requests().length);
    emulator.clearRequests();
    expect(emulator.requests()).toEqual([]);
  });

  it('logs MERGE as the method SharePoint acts on, and a caller it does not know with no user', async () => {
    const list = spAs(emulator, OWNER).web.lists.getByTitle('Batched');
    const item = (await list.items.select('Id').top(1)())[0] as { Id: number };
    emulator.clearRequests();
    await list.items.getById(item.Id).update({ Title: 'renamed' });
    expect((await rest(emulator, 'nobody@leics.example', 'GET', 'web')).status).toBe(401);
    expect(emulator.requests().filter((r) => !r.url.endsWith('/_api/contextinfo')).map((r) => [r.method, r.status, r.user])).toEqual([
      ['MERGE', 204, `i:0#.f|membership|${OWNER}`],
      ['GET', 401, '']
    ]);
  });
});

describe('Microsoft Graph sendMail', () => {
  it('records each message per persona', async () => {
    const send = (path: string, to: string, subject: string): Promise<Response> =>
      fetch(`${emulator.origin}/v1.0/${path}`, {
        method: 'POST',
        headers: { 'X-Emulator-User': PSW, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: { subject, body: { contentType: 'Text', content: 'Hello' }, toRecipients: [{ emailAddress: { address: to } }] } })
      });
    expect((await send('me/sendMail', MANAGER_1, 'Red summary shared')).status).toBe(202);
    expect((await send(`users/${encodeURIComponent(OWNER)}/sendMail`, STAFF_A, 'Your concern')).status).toBe(202);
    expect(emulator.mail(MANAGER_1)).toEqual([expect.objectContaining({ from: PSW, to: [MANAGER_1], subject: 'Red summary shared', body: 'Hello' })]);
    const readBack = (await (await fetch(`${emulator.origin}/_emulator/mail?user=${encodeURIComponent(STAFF_A)}`)).json()) as { value: { from: string }[] };
    expect(readBack.value).toEqual([expect.objectContaining({ from: OWNER, subject: 'Your concern' })]);
  });
});
