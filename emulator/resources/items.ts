/*
 * Items: routes (query, add, read, update with If-Match, delete, recycle), the values a body may carry, and
 * unique columns.
 */
import { err, NOT_FOUND_RESOURCE } from '../http/errors';

const ITEM_VERSION_NOT_FOUND = (): ReturnType<typeof err> =>
  err(404, '-2146232832, Microsoft.SharePoint.SPException', 'The version of the item does not exist.');
import { empty, entityReply, parseBody } from '../http/replies';
import { Ctx, Env, Reply } from '../http/types';
import { collection, expandOf } from '../odata/collection';
import { has } from '../permissions';
import { ACCESS_DENIED, FieldRecord, isoSeconds, ItemRecord, ItemVersionRecord, ListRecord } from '../store';
import { itemEntity } from './itemEntity';
import { queryItems } from './itemQuery';
import { entityTypeName } from './lists';
import { Actions, Routes } from './targets';

/** Turns a REST body into stored values, refusing properties the list's entity type does not have. */
export function itemValues(env: Env, list: ListRecord, body: Record<string, unknown>, fields: FieldRecord[] = env.store.fields(list)): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata')) continue;
    const lower = key.toLowerCase();
    const field = fields.find((f) => f.InternalName.toLowerCase() === lower);
    const userField = lower.endsWith('id') ? fields.find((f) => (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') && `${f.InternalName.toLowerCase()}id` === lower) : undefined;
    if (userField && !userField.builtIn) {
      const ids = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { results?: unknown[] }).results || [] : raw;
      values[`${userField.InternalName}Id`] = userField.TypeAsString === 'UserMulti' ? toArray(ids).map(Number) : ids === null ? null : Number(ids);
      continue;
    }
    if (!field || (field.builtIn && field.InternalName !== 'Title') || field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti') {
      throw err(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `The property '${key}' does not exist on type '${entityTypeName(env, list)}'. Make sure to only use property names that are defined by the type.`
      );
    }
    values[field.InternalName] = coerce(field, raw);
  }
  return values;
}

export function addItem(env: Env, ctx: Ctx, list: ListRecord): Reply {
  const user = ctx.user;
  const mask = env.store.effectiveMask(user, { kind: 'list', list });
  if (!has(mask, 'AddListItems') || (list.WriteSecurity === 4 && !has(mask, 'CancelCheckout'))) throw ACCESS_DENIED();
  const values = itemValues(env, list, parseBody(ctx));
  checkUnique(env, list, values);
  const item = env.store.insertItem(list, values, user);
  return entityReply(env, ctx, 201, itemEntity(env, list, item, new Set()), { ETag: etag(item) });
}

/**
 * A column with EnforceUniqueValues refuses a value another item already holds (compared without regard
 * to case, as SharePoint does for text), whoever can see that other item: SPDuplicateValuesFoundException.
 */
export function checkUnique(env: Env, list: ListRecord, values: Record<string, unknown>, exceptId?: number): void {
  const unique = env.store
    .fields(list)
    .filter((f) => f.EnforceUniqueValues && values[f.InternalName] !== undefined && values[f.InternalName] !== null && values[f.InternalName] !== '');
  if (unique.length === 0) return;
  const same = (a: unknown, b: unknown): boolean =>
    typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const others = env.store.items(list).filter((other) => other.Id !== exceptId);
  const clashing = unique.filter((f) => others.some((other) => same(other.values[f.InternalName], values[f.InternalName])));
  if (clashing.length) {
    // the message as SharePoint Online words it (nittygritty-uk/Atvero-Issues#135 quotes a real response)
    throw err(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashing.map((f) => f.InternalName).join(', ')}].`
    );
  }
}

export function checkETag(ctx: Ctx, item: ItemRecord): void {
  const match = ctx.headers['if-match'];
  if (!match || match.trim() === '*') return;
  const version = /,(\d+)"?\s*$/.exec(match.trim());
  if (!version || Number(version[1]) !== item.version) {
    throw err(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${match}' does not match the object's ETag value '${etag(item)}'.`);
  }
}

export function updateItem(env: Env, ctx: Ctx, list: ListRecord, item: ItemRecord): Reply {
  if (!has(env.store.itemMask(ctx.user, list, item), 'EditListItems')) throw ACCESS_DENIED();
  checkETag(ctx, item);
  const values = itemValues(env, list, parseBody(ctx));
  checkUnique(env, list, values, item.Id);
  const updated: ItemRecord = {
    ...item,
    history: withEarlierVersion(list, item),
    values: { ...item.values, ...values },
    version: item.version + 1,
    EditorId: ctx.user.Id,
    Modified: isoSeconds(env.store.now())
  };
  env.store.saveItem(list, updated);
  return empty(204, { ETag: etag(updated) });
}

/**
 * The history after an update: with versioning on, the version being replaced is kept (up to the list's
 * major version limit, the oldest dropped first); with it off, SharePoint keeps no earlier versions.
 */
function withEarlierVersion(list: ListRecord, item: ItemRecord): ItemVersionRecord[] | undefined {
  if (!list.EnableVersioning) return undefined;
  const earlier = [...(item.history ?? []), { version: item.version, values: item.values, EditorId: item.EditorId, Modified: item.Modified }];
  const limit = list.MajorVersionLimit > 0 ? list.MajorVersionLimit - 1 : earlier.length;
  return earlier.slice(Math.max(0, earlier.length - limit));
}

/**
 * An item's versions (`items(id)/versions`, `versions(<VersionId>)`, `versions/getbyid(<VersionId>)`):
 * SP.ListItemVersion entities, newest first, VersionId = major version x 512 as SharePoint numbers them.
 * Reached only with ViewVersions on the item (navigate.ts answers 403 otherwise).
 */
export function itemVersions(env: Env, list: ListRecord, item: ItemRecord): Record<string, unknown>[] {
  const fields = env.store.fields(list).filter((f) => !f.builtIn || f.InternalName === 'Title');
  const entityOf = (v: ItemVersionRecord, current: boolean): Record<string, unknown> => {
    const entity: Record<string, unknown> = {
      'odata.type': 'SP.ListItemVersion',
      'odata.id': `${env.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.Id})/Versions(${v.version * 512})`,
      VersionId: v.version * 512,
      VersionLabel: `${v.version}.0`,
      IsCurrentVersion: current,
      Created: v.Modified
    };
    for (const f of fields) {
      const user = f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti';
      const key = user ? `${f.InternalName}Id` : f.InternalName;
      entity[key] = v.values[key] ?? null;
    }
    return entity;
  };
  const current: ItemVersionRecord = { version: item.version, values: item.values, EditorId: item.EditorId, Modified: item.Modified };
  return [entityOf(current, true), ...[...(item.history ?? [])].reverse().map((v) => entityOf(v, false))];
}

export function deleteItem(env: Env, ctx: Ctx, list: ListRecord, item: ItemRecord): Reply {
  if (!has(env.store.itemMask(ctx.user, list, item), 'DeleteListItems')) throw ACCESS_DENIED();
  checkETag(ctx, item);
  env.store.deleteItem(list, item);
  return empty(200);
}

export function etag(item: ItemRecord): string {
  return `"${item.GUID},${item.version}"`;
}

export function coerce(field: FieldRecord, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (field.TypeAsString) {
    case 'Number':
    case 'Integer':
    case 'Currency': {
      const n = Number(raw);
      if (Number.isNaN(n)) throw err(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Invalid number value for ${field.InternalName}.`);
      return n;
    }
    case 'Boolean':
      return raw === true || raw === 1 || raw === '1' || String(raw).toLowerCase() === 'true';
    case 'DateTime': {
      const t = Date.parse(String(raw));
      if (Number.isNaN(t)) throw err(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Invalid date/time value for ${field.InternalName}.`);
      return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'MultiChoice':
      return toArray(raw).map(String);
    case 'Text': {
      // A single line of text holds at most its MaxLength characters (255 at most): SharePoint refuses a longer
      // value rather than cutting it (Microsoft's column types: "Single line of text ... up to 255 characters";
      // pnp/PnP#1383: an item update with a longer value in such a field fails). The exact status and words are
      // not published: 400 SPFieldValidationException here is our stricter guess (emulator/README.md).
      const text = typeof raw === 'string' ? raw : String(raw);
      const max = field.MaxLength ?? 255;
      if (text.length > max) {
        throw err(
          400,
          '-2146232832, Microsoft.SharePoint.SPFieldValidationException',
          `The value of ${field.InternalName} is ${text.length} characters long; the column holds at most ${max}.`
        );
      }
      return text;
    }
    default:
      return typeof raw === 'string' ? raw : String(raw);
  }
}


export function toArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) return (value as { results: unknown[] }).results;
  return value === null || value === undefined ? [] : [value];
}

export const itemRoutes: Routes = {
  items: {
    GET: (env, ctx, target) => queryItems(env, ctx, target.list),
    POST: (env, ctx, target) => addItem(env, ctx, target.list)
  },
  item: {
    GET: (env, ctx, target) => entityReply(env, ctx, 200, itemEntity(env, target.list, target.item, expandOf(ctx))),
    MERGE: (env, ctx, target) => updateItem(env, ctx, target.list, target.item),
    PUT: (env, ctx, target) => updateItem(env, ctx, target.list, target.item),
    DELETE: (env, ctx, target) => deleteItem(env, ctx, target.list, target.item)
  },
  itemversions: {
    GET: (env, ctx, target) => collection(env, ctx, itemVersions(env, target.list, target.item))
  },
  itemversion: {
    GET: (env, ctx, target) => {
      const version = itemVersions(env, target.list, target.item).find((v) => v.VersionId === target.versionId);
      if (!version) throw ITEM_VERSION_NOT_FOUND();
      return entityReply(env, ctx, 200, version);
    }
  }
};

export const itemActions: Actions = {
  recycle: (env, ctx, target) => {
    if (target.parent.kind !== 'item') throw NOT_FOUND_RESOURCE();
    return deleteItem(env, ctx, target.parent.list, target.parent.item);
  }
};
