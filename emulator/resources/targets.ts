/*
 * What an _api path names (a Target), the route table types, and the lookups every resource shares (a
 * list, item, field, user or group the caller may reach, or SharePoint's "does not exist").
 */
import { err, ITEM_NOT_FOUND } from '../http/errors';
import { Ctx, Env, Reply } from '../http/types';
import { argValue } from '../odata/path';
import { has } from '../permissions';
import { ACCESS_DENIED, EmulatorError, FieldRecord, Group, ItemRecord, ListRecord, RoleDefinition, Scope, User } from '../store';

export type Target =
  | { kind: 'web' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListRecord }
  | { kind: 'items'; list: ListRecord }
  | { kind: 'item'; list: ListRecord; item: ItemRecord }
  | { kind: 'itemversions'; list: ListRecord; item: ItemRecord }
  | { kind: 'itemversion'; list: ListRecord; item: ItemRecord; versionId: number }
  | { kind: 'fields'; list: ListRecord }
  | { kind: 'field'; list: ListRecord; field: FieldRecord }
  | { kind: 'siteusers' }
  | { kind: 'user'; user: User }
  | { kind: 'sitegroups' }
  | { kind: 'group'; group: Group }
  | { kind: 'groupusers'; group: Group }
  | { kind: 'roledefinitions' }
  | { kind: 'roledefinition'; def: RoleDefinition }
  | { kind: 'roleassignments'; scope: Scope }
  | { kind: 'roleassignment'; scope: Scope; principal: number }
  | { kind: 'effective'; scope: Scope; forUser?: User }
  | { kind: 'action'; name: string; scope?: Scope; args: Record<string, string>; raw?: string; parent: Target };

export type Kind = Target['kind'];
/** The methods a route answers; PATCH is MERGE, and PUT only where a route lists it. */
export type Method = 'GET' | 'POST' | 'MERGE' | 'PUT' | 'DELETE';
export type Handler<K extends Kind> = (env: Env, ctx: Ctx, target: Extract<Target, { kind: K }>) => Reply;
/** Each resource's part of the one dispatch table: what each kind of target answers to each method. */
export type Routes = { [K in Kind]?: { [M in Method]?: Handler<K> } };
export type ActionHandler = (env: Env, ctx: Ctx, target: Extract<Target, { kind: 'action' }>) => Reply;
/** Each resource's service operations (POST …/name(args)), by name. */
export type Actions = Record<string, ActionHandler>;

export function scopeOf(env: Env, target: Target): Scope | undefined {
  switch (target.kind) {
    case 'web':
      return { kind: 'web' };
    case 'list':
      return { kind: 'list', list: target.list };
    case 'item':
      return { kind: 'item', list: target.list, item: target.item };
    default:
      return undefined;
  }
}

export function listNotFound(env: Env, title: string): EmulatorError {
  return err(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${env.webUrl}'.`);
}

/** A list the caller can reach: any permission on it, Limited Access included; otherwise SharePoint says it does not exist. */
export function visibleList(env: Env, user: User, list: ListRecord | undefined, name: string): ListRecord {
  if (!list || !env.store.reachesList(user, list)) throw listNotFound(env, name);
  return list;
}

export function visibleItem(env: Env, user: User, list: ListRecord, id: number): ItemRecord {
  const item = env.store.item(list, id);
  if (!item || !has(env.store.itemMask(user, list, item), 'ViewListItems')) throw ITEM_NOT_FOUND();
  return item;
}

export function fieldByKey(env: Env, list: ListRecord, key: string): FieldRecord {
  const field = env.store.field(list, key);
  if (!field) throw err(404, '-2147024809, System.ArgumentException', `Column '${key}' does not exist. It may have been deleted by another user.`);
  return field;
}

export function userByKey(env: Env, raw: string | undefined, query: URLSearchParams): User {
  const v = argValue(raw || '', query);
  const user = /^\d+$/.test(v) ? env.store.userById(Number(v)) : env.store.findUser(v.replace(/^!@v::/, ''));
  if (!user) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return user;
}

export function groupByKey(env: Env, raw: string | undefined, query: URLSearchParams, byName: boolean): Group {
  const v = argValue(raw || '', query);
  const group = byName ? env.store.groupByName(v) : env.store.group(Number(v));
  if (!group) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  return group;
}

export function roleDefById(env: Env, id: number): RoleDefinition {
  const def = env.store.roleDefinition(id);
  if (!def) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
  return def;
}

export function requireOn(env: Env, user: User, scope: Scope, kind: Parameters<typeof has>[1]): void {
  if (!env.store.can(user, scope, kind)) throw ACCESS_DENIED();
}
