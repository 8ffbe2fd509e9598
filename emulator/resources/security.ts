/*
 * Permission levels, role assignments and effective permissions on web, list and item: routes, the service
 * operations (break/reset inheritance, add/remove role assignment) and their REST entities.
 */
import { BREAK_ON_UNIQUE, err, NOT_FOUND_RESOURCE, SPEXCEPTION } from '../http/errors';
import { empty, entityReply, json, nullReply, parseBody } from '../http/replies';
import { Env } from '../http/types';
import { collection, expandOf } from '../odata/collection';
import { bool } from '../odata/path';
import { Mask, normalise } from '../permissions';
import { RoleDefinition, Scope } from '../store';
import { uniqueColumns } from './fields';
import { principalEntity } from './principals';
import { ActionHandler, Actions, requireOn, Routes } from './targets';

export function roleDefEntity(env: Env, def: RoleDefinition): Record<string, unknown> {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `${env.webUrl}/_api/Web/RoleDefinitions(${def.Id})`,
    'odata.editLink': `Web/RoleDefinitions(${def.Id})`,
    BasePermissions: { High: String(def.BasePermissions.High), Low: String(def.BasePermissions.Low) },
    Description: def.Description,
    Hidden: def.Hidden,
    Id: def.Id,
    Name: def.Name,
    Order: def.Order,
    RoleTypeKind: def.RoleTypeKind
  };
}

export function roleAssignmentEntities(env: Env, scope: Scope, expand: Set<string>): Record<string, unknown>[] {
  const byPrincipal = new Map<number, number[]>();
  for (const a of env.store.assignments(scope)) {
    byPrincipal.set(a.principal, [...(byPrincipal.get(a.principal) || []), a.role]);
  }
  return [...byPrincipal.entries()].map(([principal, roles]) => {
    const entity: Record<string, unknown> = {
      'odata.type': 'SP.RoleAssignment',
      'odata.id': `${env.webUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${principal})`,
      'odata.editLink': `Web/RoleAssignments/GetByPrincipalId(${principal})`,
      PrincipalId: principal
    };
    if (expand.has('roledefinitionbindings')) {
      entity.RoleDefinitionBindings = roles
        .map((r) => env.store.roleDefinition(r))
        .filter((d): d is RoleDefinition => d !== undefined)
        .map((d) => roleDefEntity(env, d));
    }
    if (expand.has('member')) entity.Member = principalEntity(env, principal);
    return entity;
  });
}

export const securityRoutes: Routes = {
  roledefinitions: {
    GET: (env, ctx) => collection(env, ctx, env.store.roleDefinitions().map((d) => roleDefEntity(env, d))),
    POST: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManagePermissions');
      const props = parseBody(ctx);
      const def = env.store.addRoleDefinition({
        Name: String(props.Name || ''),
        Description: String(props.Description || ''),
        Order: Number(props.Order || 0),
        BasePermissions: normalise((props.BasePermissions as Mask) || { High: 0, Low: 0 })
      });
      return entityReply(env, ctx, 201, roleDefEntity(env, def));
    }
  },
  roledefinition: {
    GET: (env, ctx, target) => entityReply(env, ctx, 200, roleDefEntity(env, target.def)),
    MERGE: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManagePermissions');
      if (target.def.RoleTypeKind !== 0) throw err(400, SPEXCEPTION, 'You cannot change a built-in permission level.');
      const props = parseBody(ctx);
      const updated: RoleDefinition = { ...target.def };
      if (props.Name !== undefined) updated.Name = String(props.Name);
      if (props.Description !== undefined) updated.Description = String(props.Description);
      if (props.Order !== undefined) updated.Order = Number(props.Order);
      if (props.BasePermissions !== undefined) updated.BasePermissions = normalise(props.BasePermissions as Mask);
      env.store.updateRoleDefinition(updated);
      return empty(204);
    },
    DELETE: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManagePermissions');
      env.store.deleteRoleDefinition(target.def.Id);
      return empty(200);
    }
  },
  roleassignments: {
    GET: (env, ctx, target) => {
      requireOn(env, ctx.user, target.scope, 'EnumeratePermissions');
      return collection(env, ctx, roleAssignmentEntities(env, target.scope, expandOf(ctx)));
    }
  },
  roleassignment: {
    GET: (env, ctx, target) => {
      requireOn(env, ctx.user, target.scope, 'EnumeratePermissions');
      const found = roleAssignmentEntities(env, target.scope, expandOf(ctx)).find((a) => a.PrincipalId === target.principal);
      if (!found) throw err(404, SPEXCEPTION, `Can not find the principal with id: ${target.principal}.`);
      return entityReply(env, ctx, 200, found);
    }
  },
  effective: {
    GET: (env, ctx, target) => {
      const forUser = target.forUser || ctx.user;
      if (target.forUser && target.forUser.Id !== ctx.user.Id) requireOn(env, ctx.user, target.scope, 'EnumeratePermissions');
      const scope = target.scope;
      const mask = scope.kind === 'item' ? env.store.itemMask(forUser, scope.list, scope.item) : env.store.effectiveMask(forUser, scope);
      const value = { High: String(mask.High), Low: String(mask.Low) };
      if (ctx.verbose) return json(ctx, 200, { d: target.forUser ? { GetUserEffectivePermissions: value } : { EffectiveBasePermissions: value } });
      return json(ctx, 200, { 'odata.metadata': `${env.webUrl}/_api/$metadata#SP.BasePermissions`, ...value });
    }
  }
};

const roleAssignment: ActionHandler = (env, ctx, target) => {
  const scope = target.scope as Scope;
  requireOn(env, ctx.user, scope, 'ManagePermissions');
  const principal = Number(target.args.principalid);
  const role = Number(target.args.roledefid);
  if (target.name === 'addroleassignment') {
    const unique = scope.kind === 'web' || (scope.kind === 'list' ? scope.list.HasUniqueRoleAssignments : scope.item.HasUniqueRoleAssignments);
    if (!unique) throw err(400, SPEXCEPTION, 'This operation is not allowed on an object that inherits permissions.');
    env.store.grant(scope, principal, role);
  } else {
    env.store.revoke(scope, principal, role);
  }
  return nullReply(ctx);
};

const assignmentPart: ActionHandler = (env, ctx, target) => {
  const parent = target.parent;
  if (parent.kind !== 'roleassignment' || ctx.method !== 'GET') throw NOT_FOUND_RESOURCE();
  requireOn(env, ctx.user, parent.scope, 'EnumeratePermissions');
  const found = roleAssignmentEntities(env, parent.scope, new Set(['roledefinitionbindings', 'member'])).find((a) => a.PrincipalId === parent.principal);
  if (!found) throw NOT_FOUND_RESOURCE();
  return target.name === 'ra-member'
    ? entityReply(env, ctx, 200, found.Member as Record<string, unknown>)
    : collection(env, ctx, found.RoleDefinitionBindings as Record<string, unknown>[]);
};

export const securityActions: Actions = {
  breakroleinheritance: (env, ctx, target) => {
    const scope = target.scope as Scope;
    requireOn(env, ctx.user, scope, 'ManagePermissions');
    if (scope.kind === 'item' && !scope.item.HasUniqueRoleAssignments) {
      // an item of a list with a unique column may not have its own permissions (README: unique columns)
      const unique = uniqueColumns(env, scope.list);
      if (unique.length) throw BREAK_ON_UNIQUE(unique.join(', '));
    }
    env.store.breakInheritance(scope, bool(target.args.copyroleassignments), bool(target.args.clearsubscopes), ctx.user);
    return nullReply(ctx);
  },
  resetroleinheritance: (env, ctx, target) => {
    const scope = target.scope as Scope;
    requireOn(env, ctx.user, scope, 'ManagePermissions');
    env.store.resetInheritance(scope);
    return nullReply(ctx);
  },
  addroleassignment: roleAssignment,
  removeroleassignment: roleAssignment,
  'ra-roledefinitionbindings': assignmentPart,
  'ra-member': assignmentPart
};
