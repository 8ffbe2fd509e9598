/*
 * Item queries: $filter/$orderby/$select/$top/$skiptoken over a list, security-trimmed, and the list view
 * threshold.
 */
import { BAD_QUERY, THROTTLED } from '../http/errors';
import { collectionReply } from '../http/replies';
import { Ctx, Env, Reply } from '../http/types';
import { expandOf, sortBy } from '../odata/collection';
import { evaluate, fieldsOf, FilterNode, leadingClause, leadingCondition, OrderKey, parseFilter, parseOrderBy, splitList } from '../odata/query';
import { has } from '../permissions';
import { FieldRecord, ItemRecord, ListRecord } from '../store';
import { itemEntity } from './itemEntity';

export function queryItems(env: Env, ctx: Ctx, list: ListRecord): Reply {
  const q = ctx.url.searchParams;
  const user = ctx.user;
  const fields = env.store.fields(list);
  const read = itemReader(env, list, fields);
  const filterText = q.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  if (filter) {
    // every column named must exist (SharePoint answers 400 otherwise), even when no item is read
    const probe: ItemRecord = { Id: 0, GUID: '', AuthorId: 0, EditorId: 0, Created: '', Modified: '', version: 0, HasUniqueRoleAssignments: false, values: {} };
    fieldsOf(filter).forEach((f) => read(probe, f));
  }
  const order = parseOrderBy(q.get('$orderby') || '');
  const expand = expandOf(ctx);
  checkSelect(env, list, fields, splitList(q.get('$select')), expand);
  const all = env.store.items(list);
  checkThreshold(env, list, fields, filter, order, all, read);
  const itemMask = env.store.itemMasker(user, list);
  let rows = all.filter((i) => has(itemMask(i), 'ViewListItems'));
  if (filter) rows = rows.filter((i) => evaluate(filter, (f) => read(i, f)));
  rows = sortBy(rows, [...order, { field: 'ID', descending: false }], (i, f) => read(i, f));
  const skipToken = q.get('$skiptoken');
  if (skipToken) {
    const params = new URLSearchParams(skipToken);
    const after = Number(params.get('p_ID'));
    const at = rows.findIndex((i) => i.Id === after);
    rows = at >= 0 ? rows.slice(at + 1) : order.length ? rows : rows.filter((i) => i.Id > after);
  }
  const top = Math.min(Number(q.get('$top') || 100), 5000);
  const page = rows.slice(0, top);
  let nextLink: string | undefined;
  if (rows.length > top && page.length) {
    const next = new URLSearchParams();
    next.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].Id}`);
    for (const key of ['$top', '$select', '$filter', '$orderby', '$expand']) {
      const v = q.get(key);
      if (v !== null) next.set(key, v);
    }
    nextLink = `${env.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items?${next.toString()}`;
  }
  return collectionReply(env, ctx, page.map((i) => itemEntity(env, list, i, expand, fields)), nextLink);
}

/** SharePoint refuses a $select of a column that does not exist, and `Lookup/Prop` without `$expand=Lookup`. */
export function checkSelect(env: Env, list: ListRecord, fields: FieldRecord[], select: string[], expand: Set<string>): void {
  const builtIn = ['id', 'guid', 'created', 'modified', 'authorid', 'editorid', 'author', 'editor', 'title', 'filesystemobjecttype', 'contenttypeid', 'attachments', 'odata__uiversionstring', '*'];
  for (const path of select) {
    const [head, sub] = path.split('/');
    const key = head.toLowerCase();
    const known =
      builtIn.indexOf(key) >= 0 ||
      fields.some((f) => {
        const n = f.InternalName.toLowerCase();
        return n === key || ((f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') && (key === `${n}id` || key === `${n}stringid`));
      });
    if (!known) throw BAD_QUERY(`Column '${head}' does not exist. It may have been deleted by another user.`);
    if (sub !== undefined && !expand.has(key)) {
      throw BAD_QUERY(`The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`);
    }
  }
}

/** Reads a field of an item the way $filter and $orderby name it. */
export function itemReader(env: Env, list: ListRecord, fields: FieldRecord[]): (item: ItemRecord, path: string) => unknown {
  const byName = new Map(fields.map((f) => [f.InternalName.toLowerCase(), f]));
  return (item, path) => {
    const [head, sub] = path.split('/');
    const key = head.toLowerCase();
    if (key === 'id') return item.Id;
    if (key === 'created') return item.Created;
    if (key === 'modified') return item.Modified;
    if (key === 'authorid') return item.AuthorId;
    if (key === 'editorid') return item.EditorId;
    if (key === 'author' || key === 'editor') return lookupProperty(env, key === 'author' ? item.AuthorId : item.EditorId, sub);
    if (key === 'title') return item.values.Title ?? null;
    const field = byName.get(key);
    if (field && (field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti')) {
      const ids = item.values[`${field.InternalName}Id`];
      if (Array.isArray(ids)) return ids.map((i) => lookupProperty(env, Number(i), sub));
      return ids === null || ids === undefined ? null : lookupProperty(env, Number(ids), sub);
    }
    if (field) return item.values[field.InternalName] ?? null;
    if (key.endsWith('id')) {
      const userField = byName.get(key.slice(0, -2));
      if (userField) return item.values[`${userField.InternalName}Id`] ?? null;
    }
    throw BAD_QUERY(`Column '${head}' does not exist. It may have been deleted by another user.`);
  };
}

export function lookupProperty(env: Env, id: number, sub: string | undefined): unknown {
  if (!sub || sub.toLowerCase() === 'id') return id;
  const u = env.store.userById(id);
  if (!u) return null;
  switch (sub.toLowerCase()) {
    case 'title':
      return u.Title;
    case 'email':
      return u.Email;
    case 'name':
      return u.LoginName;
    default:
      return null;
  }
}

export function isIndexed(env: Env, fields: FieldRecord[], path: string): boolean {
  const [head] = path.split('/');
  const key = head.toLowerCase();
  if (key === 'id') return true;
  const name = key === 'authorid' ? 'author' : key === 'editorid' ? 'editor' : key;
  const field = fields.find((f) => f.InternalName.toLowerCase() === name) || (name.endsWith('id') ? fields.find((f) => f.InternalName.toLowerCase() === name.slice(0, -2)) : undefined);
  return Boolean(field && field.Indexed);
}

export function checkThreshold(env: Env, list: ListRecord, fields: FieldRecord[], filter: FilterNode | undefined, order: OrderKey[], all: ItemRecord[], read: (i: ItemRecord, p: string) => unknown): void {
  if (all.length <= env.threshold) return;
  if (filter) {
    const lead = leadingClause(filter);
    if (!lead || (lead.kind === 'compare' && lead.op === 'ne') || !isIndexed(env, fields, lead.field)) throw THROTTLED();
    // what the whole leading condition on that index matches (a range `X ge a and X lt b` included)
    const condition = leadingCondition(filter) || [lead];
    const narrowed = all.filter((i) => condition.every((clause) => evaluate(clause, (f) => read(i, f)))).length;
    if (narrowed > env.threshold) throw THROTTLED();
    return;
  }
  if (order.some((k) => !isIndexed(env, fields, k.field))) throw THROTTLED();
}
