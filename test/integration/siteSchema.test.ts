/*
 * Issue 12: the web parts read the data site's schema version (one small read any member of staff may make)
 * and know when the site is behind the package, instead of failing on a missing column.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../../emulator/server';
import { spAs } from '../../preview/site';
import { ConfigList, SCHEMA_VERSION, SCHEMA_VERSION_KEY } from '../../src/schema';
import { readSiteSchemaStatus } from '../../src/services/siteSchema/siteSchema';
import { EmulatorSite, provisionedSite } from './support/emulatorSite';

jest.setTimeout(60_000);

let site: EmulatorSite;
beforeAll(async () => {
  site = await provisionedSite();
});
afterAll(() => site.close());

async function recordVersion(text: string): Promise<void> {
  const config = site.as('admin').web.lists.getByTitle(ConfigList.title);
  const [item]: { Id: number }[] = await config.items.select('Id').filter(`${ConfigList.fields.key.internalName} eq '${SCHEMA_VERSION_KEY}'`)();
  await config.items.getById(item.Id).update({ [ConfigList.fields.value.internalName]: text });
}

describe("the site's schema version, as the web parts read it", () => {
  it('a site the provisioner has just run on is current, for staff, a new starter and SMT alike', async () => {
    for (const persona of ['staffA', 'newStarter', 'smt'] as const) {
      expect(await readSiteSchemaStatus(site.as(persona))).toEqual({ status: 'current' });
    }
  });

  it('a site at an older version is behind, by how much; a rerun of the provisioner makes it current again', async () => {
    await recordVersion(String(SCHEMA_VERSION - 1));
    expect(await readSiteSchemaStatus(site.as('staffA'))).toEqual({ status: 'behind', siteVersion: SCHEMA_VERSION - 1, packageVersion: SCHEMA_VERSION });
    await recordVersion('"not a number"');
    expect(await readSiteSchemaStatus(site.as('staffA'))).toEqual({ status: 'behind', siteVersion: undefined, packageVersion: SCHEMA_VERSION });
    const report = await site.provision();
    expect(report.changes).toEqual([`record schema version ${SCHEMA_VERSION} (was none)`]);
    expect(await readSiteSchemaStatus(site.as('staffA'))).toEqual({ status: 'current' });
  });

  it('a site never provisioned is behind with no version; a failure to read at all claims nothing', async () => {
    const empty = await startEmulator({ port: 0, dbPath: ':memory:' });
    try {
      // The site owner reaches the site: the list is missing (404).
      expect(await readSiteSchemaStatus(spAs(empty, 'owner'))).toEqual({ status: 'behind', siteVersion: undefined, packageVersion: SCHEMA_VERSION });
      // Staff have no access to an unprovisioned site (403), and SharePoint stays busy: neither says anything about the schema.
      expect(await readSiteSchemaStatus(spAs(empty, 'staffA'))).toEqual({ status: 'unknown' });
      empty.inject({ status: 503, retryAfterSeconds: 0, count: 10, match: 'WellbeingConfig' });
      expect(await readSiteSchemaStatus(spAs(empty, 'owner'))).toEqual({ status: 'unknown' });
    } finally {
      await empty.close();
    }
  });
});
