/*
 * Issue 12: a site an older schema left behind converges to the current one under SharePoint's rules. The
 * old schema had unique columns on the alerts list, which has item-level security (ReadSecurity and
 * WriteSecurity 2): SharePoint refuses that pair, so the old site can only be made by writing it into the
 * emulator's database, as the old emulator allowed and old `.preview/wellbeing.sqlite` files still hold.
 * The CLI an administrator runs says "Nothing to change" on a site that already matches.
 */
import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { AlertsList, ConfigList, PublishedThemesList, SCHEMA_VERSION, SCHEMA_VERSION_KEY, ThemeReportsList } from '../../src/schema';
import { parseQuarterId, Quarter } from '../../src/domain/quarters';
import { publishThemesReport } from '../../src/domain/themes';
import { Provisioner } from '../../src/services/provisioning/Provisioner';
import type { IMailService } from '../../src/services/mail/IMailService';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import { toThemeReportItem } from '../../src/services/store/themeCodec';
import type { StoreResult } from '../../src/services/store/storeErrors';
import { EMULATOR_TENANT_ID, everyoneLoginName } from '../../tools/provision';
import { EmulatorSite, provisionedSite } from './support/emulatorSite';

jest.setTimeout(60_000);

let site: EmulatorSite;
beforeAll(async () => {
  site = await provisionedSite();
});
afterAll(() => site.close());

/**
 * Leaves the site as an old schema did: unique reference and idempotency key on the alerts list, a shorter
 * name column and fewer routes than today, and version 0.
 */
async function setSchemaVersion(version: number): Promise<void> {
  const config = site.as('admin').web.lists.getByTitle(ConfigList.title);
  const key = ConfigList.fields.key.internalName;
  const [item]: { Id: number }[] = await config.items.select('Id').filter(`${key} eq '${SCHEMA_VERSION_KEY}'`)();
  await config.items.getById(item.Id).update({ [ConfigList.fields.value.internalName]: JSON.stringify(version) });
}

async function makeOldSchemaSite(): Promise<void> {
  const store = site.emulator.store;
  const alerts = store.listByTitle(AlertsList.title);
  if (!alerts) throw new Error('no alerts list');
  const change = (name: string, update: object): void => {
    const field = store.field(alerts, name);
    if (!field) throw new Error(`no ${name}`);
    store.saveField(alerts, { ...field, ...update });
  };
  change(AlertsList.fields.reference.internalName, { Indexed: true, EnforceUniqueValues: true });
  change(AlertsList.fields.idempotencyKey.internalName, { Indexed: true, EnforceUniqueValues: true });
  change(AlertsList.fields.workerName.internalName, { MaxLength: 100 });
  change(AlertsList.fields.route.internalName, { Choices: ['PSW'] });
  await setSchemaVersion(0);
}

describe('an old-schema site upgrades under the strict emulator (issue 12)', () => {
  it('drops the unique constraints before any change SharePoint would refuse while they exist, then records the version', async () => {
    await makeOldSchemaSite();
    // A list setting differs too, so the settings update (which carries ReadSecurity 2) must come after the drop.
    await site.as('admin').web.lists.getByTitle(AlertsList.title).update({ NoCrawl: false });
    const alertsBefore = await site.as('admin').web.lists.getByTitle(AlertsList.title).fields.select('InternalName', 'EnforceUniqueValues')();
    expect(alertsBefore.filter((f: { EnforceUniqueValues: boolean }) => f.EnforceUniqueValues).length).toBe(2);

    site.emulator.clearRequests();
    const report = await site.provision();
    // Issue 12 #3: every field MERGE names the field's type, as SharePoint needs for MaxLength or Choices.
    const fieldMerges = site.emulator.requests().filter((r) => r.method === 'MERGE' && /\/fields\/getbyinternalnameortitle/i.test(r.url));
    expect(fieldMerges.map((r) => JSON.parse(r.body ?? '{}'))).toEqual([
      { '@odata.type': '#SP.FieldText', EnforceUniqueValues: false },
      { '@odata.type': '#SP.FieldText', EnforceUniqueValues: false },
      { '@odata.type': '#SP.FieldText', MaxLength: AlertsList.fields.workerName.maxLength },
      { '@odata.type': '#SP.FieldChoice', Choices: [...AlertsList.fields.route.choices] }
    ]);

    const dropReference = `remove the unique constraint from ${AlertsList.title}.${AlertsList.fields.reference.internalName}`;
    const dropKey = `remove the unique constraint from ${AlertsList.title}.${AlertsList.fields.idempotencyKey.internalName}`;
    const settings = `update ${AlertsList.title} settings (NoCrawl)`;
    expect(report.changes).toEqual([
      dropReference,
      dropKey,
      settings,
      `update field ${AlertsList.title}.${AlertsList.fields.workerName.internalName} (MaxLength)`,
      `update field ${AlertsList.title}.${AlertsList.fields.route.internalName} (Choices)`,
      `record schema version ${SCHEMA_VERSION} (was 0)`
    ]);
    expect(report.schemaVersionBefore).toBe(0);

    const after: { InternalName: string; EnforceUniqueValues: boolean; Indexed: boolean }[] = await site
      .as('admin')
      .web.lists.getByTitle(AlertsList.title)
      .fields.select('InternalName', 'EnforceUniqueValues', 'Indexed')();
    expect(after.filter((f) => f.EnforceUniqueValues)).toEqual([]);
    // The columns stay indexed: the store looks the key and the reference up.
    expect(after.find((f) => f.InternalName === AlertsList.fields.idempotencyKey.internalName)?.Indexed).toBe(true);
    expect((await site.provision()).changes).toEqual([]);
  });
});

describe('npm run provision (the CLI an administrator runs)', () => {
  it('says "Nothing to change" on a site that matches; a dry run lists a difference without making it; a run makes it', async () => {
    const root = path.join(__dirname, '..', '..');
    const cli = (...extra: string[]): Promise<{ stdout: string }> =>
      promisify(execFile)(path.join(root, 'node_modules', '.bin', 'tsx'), ['tools/provision.ts', '--site', site.url, '--emulator-user', site.login('admin'), ...extra], {
        cwd: root
      });
    expect((await cli()).stdout).toBe(`Nothing to change: ${site.url} matches schema version ${SCHEMA_VERSION}.\n`);
    await site.as('admin').web.lists.getByTitle(AlertsList.title).update({ NoCrawl: false });
    expect((await cli('--dry-run')).stdout).toBe(
      `would update ${AlertsList.title} settings (NoCrawl)\n1 change(s) needed; schema version ${SCHEMA_VERSION} -> ${SCHEMA_VERSION}.\n`
    );
    expect((await cli()).stdout).toBe(`update ${AlertsList.title} settings (NoCrawl)\n1 change(s) made; schema version ${SCHEMA_VERSION} -> ${SCHEMA_VERSION}.\n`);
    expect((await cli()).stdout).toBe(`Nothing to change: ${site.url} matches schema version ${SCHEMA_VERSION}.\n`);
  });
});

const noMail: IMailService = { notify: () => Promise.resolve({ ok: true, value: undefined }), sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined }) };

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`store failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const Q4 = parseQuarterId('FY2025Q4') as Quarter;
const REPORT = publishThemesReport([], [], Q4);
const V = ThemeReportsList.fields;

/**
 * Theme reports as schema 1 left them: published with their quarter and version, no QuarterVersion column
 * (schema 2 added it, required and unique), and, as schema 1 could not prevent, two publishers at the same
 * moment who both took version 2 of a quarter. The column goes from the emulator's database with its values,
 * as it never existed on such a site.
 */
async function makeSchemaOneThemeReports(): Promise<{ first: number; second: number; other: number; clash: number }> {
  const psw = new SharePointWellbeingStore(site.as('psw'), noMail, { now: () => new Date('2026-04-10T10:00:00Z') });
  const input = { quarterId: 'FY2025Q4', label: '2025-26 Q4', report: REPORT, commentary: '' };
  const first = value(await psw.publishThemeReport({ ...input, commentary: 'First.' })).id;
  const second = value(await psw.publishThemeReport({ ...input, commentary: 'Corrected.', expectedLatestVersion: 1 })).id;
  const other = value(await psw.publishThemeReport({ ...input, quarterId: 'FY2026Q1', label: '2026-27 Q1', commentary: 'Next quarter.' })).id;
  const clashing = { ...toThemeReportItem({ ...input, commentary: 'At the same moment.' }, 2, new Date('2026-04-10T10:00:00Z'), site.userId('psw')), [V.versionKey.internalName]: null };
  const clash = Number((await site.as('psw').web.lists.getByTitle(ThemeReportsList.title).items.add(clashing)).Id);
  const store = site.emulator.store;
  const list = store.listByTitle(ThemeReportsList.title);
  const column = list && store.field(list, V.versionKey.internalName);
  if (!list || !column) throw new Error('no theme reports list or QuarterVersion');
  store.deleteField(list, column);
  for (const item of store.items(list)) {
    const values = { ...item.values };
    delete values[V.versionKey.internalName];
    store.saveItem(list, { ...item, values });
  }
  await setSchemaVersion(1);
  return { first, second, other, clash };
}

describe('theme reports published before QuarterVersion (issue 12)', () => {
  it('get theirs from their quarter and version when the site is upgraded (a clashing version takes the next), before the column is made unique', async () => {
    const ids = await makeSchemaOneThemeReports();
    const where = `${ThemeReportsList.title}.${V.versionKey.internalName}`;
    const expected = [
      `add field ${where} (unique once filled)`,
      `fill ${where} on item ${ids.first} (QuarterVersion "FY2025Q4#1")`,
      `fill ${where} on item ${ids.second} (QuarterVersion "FY2025Q4#2")`,
      `fill ${where} on item ${ids.other} (QuarterVersion "FY2026Q1#1")`,
      `fill ${where} on item ${ids.clash} (QuarterVersion "FY2025Q4#3", ReportVersion 3)`,
      `update field ${where} (EnforceUniqueValues)`,
      // The clash, now version 3, is the quarter's latest: the readers' copy shows it (issue 14 #5).
      `show FY2025Q4 version 3 in WellbeingPublishedThemes`,
      `record schema version ${SCHEMA_VERSION} (was 1)`
    ];

    // A dry run lists the same changes (every item needs the column it does not have yet) and makes none; it
    // cannot know that the clash will become version 3, so it does not foresee the readers' copy changing.
    const dry = await new Provisioner(site.as('admin'), { everyoneLoginName: everyoneLoginName(EMULATOR_TENANT_ID), dryRun: true }).run();
    expect(dry.changes).toEqual(expected.filter((change) => !change.startsWith('show ')));
    const fieldNames = async (): Promise<string[]> =>
      (await site.as('admin').web.lists.getByTitle(ThemeReportsList.title).fields.select('InternalName')()).map((f: { InternalName: string }) => f.InternalName);
    expect(await fieldNames()).not.toContain(V.versionKey.internalName);

    const report = await site.provision();
    expect(report.changes).toEqual(expected);
    expect(report.schemaVersionBefore).toBe(1);
    const list = site.as('admin').web.lists.getByTitle(ThemeReportsList.title);
    const items: Record<string, unknown>[] = await list.items.select('Id', V.versionKey.internalName, V.reportVersion.internalName).orderBy('Id')();
    expect(items.map((i) => [i.Id, i[V.versionKey.internalName], i[V.reportVersion.internalName]])).toEqual([
      [ids.first, 'FY2025Q4#1', 1],
      [ids.second, 'FY2025Q4#2', 2],
      [ids.other, 'FY2026Q1#1', 1],
      [ids.clash, 'FY2025Q4#3', 3]
    ]);
    const [column]: { Required: boolean; Indexed: boolean; EnforceUniqueValues: boolean }[] = await list.fields
      .select('Required', 'Indexed', 'EnforceUniqueValues')
      .filter(`InternalName eq '${V.versionKey.internalName}'`)();
    expect(column).toEqual(expect.objectContaining({ Required: true, Indexed: true, EnforceUniqueValues: true }));
    expect((await site.provision()).changes).toEqual([]);

    // The reports read and publish as any other: the clash is the quarter's latest, and the next is version 4.
    const psw = new SharePointWellbeingStore(site.as('psw'), noMail, { now: () => new Date('2026-11-01T10:00:00Z') });
    const latest = value(await psw.latestThemeReports());
    expect(latest.map((r) => [r.quarterId, r.version, r.commentary])).toEqual([
      ['FY2026Q1', 1, 'Next quarter.'],
      ['FY2025Q4', 3, 'At the same moment.']
    ]);
    const next = value(await psw.publishThemeReport({ quarterId: 'FY2025Q4', label: '2025-26 Q4', report: REPORT, commentary: 'After SMT.', expectedLatestVersion: 3 }));
    expect(next.version).toBe(4);
  });
});

describe('a version 2 site: every published version readable by SMT, the reps and the HoS (issue 14 #5)', () => {
  // A site of its own: the tests above leave theme reports of their own on theirs.
  beforeAll(async () => {
    await site.close();
    site = await provisionedSite();
  });

  it('upgrades to one readers\' item per quarter showing its latest version, and takes the history away from the readers', async () => {
    const admin = site.as('admin');
    const history = admin.web.lists.getByTitle(ThemeReportsList.title);
    // As version 2 left it: no readers' list; SMT (and the others) read every version of the history.
    await admin.web.lists.getByTitle(PublishedThemesList.title).delete();
    const smtGroup = await admin.web.siteGroups.getByName('Wellbeing SMT')();
    const read = await admin.web.roleDefinitions.getByName('Wellbeing Read')();
    await history.roleAssignments.add(smtGroup.Id, read.Id);
    const version = (quarterId: string, n: number, commentary: string): Record<string, unknown> => ({
      Title: quarterId,
      QuarterId: quarterId,
      ReportVersion: n,
      QuarterVersion: `${quarterId}#${n}`,
      PublishedById: site.userId('psw'),
      PublishedAt: '2026-10-12T10:00:00Z',
      ReportJson: '{"threshold":3}',
      Commentary: commentary,
      SuppressionThreshold: 3
    });
    for (const values of [version('FY2026Q1', 1, 'Q1 v1'), version('FY2026Q2', 1, 'Q2 v1'), version('FY2026Q2', 2, 'Q2 v2')]) {
      await history.items.add(values);
    }
    expect((await site.as('smt').web.lists.getByTitle(ThemeReportsList.title).items())).toHaveLength(3);

    const report = await site.provision();
    expect(report.changes).toEqual(
      expect.arrayContaining([
        `add list ${PublishedThemesList.title}`,
        `show FY2026Q1 version 1 in ${PublishedThemesList.title}`,
        `show FY2026Q2 version 2 in ${PublishedThemesList.title}`
      ])
    );
    const shown: { QuarterId: string; ReportVersion: number; Commentary: string }[] = await site
      .as('smt')
      .web.lists.getByTitle(PublishedThemesList.title)
      .items.select('QuarterId', 'ReportVersion', 'Commentary')();
    expect(shown.map((s) => [s.QuarterId, s.ReportVersion, s.Commentary]).sort()).toEqual([
      ['FY2026Q1', 1, 'Q1 v1'],
      ['FY2026Q2', 2, 'Q2 v2']
    ]);
    await expect(site.as('smt').web.lists.getByTitle(ThemeReportsList.title).items()).rejects.toMatchObject({ status: 404 });
    // and a second run changes nothing
    expect((await site.provision()).changes).toEqual([]);
  });
});
