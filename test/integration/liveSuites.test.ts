import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { INTEGRATION_SUITES, liveSplit } from './support/liveSuites';
import { liveSettings, NeedsEmulator, tenantIdOf } from './support/target';

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
