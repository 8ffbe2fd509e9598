/*
 * npm run measure:queries
 *
 * Every query the store makes must work at any size (issue 12). This seeds the local emulator (provisioned
 * by the real provisioner, list view threshold 5,000 as on SharePoint Online) with 60,000 items in each large
 * list, runs each store query as the persona who makes it, and prints its requests ($filter as sent), how
 * many SharePoint refused for the threshold (the store then reads that range in halves) and the items it
 * answered with. `-- --items 6000` picks another size.
 */
import { startEmulator } from '../emulator/server';
import { addMemberships, addSettings, provision } from '../preview/site';
import { runQueries, seedBigLists } from './bigLists';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--items');
  const n = at > 0 ? Number(process.argv[at + 1]) : 60000;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: 5000 });
  try {
    await provision(emulator);
    await addMemberships(emulator);
    await addSettings(emulator);
    const seeding = Date.now();
    const site = await seedBigLists(emulator, n, new Date());
    console.log(`${n} items in each large list (seeded in ${Math.round((Date.now() - seeding) / 1000)} s), list view threshold 5,000\n`);
    for (const run of await runQueries(emulator, site)) {
      const ok = run.error ?? (run.items === site.expected[run.name] ? 'as expected' : `EXPECTED ${site.expected[run.name]}`);
      console.log(`${run.name} as ${run.persona}: ${run.items} items (${ok}), ${run.requests.length} requests, ${run.throttled} refused for the threshold`);
      const filters = new Map<string, number>();
      for (const r of run.requests) {
        const url = new URL(r.url);
        const list = /getByTitle\('([^']+)'\)/.exec(decodeURIComponent(url.pathname))?.[1] ?? url.pathname.replace(/.*\/_api\//, '');
        const key = `${r.method} ${list} ${url.searchParams.get('$filter') ?? ''} -> ${r.status}`;
        filters.set(key, (filters.get(key) ?? 0) + 1);
      }
      filters.forEach((times, key) => console.log(`    ${key}${times > 1 ? ` (x${times}: pages)` : ''}`));
    }
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
