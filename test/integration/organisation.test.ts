/*
 * Issue 18 against the strict emulator: the organisation as site data. The provisioner seeds WellbeingOrganisation
 * from the reference data on a new site and leaves the owners' edits alone on a rerun; an old site's choice columns
 * of service areas, teams and office bases become text columns with every value kept (as SharePoint allows, and
 * nothing else); the site owners add, rename and retire with the ETag (a concurrent change is a conflict), staff
 * and triage read and are refused a write; a retired team cannot be chosen on a new alert but an old alert with it
 * is still read by triage, routed by its service area as the site holds it.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { entriesOfOrganisation, retireEntry } from '../../src/domain/organisation';
import { newIdempotencyKey, newReference } from '../../src/domain/reference';
import { referenceOrganisation } from '../../src/referenceData';
import { AlertsList, CasesList, OrganisationList } from '../../src/schema';
import type { OrganisationRow } from '../../src/services/store/organisation';
import { submitAlert } from '../../src/workflows';
import { makeAlert, namedDraft, seeded } from '../support/fixtures';
import { EmulatorSite, provisionedSite } from './support/emulatorSite';
import { storedItems, storeOn, value } from './support/stores';

jest.setTimeout(120_000);

const NOW = new Date('2026-12-08T10:00:00Z');
let site: EmulatorSite;

beforeAll(async () => {
  site = await provisionedSite();
});
afterAll(() => site.close());

const store = (persona: 'owner' | 'staffA' | 'psw' | 'admin') => storeOn(site, persona, NOW);
const rowOf = (rows: OrganisationRow[], key: string): OrganisationRow => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('the organisation list (issue 18)', () => {
  it('a new site is seeded from the reference data, and every employee reads it as the package had it', async () => {
    const seededChanges = site.firstReport.changes.filter((c) => c.endsWith(`to ${OrganisationList.title}`));
    expect(seededChanges.length).toBe(entriesOfOrganisation(referenceOrganisation).length);
    const read = value(await store('staffA').organisation());
    expect(read.organisation).toEqual(referenceOrganisation);
    expect(read.rows.every((r) => r.etag !== '' && r.id > 0)).toBe(true);
  });

  it('the site owners add, rename and retire; staff and triage are refused and nothing changes', async () => {
    const owner = store('owner');
    const added = value(await owner.saveOrganisationEntry({ kind: 'office', key: 'melton-mowbray', name: 'Melton Mowbray' }));
    expect(added).toMatchObject({ kind: 'office', key: 'melton-mowbray', name: 'Melton Mowbray' });
    const renamed = value(await owner.saveOrganisationEntry({ ...stripped(added), name: 'Melton Mowbray (Pera House)' }, added));
    const retired = value(await owner.saveOrganisationEntry(retireEntry(stripped(renamed), '2026-12-08'), renamed));
    expect(retired).toMatchObject({ name: 'Melton Mowbray (Pera House)', retiredOn: '2026-12-08' });

    for (const persona of ['staffA', 'psw'] as const) {
      const refused = await store(persona).saveOrganisationEntry({ kind: 'office', key: `by-${persona}`, name: `By ${persona}` });
      expect({ persona, ok: refused.ok, kind: refused.ok ? undefined : refused.error.kind }).toEqual({ persona, ok: false, kind: 'noPermission' });
      const rename = await store(persona).saveOrganisationEntry({ ...stripped(retired), name: 'Renamed by someone else' }, retired);
      expect(rename.ok).toBe(false);
    }
    const stored = storedItems(site, OrganisationList).filter((i) => String(i.values.OrgKey).startsWith('by-') || i.values.OrgKey === 'melton-mowbray');
    expect(stored.map((i) => [i.values.OrgKey, i.values.Title, i.values.RetiredOn])).toEqual([['melton-mowbray', 'Melton Mowbray (Pera House)', '2026-12-08']]);
  });

  it("a colleague's change at the same moment is a conflict that overwrites nothing", async () => {
    const first = store('owner');
    const second = store('owner');
    const seen = rowOf(value(await second.organisation()).rows, 'wigston');
    value(await first.saveOrganisationEntry({ ...stripped(seen), name: 'Wigston (Bushloe House)' }, seen));
    const stale = await second.saveOrganisationEntry({ ...stripped(seen), name: 'Wigston Offices' }, seen);
    expect(stale.ok ? 'saved' : stale.error.kind).toBe('conflict');
    // The next read shows the colleague's name (the store forgot its copy).
    expect(rowOf(value(await second.organisation()).rows, 'wigston').name).toBe('Wigston (Bushloe House)');
  });

  it('a retired team cannot be chosen on a new alert (even forged), but an alert raised with it before is read, routed and named', async () => {
    const random = seeded(1801);
    const before = await submitAlert(store('staffA'), () => NOW, { draft: namedDraft({ teamId: 'csc-kinship' }), reference: newReference(random), idempotencyKey: newIdempotencyKey(random) });
    expect(before.kind).toBe('saved');
    const owner = store('owner');
    const kinship = rowOf(value(await owner.organisation()).rows, 'csc-kinship');
    value(await owner.saveOrganisationEntry(retireEntry(stripped(kinship), '2026-12-08'), kinship));

    const after = await submitAlert(store('staffA'), () => NOW, { draft: namedDraft({ teamId: 'csc-kinship' }), reference: newReference(random), idempotencyKey: newIdempotencyKey(random) });
    expect(after).toEqual({ kind: 'refused', reason: [{ field: 'teamId', message: 'Select a team from the list' }] });

    const work = value(await store('psw').openWork());
    const old = work.alertsWithoutCase.find((a) => before.kind === 'saved' && a.alert.reference === before.value.alert.reference);
    expect(old?.alert).toMatchObject({ teamId: 'csc-kinship', serviceAreaId: 'childrens-social-care', route: 'PSW' });
    // Appendix 1's Team column holds the name the team had when the alert was sent.
    const item = storedItems(site, AlertsList).find((i) => before.kind === 'saved' && i.values.Title === before.value.alert.reference);
    expect(item?.values[AlertsList.fields.team.internalName]).toBe('Kinship');
  });

  it('R6: the route of an alert comes from its service area as the site holds it', async () => {
    const owner = store('owner');
    const area = rowOf(value(await owner.organisation()).rows, 'children-and-family-wellbeing-service');
    const random = seeded(1803);
    const raised = await submitAlert(store('staffA'), () => NOW, {
      draft: namedDraft({ serviceAreaId: 'children-and-family-wellbeing-service', teamId: 'cfws-family-help' }),
      reference: newReference(random),
      idempotencyKey: newIdempotencyKey(random)
    });
    if (raised.kind !== 'saved') throw new Error(raised.kind);
    expect(raised.value.alert.route).toBe('AP');
    value(await owner.saveOrganisationEntry({ ...stripped(area), route: 'PSW' }, area));
    const work = value(await store('psw').openWork());
    expect(work.alertsWithoutCase.find((a) => a.alert.reference === raised.value.alert.reference)?.alert.route).toBe('PSW');
    const now = rowOf(value(await owner.organisation()).rows, 'children-and-family-wellbeing-service');
    value(await owner.saveOrganisationEntry({ ...stripped(now), route: 'AP' }, now));
  });
});

describe('an older site upgrades (issue 18)', () => {
  it("choice columns of teams, service areas and offices become text with every value kept; the owners' edits stay; a rerun changes nothing", async () => {
    // An older site: the key columns were choice columns, and an alert and a case already hold values.
    const emulator = site.emulator.store;
    const columns: [typeof AlertsList | typeof CasesList, string][] = [
      [AlertsList, 'ServiceAreaId'],
      [AlertsList, 'TeamId'],
      [AlertsList, 'LocationId'],
      [CasesList, 'ServiceAreaId'],
      [CasesList, 'TeamId'],
      [CasesList, 'LocationId']
    ];
    for (const [list, name] of columns) {
      const record = emulator.listByTitle(list.title);
      const field = record && emulator.field(record, name);
      if (!record || !field) throw new Error(`no ${list.title}.${name}`);
      const text = { ...field, TypeAsString: 'Choice', FieldTypeKind: 6, Choices: ['childrens-social-care', 'csc-first-response', 'county-hall'] };
      delete (text as { MaxLength?: number }).MaxLength;
      emulator.saveField(record, text);
    }
    const alert = makeAlert(1804);
    const raised = value(await store('staffA').submitAlert(alert));
    expect(raised.kind).toBe('submitted');
    // The owners renamed an office on the older site; the seed must not undo it.
    const owner = store('owner');
    const hall = rowOf(value(await owner.organisation()).rows, 'county-hall');
    value(await owner.saveOrganisationEntry({ ...stripped(hall), name: 'County Hall, Glenfield' }, hall));

    const report = await site.provision();
    expect(report.changes).toEqual(
      columns.flatMap(([list, name]) => [
        `change field ${list.title}.${name} from a choice column to text (values kept)`,
        `update field ${list.title}.${name} (MaxLength)`
      ])
    );
    const fields: { InternalName: string; TypeAsString: string; MaxLength: number }[] = await site
      .as('admin')
      .web.lists.getByTitle(AlertsList.title)
      .fields.select('InternalName', 'TypeAsString', 'MaxLength')();
    expect(fields.filter((f) => ['ServiceAreaId', 'TeamId', 'LocationId'].includes(f.InternalName)).map((f) => [f.InternalName, f.TypeAsString, f.MaxLength])).toEqual([
      ['ServiceAreaId', 'Text', 255],
      ['TeamId', 'Text', 255],
      ['LocationId', 'Text', 255]
    ]);
    const item = storedItems(site, AlertsList).find((i) => i.values.Title === alert.reference);
    expect(item?.values).toMatchObject({ ServiceAreaId: 'childrens-social-care', TeamId: 'csc-first-response', LocationId: 'county-hall' });
    expect(rowOf(value(await store('staffA').organisation()).rows, 'county-hall').name).toBe('County Hall, Glenfield');
    expect((await site.provision()).changes).toEqual([]);
  });

  it('the emulator changes a type only as SharePoint allows: Choice to text, never text to a number', async () => {
    const fields = site.as('admin').web.lists.getByTitle(AlertsList.title).fields;
    await expect(spPostMerge(fields.getByInternalNameOrTitle('TeamId'), body({ '@odata.type': '#SP.Field', FieldTypeKind: 9 }))).rejects.toThrow(/cannot be changed from Text to Number/);
    await expect(spPostMerge(fields.getByInternalNameOrTitle('TeamId'), body({ '@odata.type': '#SP.Field', TypeAsString: 'Choice' }))).rejects.toThrow(/cannot be changed/);
    const after: { TypeAsString: string }[] = await fields.select('TypeAsString').filter("InternalName eq 'TeamId'")();
    expect(after[0].TypeAsString).toBe('Text');
  });
});

function stripped(row: OrganisationRow): Omit<OrganisationRow, 'id' | 'etag'> {
  const { id, etag, ...entry } = row; // eslint-disable-line @typescript-eslint/no-unused-vars
  return entry;
}
