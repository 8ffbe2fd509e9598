/*
 * Five places where SharePoint Online is stricter than a naive emulator (issue 12). Each test names the
 * source of the behaviour it holds the emulator to; emulator/README.md has the same sources.
 */
import { Emulator, startEmulator } from '../../emulator/server';
import { failsWith, fieldXml, OWNER, rest, spAs } from './helpers';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: 50 });
});

afterAll(async () => {
  await emulator.close();
});

const SPEXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

function errorOf(json: Record<string, unknown>): { code: string; message: { value: string } } {
  return json['odata.error'] as { code: string; message: { value: string } };
}

async function fieldNames(list: string): Promise<string[]> {
  return (await spAs(emulator, OWNER).web.lists.getByTitle(list).fields.select('InternalName')()).map((f) => f.InternalName);
}

describe('1. unique columns and item-level security do not mix (Enforce unique values limits; README "Unique columns")', () => {
  const uniqueXml = fieldXml('Ref', 'Text', 'Indexed="TRUE" EnforceUniqueValues="TRUE"');

  it('refuses a unique column on a list whose ReadSecurity or WriteSecurity is not 1: createfieldasxml, field POST and field MERGE', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('OwnRead', '', 100, false, { ReadSecurity: 2 });
    await sp.web.lists.add('OwnWrite', '', 100, false, { WriteSecurity: 2 });
    const xml = await rest(emulator, OWNER, 'POST', "web/lists/getbytitle('OwnRead')/fields/createfieldasxml", { parameters: { SchemaXml: uniqueXml } });
    expect(xml.status).toBe(400);
    expect(errorOf(xml.json).code).toBe(SPEXCEPTION);
    expect(errorOf(xml.json).message.value).toContain('item-level permissions');
    expect(await fieldNames('OwnRead')).not.toContain('Ref');

    const post = await rest(emulator, OWNER, 'POST', "web/lists/getbytitle('OwnWrite')/fields", {
      '@odata.type': '#SP.FieldText',
      Title: 'Ref',
      FieldTypeKind: 2,
      Indexed: true,
      EnforceUniqueValues: true
    });
    expect(post.status).toBe(400);
    expect(errorOf(post.json).code).toBe(SPEXCEPTION);

    await sp.web.lists.getByTitle('OwnWrite').fields.createFieldAsXml(fieldXml('Code', 'Text', 'Indexed="TRUE"'));
    const merge = await failsWith(() => sp.web.lists.getByTitle('OwnWrite').fields.getByInternalNameOrTitle('Code').update({ EnforceUniqueValues: true }));
    expect(merge).toBe(400);
    const code = await sp.web.lists.getByTitle('OwnWrite').fields.getByInternalNameOrTitle('Code').select('EnforceUniqueValues')();
    expect(code.EnforceUniqueValues).toBe(false);
  });

  it('refuses ReadSecurity or WriteSecurity other than 1 on a list that has a unique column (the other order)', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Keyed');
    await sp.web.lists.getByTitle('Keyed').fields.createFieldAsXml(uniqueXml);
    const read = await rest(emulator, OWNER, 'POST', "web/lists/getbytitle('Keyed')", { ReadSecurity: 2 }, { 'X-HTTP-Method': 'MERGE' });
    expect(read.status).toBe(400);
    expect(errorOf(read.json)).toMatchObject({ code: SPEXCEPTION, message: { value: expect.stringContaining('[Ref]') } });
    expect(await failsWith(() => sp.web.lists.getByTitle('Keyed').update({ WriteSecurity: 4 }))).toBe(400);
    const list = await sp.web.lists.getByTitle('Keyed').select('ReadSecurity', 'WriteSecurity')();
    expect(list).toMatchObject({ ReadSecurity: 1, WriteSecurity: 1 });
    // 1 is always allowed, and other settings are untouched by the rule
    await sp.web.lists.getByTitle('Keyed').update({ ReadSecurity: 1, NoCrawl: true });
  });

  it('refuses a unique column on a list where an item has its own permissions, and breaking an item\'s inheritance on a list with one', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Shared');
    const shared = sp.web.lists.getByTitle('Shared');
    const item = await shared.items.add({ Title: 'one' });
    await shared.items.getById(item.Id).breakRoleInheritance(true);
    expect(await failsWith(() => shared.fields.createFieldAsXml(uniqueXml))).toBe(400);
    expect(await fieldNames('Shared')).not.toContain('Ref');

    const keyed = sp.web.lists.getByTitle('Keyed');
    const keyedItem = await keyed.items.add({ Title: 'k', Ref: 'R-1' });
    const broken = await rest(emulator, OWNER, 'POST', `web/lists/getbytitle('Keyed')/items(${keyedItem.Id})/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    expect(broken.status).toBe(400);
    expect(errorOf(broken.json)).toMatchObject({ code: SPEXCEPTION, message: { value: expect.stringContaining('[Ref]') } });
    const stored = emulator.store.item(emulator.store.listByTitle('Keyed') as NonNullable<ReturnType<Emulator['store']['listByTitle']>>, keyedItem.Id);
    expect(stored?.HasUniqueRoleAssignments).toBe(false);
    // the list itself may still have unique permissions
    await keyed.breakRoleInheritance(true);
  });
});

describe('2. a failed part poisons the rest of a $batch (pnp/pnpjs#486 and #1275: SharePoint Online responses)', () => {
  it('runs the parts before the first non-2xx one, and answers every later part 500 IndexOutOfRangeException without running it', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Poison');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Poison');
    const settle = <T>(p: Promise<T>): Promise<{ ok: boolean; error?: { status?: number; message?: string } }> =>
      p.then(
        () => ({ ok: true }),
        (e: { status?: number; message?: string }) => ({ ok: false, error: e })
      );
    const first = settle(list.items.add({ Title: 'before' }));
    const read = settle(list.items.select('Title')());
    const missing = settle(batched.web.lists.getByTitle('Nowhere').items());
    const after = settle(list.items.add({ Title: 'after' }));
    const laterRead = settle(batched.web.currentUser());
    emulator.clearRequests();
    await execute().catch(() => undefined);
    expect((await first).ok).toBe(true);
    expect((await read).ok).toBe(true);
    expect((await missing).error?.status).toBe(404);
    for (const poisoned of [await after, await laterRead]) {
      expect(poisoned.error?.status).toBe(500);
      expect(poisoned.error?.message).toContain('-1, System.IndexOutOfRangeException');
      expect(poisoned.error?.message).toContain('Index was outside the bounds of the array.');
    }
    expect(emulator.requests().filter((r) => r.batched).map((r) => r.status)).toEqual([201, 200, 404, 500, 500]);
    // no rollback, and the poisoned add never ran
    expect((await sp.web.lists.getByTitle('Poison').items.select('Title')()).map((i) => i.Title)).toEqual(['before']);
  });
});

describe("3. field updates need their type (pnp/pnpcore#1644: 400 \"The property 'Choices' does not exist on type 'SP.Field'\")", () => {
  beforeAll(async () => {
    await spAs(emulator, OWNER).web.lists.add('Typed');
    const fields = spAs(emulator, OWNER).web.lists.getByTitle('Typed');
    await fields.fields.createFieldAsXml(fieldXml('Colour', 'Choice', '', '<CHOICES><CHOICE>Red</CHOICE></CHOICES>'));
    await fields.fields.createFieldAsXml(fieldXml('Name', 'Text', 'MaxLength="50"'));
    await fields.fields.createFieldAsXml(fieldXml('Score', 'Number', 'Min="0" Max="10"'));
  });

  const field = (name: string): string => `web/lists/getbytitle('Typed')/fields/getbyinternalnameortitle('${name}')`;
  const merge = (name: string, body: unknown, headers: Record<string, string> = {}): ReturnType<typeof rest> =>
    rest(emulator, OWNER, 'POST', field(name), body, { 'X-HTTP-Method': 'MERGE', ...headers });

  it('refuses Choices, MaxLength and MinimumValue without the field type, with SharePoint\'s words', async () => {
    const choices = await merge('Colour', { Choices: ['Red', 'Amber'] });
    expect(choices.status).toBe(400);
    expect(errorOf(choices.json)).toEqual({
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: { lang: 'en-US', value: "The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type." }
    });
    expect(errorOf((await merge('Name', { MaxLength: 80 })).json).message.value).toContain("The property 'MaxLength' does not exist on type 'SP.Field'");
    expect((await merge('Score', { MinimumValue: 1 })).status).toBe(400);
    // PnPjs v4 reads the type argument and drops it: the same 400
    const pnp = spAs(emulator, OWNER).web.lists.getByTitle('Typed').fields.getByInternalNameOrTitle('Colour');
    expect(await failsWith(() => pnp.update({ Choices: ['Red', 'Amber'] }, 'SP.FieldChoice'))).toBe(400);
    expect((await pnp.select('Choices')()).Choices).toEqual(['Red']);
  });

  it('accepts them with "@odata.type" (JSON light) or __metadata (verbose), and refuses a type the field is not', async () => {
    expect((await merge('Colour', { '@odata.type': '#SP.FieldChoice', Choices: ['Red', 'Amber'] })).status).toBe(204);
    expect((await merge('Name', { __metadata: { type: 'SP.FieldText' }, MaxLength: 80 }, { 'Content-Type': 'application/json;odata=verbose' })).status).toBe(204);
    expect((await merge('Score', { '@odata.type': '#SP.FieldNumber', MinimumValue: 1, MaximumValue: 5 })).status).toBe(204);
    const wrong = await merge('Name', { '@odata.type': '#SP.FieldChoice', Choices: ['x'] });
    expect(wrong.status).toBe(400);
    const read = await spAs(emulator, OWNER).web.lists.getByTitle('Typed').fields.select('InternalName', 'Choices', 'MaxLength', 'MinimumValue', 'MaximumValue')();
    expect(read.find((f) => f.InternalName === 'Colour')?.Choices).toEqual(['Red', 'Amber']);
    expect(read.find((f) => f.InternalName === 'Name')).toMatchObject({ MaxLength: 80 });
    expect(read.find((f) => f.InternalName === 'Score')).toMatchObject({ MinimumValue: 1, MaximumValue: 5 });
  });

  it('accepts a new SchemaXml (a property of SP.Field) and applies its choices', async () => {
    const xml = fieldXml('Colour', 'Choice', '', '<CHOICES><CHOICE>Red</CHOICE><CHOICE>Amber</CHOICE><CHOICE>Green</CHOICE></CHOICES>');
    expect((await merge('Colour', { SchemaXml: xml })).status).toBe(204);
    const colour = await spAs(emulator, OWNER).web.lists.getByTitle('Typed').fields.getByInternalNameOrTitle('Colour').select('Choices')();
    expect(colour.Choices).toEqual(['Red', 'Amber', 'Green']);
    expect((await merge('Colour', { SchemaXml: fieldXml('Colour', 'Text') })).status).toBe(400);
  });
});

describe('4. the list view threshold counts what the whole leading indexed condition matches (SharePoint/sp-dev-docs#6826)', () => {
  beforeAll(async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Shares');
    await sp.web.lists.getByTitle('Shares').fields.createFieldAsXml(fieldXml('SharedAt', 'DateTime', 'Indexed="TRUE"'));
    // 60 items (threshold 50): one a day from 1 January 2025
    emulator.seedItems('Shares', Array.from({ length: 60 }, (_, i) => ({ Title: `S${i}`, SharedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() })));
  });

  const query = (filter: string): ReturnType<typeof rest> => rest(emulator, OWNER, 'GET', `web/lists/getbytitle('Shares')/items?$select=Id&$filter=${encodeURIComponent(filter)}`);

  it('throttles a catch-all on an indexed column over more items than the threshold', async () => {
    const all = await query("SharedAt ge datetime'2000-01-01T00:00:00Z'");
    expect(all.status).toBe(500);
    expect(errorOf(all.json).code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  });

  it('counts a range `X ge a and X lt b` as one condition: a narrow range passes though its first half matches everything', async () => {
    const january = await query("SharedAt ge datetime'2000-01-01T00:00:00Z' and SharedAt lt datetime'2025-02-01T00:00:00Z'");
    expect(january.status).toBe(200);
    expect((january.json.value as unknown[]).length).toBe(31);
    const wide = await query("SharedAt ge datetime'2000-01-01T00:00:00Z' and SharedAt lt datetime'2026-01-01T00:00:00Z'");
    expect(wide.status).toBe(500);
    // a clause on another column between the halves ends the condition: only the first half counts
    const split = await query("SharedAt ge datetime'2000-01-01T00:00:00Z' and Title eq 'S1' and SharedAt lt datetime'2025-02-01T00:00:00Z'");
    expect(split.status).toBe(500);
  });
});

describe('5. ensureuser of an unknown account and a stale ETag answer with SharePoint\'s codes and words (issue 12)', () => {
  it('ensureuser: -2146232832 SPException "The specified user … could not be found." (status 500: see README)', async () => {
    const login = 'i:0#.f|membership|nobody@leics.example';
    const r = await rest(emulator, OWNER, 'POST', 'web/ensureuser', { logonName: login });
    expect(r.status).toBe(500);
    expect(errorOf(r.json)).toEqual({ code: SPEXCEPTION, message: { lang: 'en-US', value: `The specified user ${login} could not be found.` } });
    expect(await failsWith(() => spAs(emulator, OWNER).web.ensureUser(login))).toBe(500);
  });

  it('412: -1 ClientServiceException "The request ETag value \'…\' does not match the object\'s ETag value \'…\'."', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Tagged', '', 100, false);
    const item = await sp.web.lists.getByTitle('Tagged').items.add({ Title: 'v1' });
    const stale = (await sp.web.lists.getByTitle('Tagged').items.getById(item.Id)())['odata.etag'] as string;
    await sp.web.lists.getByTitle('Tagged').items.getById(item.Id).update({ Title: 'v2' });
    const current = (await sp.web.lists.getByTitle('Tagged').items.getById(item.Id)())['odata.etag'] as string;
    const r = await rest(emulator, OWNER, 'POST', `web/lists/getbytitle('Tagged')/items(${item.Id})`, { Title: 'v3' }, { 'IF-Match': stale, 'X-HTTP-Method': 'MERGE' });
    expect(r.status).toBe(412);
    expect(errorOf(r.json)).toEqual({
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: { lang: 'en-US', value: `The request ETag value '${stale}' does not match the object's ETag value '${current}'.` }
    });
  });
});

describe('6. a single line of text holds at most its MaxLength (Microsoft column types: up to 255 characters; pnp/PnP#1383)', () => {
  it('refuses a longer value on add and on update, stores nothing, and takes any length in a multiple-lines column', async () => {
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Lengths', '', 100, false);
    const list = "web/lists/getbytitle('Lengths')";
    for (const xml of [fieldXml('Short', 'Text', 'MaxLength="10"'), fieldXml('Long', 'Note')]) {
      expect((await rest(emulator, OWNER, 'POST', `${list}/fields/createfieldasxml`, { parameters: { SchemaXml: xml } })).status).toBe(200);
    }
    const tooLong = await rest(emulator, OWNER, 'POST', `${list}/items`, { Title: 'a', Short: 'x'.repeat(11) });
    expect(tooLong.status).toBe(400);
    expect(errorOf(tooLong.json).code).toBe('-2146232832, Microsoft.SharePoint.SPFieldValidationException');
    const title = await rest(emulator, OWNER, 'POST', `${list}/items`, { Title: 't'.repeat(256) });
    expect(title.status).toBe(400);
    expect((await rest(emulator, OWNER, 'GET', `${list}/items?$select=Id`)).json.value).toEqual([]);

    const ok = await rest(emulator, OWNER, 'POST', `${list}/items`, { Title: 'a', Short: 'x'.repeat(10), Long: 'y'.repeat(20_000) });
    expect(ok.status).toBe(201);
    const id = (ok.json as { Id: number }).Id;
    const update = await rest(emulator, OWNER, 'POST', `${list}/items(${id})`, { Short: 'z'.repeat(11) }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(update.status).toBe(400);
    const stored = await rest(emulator, OWNER, 'GET', `${list}/items(${id})?$select=Short,Long`);
    expect(stored.json).toMatchObject({ Short: 'x'.repeat(10) });
    expect(String((stored.json as { Long: string }).Long).length).toBe(20_000);
  });
});
