import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import {
  AnyListDefinition,
  CUSTOM_PERMISSION_LEVELS,
  GROUPS,
  PERMISSION_LEVELS,
  PermissionLevelName,
  Principal,
  PRINCIPAL_DEFINITIONS,
  RETIRED_PERMISSION_LEVELS
} from '../../schema';
import { sameMask, toMask } from './permissionMask';
import type { ProvisionSteps } from './provisionSteps';

interface RoleAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number; Name: string; Hidden: boolean }[];
}

export interface Grant {
  principal: Principal;
  principalId: number;
  roleId: number;
}

// SharePoint adds these itself (item sharing gives people Limited Access on the list): never ours to remove.
const SYSTEM_LEVELS = ['Limited Access', 'Web-Only Limited Access', 'Limited Access System Group'];

/** The built-in levels the schema uses must exist; the custom ones are added or brought to their base permissions. */
export async function ensurePermissionLevels(steps: ProvisionSteps): Promise<Record<PermissionLevelName, number>> {
  const { sp } = steps;
  const existing: { Id: number; Name: string; BasePermissions: { High: number; Low: number } }[] =
    await sp.web.roleDefinitions.select('Id', 'Name', 'BasePermissions')();
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
      await steps.change(`add permission level "${level.name}"`, async () => {
        const added = await sp.web.roleDefinitions.add(level.name, level.description, order, mask);
        ids[level.name] = (added.data as { Id: number }).Id;
      });
    } else {
      ids[level.name] = found.Id;
      if (!sameMask(found.BasePermissions, mask)) {
        await steps.change(`update permission level "${level.name}"`, () =>
          sp.web.roleDefinitions.getById(found.Id).update({ BasePermissions: mask, Description: level.description })
        );
      }
    }
  }
  return ids;
}

/** The four groups, with membership visible to members only. */
export async function ensureGroups(steps: ProvisionSteps): Promise<Record<string, number>> {
  const { sp } = steps;
  type GroupInfo = {
    Id: number;
    Title: string;
    Description: string;
    OnlyAllowMembersViewMembership: boolean;
    AllowMembersEditMembership: boolean;
    AllowRequestToJoinLeave: boolean;
    AutoAcceptRequestToJoinLeave: boolean;
  };
  const existing: GroupInfo[] = await sp.web.siteGroups.select(
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
      await steps.change(`add group "${group.title}" (membership visible to members only)`, async () => {
        ids[group.title] = (await sp.web.siteGroups.add(wanted)).Id;
      });
      continue;
    }
    ids[group.title] = found.Id;
    const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => found[k] !== wanted[k]);
    if (differs) {
      await steps.change(`update group "${group.title}"`, () => sp.web.siteGroups.getById(found.Id).update(wanted));
    }
  }
  return ids;
}

/** The principal id of each role in the permission table. */
export async function principalIds(
  steps: ProvisionSteps,
  groupIds: Record<string, number>,
  everyoneLoginName: string
): Promise<Record<Principal, number>> {
  const ids = {} as Record<Principal, number>;
  for (const [principal, definition] of Object.entries(PRINCIPAL_DEFINITIONS) as [Principal, (typeof PRINCIPAL_DEFINITIONS)[Principal]][]) {
    if (definition.kind === 'group') {
      ids[principal] = groupIds[definition.group.title];
    } else if (definition.kind === 'everyone') {
      ids[principal] = (await steps.sp.web.ensureUser(everyoneLoginName)).Id;
    } else if (definition.kind === 'siteOwners') {
      ids[principal] = (await steps.sp.web.associatedOwnerGroup.select('Id')()).Id;
    }
  }
  return ids;
}

/** Exactly the permission table on a list: missing grants added, anything else removed. */
export async function ensureListPermissions(steps: ProvisionSteps, definition: AnyListDefinition, wanted: Grant[]): Promise<void> {
  if (steps.dryRun && wanted.some((w) => w.principalId === undefined || w.roleId === undefined)) {
    for (const w of wanted) {
      await steps.change(`grant ${w.principal} on ${definition.title}`, () => Promise.resolve());
    }
    return;
  }
  const list = steps.sp.web.lists.getByTitle(definition.title);
  const current: RoleAssignment[] = await list.roleAssignments
    .expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name', 'RoleDefinitionBindings/Hidden')();
  const has = (principalId: number, roleId: number): boolean =>
    current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((b) => b.Id === roleId));
  for (const grant of wanted) {
    if (!has(grant.principalId, grant.roleId)) {
      await steps.change(`grant ${grant.principal} on ${definition.title}`, () => list.roleAssignments.add(grant.principalId, grant.roleId));
    }
  }
  // Anything else goes: the provisioning account's own Full Control (SharePoint adds it when inheritance is
  // broken without copying) and any grant someone added by hand.
  for (const assignment of current) {
    for (const binding of assignment.RoleDefinitionBindings) {
      const expected = wanted.some((w) => w.principalId === assignment.PrincipalId && w.roleId === binding.Id);
      if (!expected && !binding.Hidden && SYSTEM_LEVELS.indexOf(binding.Name) < 0) {
        await steps.change(`remove ${binding.Name} of principal ${assignment.PrincipalId} from ${definition.title}`, () =>
          list.roleAssignments.remove(assignment.PrincipalId, binding.Id)
        );
      }
    }
  }
}

/**
 * Levels an earlier schema made and this one retired (schema/security.ts RETIRED_PERMISSION_LEVELS). Run after
 * every list holds exactly the permission table, so nothing the table wants is bound to them any more; deleting
 * a level also removes any grant of it someone made by hand elsewhere on the site.
 */
export async function removeRetiredPermissionLevels(steps: ProvisionSteps): Promise<void> {
  const existing: { Id: number; Name: string }[] = await steps.sp.web.roleDefinitions.select('Id', 'Name')();
  for (const level of existing.filter((d) => RETIRED_PERMISSION_LEVELS.indexOf(d.Name) >= 0)) {
    await steps.change(`remove retired permission level "${level.Name}"`, () => steps.sp.web.roleDefinitions.getById(level.Id).delete());
  }
}
