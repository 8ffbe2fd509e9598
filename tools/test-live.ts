/*
 * npm run test:live
 *
 * The integration suites that need nothing but a SharePoint site, run unchanged against a real one (README
 * "The live-tenant run"): SP_TEST_SITE names an empty dev site, SP_ACCESS_TOKEN is a token for it of a site
 * collection administrator (SP_TENANT_ID only when the token does not say its tenant). Suites that need the
 * emulator's own controls (personas, faults, seeding, the request log) are listed with the reason and left to
 * `npm test`, which runs every suite against the emulator.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { ALL_LISTS } from '../src/schema';
import { liveSplit } from '../test/integration/support/liveSuites';
import { liveSettings } from './liveTarget';
import { nodeSp } from './nodeSp';

const HOW =
  'Set SP_TEST_SITE to an empty SharePoint site on a dev tenant (https://<tenant>.sharepoint.com/sites/<site>) and ' +
  'SP_ACCESS_TOKEN to a token for it, e.g. export SP_ACCESS_TOKEN=$(m365 util accesstoken get --resource https://<tenant>.sharepoint.com --new). ' +
  'README "The live-tenant run" has the steps.';

async function main(): Promise<number> {
  const live = liveSettings();
  if (!live.ok) {
    console.error(`npm run test:live needs ${live.missing.join(' and ')}. Nothing was run.\n${HOW}`);
    return 2;
  }
  const { siteUrl, accessToken } = live.settings;
  const sp = nodeSp(siteUrl, { Authorization: `Bearer ${accessToken}` });
  const titles = new Set(ALL_LISTS.map((l) => l.title));
  const present = (await sp.web.lists.select('Title')()).filter((l: { Title: string }) => titles.has(l.Title)).map((l: { Title: string }) => l.Title);
  if (present.length) {
    console.error(
      `${siteUrl} already has wellbeing lists (${present.join(', ')}). The live run provisions a site from nothing and ` +
        'checks what it made, so it needs an empty site: give SP_TEST_SITE a new one. Nothing was run.'
    );
    return 2;
  }
  const split = liveSplit();
  console.log(`Against ${siteUrl}:`);
  split.run.forEach((file) => console.log(`  runs       test/integration/${file}`));
  split.leftOut.forEach((s) => console.log(`  left out   test/integration/${s.file}: needs the emulator (${s.needs.join(', ')}): ${s.why}`));
  // jest's own entry point (not its bin, which may hand over to another copy of jest found from the working directory).
  const jest = (await import('jest')) as unknown as { run(argv: string[]): Promise<void> };
  await jest.run(['--runInBand', ...split.run.map((file) => `test/integration/${file}`)]);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
);
