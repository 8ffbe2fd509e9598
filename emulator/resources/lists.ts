/*
 * Lists: GET, create, MERGE (refusing item-level permissions where a column is unique), DELETE, and the
 * list's entity type name (SP.Data.<Title>ListItem).
 */
import { ITEM_SECURITY_ON_UNIQUE } from '../http/errors';
import { empty, entityReply, parseBody } from '../http/replies';
import { Env } from '../http/types';
import { collection } from '../odata/collection';
import { ListRecord } from '../store';
import { uniqueColumns } from './fields';
import { Handler, requireOn, Routes } from './targets';

export function entityTypeName(env: Env, list: ListRecord): string {
  const name = list.Title.replace(/[^A-Za-z0-9]/g, '');
  return `SP.Data.${name.charAt(0).toUpperCase()}${name.slice(1)}ListItem`;
}

export function listEntity(env: Env, list: ListRecord): Record<string, unknown> {
  return {
    'odata.type': 'SP.List',
    'odata.id': `${env.webUrl}/_api/Web/Lists(guid'${list.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')`,
    ...list,
    ItemCount: env.store.itemCount(list),
    ListItemEntityTypeFullName: entityTypeName(env, list),
    EntityTypeName: `${list.Title.replace(/[^A-Za-z0-9]/g, '')}List`,
    ParentWebUrl: env.sitePath,
    RootFolder: undefined
  };
}

const updateList: Handler<'list'> = (env, ctx, target) => {
  requireOn(env, ctx.user, { kind: 'list', list: target.list }, 'ManageLists');
  const props = parseBody(ctx);
  // item-level permissions and a unique column refuse each other (README: unique columns)
  const itemSecurity = ['ReadSecurity', 'WriteSecurity'].some((k) => props[k] !== undefined && Number(props[k]) !== 1);
  const unique = uniqueColumns(env, target.list);
  if (itemSecurity && unique.length) throw ITEM_SECURITY_ON_UNIQUE(unique.join(', '));
  env.store.updateList(target.list, props);
  return empty(204);
};

export const listRoutes: Routes = {
  lists: {
    GET: (env, ctx) => collection(env, ctx, env.store.lists().filter((l) => env.store.reachesList(ctx.user, l)).map((l) => listEntity(env, l))),
    POST: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManageLists');
      return entityReply(env, ctx, 201, listEntity(env, env.store.createList(parseBody(ctx))));
    }
  },
  list: {
    GET: (env, ctx, target) => entityReply(env, ctx, 200, listEntity(env, target.list)),
    MERGE: updateList,
    PUT: updateList,
    DELETE: (env, ctx, target) => {
      requireOn(env, ctx.user, { kind: 'list', list: target.list }, 'ManageLists');
      env.store.deleteList(target.list);
      return empty(200);
    }
  }
};
