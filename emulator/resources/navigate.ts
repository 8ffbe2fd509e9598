/*
 * Walks an _api path one segment at a time from the web to the Target it names, refusing what the caller
 * may not reach as SharePoint does (404 for a list or item it cannot see).
 */
import { err, NOT_FOUND_RESOURCE } from '../http/errors';
import { Ctx, Env } from '../http/types';
import { argValue, namedArgs, Segment } from '../odata/path';
import { has } from '../permissions';
import { ACCESS_DENIED, Group } from '../store';
import { fieldByKey, groupByKey, roleDefById, scopeOf, Target, userByKey, visibleItem, visibleList } from './targets';

export function resolve(env: Env, ctx: Ctx, from: Target, seg: Segment): Target {
  const q = ctx.url.searchParams;
  const user = ctx.user;
  const scope = scopeOf(env, from);
  // security members shared by web, list and item
  if (scope) {
    switch (seg.name) {
      case 'roleassignments':
        if (seg.args !== undefined) return { kind: 'roleassignment', scope, principal: Number(argValue(seg.args, q)) };
        return { kind: 'roleassignments', scope };
      case 'effectivebasepermissions':
        return { kind: 'effective', scope };
      case 'getusereffectivepermissions':
        return { kind: 'effective', scope, forUser: userByKey(env, seg.args, q) };
      case 'breakroleinheritance':
      case 'resetroleinheritance':
        return { kind: 'action', name: seg.name, scope, args: namedArgs(seg.args, q), parent: from };
      default:
        break;
    }
  }
  switch (from.kind) {
    case 'web':
      switch (seg.name) {
        case 'lists':
          if (seg.args !== undefined) {
            const id = argValue(seg.args, q);
            return { kind: 'list', list: visibleList(env, user, env.store.listById(id), id) };
          }
          return { kind: 'lists' };
        case 'currentuser':
          return { kind: 'user', user };
        case 'siteusers':
          if (seg.args !== undefined) return { kind: 'user', user: userByKey(env, seg.args, q) };
          return { kind: 'siteusers' };
        case 'getuserbyid':
          return { kind: 'user', user: userByKey(env, seg.args, q) };
        case 'sitegroups':
          if (seg.args !== undefined) return { kind: 'group', group: groupByKey(env, seg.args, q, false) };
          return { kind: 'sitegroups' };
        case 'associatedownergroup':
          return { kind: 'group', group: env.store.group(env.store.ownersGroupId) as Group };
        case 'associatedmembergroup':
          return { kind: 'group', group: env.store.group(env.store.membersGroupId) as Group };
        case 'associatedvisitorgroup':
          return { kind: 'group', group: env.store.group(env.store.visitorsGroupId) as Group };
        case 'roledefinitions':
          if (seg.args !== undefined) return { kind: 'roledefinition', def: roleDefById(env, Number(argValue(seg.args, q))) };
          return { kind: 'roledefinitions' };
        case 'ensureuser':
          return { kind: 'action', name: 'ensureuser', args: {}, parent: from };
        default:
          break;
      }
      break;
    case 'lists':
      if (seg.name === 'getbytitle') {
        const title = argValue(seg.args || '', q);
        return { kind: 'list', list: visibleList(env, user, env.store.listByTitle(title), title) };
      }
      if (seg.name === 'getbyid') {
        const id = argValue(seg.args || '', q);
        return { kind: 'list', list: visibleList(env, user, env.store.listById(id), id) };
      }
      break;
    case 'list':
      switch (seg.name) {
        case 'items':
          if (seg.args !== undefined) return { kind: 'item', list: from.list, item: visibleItem(env, user, from.list, Number(argValue(seg.args, q))) };
          return { kind: 'items', list: from.list };
        case 'fields':
          if (seg.args !== undefined) return { kind: 'field', list: from.list, field: fieldByKey(env, from.list, argValue(seg.args, q)) };
          return { kind: 'fields', list: from.list };
        default:
          break;
      }
      break;
    case 'items':
      if (seg.name === 'getbyid') return { kind: 'item', list: from.list, item: visibleItem(env, user, from.list, Number(argValue(seg.args || '', q))) };
      break;
    case 'fields':
      if (seg.name === 'getbyinternalnameortitle' || seg.name === 'getbytitle' || seg.name === 'getbyid') {
        return { kind: 'field', list: from.list, field: fieldByKey(env, from.list, argValue(seg.args || '', q)) };
      }
      if (seg.name === 'createfieldasxml' || seg.name === 'addfield') return { kind: 'action', name: seg.name, args: {}, parent: from };
      break;
    case 'siteusers':
      if (seg.name === 'getbyid' || seg.name === 'getbyemail' || seg.name === 'getbyloginname') return { kind: 'user', user: userByKey(env, seg.args, q) };
      if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: seg.name, args: { key: seg.args || '' }, parent: from };
      break;
    case 'sitegroups':
      if (seg.name === 'getbyid') return { kind: 'group', group: groupByKey(env, seg.args, q, false) };
      if (seg.name === 'getbyname') return { kind: 'group', group: groupByKey(env, seg.args, q, true) };
      if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: `group${seg.name}`, args: { key: seg.args || '' }, parent: from };
      break;
    case 'group':
      if (seg.name === 'users') {
        if (seg.args !== undefined) return { kind: 'user', user: userByKey(env, seg.args, q) };
        return { kind: 'groupusers', group: from.group };
      }
      break;
    case 'groupusers':
      if (seg.name === 'getbyid' || seg.name === 'getbyemail' || seg.name === 'getbyloginname') return { kind: 'user', user: userByKey(env, seg.args, q) };
      if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: `member${seg.name}`, args: { key: seg.args || '' }, parent: from };
      break;
    case 'roledefinitions':
      if (seg.name === 'getbyid') return { kind: 'roledefinition', def: roleDefById(env, Number(argValue(seg.args || '', q))) };
      if (seg.name === 'getbyname') {
        const name = argValue(seg.args || '', q);
        const def = env.store.roleDefinitions().find((d) => d.Name.toLowerCase() === name.toLowerCase());
        if (!def) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
        return { kind: 'roledefinition', def };
      }
      if (seg.name === 'getbytype') {
        const def = env.store.roleDefinitions().find((d) => d.RoleTypeKind === Number(argValue(seg.args || '', q)));
        if (!def) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
        return { kind: 'roledefinition', def };
      }
      break;
    case 'roleassignments':
      if (seg.name === 'addroleassignment' || seg.name === 'removeroleassignment') {
        return { kind: 'action', name: seg.name, scope: from.scope, args: namedArgs(seg.args, q), parent: from };
      }
      if (seg.name === 'getbyprincipalid') return { kind: 'roleassignment', scope: from.scope, principal: Number(argValue(seg.args || '', q)) };
      break;
    case 'item':
      if (seg.name === 'recycle') return { kind: 'action', name: 'recycle', args: {}, parent: from };
      if (seg.name === 'versions') {
        // SPBasePermissions.ViewVersions, "View past versions of a list item or document" (Microsoft docs,
        // learn.microsoft.com/previous-versions/office/sharepoint-server/ms412690): a reader without it is
        // refused the item's versions with SharePoint's access denied (403), whatever else they may read.
        if (!has(env.store.itemMask(user, from.list, from.item), 'ViewVersions')) throw ACCESS_DENIED();
        if (seg.args !== undefined) return { kind: 'itemversion', list: from.list, item: from.item, versionId: Number(argValue(seg.args, q)) };
        return { kind: 'itemversions', list: from.list, item: from.item };
      }
      break;
    case 'itemversions':
      if (seg.name === 'getbyid') return { kind: 'itemversion', list: from.list, item: from.item, versionId: Number(argValue(seg.args || '', q)) };
      break;
    case 'roleassignment':
      if (seg.name === 'roledefinitionbindings' || seg.name === 'member') return { kind: 'action', name: `ra-${seg.name}`, args: {}, parent: from };
      break;
    default:
      break;
  }
  throw NOT_FOUND_RESOURCE();
}
