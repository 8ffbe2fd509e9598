/*
 * Where an integration test runs: the local emulator (always available), or a real SharePoint site when
 * SP_TEST_SITE and SP_ACCESS_TOKEN are set (`npm run test:live`, README "The live-tenant run"). The same test
 * file runs against either, as the PnPjs project's own tests run against a settings-named site.
 *
 * What only the emulator can do (fault injection, calling as another persona, seeding, its request log,
 * writing its state directly) is reached through `emulator` and `as(persona)`: on the live target they
 * throw NeedsEmulator naming what was asked for, and the live script runs only the suites that need none of
 * it (liveSuites.ts lists them and says why the others are left out).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { Emulator } from '../../../emulator/server';
import { Provisioner, ProvisionReport } from '../../../src/services/provisioning/Provisioner';
import { nodeSp } from '../../../tools/nodeSp';
import { EMULATOR_TENANT_ID, everyoneLoginName } from '../../../tools/provision';
import type { Persona } from '../../../preview/site';
import { provisionedSite } from './emulatorSite';
import { LiveSettings, liveSettings } from '../../../tools/liveTarget';

export { liveSettings, tenantIdOf } from '../../../tools/liveTarget';
export type { LiveSettings } from '../../../tools/liveTarget';

/** What a test may need that only the emulator offers. */
export type EmulatorOnly =
  | 'personas'
  | 'faults'
  | 'seeding'
  | 'requestLog'
  | 'siteState'
  | 'threshold'
  /** Tests the emulator (or rehearses the live run on emulators of its own), not a site. */
  | 'emulatorItself';

export class NeedsEmulator extends Error {
  public constructor(what: EmulatorOnly, detail: string) {
    super(`This needs the emulator (${what}): ${detail}. The live target has one account and no test controls; see test/integration/support/liveSuites.ts.`);
    this.name = 'NeedsEmulator';
  }
}

export interface TestSite {
  target: 'emulator' | 'live';
  url: string;
  /** What the provisioner reported when the suite set the site up. */
  firstReport: ProvisionReport;
  /** The staff principal's login name on this tenant. */
  everyoneLoginName: string;
  /** A PnPjs root calling as a persona. Live: only 'admin' (the token's account, a site collection administrator). */
  as(persona: Persona): SPFI;
  /** The persona's user id on the site. Live: only 'admin'. */
  userId(persona: Persona): number;
  /** Runs the real provisioner again as the provisioning account. */
  provision(options?: { dryRun?: boolean }): Promise<ProvisionReport>;
  /** The emulator's own controls. Live: throws NeedsEmulator. */
  readonly emulator: Emulator;
  close(): Promise<void>;
}

/** The live target when SP_TEST_SITE and SP_ACCESS_TOKEN are set, the emulator otherwise; provisioned either way. */
export async function testSite(): Promise<TestSite> {
  const live = liveSettings();
  if (process.env.SP_TEST_SITE || process.env.SP_ACCESS_TOKEN) {
    if (!live.ok) {
      throw new Error(`The live target needs ${live.missing.join(', ')} as well (README "The live-tenant run").`);
    }
    return liveSite(live.settings);
  }
  return emulatorTestSite();
}

async function emulatorTestSite(): Promise<TestSite> {
  const site = await provisionedSite();
  const everyone = everyoneLoginName(EMULATOR_TENANT_ID);
  return {
    target: 'emulator',
    url: site.url,
    firstReport: site.firstReport,
    everyoneLoginName: everyone,
    as: site.as,
    userId: site.userId,
    provision: (options = {}) => new Provisioner(site.as('admin'), { everyoneLoginName: everyone, dryRun: options.dryRun }).run(),
    emulator: site.emulator,
    close: site.close
  };
}

async function liveSite(settings: LiveSettings): Promise<TestSite> {
  const sp = nodeSp(settings.siteUrl, { Authorization: `Bearer ${settings.accessToken}` });
  const everyone = everyoneLoginName(settings.tenantId);
  const provision = (options: { dryRun?: boolean } = {}): Promise<ProvisionReport> =>
    new Provisioner(sp, { everyoneLoginName: everyone, dryRun: options.dryRun }).run();
  const me: { Id: number; IsSiteAdmin: boolean } = await sp.web.currentUser.select('Id', 'IsSiteAdmin')();
  if (!me.IsSiteAdmin) {
    throw new Error('The account behind SP_ACCESS_TOKEN must be a site collection administrator of SP_TEST_SITE (it runs the provisioner).');
  }
  const firstReport = await provision();
  const onlyAdmin = (persona: Persona): void => {
    if (persona !== 'admin') throw new NeedsEmulator('personas', `calling as "${persona}"`);
  };
  return {
    target: 'live',
    url: settings.siteUrl,
    firstReport,
    everyoneLoginName: everyone,
    as: (persona) => {
      onlyAdmin(persona);
      return sp;
    },
    userId: (persona) => {
      onlyAdmin(persona);
      return me.Id;
    },
    provision,
    get emulator(): Emulator {
      throw new NeedsEmulator('siteState', 'the emulator itself');
    },
    close: () => Promise.resolve()
  };
}
