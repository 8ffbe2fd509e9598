/*
 * Replies in SharePoint's JSON: OData v3 minimal metadata (`odata.metadata`, `value`, `odata.nextLink`) or
 * verbose (`d`, `d.results`, `__metadata`), errors as `odata.error` / `error`.
 */
import { project, splitList } from '../odata/query';
import { EmulatorError } from '../store';
import { err } from './errors';
import { Ctx, Env, JSON_MINIMAL, JSON_VERBOSE, Reply } from './types';

export function errorReply(e: unknown, verbose: boolean): Reply {
  const error = e instanceof EmulatorError ? e : err(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
  const payload = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return {
    status: error.status,
    headers: { 'Content-Type': verbose ? JSON_VERBOSE : JSON_MINIMAL },
    body: JSON.stringify(verbose ? { error: payload } : { 'odata.error': payload })
  };
}

export function json(ctx: Ctx, status: number, data: unknown, extra: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': ctx.verbose ? JSON_VERBOSE : JSON_MINIMAL, ...extra }, body: JSON.stringify(data) };
}

export function empty(status: number, extra: Record<string, string> = {}): Reply {
  return { status, headers: { ...extra }, body: '' };
}

export function toVerbose(env: Env, entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k === 'odata.id') meta.id = v;
    else if (k === 'odata.type') meta.type = v;
    else if (k === 'odata.etag') meta.etag = v;
    else if (k === 'odata.editLink') meta.uri = `${env.webUrl}/_api/${v}`;
    else if (k.startsWith('odata.')) continue;
    else if (Array.isArray(v) && v.length && typeof v[0] === 'object') out[k] = { results: v.map((x) => toVerbose(env, x as Record<string, unknown>)) };
    else if (Array.isArray(v)) out[k] = { results: v };
    else if (v && typeof v === 'object' && !('High' in (v as object))) out[k] = toVerbose(env, v as Record<string, unknown>);
    else out[k] = v;
  }
  if (Object.keys(meta).length) out.__metadata = meta;
  return out;
}

export function entityReply(env: Env, ctx: Ctx, status: number, entity: Record<string, unknown>, extra: Record<string, string> = {}): Reply {
  const selected = project(entity, splitList(ctx.url.searchParams.get('$select')));
  if (ctx.verbose) return json(ctx, status, { d: toVerbose(env, selected) }, extra);
  return json(ctx, status, { 'odata.metadata': `${env.webUrl}/_api/$metadata#${String(entity['odata.type'] || 'Edm')}/@Element`, ...selected }, extra);
}

export function collectionReply(env: Env, ctx: Ctx, entities: Record<string, unknown>[], nextLink?: string): Reply {
  const select = splitList(ctx.url.searchParams.get('$select'));
  const rows = entities.map((e) => project(e, select));
  if (ctx.verbose) {
    return json(ctx, 200, { d: { results: rows.map((r) => toVerbose(env, r)), ...(nextLink ? { __next: nextLink } : {}) } });
  }
  return json(ctx, 200, { 'odata.metadata': `${env.webUrl}/_api/$metadata`, value: rows, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) });
}

export function nullReply(ctx: Ctx): Reply {
  return ctx.verbose ? json(ctx, 200, { d: null }) : json(ctx, 200, { 'odata.null': true });
}

export function parseBody(ctx: Ctx): Record<string, unknown> {
  if (!ctx.body.trim()) return {};
  try {
    const parsed = JSON.parse(ctx.body) as Record<string, unknown>;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    throw err(400, '-1, Microsoft.OData.Core.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.');
  }
}
