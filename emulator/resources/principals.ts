/*
 * Site users, SharePoint groups and group members: routes, the service operations (ensureuser, remove…),
 * principals as REST entities, and who may read or change a group.
 */
import { NOT_FOUND_RESOURCE } from '../http/errors';
import { empty, entityReply, nullReply, parseBody } from '../http/replies';
import { Env } from '../http/types';
import { collection } from '../odata/collection';
import { ACCESS_DENIED, Group, User } from '../store';
import { ActionHandler, Actions, groupByKey, requireOn, Routes, userByKey } from './targets';

export function userEntity(env: Env, user: User): Record<string, unknown> {
  return {
    'odata.type': 'SP.User',
    'odata.id': `${env.webUrl}/_api/Web/GetUserById(${user.Id})`,
    'odata.editLink': `Web/GetUserById(${user.Id})`,
    Id: user.Id,
    IsHiddenInUI: false,
    LoginName: user.LoginName,
    Title: user.Title,
    PrincipalType: user.PrincipalType,
    Email: user.Email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: user.IsSiteAdmin,
    UserId: user.PrincipalType === 1 ? { NameId: user.Email, NameIdIssuer: 'urn:federation:microsoftonline' } : null,
    UserPrincipalName: user.PrincipalType === 1 ? user.Email : null
  };
}

export function groupEntity(env: Env, group: Group): Record<string, unknown> {
  const owner = env.store.principal(group.OwnerId);
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${env.webUrl}/_api/Web/SiteGroups/GetById(${group.Id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${group.Id})`,
    Id: group.Id,
    IsHiddenInUI: false,
    LoginName: group.Title,
    Title: group.Title,
    PrincipalType: 8,
    AllowMembersEditMembership: group.AllowMembersEditMembership,
    AllowRequestToJoinLeave: group.AllowRequestToJoinLeave,
    AutoAcceptRequestToJoinLeave: group.AutoAcceptRequestToJoinLeave,
    Description: group.Description,
    OnlyAllowMembersViewMembership: group.OnlyAllowMembersViewMembership,
    OwnerTitle: owner ? (owner.kind === 'group' ? owner.group.Title : owner.user.Title) : '',
    RequestToJoinLeaveEmailSetting: group.RequestToJoinLeaveEmailSetting
  };
}

export function principalEntity(env: Env, id: number): Record<string, unknown> {
  const p = env.store.principal(id);
  if (!p) return { Id: id };
  return p.kind === 'group' ? groupEntity(env, p.group) : userEntity(env, p.user);
}

export function requireGroupOwner(env: Env, user: User, group: Group): void {
  if (isGroupOwner(env, user, group) || env.store.can(user, { kind: 'web' }, 'ManagePermissions')) return;
  throw ACCESS_DENIED();
}

export function isGroupOwner(env: Env, user: User, group: Group): boolean {
  return group.OwnerId === user.Id || env.store.isMember(group.OwnerId, user.Id);
}

export function requireSeeMembers(env: Env, user: User, group: Group): void {
  if (!group.OnlyAllowMembersViewMembership) return requireOn(env, user, { kind: 'web' }, 'BrowseUserInfo');
  if (env.store.isMember(group.Id, user.Id) || isGroupOwner(env, user, group) || env.store.can(user, { kind: 'web' }, 'ManagePermissions')) return;
  throw ACCESS_DENIED();
}

export function requireEditMembers(env: Env, user: User, group: Group): void {
  if (group.AllowMembersEditMembership && env.store.isMember(group.Id, user.Id)) return;
  requireGroupOwner(env, user, group);
}

const GROUP_SETTABLE = [
  'Title',
  'Description',
  'OnlyAllowMembersViewMembership',
  'AllowMembersEditMembership',
  'AllowRequestToJoinLeave',
  'AutoAcceptRequestToJoinLeave',
  'RequestToJoinLeaveEmailSetting'
];

export const principalRoutes: Routes = {
  siteusers: {
    GET: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'BrowseUserInfo');
      return collection(env, ctx, env.store.users().map((u) => userEntity(env, u)));
    },
    POST: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManagePermissions');
      const added = env.store.ensureUser(String(parseBody(ctx).LoginName || ''));
      return entityReply(env, ctx, 201, userEntity(env, added));
    }
  },
  user: {
    GET: (env, ctx, target) => {
      if (target.user.Id !== ctx.user.Id) requireOn(env, ctx.user, { kind: 'web' }, 'BrowseUserInfo');
      return entityReply(env, ctx, 200, userEntity(env, target.user));
    }
  },
  sitegroups: {
    GET: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'BrowseUserInfo');
      return collection(env, ctx, env.store.groups().map((g) => groupEntity(env, g)));
    },
    POST: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'CreateGroups');
      const props = parseBody(ctx);
      const id = env.store.insertGroup({
        Title: String(props.Title || ''),
        Description: String(props.Description || ''),
        // the creator owns the group (SharePoint's default owner)
        OwnerId: ctx.user.Id,
        OnlyAllowMembersViewMembership: props.OnlyAllowMembersViewMembership === undefined ? true : Boolean(props.OnlyAllowMembersViewMembership),
        AllowMembersEditMembership: Boolean(props.AllowMembersEditMembership),
        AllowRequestToJoinLeave: Boolean(props.AllowRequestToJoinLeave),
        AutoAcceptRequestToJoinLeave: Boolean(props.AutoAcceptRequestToJoinLeave),
        RequestToJoinLeaveEmailSetting: String(props.RequestToJoinLeaveEmailSetting || '')
      });
      return entityReply(env, ctx, 201, groupEntity(env, env.store.group(id) as Group));
    }
  },
  group: {
    GET: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'BrowseUserInfo');
      return entityReply(env, ctx, 200, groupEntity(env, target.group));
    },
    MERGE: (env, ctx, target) => {
      requireGroupOwner(env, ctx.user, target.group);
      const props = parseBody(ctx);
      const updated: Group = { ...target.group };
      for (const key of GROUP_SETTABLE) {
        if (props[key] !== undefined) (updated as unknown as Record<string, unknown>)[key] = props[key];
      }
      env.store.updateGroup(updated);
      return empty(204);
    },
    DELETE: (env, ctx, target) => {
      requireGroupOwner(env, ctx.user, target.group);
      env.store.deleteGroup(target.group.Id);
      return empty(200);
    }
  },
  groupusers: {
    GET: (env, ctx, target) => {
      requireSeeMembers(env, ctx.user, target.group);
      return collection(env, ctx, env.store.members(target.group.Id).map((u) => userEntity(env, u)));
    },
    POST: (env, ctx, target) => {
      requireEditMembers(env, ctx.user, target.group);
      const added = env.store.ensureUser(String(parseBody(ctx).LoginName || ''));
      env.store.addMember(target.group.Id, added.Id);
      return entityReply(env, ctx, 201, userEntity(env, added));
    }
  }
};

const removeUser: ActionHandler = (env, ctx, target) => {
  requireOn(env, ctx.user, { kind: 'web' }, 'ManagePermissions');
  const removed = userByKey(env, target.args.key, ctx.url.searchParams);
  for (const g of env.store.groups()) env.store.removeMember(g.Id, removed.Id);
  return nullReply(ctx);
};

const removeGroup: ActionHandler = (env, ctx, target) => {
  const group = groupByKey(env, target.args.key, ctx.url.searchParams, target.name === 'groupremovebyloginname');
  requireGroupOwner(env, ctx.user, group);
  env.store.deleteGroup(group.Id);
  return nullReply(ctx);
};

const removeMember: ActionHandler = (env, ctx, target) => {
  const parent = target.parent;
  if (parent.kind !== 'groupusers') throw NOT_FOUND_RESOURCE();
  requireEditMembers(env, ctx.user, parent.group);
  env.store.removeMember(parent.group.Id, userByKey(env, target.args.key, ctx.url.searchParams).Id);
  return nullReply(ctx);
};

export const principalActions: Actions = {
  ensureuser: (env, ctx) => {
    requireOn(env, ctx.user, { kind: 'web' }, 'BrowseUserInfo');
    const body = parseBody(ctx);
    return entityReply(env, ctx, 200, userEntity(env, env.store.ensureUser(String(body.logonName || body.LogonName || ''))));
  },
  removebyid: removeUser,
  removebyloginname: removeUser,
  groupremovebyid: removeGroup,
  groupremovebyloginname: removeGroup,
  memberremovebyid: removeMember,
  memberremovebyloginname: removeMember
};
