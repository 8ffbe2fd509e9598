/*
 * Microsoft Graph people search as the store calls it (learn.microsoft.com/graph/api/user-list; filter
 * syntax: learn.microsoft.com/graph/filter-query-parameter and /graph/aad-advanced-queries, where startswith
 * on displayName, givenName, surname, mail and userPrincipalName is a default query).
 */
import { GraphBrowser, graphfi, GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { InjectHeaders } from '@pnp/queryable';
import { Emulator, startEmulator } from '../../emulator/server';
import seed from '../../emulator/seed/users.json';
import { OWNER, rest, STAFF_A } from './helpers';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
});

afterAll(async () => {
  await emulator.close();
});

function graphAs(user: string): GraphFI {
  return graphfi().using(GraphBrowser({ baseUrl: `${emulator.origin}/v1.0` }), InjectHeaders({ 'X-Emulator-User': user }));
}

const search = (text: string): string =>
  ['displayName', 'mail', 'givenName', 'surname', 'userPrincipalName'].map((p) => `startswith(${p},'${text.replace(/'/g, "''")}')`).join(' or ');

async function get(query: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(`${emulator.origin}/v1.0/users?${query}`, { headers: { Accept: 'application/json', 'X-Emulator-User': STAFF_A } });
  return { status: r.status, json: (await r.json()) as Record<string, unknown> };
}

describe('GET /v1.0/users (Graph people search)', () => {
  it('finds tenant people by the start of any name part, mail or UPN, without regard to case, answering only $select', async () => {
    const found = await graphAs(STAFF_A).users.filter(search('man')).select('id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle').top(10)();
    expect(found.map((u) => u.displayName).sort()).toEqual(['Lena Manager', 'Liam Manager']);
    expect(found[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/),
      displayName: expect.any(String),
      mail: expect.stringMatching(/@leics\.example$/),
      userPrincipalName: expect.stringMatching(/@leics\.example$/),
      jobTitle: 'Team Manager'
    });
    const bySurnameStart = await graphAs(STAFF_A).users.filter(search('SAFEG')).select('displayName')();
    expect(bySurnameStart).toEqual([{ displayName: 'Hana Safeguarding' }]);
    const byMail = await graphAs(STAFF_A).users.filter(search('priya.p')).select('mail')();
    expect(byMail).toEqual([{ mail: 'priya.psw@leics.example' }]);
  });

  it('lists guests as Graph does (userType Guest, #EXT# UPN), so a caller wanting members only filters on userType', async () => {
    const gus = await graphAs(STAFF_A).users.filter(search('gus')).select('displayName', 'userPrincipalName', 'mail', 'userType')();
    expect(gus).toEqual([
      { displayName: 'Gus Guest', userPrincipalName: 'gus.guest_partner.example#EXT#@leics.example', mail: 'gus.guest@partner.example', userType: 'Guest' }
    ]);
    const members = await graphAs(STAFF_A).users.filter(`(${search('gus')}) and userType eq 'Member'`).select('displayName')();
    expect(members).toEqual([]);
  });

  it('answers every seeded account, with $top 100 by default and @odata.nextLink pages', async () => {
    const all = await get('$select=id');
    expect((all.json.value as unknown[]).length).toBe(seed.users.length);
    expect(all.json['@odata.nextLink']).toBeUndefined();
    const first = await get('$select=displayName&$top=5');
    expect((first.json.value as unknown[]).length).toBe(5);
    const next = String(first.json['@odata.nextLink']);
    expect(next).toContain('$skiptoken=');
    const second = (await (await fetch(next, { headers: { 'X-Emulator-User': STAFF_A } })).json()) as { value: { displayName: string }[] };
    expect(second.value).toHaveLength(5);
    expect(second.value.map((u) => u.displayName)).not.toContain((first.json.value as { displayName: string }[])[0].displayName);
  });

  it('refuses $top outside 1..999, properties a user does not have and advanced queries, as Graph does (400)', async () => {
    expect((await get('$top=1000')).status).toBe(400);
    expect((await get('$top=0')).status).toBe(400);
    expect((await get('$top=999')).status).toBe(200);
    const unknown = await get(`$filter=${encodeURIComponent("startswith(nickname,'a')")}`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: 'Request_BadRequest', message: expect.stringContaining("'nickname'") });
    // ne and not are advanced queries (ConsistencyLevel: eventual), which the emulator refuses
    expect((await get(`$filter=${encodeURIComponent("userType ne 'Guest'")}`)).status).toBe(400);
    expect((await get(`$filter=${encodeURIComponent("not startswith(displayName,'a')")}`)).status).toBe(400);
  });

  it('finds a tenant account that is not in the site\'s user list yet, which ensureuser then adds', async () => {
    const extra = { id: 99, title: 'Tara Tenant', email: 'tara.tenant@leics.example', loginName: 'i:0#.f|membership|tara.tenant@leics.example', onSite: false };
    const separate = await startEmulator({ port: 0, dbPath: ':memory:', users: [...seed.users, extra] });
    try {
      expect(separate.users().map((u) => u.Email)).not.toContain(extra.email);
      const r = await fetch(`${separate.origin}/v1.0/users?$filter=${encodeURIComponent("startswith(displayName,'tara')")}&$select=displayName,mail`, {
        headers: { 'X-Emulator-User': STAFF_A }
      });
      expect(((await r.json()) as { value: unknown[] }).value).toEqual([{ displayName: 'Tara Tenant', mail: extra.email }]);
      const ensured = await rest(separate, OWNER, 'POST', 'web/ensureuser', { logonName: extra.loginName });
      expect(ensured.status).toBe(200);
      expect(ensured.json).toMatchObject({ Id: 99, Email: extra.email });
      expect(separate.users().map((u) => u.Email)).toContain(extra.email);
    } finally {
      await separate.close();
    }
  });
});
