// Issue 16: who may call the relay. Tokens from the local tenant (relay/dev/localTenant.ts) checked by the
// production code; every refusal is the same.
import { localTenant, LocalTenant, RELAY_AUDIENCE } from '../../relay/dev/localTenant';
import { isTenantMember } from '../../relay/src/token';

let tenant: LocalTenant;
beforeAll(async () => {
  tenant = await localTenant();
});

const worker = { upn: 'alex.staff@leics.example', name: 'Alex Staff' };

test('a token of the tenant for the relay lets the caller in (v1.0 and v2.0 issuers)', async () => {
  expect(await isTenantMember(`Bearer ${await tenant.token(worker)}`, tenant.rules)).toBe(true);
  const v2 = await tenant.token({ ...worker, issuer: `https://login.microsoftonline.com/${tenant.tenantId}/v2.0` });
  expect(await isTenantMember(`Bearer ${v2}`, tenant.rules)).toBe(true);
});

test.each([
  ['no header', async (): Promise<string | undefined> => undefined],
  ['not a bearer token', async (): Promise<string | undefined> => 'Basic YWxleDpwYXNz'],
  ['expired', async (): Promise<string | undefined> => `Bearer ${await tenant.token({ ...worker, expiresIn: -10 })}`],
  ['wrong audience', async (): Promise<string | undefined> => `Bearer ${await tenant.token({ ...worker, audience: 'api://someone-else' })}`],
  [
    'another tenant (its issuer and tid)',
    async (): Promise<string | undefined> =>
      `Bearer ${await tenant.token({ ...worker, tenantId: '11111111-2222-3333-4444-555555555555' })}`
  ],
  [
    'the tenant issuer with another tid',
    async (): Promise<string | undefined> =>
      `Bearer ${await tenant.token({ ...worker, tenantId: '11111111-2222-3333-4444-555555555555', issuer: `https://sts.windows.net/${tenant.tenantId}/` })}`
  ],
  ['signed by another key', async (): Promise<string | undefined> => `Bearer ${await tenant.forgedToken(worker)}`],
  ['unsigned (alg none)', async (): Promise<string | undefined> => {
    const [, payload] = (await tenant.token(worker)).split('.');
    return `Bearer ${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
  }]
])('%s: refused', async (_label, header) => {
  expect(await isTenantMember(await header(), tenant.rules)).toBe(false);
});

test('the audience may be the Application ID URI', () => {
  expect(tenant.rules.audiences).toContain(RELAY_AUDIENCE);
});
