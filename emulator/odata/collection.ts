/*
 * $filter, $orderby and $top over any collection of entities (lists, fields, users, groups, role
 * definitions, role assignments); items have their own query (resources/itemQuery.ts) for the threshold.
 */
import { collectionReply } from '../http/replies';
import { Ctx, Env, Reply } from '../http/types';
import { compareForSort, evaluate, OrderKey, parseFilter, parseOrderBy, splitList } from './query';

export function expandOf(ctx: Ctx): Set<string> {
  return new Set(splitList(ctx.url.searchParams.get('$expand')).map((e) => e.toLowerCase()));
}

export function collection(env: Env, ctx: Ctx, entities: Record<string, unknown>[]): Reply {
  const q = ctx.url.searchParams;
  let rows = entities;
  const filter = q.get('$filter');
  if (filter) {
    const tree = parseFilter(filter);
    rows = rows.filter((e) => evaluate(tree, (f) => readPath(e, f)));
  }
  const orderBy = q.get('$orderby');
  if (orderBy) rows = sortBy(rows, parseOrderBy(orderBy), (e, f) => readPath(e, f));
  const top = q.get('$top');
  if (top) rows = rows.slice(0, Number(top));
  return collectionReply(env, ctx, rows);
}

export function readPath(entity: Record<string, unknown>, path: string): unknown {
  let value: unknown = entity;
  for (const part of path.split('/')) {
    if (!value || typeof value !== 'object') return undefined;
    const obj = value as Record<string, unknown>;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === part.toLowerCase());
    value = key === undefined ? undefined : obj[key];
  }
  return value;
}


export function sortBy<T>(rows: T[], keys: OrderKey[], read: (row: T, field: string) => unknown): T[] {
  if (!keys.length) return rows;
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const c = compareForSort(read(a, key.field), read(b, key.field));
      if (c !== 0) return key.descending ? -c : c;
    }
    return 0;
  });
}
