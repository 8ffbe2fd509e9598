/*
 * The part of Microsoft Graph v1.0 the product calls: sendMail (notifications) and the user directory
 * (people search). Graph's error shape is `{ error: { code, message } }`. No auth model: the caller is the
 * persona of X-Emulator-User, and any persona may call (README: Graph).
 */
import { evaluate, fieldsOf, FilterNode, ODataQueryError, parseFilter, splitList } from '../odata/query';
import type { MailRecord, SeedUser, User } from '../store';
import { directoryUser, DirectoryUser, DIRECTORY_PROPERTIES, DEFAULT_USER_SELECT } from './directory';

export interface GraphReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface GraphDeps {
  /** The tenant's people: every seeded account, whether or not it is on the site yet. */
  directory: () => readonly SeedUser[];
  /** Origin the emulator answers on (for @odata.nextLink). */
  origin: string;
  findUser: (name: string) => User | undefined;
  userById: (id: number) => User | undefined;
  addMail: (mail: Omit<MailRecord, 'id'>) => void;
  now: () => Date;
}

const JSON_TYPE = { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' };

function graphError(status: number, code: string, message: string): GraphReply {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: { code, message } }) };
}

export function graphRequest(deps: GraphDeps, method: string, url: URL, body: string, user: User): GraphReply {
  if (/^\/v1\.0\/users\/?$/i.test(url.pathname)) {
    if (method !== 'GET') return graphError(405, 'Request_BadRequest', 'The HTTP method is not supported for this resource.');
    return listUsers(deps, url);
  }
  const m = /^\/v1\.0\/(me|users\/([^/]+))\/sendmail$/i.exec(url.pathname);
  if (!m || method !== 'POST') return graphError(404, 'ResourceNotFound', 'Resource not found for the segment.');
  return sendMail(deps, m[2], body, user);
}

// ---- GET /v1.0/users ----------------------------------------------------------------------------

/**
 * learn.microsoft.com/graph/api/user-list: `$filter` (here `startswith` and `eq`, with `and`/`or`, on
 * the properties in directory.ts; Graph compares text without regard to case), `$select`, `$top` (1..999,
 * default 100) and `@odata.nextLink` paging with `$skiptoken`. Members and guests alike, as Graph lists them.
 */
function listUsers(deps: GraphDeps, url: URL): GraphReply {
  const q = url.searchParams;
  const topText = q.get('$top');
  const top = topText === null ? 100 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    return graphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topText}'. Must be between 1 and 999 inclusive.`);
  }
  for (const key of q.keys()) {
    if (['$filter', '$select', '$top', '$skiptoken'].indexOf(key) < 0 && key.startsWith('$')) {
      return graphError(400, 'Request_UnsupportedQuery', `The query option '${key}' is not supported by the emulator's directory.`);
    }
  }
  let filter: FilterNode | undefined;
  try {
    filter = q.get('$filter') ? parseFilter(q.get('$filter') as string) : undefined;
  } catch (e) {
    return graphError(400, 'BadRequest', `Invalid filter clause: ${e instanceof ODataQueryError ? e.message : String(e)}`);
  }
  if (filter && !defaultQuery(filter)) {
    // ne, not, lt/gt/le/ge are advanced queries (ConsistencyLevel: eventual and $count), which the emulator does
    // not model: refused, the stricter choice
    return graphError(400, 'Request_UnsupportedQuery', 'Unsupported query.');
  }
  const select = splitList(q.get('$select'));
  const unknown = [...(filter ? fieldsOf(filter) : []), ...select].find((p) => !DIRECTORY_PROPERTIES.some((k) => k.toLowerCase() === p.toLowerCase()));
  if (unknown) return graphError(400, 'Request_BadRequest', `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`);

  const read = (u: DirectoryUser, p: string): unknown => {
    const key = DIRECTORY_PROPERTIES.find((k) => k.toLowerCase() === p.toLowerCase()) as keyof DirectoryUser;
    return u[key];
  };
  const people = deps
    .directory()
    .map(directoryUser)
    .filter((u) => !filter || evaluate(filter, (p) => read(u, p)));
  const skip = Number(q.get('$skiptoken') || 0);
  const page = people.slice(skip, skip + top);
  const shown = select.length ? select.map((p) => DIRECTORY_PROPERTIES.find((k) => k.toLowerCase() === p.toLowerCase()) as string) : DEFAULT_USER_SELECT;
  const value = page.map((u) => Object.fromEntries(shown.map((k) => [k, read(u, k) ?? null])));
  const payload: Record<string, unknown> = {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users${select.length ? `(${shown.join(',')})` : ''}`,
    value
  };
  if (skip + top < people.length) {
    const next = [...q.entries()].filter(([k]) => k !== '$skiptoken').map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    next.push(`$skiptoken=${skip + top}`);
    payload['@odata.nextLink'] = `${deps.origin}/v1.0/users?${next.join('&')}`;
  }
  return { status: 200, headers: JSON_TYPE, body: JSON.stringify(payload) };
}

/** Graph's default (non-advanced) filters on users: `startswith` and `eq`, joined by `and`/`or`. */
function defaultQuery(node: FilterNode): boolean {
  if (node.kind === 'and' || node.kind === 'or') return defaultQuery(node.left) && defaultQuery(node.right);
  return node.kind === 'startswith' || (node.kind === 'compare' && node.op === 'eq');
}

// ---- sendMail -----------------------------------------------------------------------------------

/** learn.microsoft.com/graph/api/user-sendmail: 202, recorded (from, to, cc, subject, body). */
function sendMail(deps: GraphDeps, who: string | undefined, body: string, user: User): GraphReply {
  let sender = user;
  if (who) {
    const name = decodeURIComponent(who);
    const found = deps.findUser(name) || deps.userById(Number(name));
    if (!found) return graphError(404, 'ErrorInvalidUser', `The requested user '${name}' is invalid.`);
    sender = found;
  }
  let payload: { message?: { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: unknown[]; ccRecipients?: unknown[] } };
  try {
    payload = JSON.parse(body);
  } catch {
    return graphError(400, 'ErrorInvalidRequest', 'Cannot read the request body.');
  }
  const message = payload.message;
  const addresses = (list: unknown[] | undefined): string[] =>
    (list || []).map((r) => String((r as { emailAddress?: { address?: string } }).emailAddress?.address || '')).filter((a) => a);
  const to = addresses(message?.toRecipients);
  if (!message || to.length === 0) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  deps.addMail({
    from: sender.Email,
    to,
    cc: addresses(message.ccRecipients),
    subject: String(message.subject || ''),
    body: String(message.body?.content || ''),
    contentType: String(message.body?.contentType || 'Text'),
    sentAt: deps.now().toISOString()
  });
  return { status: 202, headers: {}, body: '' };
}
