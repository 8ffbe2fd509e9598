import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import {
  ALL_LISTS,
  AlertsList,
  CasesList,
  CONFIG_KEYS,
  CUSTOM_PERMISSION_LEVELS,
  fieldsOf,
  GROUPS,
  LIST_SECURITY,
  LISTS,
  PRINCIPAL_DEFINITIONS,
  SCHEMA_VERSION,
  SupportDirectoryList
} from '../../src/schema';
import { supportDirectory } from '../../src/referenceData';
import { sameMask, toMask } from '../../src/services/provisioning/permissionMask';
import { testSite, TestSite } from './support/target';

jest.setTimeout(60_000);

// Runs against the emulator, or unchanged against a real site (npm run test:live): one account, the provisioning one.
let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});
afterAll(() => site.close());

interface ListInfo {
  Title: string;
  NoCrawl: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  EnableAttachments: boolean;
  HasUniqueRoleAssignments: boolean;
}

describe('provisioning an empty site creates everything in schema/ (issue 3)', () => {
  it('reported what it made, and recorded the schema version', () => {
    expect(site.firstReport.schemaVersionBefore).toBeUndefined();
    expect(site.firstReport.schemaVersionAfter).toBe(SCHEMA_VERSION);
    expect(site.firstReport.changes).toEqual(expect.arrayContaining(ALL_LISTS.map((l) => `add list ${l.title}`)));
    // Last, so a run that fails half-way never tells the web parts the site is current.
    expect(site.firstReport.changes[site.firstReport.changes.length - 1]).toBe(`record schema version ${SCHEMA_VERSION} (was none)`);
  });

  it('R21, R22: every list exists with its item-level security, NoCrawl, versioning and broken inheritance', async () => {
    const lists: ListInfo[] = await site
      .as('admin')
      .web.lists.select('Title', 'NoCrawl', 'ReadSecurity', 'WriteSecurity', 'EnableVersioning', 'EnableAttachments', 'HasUniqueRoleAssignments')();
    for (const definition of ALL_LISTS) {
      expect(lists.find((l) => l.Title === definition.title)).toMatchObject({
        Title: definition.title,
        NoCrawl: definition.noCrawl,
        ReadSecurity: definition.readSecurity,
        WriteSecurity: definition.writeSecurity,
        EnableVersioning: true,
        EnableAttachments: false,
        HasUniqueRoleAssignments: true
      });
    }
  });

  it('R3: every field exists with its internal name, requiredness, limit and index', async () => {
    for (const definition of ALL_LISTS) {
      const fields: { InternalName: string; Required: boolean; Indexed: boolean; MaxLength?: number }[] = await site
        .as('admin')
        .web.lists.getByTitle(definition.title)
        .fields.select('InternalName', 'Required', 'Indexed', 'MaxLength')();
      for (const field of fieldsOf(definition)) {
        const found = fields.find((f) => f.InternalName === field.internalName);
        expect({ list: definition.title, field: field.internalName, required: found?.Required, indexed: found?.Indexed }).toEqual({
          list: definition.title,
          field: field.internalName,
          required: field.required,
          indexed: field.indexed
        });
        if (field.type === 'Text') {
          expect(found?.MaxLength).toBe(field.maxLength);
        }
      }
    }
  });

  it('creates the groups with membership visible to members only', async () => {
    const groups: { Title: string; OnlyAllowMembersViewMembership: boolean; AllowRequestToJoinLeave: boolean }[] = await site
      .as('admin')
      .web.siteGroups.select('Title', 'OnlyAllowMembersViewMembership', 'AllowRequestToJoinLeave')();
    for (const group of GROUPS) {
      expect(groups.find((g) => g.Title === group.title)).toMatchObject({
        Title: group.title,
        OnlyAllowMembersViewMembership: true,
        AllowRequestToJoinLeave: false
      });
    }
  });

  it('creates the custom permission levels with exactly their base permissions', async () => {
    const levels: { Name: string; BasePermissions: { High: number; Low: number } }[] = await site
      .as('admin')
      .web.roleDefinitions.select('Name', 'BasePermissions')();
    for (const level of CUSTOM_PERMISSION_LEVELS) {
      const found = levels.find((l) => l.Name === level.name);
      expect(found && sameMask(found.BasePermissions, toMask(level.basePermissions))).toBe(true);
    }
  });

  it('grants each list exactly the permission table, and the provisioning account keeps nothing', async () => {
    const admin = site.as('admin');
    const levels: { Id: number; Name: string }[] = await admin.web.roleDefinitions.select('Id', 'Name')();
    const groups: { Id: number; Title: string }[] = await admin.web.siteGroups.select('Id', 'Title')();
    const owners = await admin.web.associatedOwnerGroup.select('Id')();
    const everyone = await admin.web.ensureUser(site.everyoneLoginName);
    const principalId = (principal: string): number => {
      const definition = PRINCIPAL_DEFINITIONS[principal as keyof typeof PRINCIPAL_DEFINITIONS];
      if (definition.kind === 'group') return groups.find((g) => g.Title === definition.group.title)?.Id ?? -1;
      if (definition.kind === 'everyone') return everyone.Id;
      return owners.Id;
    };
    for (const { list, assignments } of LIST_SECURITY) {
      const actual: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] = await admin.web.lists
        .getByTitle(LISTS[list].title)
        .roleAssignments.expand('RoleDefinitionBindings')
        .select('PrincipalId', 'RoleDefinitionBindings/Name')();
      const pairs = actual
        .flatMap((a) => a.RoleDefinitionBindings.map((b) => `${a.PrincipalId}:${b.Name}`))
        .filter((p) => !p.endsWith(':Limited Access'))
        .sort();
      const expected = assignments.map((a) => `${principalId(a.principal)}:${a.level}`).sort();
      expect({ list, pairs }).toEqual({ list, pairs: expected });
      expect(pairs.some((p) => p.startsWith(`${site.userId('admin')}:`))).toBe(false);
    }
    expect(levels.length).toBeGreaterThan(CUSTOM_PERMISSION_LEVELS.length);
  });

  it('R1, R9: seeds the support directory and the default settings', async () => {
    const admin = site.as('admin');
    const entries: Record<string, unknown>[] = await admin.web.lists
      .getByTitle(SupportDirectoryList.title)
      .items.select(SupportDirectoryList.fields.entryId.internalName)
      .top(500)();
    expect(entries.map((e) => e[SupportDirectoryList.fields.entryId.internalName]).sort()).toEqual(
      supportDirectory.map((e) => e.id).sort()
    );
    const config: Record<string, string>[] = await admin.web.lists.getByTitle('WellbeingConfig').items.select('Title', 'ConfigValue')();
    const settings = Object.fromEntries(config.map((c) => [c.Title, JSON.parse(c.ConfigValue)]));
    expect(settings).toMatchObject({ schemaVersion: SCHEMA_VERSION, slaMode: 'calendar', suppressionThreshold: 3 });
    expect(Object.keys(settings).every((k) => (CONFIG_KEYS as readonly string[]).includes(k))).toBe(true);
  });

  it('a second run changes nothing', async () => {
    const report = await site.provision();
    expect(report.changes).toEqual([]);
    expect(report.schemaVersionBefore).toBe(SCHEMA_VERSION);
  });

  it('upgrades a site in place: only what differs changes, and no item is lost', async () => {
    const admin = site.as('admin');
    const alerts = admin.web.lists.getByTitle(AlertsList.title);
    const before = (await admin.web.lists.getByTitle(SupportDirectoryList.title).items.select('Id').top(500)()).length;
    // A site an older schema left behind: a column unindexed, one missing, a setting changed by hand.
    await alerts.fields.getByInternalNameOrTitle(AlertsList.fields.route.internalName).update({ Indexed: false }, 'SP.FieldChoice');
    await admin.web.lists.getByTitle(CasesList.title).fields.getByInternalNameOrTitle(CasesList.fields.locationId.internalName).delete();
    await alerts.update({ NoCrawl: false });

    const report = await site.provision();
    expect(report.changes.sort()).toEqual(
      [
        `add field ${CasesList.title}.${CasesList.fields.locationId.internalName}`,
        `update ${AlertsList.title} settings (NoCrawl)`,
        `update field ${AlertsList.title}.${AlertsList.fields.route.internalName} (Indexed)`
      ].sort()
    );
    expect((await admin.web.lists.getByTitle(SupportDirectoryList.title).items.select('Id').top(500)()).length).toBe(before);
    expect((await site.provision()).changes).toEqual([]);
  });

  it('a dry run reports without changing anything', async () => {
    const admin = site.as('admin');
    await admin.web.lists.getByTitle(AlertsList.title).update({ NoCrawl: false });
    const dry = await site.provision({ dryRun: true });
    expect(dry.changes).toEqual([`update ${AlertsList.title} settings (NoCrawl)`]);
    expect((await admin.web.lists.getByTitle(AlertsList.title).select('NoCrawl')()).NoCrawl).toBe(false);
    expect((await site.provision()).changes).toEqual([`update ${AlertsList.title} settings (NoCrawl)`]);
  });
});
