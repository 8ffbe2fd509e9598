/*
 * Issue 12: a preview data file an older version left (`.preview/wellbeing.sqlite` with the old schema: unique
 * columns on the alerts list, version 1) is upgraded when the preview starts, items kept, as an administrator
 * would upgrade a real site by running the provisioner.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { startPreview } from '../../preview/server';
import { spAs } from '../../preview/site';
import { AlertsList, ConfigList, SCHEMA_VERSION_KEY, SupportDirectoryList } from '../../src/schema';
import { readSiteSchemaStatus } from '../../src/services/siteSchema/siteSchema';

jest.setTimeout(180000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wellbeing-upgrade-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('an old-schema data file is brought up to the current schema on start, and nothing in it is lost', async () => {
  const dbPath = path.join(tmp, 'old.sqlite');
  const first = await startPreview({ port: 0, dbPath, demoData: false });
  const store = first.emulator.store;
  const alerts = store.listByTitle(AlertsList.title);
  if (!alerts) throw new Error('no alerts list');
  for (const name of [AlertsList.fields.reference.internalName, AlertsList.fields.idempotencyKey.internalName]) {
    const field = store.field(alerts, name);
    if (!field) throw new Error(`no ${name}`);
    store.saveField(alerts, { ...field, EnforceUniqueValues: true });
  }
  const admin = spAs(first.emulator, 'admin');
  const config = admin.web.lists.getByTitle(ConfigList.title);
  const [version]: { Id: number }[] = await config.items.select('Id').filter(`${ConfigList.fields.key.internalName} eq '${SCHEMA_VERSION_KEY}'`)();
  await config.items.getById(version.Id).update({ [ConfigList.fields.value.internalName]: '1' });
  const entries = (await admin.web.lists.getByTitle(SupportDirectoryList.title).items.select('Id')()).length;
  expect((await readSiteSchemaStatus(admin)).status).toBe('behind');
  await first.close();

  const lines: string[] = [];
  const second = await startPreview({ port: 0, dbPath, demoData: false, log: (line) => lines.push(line) });
  try {
    const upgraded = spAs(second.emulator, 'admin');
    expect(lines).toContain('Bringing the wellbeing site up to the current schema...');
    expect(await readSiteSchemaStatus(upgraded)).toEqual({ status: 'current' });
    const fields: { EnforceUniqueValues: boolean }[] = await upgraded.web.lists.getByTitle(AlertsList.title).fields.select('EnforceUniqueValues')();
    expect(fields.filter((f) => f.EnforceUniqueValues)).toEqual([]);
    expect((await upgraded.web.lists.getByTitle(SupportDirectoryList.title).items.select('Id')()).length).toBe(entries);
  } finally {
    await second.close();
  }

  // Current now: the next start does not provision again.
  const third: string[] = [];
  const again = await startPreview({ port: 0, dbPath, demoData: false, log: (line) => third.push(line) });
  await again.close();
  expect(third).not.toContain('Bringing the wellbeing site up to the current schema...');
});
