import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import {
  ALL_LISTS,
  AnyListDefinition,
  ConfigList,
  CUSTOM_PERMISSION_LEVELS,
  fieldsOf,
  FieldDefinition,
  GROUPS,
  LIST_SECURITY,
  LISTS,
  PERMISSION_LEVELS,
  PermissionLevelName,
  Principal,
  PRINCIPAL_DEFINITIONS,
  SCHEMA_VERSION,
  SupportDirectoryList
} from '../../schema';
import { supportDirectory } from '../../referenceData';
import { ADD_FIELD_OPTIONS, fieldSchemaXml, SP_FIELD_TYPE } from './fieldXml';
import { sameMask, toMask } from './permissionMask';
import { compare } from '../store/odata';

export interface ProvisionerOptions {
  /**
   * Login name of "Everyone except external users" on this tenant
   * (c:0-.f|rolemanager|spo-grid-all-users/<tenant id>): the staff principal.
   */
  everyoneLoginName: string;
  /** Called with each change as it is made (or, in a dry run, as it would be made). */
  log?: (line: string) => void;
  /** Report what would change without changing anything. */
  dryRun?: boolean;
}

export interface ProvisionReport {
  /** One line per change; empty when the site already matched the schema. */
  changes: string[];
  schemaVersionBefore: number | undefined;
  schemaVersionAfter: number;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  MaxLength?: number;
  Choices?: string[];
}

interface ExistingList {
  Id: string;
  Title: string;
  Description: string;
  NoCrawl: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  OnQuickLaunch: boolean;
  HasUniqueRoleAssignments: boolean;
}

interface RoleAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number; Name: string; Hidden: boolean }[];
}

// SharePoint adds these itself (item sharing gives people Limited Access on the list): never ours to remove.
const SYSTEM_LEVELS = ['Limited Access', 'Web-Only Limited Access', 'Limited Access System Group'];

/**
 * Creates or upgrades everything in schema/ on a data site: permission levels, groups, lists, fields and
 * indexes, list settings, broken inheritance and the permission table, then the seed data. It compares
 * what is there with what should be and changes only the difference, so a second run reports nothing and
 * a new schema version upgrades a site in place without touching its items.
 */
export class Provisioner {
  private readonly _sp: SPFI;
  private readonly _options: ProvisionerOptions;
  private readonly _changes: string[] = [];
  /** The site's lists as they were when this run started, read once (refreshed only for a list this run adds). */
  private _lists: Map<string, ExistingList> = new Map();

  public constructor(sp: SPFI, options: ProvisionerOptions) {
    this._sp = sp;
    this._options = options;
  }

  public async run(): Promise<ProvisionReport> {
    this._changes.length = 0;
    this._lists = new Map((await this.readLists()).map((l) => [l.Title, l]));
    const versionBefore = await this.deployedVersion();
    const levelIds = await this.ensurePermissionLevels();
    const groupIds = await this.ensureGroups();
    for (const list of ALL_LISTS) {
      await this.ensureList(list);
    }
    await this.seedSupportDirectory();
    await this.seedConfig(versionBefore);
    // Last: removing the provisioning account's own grants may take away its access.
    const principals = await this.principalIds(groupIds);
    for (const { list, assignments } of LIST_SECURITY) {
      await this.ensureListPermissions(
        LISTS[list],
        assignments.map(({ principal, level }) => ({ principal, principalId: principals[principal], roleId: levelIds[level] }))
      );
    }
    return { changes: [...this._changes], schemaVersionBefore: versionBefore, schemaVersionAfter: SCHEMA_VERSION };
  }

  private async change(description: string, work: () => Promise<unknown>): Promise<void> {
    this._changes.push(description);
    this._options.log?.(description);
    if (!this._options.dryRun) {
      await work();
    }
  }

  private async deployedVersion(): Promise<number | undefined> {
    if (!this._lists.has(ConfigList.title)) {
      return undefined;
    }
    const key = ConfigList.fields.key.internalName;
    const items: Record<string, string>[] = await this._sp.web.lists
      .getByTitle(ConfigList.title)
      .items.select(key, ConfigList.fields.value.internalName)
      .filter(compare(key, 'eq', 'schemaVersion'))();
    return items.length ? Number(JSON.parse(items[0][ConfigList.fields.value.internalName])) : undefined;
  }

  private async ensurePermissionLevels(): Promise<Record<PermissionLevelName, number>> {
    const existing: { Id: number; Name: string; BasePermissions: { High: number; Low: number } }[] =
      await this._sp.web.roleDefinitions.select('Id', 'Name', 'BasePermissions')();
    const ids = {} as Record<PermissionLevelName, number>;
    for (const level of Object.values(PERMISSION_LEVELS)) {
      const found = existing.find((d) => d.Name === level.name);
      if (level.builtIn) {
        if (!found) {
          throw new Error(`The site has no built-in permission level "${level.name}".`);
        }
        ids[level.name] = found.Id;
      }
    }
    let order = 200;
    for (const level of CUSTOM_PERMISSION_LEVELS) {
      const mask = toMask(level.basePermissions);
      const found = existing.find((d) => d.Name === level.name);
      order += 1;
      if (!found) {
        await this.change(`add permission level "${level.name}"`, async () => {
          const added = await this._sp.web.roleDefinitions.add(level.name, level.description, order, mask);
          ids[level.name] = (added.data as { Id: number }).Id;
        });
      } else {
        ids[level.name] = found.Id;
        if (!sameMask(found.BasePermissions, mask)) {
          await this.change(`update permission level "${level.name}"`, () =>
            this._sp.web.roleDefinitions.getById(found.Id).update({ BasePermissions: mask, Description: level.description })
          );
        }
      }
    }
    return ids;
  }

  private async ensureGroups(): Promise<Record<string, number>> {
    type GroupInfo = {
      Id: number;
      Title: string;
      Description: string;
      OnlyAllowMembersViewMembership: boolean;
      AllowMembersEditMembership: boolean;
      AllowRequestToJoinLeave: boolean;
      AutoAcceptRequestToJoinLeave: boolean;
    };
    const existing: GroupInfo[] = await this._sp.web.siteGroups.select(
      'Id',
      'Title',
      'Description',
      'OnlyAllowMembersViewMembership',
      'AllowMembersEditMembership',
      'AllowRequestToJoinLeave',
      'AutoAcceptRequestToJoinLeave'
    )();
    const ids: Record<string, number> = {};
    for (const group of GROUPS) {
      const wanted = {
        Title: group.title,
        Description: group.description,
        OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership,
        AllowMembersEditMembership: group.allowMembersEditMembership,
        AllowRequestToJoinLeave: group.allowRequestToJoinLeave,
        AutoAcceptRequestToJoinLeave: group.autoAcceptRequestToJoinLeave
      };
      const found = existing.find((g) => g.Title === group.title);
      if (!found) {
        await this.change(`add group "${group.title}" (membership visible to members only)`, async () => {
          ids[group.title] = (await this._sp.web.siteGroups.add(wanted)).Id;
        });
        continue;
      }
      ids[group.title] = found.Id;
      const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => found[k] !== wanted[k]);
      if (differs) {
        await this.change(`update group "${group.title}"`, () => this._sp.web.siteGroups.getById(found.Id).update(wanted));
      }
    }
    return ids;
  }

  private async ensureList(definition: AnyListDefinition): Promise<void> {
    const wanted = {
      Description: definition.description,
      NoCrawl: definition.noCrawl,
      ReadSecurity: definition.readSecurity,
      WriteSecurity: definition.writeSecurity,
      EnableVersioning: definition.versioning.enableVersioning,
      MajorVersionLimit: definition.versioning.majorVersionLimit,
      EnableAttachments: definition.enableAttachments,
      EnableFolderCreation: definition.enableFolderCreation,
      OnQuickLaunch: definition.onQuickLaunch
    };
    const list = this._sp.web.lists.getByTitle(definition.title);
    let existing = this._lists.get(definition.title);
    if (!existing) {
      await this.change(`add list ${definition.title}`, () =>
        this._sp.web.lists.add(definition.title, definition.description, definition.template, false, wanted)
      );
      existing = this._options.dryRun ? undefined : (await this.readLists(definition.title))[0];
    } else {
      const current = existing;
      const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => current[k] !== wanted[k]);
      if (differs.length) {
        await this.change(`update ${definition.title} settings (${differs.join(', ')})`, () => list.update(wanted));
      }
    }
    if (!existing?.HasUniqueRoleAssignments) {
      await this.change(`break permission inheritance on ${definition.title} (without copying)`, () =>
        list.breakRoleInheritance(definition.breakInheritance.copyRoleAssignments, definition.breakInheritance.clearSubscopes)
      );
    }
    await this.ensureFields(definition, existing === undefined);
  }

  private readLists(title?: string): Promise<ExistingList[]> {
    const lists = this._sp.web.lists.select(
        'Id',
        'Title',
        'Description',
        'NoCrawl',
        'ReadSecurity',
        'WriteSecurity',
        'EnableVersioning',
        'MajorVersionLimit',
        'EnableAttachments',
        'EnableFolderCreation',
        'OnQuickLaunch',
      'HasUniqueRoleAssignments'
    );
    return title === undefined ? lists() : lists.filter(compare('Title', 'eq', title))();
  }

  private async ensureFields(definition: AnyListDefinition, listIsNew: boolean): Promise<void> {
    const list = this._sp.web.lists.getByTitle(definition.title);
    const existing: ExistingField[] = listIsNew && this._options.dryRun
      ? []
      : await list.fields.select('InternalName', 'Title', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'Choices')();
    for (const field of fieldsOf(definition)) {
      const found = existing.find((f) => f.InternalName === field.internalName);
      if (!found) {
        await this.change(`add field ${definition.title}.${field.internalName}`, () =>
          list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field), Options: ADD_FIELD_OPTIONS })
        );
        continue;
      }
      const update = fieldUpdate(field, found);
      if (Object.keys(update).length) {
        await this.change(`update field ${definition.title}.${field.internalName} (${Object.keys(update).join(', ')})`, () =>
          list.fields.getByInternalNameOrTitle(field.internalName).update(update, SP_FIELD_TYPE[field.type])
        );
      }
    }
  }

  private async seedSupportDirectory(): Promise<void> {
    const f = SupportDirectoryList.fields;
    const list = this._sp.web.lists.getByTitle(SupportDirectoryList.title);
    const existing: Record<string, string>[] = this._options.dryRun && !this._lists.has(SupportDirectoryList.title)
      ? []
      : await list.items.select(f.entryId.internalName).top(5000)();
    const have = new Set(existing.map((item) => item[f.entryId.internalName]));
    // Only entries that are missing: site owners edit entries in the list, and a rerun must not undo that.
    for (const entry of supportDirectory.filter((e) => !have.has(e.id))) {
      await this.change(`add support directory entry "${entry.title}"`, () =>
        list.items.add({
          [f.title.internalName]: entry.title,
          [f.entryId.internalName]: entry.id,
          [f.description.internalName]: entry.description,
          [f.kind.internalName]: entry.kind,
          [f.phone.internalName]: entry.phone ?? null,
          [f.email.internalName]: entry.email ?? null,
          [f.url.internalName]: entry.url ?? null,
          [f.hours.internalName]: entry.hours ?? null,
          [f.note.internalName]: entry.note ?? null,
          [f.contexts.internalName]: entry.contexts,
          [f.order.internalName]: entry.order
        })
      );
    }
  }

  private async seedConfig(versionBefore: number | undefined): Promise<void> {
    const key = ConfigList.fields.key.internalName;
    const value = ConfigList.fields.value.internalName;
    const list = this._sp.web.lists.getByTitle(ConfigList.title);
    const existing: { Id: number; [k: string]: unknown }[] = this._options.dryRun && versionBefore === undefined
      ? []
      : await list.items.select('Id', key)();
    const defaults: Record<string, unknown> = {
      slaMode: 'calendar', // R10 Decision: calendar hours unless the triage team chooses working hours
      suppressionThreshold: 3, // R20 Decision
      serviceManagers: {}, // R16: filled in by the site owners, per service area
      schemaVersion: SCHEMA_VERSION
    };
    for (const [name, initial] of Object.entries(defaults)) {
      const found = existing.find((item) => item[key] === name);
      if (!found) {
        await this.change(`add setting ${name}`, () => list.items.add({ [key]: name, [value]: JSON.stringify(initial) }));
      } else if (name === 'schemaVersion' && versionBefore !== SCHEMA_VERSION) {
        await this.change(`record schema version ${SCHEMA_VERSION} (was ${versionBefore ?? 'none'})`, () =>
          list.items.getById(found.Id).update({ [value]: JSON.stringify(SCHEMA_VERSION) })
        );
      }
    }
  }

  private async principalIds(groupIds: Record<string, number>): Promise<Record<Principal, number>> {
    const ids = {} as Record<Principal, number>;
    for (const [principal, definition] of Object.entries(PRINCIPAL_DEFINITIONS) as [Principal, (typeof PRINCIPAL_DEFINITIONS)[Principal]][]) {
      if (definition.kind === 'group') {
        ids[principal] = groupIds[definition.group.title];
      } else if (definition.kind === 'everyone') {
        ids[principal] = (await this._sp.web.ensureUser(this._options.everyoneLoginName)).Id;
      } else if (definition.kind === 'siteOwners') {
        ids[principal] = (await this._sp.web.associatedOwnerGroup.select('Id')()).Id;
      }
    }
    return ids;
  }

  private async ensureListPermissions(
    definition: AnyListDefinition,
    wanted: { principal: Principal; principalId: number; roleId: number }[]
  ): Promise<void> {
    if (this._options.dryRun && wanted.some((w) => w.principalId === undefined || w.roleId === undefined)) {
      wanted.forEach((w) => this._changes.push(`grant ${w.principal} on ${definition.title}`));
      return;
    }
    const list = this._sp.web.lists.getByTitle(definition.title);
    const current: RoleAssignment[] = await list.roleAssignments
      .expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name', 'RoleDefinitionBindings/Hidden')();
    const has = (principalId: number, roleId: number): boolean =>
      current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((b) => b.Id === roleId));
    for (const grant of wanted) {
      if (!has(grant.principalId, grant.roleId)) {
        await this.change(`grant ${grant.principal} on ${definition.title}`, () =>
          list.roleAssignments.add(grant.principalId, grant.roleId)
        );
      }
    }
    // Anything else goes: the provisioning account's own Full Control (SharePoint adds it when inheritance is
    // broken without copying) and any grant someone added by hand.
    for (const assignment of current) {
      for (const binding of assignment.RoleDefinitionBindings) {
        const expected = wanted.some((w) => w.principalId === assignment.PrincipalId && w.roleId === binding.Id);
        if (!expected && !binding.Hidden && SYSTEM_LEVELS.indexOf(binding.Name) < 0) {
          await this.change(`remove ${binding.Name} of principal ${assignment.PrincipalId} from ${definition.title}`, () =>
            list.roleAssignments.remove(assignment.PrincipalId, binding.Id)
          );
        }
      }
    }
  }
}

/** What must change on an existing field to match its definition (empty when it already does). */
export function fieldUpdate(field: FieldDefinition, existing: ExistingField): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  if (existing.Title !== field.displayName) update.Title = field.displayName;
  if (Boolean(existing.Required) !== field.required) update.Required = field.required;
  if (Boolean(existing.Indexed) !== field.indexed) update.Indexed = field.indexed;
  if (Boolean(existing.EnforceUniqueValues) !== Boolean(field.unique)) update.EnforceUniqueValues = Boolean(field.unique);
  if (field.type === 'Text' && Number(existing.MaxLength) !== field.maxLength) update.MaxLength = field.maxLength;
  if ((field.type === 'Choice' || field.type === 'MultiChoice') && !sameChoices(existing.Choices, field.choices)) {
    update.Choices = [...field.choices];
  }
  return update;
}

function sameChoices(existing: string[] | undefined, wanted: readonly string[]): boolean {
  const have = existing ?? [];
  return have.length === wanted.length && wanted.every((choice, i) => have[i] === choice);
}
