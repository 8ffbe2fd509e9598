import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { INTEGRATION_SUITES, liveSplit } from './support/liveSuites';
import { promisify } from 'util';
import { Emulator, startEmulator } from '../../emulator/server';
import { seedUser } from '../../preview/site';
import { SCHEMA_VERSION } from '../../src/schema';
import { liveSettings, NeedsEmulator, tenantIdOf, testSite } from './support/target';

jest.setTimeout(120_000);

const token = (claims: object): string => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

describe('the live-tenant run (issue 12)', () => {
  it('every integration suite says whether it can run against a real site, and none is listed that does not exist', () => {
    const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).sort();
    expect(Object.keys(INTEGRATION_SUITES).sort()).toEqual(files);
  });

  it('the live run runs the provisioning suite and names every suite it leaves out, with why', () => {
    const split = liveSplit();
    expect(split.run).toContain('provisioning.test.ts');
    expect(split.run.length + split.leftOut.length).toBe(Object.keys(INTEGRATION_SUITES).length);
    expect(split.leftOut.every((s) => s.why.length > 10 && s.needs.length > 0)).toBe(true);
  });

  it('takes the site and token from the environment, and the tenant from the token unless told', () => {
    expect(liveSettings({})).toEqual({ ok: false, missing: ['SP_TEST_SITE', 'SP_ACCESS_TOKEN'] });
    const jwt = token({ tid: 'a1b2c3d4-0000-0000-0000-000000000001' });
    expect(tenantIdOf(jwt)).toBe('a1b2c3d4-0000-0000-0000-000000000001');
    expect(liveSettings({ SP_TEST_SITE: 'https://t.sharepoint.com/sites/dev/', SP_ACCESS_TOKEN: jwt })).toEqual({
      ok: true,
      settings: { siteUrl: 'https://t.sharepoint.com/sites/dev', accessToken: jwt, tenantId: 'a1b2c3d4-0000-0000-0000-000000000001' }
    });
    expect(liveSettings({ SP_TEST_SITE: 'https://t.sharepoint.com/sites/dev', SP_ACCESS_TOKEN: 'opaque' })).toEqual({
      ok: false,
      missing: ['SP_TENANT_ID (the token does not say which tenant it is for)']
    });
    expect(liveSettings({ SP_TEST_SITE: 'https://t.sharepoint.com/sites/dev', SP_ACCESS_TOKEN: 'opaque', SP_TENANT_ID: 'x' })).toMatchObject({
      ok: true,
      settings: { tenantId: 'x' }
    });
  });

  it('an emulator-only control asked of the live target says so instead of pretending', () => {
    expect(new NeedsEmulator('faults', 'a 429 storm').message).toMatch(/needs the emulator \(faults\): a 429 storm/);
  });

  it('npm run test:live refuses clearly, running nothing, when the site or the token is missing', () => {
    const root = path.join(__dirname, '..', '..');
    const env = { ...process.env };
    delete env.SP_TEST_SITE;
    delete env.SP_ACCESS_TOKEN;
    delete env.SP_TENANT_ID;
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const noToken = spawnSync(tsx, ['tools/test-live.ts'], { cwd: root, env: { ...env, SP_TEST_SITE: 'https://t.sharepoint.com/sites/dev' }, encoding: 'utf8' });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain('npm run test:live needs SP_ACCESS_TOKEN. Nothing was run.');
    expect(noToken.stdout).not.toContain('runs ');
  });
});

describe('the live target, rehearsed on an emulator that knows the caller from a bearer token as SharePoint does', () => {
  const tenant = 'a1b2c3d4-0000-0000-0000-00000000c0de';
  const saved = { site: process.env.SP_TEST_SITE, token: process.env.SP_ACCESS_TOKEN, tenant: process.env.SP_TENANT_ID };
  afterEach(() => {
    for (const [name, value] of [['SP_TEST_SITE', saved.site], ['SP_ACCESS_TOKEN', saved.token], ['SP_TENANT_ID', saved.tenant]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** An emulator that, as SharePoint does, knows the caller from the bearer token (its `upn` claim); the env points at it. */
  async function tokenEmulator(): Promise<Emulator> {
    const emulator = await startEmulator({
      port: 0,
      dbPath: ':memory:',
      intercept: (req) => {
        const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
        const upn = bearer ? (JSON.parse(Buffer.from(bearer.split('.')[1], 'base64url').toString('utf8')) as { upn?: string }).upn : undefined;
        if (upn) req.headers['x-emulator-user'] = upn;
        return false;
      }
    });
    process.env.SP_TEST_SITE = emulator.url;
    process.env.SP_ACCESS_TOKEN = token({ tid: tenant, upn: seedUser('admin').email });
    delete process.env.SP_TENANT_ID;
    return emulator;
  }

  const testLive = (): Promise<{ code?: number; stdout: string; stderr: string }> => {
    const root = path.join(__dirname, '..', '..');
    return promisify(execFile)(path.join(root, 'node_modules', '.bin', 'tsx'), ['tools/test-live.ts'], { cwd: root, env: process.env, maxBuffer: 1 << 24 }).catch(
      (error: { code?: number; stdout: string; stderr: string }) => error
    );
  };

  it('npm run test:live on an empty site: runs the live suites unchanged, and lists the ones it left out and why', async () => {
    const emulator = await tokenEmulator();
    try {
      const run = await testLive();
      expect({ code: run.code, out: run.stdout.split('\n').filter((l) => l.startsWith('  ')) }).toEqual({
        code: undefined,
        out: [
          ...liveSplit().run.map((f) => `  runs       test/integration/${f}`),
          ...liveSplit().leftOut.map((s) => `  left out   test/integration/${s.file}: needs the emulator (${s.needs.join(', ')}): ${s.why}`)
        ]
      });
      expect(run.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
      expect(run.stderr).not.toMatch(/failed/);
    } finally {
      await emulator.close();
    }
  });

  it('provisions through the token alone, answers one account honestly, and npm run test:live refuses a site that already has the lists', async () => {
    const emulator = await tokenEmulator();
    try {
      const site = await testSite();
      expect(site.target).toBe('live');
      expect(site.everyoneLoginName).toBe(`c:0-.f|rolemanager|spo-grid-all-users/${tenant}`);
      expect(site.firstReport.schemaVersionBefore).toBeUndefined();
      expect(site.firstReport.changes[site.firstReport.changes.length - 1]).toBe(`record schema version ${SCHEMA_VERSION} (was none)`);
      expect((await site.provision()).changes).toEqual([]);
      expect(() => site.as('staffA')).toThrow(NeedsEmulator);
      expect(() => site.as('staffA')).toThrow('This needs the emulator (personas): calling as "staffA".');
      expect(() => site.emulator).toThrow(NeedsEmulator);
      expect(site.userId('admin')).toBe(seedUser('admin').id);

      const refused = await testLive();
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${emulator.url} already has wellbeing lists (`);
      expect(refused.stderr).toContain('it needs an empty site: give SP_TEST_SITE a new one. Nothing was run.');
      expect(refused.stdout).not.toContain('runs ');
    } finally {
      await emulator.close();
    }
  });
});
