/*
 * R23 with Microsoft Purview (issue 18): where the council runs retention labels, the provisioner applies the label
 * the records officer published to the site to every list that holds a part of a case, existing items included,
 * and to nothing else; a label not published to the site is refused before any change; a second run changes
 * nothing; only a site owner's account can do it.
 */
import { body } from '@pnp/queryable';
import { SPQueryable, spPost } from '@pnp/sp';
import { Emulator, startEmulator } from '../../emulator/server';
import { addMemberships, provision, spAs } from '../../preview/site';
import { ALL_LISTS, AlertsList, CasesList, ThemeReportsList } from '../../src/schema';
import { Provisioner } from '../../src/services/provisioning/Provisioner';
import { LABELLED_LISTS, RetentionLabelNotPublished } from '../../src/services/provisioning/retentionLabels';
import { CASE_PART_LISTS } from '../../src/services/store/retentionStore';
import { CASE_PARTS } from '../../src/domain/retention';
import { EMULATOR_TENANT_ID, everyoneLoginName } from '../../tools/provision';

jest.setTimeout(120_000);

const LABEL = 'Wellbeing records: delete six years after closed';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ':memory:', retentionLabels: [LABEL, 'Finance: seven years'] });
  await provision(emulator);
  await addMemberships(emulator);
});

afterAll(async () => {
  await emulator?.close();
});

function provisioner(options: { retentionLabel?: string; dryRun?: boolean } = {}): Provisioner {
  return new Provisioner(spAs(emulator, 'admin'), { everyoneLoginName: everyoneLoginName(EMULATOR_TENANT_ID), ...options });
}

function labelOf(title: string): string | undefined {
  const tag = emulator.store.listByTitle(title)?.ComplianceTag as { TagName?: string } | undefined;
  return tag?.TagName;
}

describe('R23: a Purview retention label instead of the in-product deletion', () => {
  it('labels exactly the lists the in-product deletion covers (every part of a case that has a list)', () => {
    const parts = CASE_PARTS.map((part) => CASE_PART_LISTS[part]?.title).filter((t): t is string => t !== undefined);
    expect(LABELLED_LISTS.map((l) => l.title).sort()).toEqual([...parts].sort());
    expect(LABELLED_LISTS).toContain(AlertsList);
    expect(LABELLED_LISTS).toContain(CasesList);
    expect(LABELLED_LISTS).not.toContain(ThemeReportsList);
  });

  it('refuses a label not published to the site before changing anything, and says what is published', async () => {
    const attempt = provisioner({ retentionLabel: 'Wellbeing: one year' }).run();
    await expect(attempt).rejects.toBeInstanceOf(RetentionLabelNotPublished);
    await expect(attempt).rejects.toThrow(/"Wellbeing: one year" is not published.*"Wellbeing records: delete six years after closed"/);
    expect(ALL_LISTS.map((l) => labelOf(l.title)).filter(Boolean)).toEqual([]);
  });

  it('a dry run lists the labels it would apply and applies none', async () => {
    const report = await provisioner({ retentionLabel: LABEL, dryRun: true }).run();
    expect(report.changes).toEqual(LABELLED_LISTS.map((l) => `apply retention label "${LABEL}" to ${l.title} (its items too)`));
    expect(ALL_LISTS.map((l) => labelOf(l.title)).filter(Boolean)).toEqual([]);
  });

  it('a triage member (no Manage Lists) cannot set a list\'s label: SharePoint refuses', async () => {
    const sp = spAs(emulator, 'psw');
    const call = spPost(
      SPQueryable([sp.web, `${emulator.url}/_api/SP_CompliancePolicy_SPPolicyStoreProxy_SetListComplianceTag`]),
      body({ listUrl: `${emulator.url}/${AlertsList.url}`, complianceTagValue: LABEL, blockDelete: false, blockEdit: false, syncToItems: true })
    );
    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(labelOf(AlertsList.title)).toBeUndefined();
  });

  it('applies the label to each case list and to no other list; a second run changes nothing', async () => {
    const report = await provisioner({ retentionLabel: LABEL }).run();
    expect(report.changes).toEqual(LABELLED_LISTS.map((l) => `apply retention label "${LABEL}" to ${l.title} (its items too)`));
    for (const list of ALL_LISTS) {
      expect([list.title, labelOf(list.title)]).toEqual([list.title, LABELLED_LISTS.includes(list) ? LABEL : undefined]);
    }
    expect((await provisioner({ retentionLabel: LABEL }).run()).changes).toEqual([]);
    // Without the option the provisioner leaves labels alone: IT chose them, a rerun must not undo that.
    expect((await provisioner().run()).changes).toEqual([]);
    expect(labelOf(CasesList.title)).toBe(LABEL);
  });

  it('a changed label replaces the old one on every case list', async () => {
    const report = await provisioner({ retentionLabel: 'Finance: seven years' }).run();
    expect(report.changes).toHaveLength(LABELLED_LISTS.length);
    expect(LABELLED_LISTS.map((l) => labelOf(l.title))).toEqual(LABELLED_LISTS.map(() => 'Finance: seven years'));
  });
});
