/*
 * The local SharePoint emulator: an HTTP server answering the part of SharePoint's REST API that the
 * wellbeing store and provisioner use, with SharePoint's JSON shapes, status codes and permission rules,
 * plus a minimal Microsoft Graph sendMail. See emulator/README.md for every behaviour modelled and its source.
 */
import * as http from 'http';
import { randomBytes, randomUUID } from 'crypto';
import { AddressInfo } from 'net';
import {
  compareForSort,
  evaluate,
  FilterNode,
  fieldsOf,
  leadingClause,
  leadingCondition,
  ODataQueryError,
  OrderKey,
  parseFilter,
  parseOrderBy,
  project,
  splitList
} from './odata';
import { BatchResponse, formatBatch, parseBatch } from './multipart';
import { checkFieldProperties } from './fieldTypes';
import { graphRequest } from './graph/graph';
import { has, isEmpty, Mask, maskOf, normalise } from './permissions';
import {
  ACCESS_DENIED,
  EmulatorError,
  FieldRecord,
  fieldODataType,
  Group,
  isoSeconds,
  ItemRecord,
  ListRecord,
  MailRecord,
  RoleDefinition,
  Scope,
  SeedUser,
  Store,
  User
} from './store';
import seedFile from './seed/users.json';

export interface Fault {
  /** 429 or 503 (any status works), answered with Retry-After. */
  status?: number;
  retryAfterSeconds?: number;
  /** Destroy the socket instead of answering (nothing is done: the request never reached SharePoint). */
  drop?: boolean;
  /**
   * Process the request (the item is written, the batch runs), then destroy the socket instead of answering:
   * the "response lost after SharePoint did the work" case.
   */
  dropAfterCommit?: boolean;
  /** How many matching requests get the fault (default 1). */
  count?: number;
  /**
   * Only requests whose "METHOD url" contains this text (or matches this pattern); METHOD is the HTTP method
   * as sent (PnPjs sends MERGE as POST with X-HTTP-Method), url the path and query as sent or URL-decoded.
   */
  match?: string | RegExp;
}

/** One request the emulator answered (or dropped), in arrival order; `/_emulator/` control calls are not logged. */
export interface LoggedRequest {
  /** The method SharePoint acts on: X-HTTP-Method (MERGE, DELETE) when a POST carries one. */
  method: string;
  /** Absolute URL as sent (percent-encoded); for a request inside a $batch, the URL written in the batch. */
  url: string;
  /** The caller's login name ('' when the persona header is missing or unknown). */
  user: string;
  /** The status answered (or, when the socket was dropped, the status it would have been; 0 for `drop`). */
  status: number;
  /** True for a request carried inside a $batch (the $batch itself is logged too, with batched false). */
  batched: boolean;
  /** The request body for writes (not for GET); a $batch's own entry carries its multipart body. */
  body?: string;
  /** True when a fault destroyed the socket instead of answering. */
  dropped?: boolean;
}

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** SQLite file, or ':memory:' (the default). */
  dbPath?: string;
  /** Demo users; defaults to emulator/seed/users.json. */
  users?: SeedUser[];
  /** SharePoint's list view threshold (5000 on SharePoint Online). */
  listViewThreshold?: number;
  /** Server-relative URL of the emulated site. */
  sitePath?: string;
  siteTitle?: string;
  /** The server's clock (Created, Modified, mail); real time by default. */
  now?: () => Date;
  /**
   * Requests the host serves itself on the same origin (the local preview's pages). Return true when it
   * answered; it may also set the X-Emulator-User header (from a cookie, say) and return false.
   */
  intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

export interface Emulator {
  /** Absolute URL of the emulated site (what PnPjs takes as its base URL). */
  url: string;
  origin: string;
  port: number;
  store: Store;
  listViewThreshold: number;
  close(): Promise<void>;
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Every message sent through Graph, or those from or to one user (login name or e-mail). */
  mail(user?: string): MailRecord[];
  /** Inserts items straight into a list, as `asUser` (login or e-mail; the first site admin or owner by default). */
  seedItems(listTitle: string, items: Record<string, unknown>[], asUser?: string): number[];
  users(): User[];
  /** Every request since the start or the last `clearRequests()`, $batch parts included (marked `batched`). */
  requests(): LoggedRequest[];
  clearRequests(): void;
  /** Moves the server's clock (undefined: real time again). */
  setClock(now?: () => Date): void;
}

interface Ctx {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  user: User;
  verbose: boolean;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

const JSON_MINIMAL = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
const JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';
const DIGEST_SECONDS = 1800;

function loadSeedUsers(): SeedUser[] {
  return (seedFile as { users: SeedUser[] }).users;
}

interface Segment {
  name: string;
  args?: string;
}

/** Splits an _api path into segments, keeping quoted text and parentheses whole: getbytitle('a/b')/items(3). */
function segmentsOf(path: string): Segment[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const c of path) {
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '(') depth += 1;
    if (!quoted && c === ')') depth -= 1;
    if (c === '/' && depth === 0 && !quoted) {
      if (current) out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) out.push(current);
  return out.map((s) => {
    const open = s.indexOf('(');
    if (open < 0 || !s.endsWith(')')) return { name: s.toLowerCase() };
    return { name: s.slice(0, open).toLowerCase(), args: s.slice(open + 1, -1) };
  });
}

/** A function-call argument: 'text' (quotes doubled), guid'...', a number, true/false, or an @alias from the query. */
function argValue(raw: string, query: URLSearchParams): string {
  let v = raw.trim();
  if (v.startsWith('@')) v = (query.get(v) || '').trim();
  const guid = /^guid'(.*)'$/i.exec(v);
  if (guid) return guid[1];
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

function namedArgs(raw: string | undefined, query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (raw || '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim().toLowerCase()] = argValue(part.slice(eq + 1), query);
  }
  return out;
}

const bool = (v: string | undefined): boolean => (v || '').toLowerCase() === 'true';

function err(status: number, code: string, message: string): EmulatorError {
  return new EmulatorError(status, code, message);
}

const BAD_QUERY = (message: string): EmulatorError => err(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
const NOT_FOUND_RESOURCE = (): EmulatorError => err(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request.');
const ITEM_NOT_FOUND = (): EmulatorError => err(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
/*
 * Unique columns and item-level security do not mix (Microsoft's "Enforce unique values" limits, as
 * quoted in the README): SharePoint refuses each combination. Its exact words are not published; these are
 * clear SPException texts with 400, the stricter guess (README: unique columns).
 */
const SPEXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const UNIQUE_ON_ITEM_SECURITY = (name: string): EmulatorError =>
  err(400, SPEXCEPTION, `The column '${name}' cannot enforce unique values: the list uses item-level permissions (ReadSecurity or WriteSecurity other than 1).`);
const UNIQUE_ON_UNIQUE_ITEMS = (name: string): EmulatorError =>
  err(400, SPEXCEPTION, `The column '${name}' cannot enforce unique values: items of the list have unique permissions.`);
const ITEM_SECURITY_ON_UNIQUE = (names: string): EmulatorError =>
  err(400, SPEXCEPTION, `Item-level permissions cannot be set on a list with columns that enforce unique values: [${names}].`);
const BREAK_ON_UNIQUE = (names: string): EmulatorError =>
  err(400, SPEXCEPTION, `Permission inheritance cannot be broken on an item of a list with columns that enforce unique values: [${names}].`);
const BATCH_POISONED = (): EmulatorError => err(500, '-1, System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
const THROTTLED = (): EmulatorError =>
  err(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');

type Target =
  | { kind: 'web' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListRecord }
  | { kind: 'items'; list: ListRecord }
  | { kind: 'item'; list: ListRecord; item: ItemRecord }
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

class SharePointEmulator {
  public readonly store: Store;
  public threshold: number;
  public origin = '';
  public readonly sitePath: string;
  private _faults: Fault[] = [];
  private _requests: LoggedRequest[] = [];
  private readonly _digests = new Map<string, number>();

  public constructor(options: EmulatorOptions) {
    this.sitePath = (options.sitePath || '/sites/wellbeing').replace(/\/$/, '');
    this.store = new Store(options.dbPath || ':memory:', options.users || loadSeedUsers(), options.siteTitle || 'Wellbeing');
    this.threshold = options.listViewThreshold ?? 5000;
  }

  public get webUrl(): string {
    return `${this.origin}${this.sitePath}`;
  }

  public inject(fault: Fault): void {
    this._faults.push({ count: 1, ...fault });
  }

  public clearFaults(): void {
    this._faults = [];
  }

  public requests(): LoggedRequest[] {
    return this._requests.map((r) => ({ ...r }));
  }

  public clearRequests(): void {
    this._requests = [];
  }

  private log(entry: LoggedRequest): void {
    this._requests.push(entry);
  }

  // ---- HTTP entry --------------------------------------------------------------------------------

  public handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url || '/';
      const control = path.startsWith('/_emulator/');
      const body = Buffer.concat(chunks).toString('utf8');
      const entry = control ? undefined : this.logEntry(req, body);
      const fault = control ? undefined : this.takeFault(req);
      if (fault && fault.drop) {
        if (entry) this.log({ ...entry, status: 0, dropped: true });
        req.socket.destroy();
        return;
      }
      if (fault && !fault.dropAfterCommit) {
        const status = fault.status || 429;
        if (entry) this.log({ ...entry, status });
        this.answerFault(res, status, fault.retryAfterSeconds ?? 0);
        return;
      }
      let reply: Reply;
      // logged before the request runs, so a $batch's entry comes before its parts
      const at = entry ? this._requests.push({ ...entry, status: 0 }) - 1 : -1;
      try {
        reply = this.route(req, body);
      } catch (e) {
        reply = this.errorReply(e, false);
      }
      if (at >= 0) this._requests[at].status = reply.status;
      if (fault && fault.dropAfterCommit) {
        // the work is done; the caller never hears about it
        if (at >= 0) this._requests[at].dropped = true;
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, STATUS_TEXT[reply.status] || '', reply.headers);
      res.end(reply.body);
    });
  }

  private logEntry(req: http.IncomingMessage, body: string): LoggedRequest {
    const sent = (req.method || 'GET').toUpperCase();
    const override = req.headers['x-http-method'];
    const method = sent === 'POST' && typeof override === 'string' && override ? override.toUpperCase() : sent;
    const who = req.headers['x-emulator-user'];
    const user = typeof who === 'string' && who ? this.store.findUser(who) : undefined;
    return { method, url: `${this.origin}${req.url || '/'}`, user: user ? user.LoginName : '', status: 0, batched: false, ...(sent === 'GET' ? {} : { body }) };
  }

  private takeFault(req: http.IncomingMessage): Fault | undefined {
    const line = `${req.method} ${req.url}`;
    let decoded = line;
    try {
      decoded = decodeURIComponent(line);
    } catch {
      // not valid percent-encoding: match the raw line only
    }
    const matches = (f: Fault): boolean =>
      !f.match || (typeof f.match === 'string' ? line.indexOf(f.match) >= 0 || decoded.indexOf(f.match) >= 0 : f.match.test(line) || f.match.test(decoded));
    const fault = this._faults.find((f) => (f.count ?? 1) > 0 && matches(f));
    if (!fault) return undefined;
    fault.count = (fault.count ?? 1) - 1;
    this._faults = this._faults.filter((f) => (f.count ?? 1) > 0);
    return fault;
  }

  private answerFault(res: http.ServerResponse, status: number, retryAfterSeconds: number): void {
    const body = JSON.stringify({
      'odata.error': {
        code: status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.Client.ServerUnavailableException',
        message: { lang: 'en-US', value: status === 429 ? 'The request has been throttled.' : 'The service is unavailable.' }
      }
    });
    res.writeHead(status, STATUS_TEXT[status] || '', { 'Content-Type': JSON_MINIMAL, 'Retry-After': String(retryAfterSeconds) });
    res.end(body);
  }

  private route(req: http.IncomingMessage, body: string): Reply {
    const url = new URL(req.url || '/', this.origin);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v || '';
    if (url.pathname.startsWith('/_emulator/')) return this.emulatorRoute(req.method || 'GET', url, body);
    const who = headers['x-emulator-user'];
    // a tenant account joins the site's user list on its first request, as SharePoint adds a visitor
    const user = who ? this.store.findUser(who) || this.store.fromDirectory(who) : undefined;
    const verbose = /odata=verbose/i.test(headers.accept || '');
    if (!user) {
      return this.errorReply(err(401, '-2147024891, System.UnauthorizedAccessException', 'Unauthorized: send X-Emulator-User with a demo user\'s login name or e-mail.'), verbose);
    }
    const lower = url.pathname.toLowerCase();
    if (lower.startsWith('/v1.0/')) return this.graph(req.method || 'GET', url, body, user);
    let method = (req.method || 'GET').toUpperCase();
    const override = headers['x-http-method'];
    if (method === 'POST' && override) method = override.toUpperCase();
    const ctx: Ctx = { method, url, headers, body, user, verbose };
    if (method !== 'GET' && !/\/_api\/contextinfo$/i.test(url.pathname)) {
      this.checkDigest(ctx);
    }
    if (/\/_api\/\$batch$/i.test(url.pathname)) return this.batch(ctx);
    return this.sharePoint(ctx);
  }

  private checkDigest(ctx: Ctx): void {
    if (ctx.headers.authorization) return;
    const digest = ctx.headers['x-requestdigest'];
    const expires = digest ? this._digests.get(digest) : undefined;
    if (!expires || expires < Date.now()) {
      throw err(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');
    }
  }

  // ---- replies -----------------------------------------------------------------------------------

  private errorReply(e: unknown, verbose: boolean): Reply {
    const error = e instanceof EmulatorError ? e : err(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
    const payload = { code: error.code, message: { lang: 'en-US', value: error.message } };
    return {
      status: error.status,
      headers: { 'Content-Type': verbose ? JSON_VERBOSE : JSON_MINIMAL },
      body: JSON.stringify(verbose ? { error: payload } : { 'odata.error': payload })
    };
  }

  private json(ctx: Ctx, status: number, data: unknown, extra: Record<string, string> = {}): Reply {
    return { status, headers: { 'Content-Type': ctx.verbose ? JSON_VERBOSE : JSON_MINIMAL, ...extra }, body: JSON.stringify(data) };
  }

  private empty(status: number, extra: Record<string, string> = {}): Reply {
    return { status, headers: { ...extra }, body: '' };
  }

  private toVerbose(entity: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const meta: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(entity)) {
      if (k === 'odata.id') meta.id = v;
      else if (k === 'odata.type') meta.type = v;
      else if (k === 'odata.etag') meta.etag = v;
      else if (k === 'odata.editLink') meta.uri = `${this.webUrl}/_api/${v}`;
      else if (k.startsWith('odata.')) continue;
      else if (Array.isArray(v) && v.length && typeof v[0] === 'object') out[k] = { results: v.map((x) => this.toVerbose(x as Record<string, unknown>)) };
      else if (Array.isArray(v)) out[k] = { results: v };
      else if (v && typeof v === 'object' && !('High' in (v as object))) out[k] = this.toVerbose(v as Record<string, unknown>);
      else out[k] = v;
    }
    if (Object.keys(meta).length) out.__metadata = meta;
    return out;
  }

  private entityReply(ctx: Ctx, status: number, entity: Record<string, unknown>, extra: Record<string, string> = {}): Reply {
    const selected = project(entity, splitList(ctx.url.searchParams.get('$select')));
    if (ctx.verbose) return this.json(ctx, status, { d: this.toVerbose(selected) }, extra);
    return this.json(ctx, status, { 'odata.metadata': `${this.webUrl}/_api/$metadata#${String(entity['odata.type'] || 'Edm')}/@Element`, ...selected }, extra);
  }

  private collectionReply(ctx: Ctx, entities: Record<string, unknown>[], nextLink?: string): Reply {
    const select = splitList(ctx.url.searchParams.get('$select'));
    const rows = entities.map((e) => project(e, select));
    if (ctx.verbose) {
      return this.json(ctx, 200, { d: { results: rows.map((r) => this.toVerbose(r)), ...(nextLink ? { __next: nextLink } : {}) } });
    }
    return this.json(ctx, 200, { 'odata.metadata': `${this.webUrl}/_api/$metadata`, value: rows, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) });
  }

  private nullReply(ctx: Ctx): Reply {
    return ctx.verbose ? this.json(ctx, 200, { d: null }) : this.json(ctx, 200, { 'odata.null': true });
  }

  // ---- $batch ------------------------------------------------------------------------------------

  private batch(ctx: Ctx): Reply {
    const requests = parseBatch(ctx.body, ctx.headers['content-type'] || '');
    const responses: BatchResponse[] = [];
    let failed = false;
    for (const r of requests) {
      const url = new URL(r.url, this.webUrl + '/');
      let method = r.method;
      if (method === 'POST' && r.headers['x-http-method']) method = r.headers['x-http-method'].toUpperCase();
      const inner: Ctx = { method, url, headers: r.headers, body: r.body, user: ctx.user, verbose: /odata=verbose/i.test(r.headers.accept || '') };
      let reply: Reply;
      if (failed) {
        // After the first part that fails, SharePoint Online answers every later part (reads included) with
        // this 500 and does not run it; the parts before stand (pnp/pnpjs#486, #1275: real responses).
        reply = this.errorReply(BATCH_POISONED(), inner.verbose);
      } else {
        try {
          reply = this.sharePoint(inner);
        } catch (e) {
          reply = this.errorReply(e, inner.verbose);
        }
        failed = reply.status < 200 || reply.status > 299;
      }
      responses.push({ status: reply.status, statusText: STATUS_TEXT[reply.status] || '', headers: reply.headers, body: reply.body });
      this.log({ method, url: url.toString(), user: ctx.user.LoginName, status: reply.status, batched: true, ...(method === 'GET' ? {} : { body: r.body }) });
    }
    const boundary = `batchresponse_${randomUUID()}`;
    return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: formatBatch(responses, boundary) };
  }

  // ---- SharePoint REST ---------------------------------------------------------------------------

  private sharePoint(ctx: Ctx): Reply {
    try {
      return this.dispatch(ctx);
    } catch (e) {
      if (e instanceof ODataQueryError) return this.errorReply(BAD_QUERY(e.message), ctx.verbose);
      return this.errorReply(e, ctx.verbose);
    }
  }

  private dispatch(ctx: Ctx): Reply {
    const at = ctx.url.pathname.toLowerCase().indexOf('/_api/');
    if (at < 0) throw NOT_FOUND_RESOURCE();
    const apiPath = decodeURIComponent(ctx.url.pathname.slice(at + '/_api/'.length));
    const segments = segmentsOf(apiPath);
    const user = ctx.user;
    // No permission at all on the site: SharePoint refuses every request, the form digest included.
    if (isEmpty(this.store.effectiveMask(user, { kind: 'web' }))) throw ACCESS_DENIED();
    if (segments.length === 1 && segments[0].name === 'contextinfo') {
      if (ctx.method !== 'POST') throw NOT_FOUND_RESOURCE();
      return this.contextInfo(ctx);
    }
    if (!segments.length || segments[0].name !== 'web') throw NOT_FOUND_RESOURCE();
    let target: Target = { kind: 'web' };
    for (const segment of segments.slice(1)) target = this.resolve(ctx, target, segment);
    return this.execute(ctx, target);
  }

  private contextInfo(ctx: Ctx): Reply {
    const value = `0x${randomBytes(32).toString('hex').toUpperCase()},${this.store.now().toUTCString()}`;
    this._digests.set(value, Date.now() + DIGEST_SECONDS * 1000);
    const info = {
      FormDigestTimeoutSeconds: DIGEST_SECONDS,
      FormDigestValue: value,
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: this.webUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: this.webUrl
    };
    if (ctx.verbose) return this.json(ctx, 200, { d: { GetContextWebInformation: info } });
    return this.json(ctx, 200, { 'odata.metadata': `${this.webUrl}/_api/$metadata#SP.ContextWebInformation`, ...info });
  }

  private listNotFound(title: string): EmulatorError {
    return err(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${this.webUrl}'.`);
  }

  /** A list the caller can reach: any permission on it, Limited Access included; otherwise SharePoint says it does not exist. */
  private visibleList(user: User, list: ListRecord | undefined, name: string): ListRecord {
    if (!list || !this.store.reachesList(user, list)) throw this.listNotFound(name);
    return list;
  }

  private scopeOf(target: Target): Scope | undefined {
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

  private userByKey(raw: string | undefined, query: URLSearchParams): User {
    const v = argValue(raw || '', query);
    const user = /^\d+$/.test(v) ? this.store.userById(Number(v)) : this.store.findUser(v.replace(/^!@v::/, ''));
    if (!user) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    return user;
  }

  private groupByKey(raw: string | undefined, query: URLSearchParams, byName: boolean): Group {
    const v = argValue(raw || '', query);
    const group = byName ? this.store.groupByName(v) : this.store.group(Number(v));
    if (!group) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    return group;
  }

  private resolve(ctx: Ctx, from: Target, seg: Segment): Target {
    const q = ctx.url.searchParams;
    const user = ctx.user;
    const scope = this.scopeOf(from);
    // security members shared by web, list and item
    if (scope) {
      switch (seg.name) {
        case 'roleassignments':
          if (seg.args !== undefined) return { kind: 'roleassignment', scope, principal: Number(argValue(seg.args, q)) };
          return { kind: 'roleassignments', scope };
        case 'effectivebasepermissions':
          return { kind: 'effective', scope };
        case 'getusereffectivepermissions':
          return { kind: 'effective', scope, forUser: this.userByKey(seg.args, q) };
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
              return { kind: 'list', list: this.visibleList(user, this.store.listById(id), id) };
            }
            return { kind: 'lists' };
          case 'currentuser':
            return { kind: 'user', user };
          case 'siteusers':
            if (seg.args !== undefined) return { kind: 'user', user: this.userByKey(seg.args, q) };
            return { kind: 'siteusers' };
          case 'getuserbyid':
            return { kind: 'user', user: this.userByKey(seg.args, q) };
          case 'sitegroups':
            if (seg.args !== undefined) return { kind: 'group', group: this.groupByKey(seg.args, q, false) };
            return { kind: 'sitegroups' };
          case 'associatedownergroup':
            return { kind: 'group', group: this.store.group(this.store.ownersGroupId) as Group };
          case 'associatedmembergroup':
            return { kind: 'group', group: this.store.group(this.store.membersGroupId) as Group };
          case 'associatedvisitorgroup':
            return { kind: 'group', group: this.store.group(this.store.visitorsGroupId) as Group };
          case 'roledefinitions':
            if (seg.args !== undefined) return { kind: 'roledefinition', def: this.roleDefById(Number(argValue(seg.args, q))) };
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
          return { kind: 'list', list: this.visibleList(user, this.store.listByTitle(title), title) };
        }
        if (seg.name === 'getbyid') {
          const id = argValue(seg.args || '', q);
          return { kind: 'list', list: this.visibleList(user, this.store.listById(id), id) };
        }
        break;
      case 'list':
        switch (seg.name) {
          case 'items':
            if (seg.args !== undefined) return { kind: 'item', list: from.list, item: this.visibleItem(user, from.list, Number(argValue(seg.args, q))) };
            return { kind: 'items', list: from.list };
          case 'fields':
            if (seg.args !== undefined) return { kind: 'field', list: from.list, field: this.fieldByKey(from.list, argValue(seg.args, q)) };
            return { kind: 'fields', list: from.list };
          default:
            break;
        }
        break;
      case 'items':
        if (seg.name === 'getbyid') return { kind: 'item', list: from.list, item: this.visibleItem(user, from.list, Number(argValue(seg.args || '', q))) };
        break;
      case 'fields':
        if (seg.name === 'getbyinternalnameortitle' || seg.name === 'getbytitle' || seg.name === 'getbyid') {
          return { kind: 'field', list: from.list, field: this.fieldByKey(from.list, argValue(seg.args || '', q)) };
        }
        if (seg.name === 'createfieldasxml' || seg.name === 'addfield') return { kind: 'action', name: seg.name, args: {}, parent: from };
        break;
      case 'siteusers':
        if (seg.name === 'getbyid' || seg.name === 'getbyemail' || seg.name === 'getbyloginname') return { kind: 'user', user: this.userByKey(seg.args, q) };
        if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: seg.name, args: { key: seg.args || '' }, parent: from };
        break;
      case 'sitegroups':
        if (seg.name === 'getbyid') return { kind: 'group', group: this.groupByKey(seg.args, q, false) };
        if (seg.name === 'getbyname') return { kind: 'group', group: this.groupByKey(seg.args, q, true) };
        if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: `group${seg.name}`, args: { key: seg.args || '' }, parent: from };
        break;
      case 'group':
        if (seg.name === 'users') {
          if (seg.args !== undefined) return { kind: 'user', user: this.userByKey(seg.args, q) };
          return { kind: 'groupusers', group: from.group };
        }
        break;
      case 'groupusers':
        if (seg.name === 'getbyid' || seg.name === 'getbyemail' || seg.name === 'getbyloginname') return { kind: 'user', user: this.userByKey(seg.args, q) };
        if (seg.name === 'removebyid' || seg.name === 'removebyloginname') return { kind: 'action', name: `member${seg.name}`, args: { key: seg.args || '' }, parent: from };
        break;
      case 'roledefinitions':
        if (seg.name === 'getbyid') return { kind: 'roledefinition', def: this.roleDefById(Number(argValue(seg.args || '', q))) };
        if (seg.name === 'getbyname') {
          const name = argValue(seg.args || '', q);
          const def = this.store.roleDefinitions().find((d) => d.Name.toLowerCase() === name.toLowerCase());
          if (!def) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
          return { kind: 'roledefinition', def };
        }
        if (seg.name === 'getbytype') {
          const def = this.store.roleDefinitions().find((d) => d.RoleTypeKind === Number(argValue(seg.args || '', q)));
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
        break;
      case 'roleassignment':
        if (seg.name === 'roledefinitionbindings' || seg.name === 'member') return { kind: 'action', name: `ra-${seg.name}`, args: {}, parent: from };
        break;
      default:
        break;
    }
    throw NOT_FOUND_RESOURCE();
  }

  private roleDefById(id: number): RoleDefinition {
    const def = this.store.roleDefinition(id);
    if (!def) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    return def;
  }

  private fieldByKey(list: ListRecord, key: string): FieldRecord {
    const field = this.store.field(list, key);
    if (!field) throw err(404, '-2147024809, System.ArgumentException', `Column '${key}' does not exist. It may have been deleted by another user.`);
    return field;
  }

  private visibleItem(user: User, list: ListRecord, id: number): ItemRecord {
    const item = this.store.item(list, id);
    if (!item || !has(this.store.itemMask(user, list, item), 'ViewListItems')) throw ITEM_NOT_FOUND();
    return item;
  }

  private requireOn(user: User, scope: Scope, kind: Parameters<typeof has>[1]): void {
    if (!this.store.can(user, scope, kind)) throw ACCESS_DENIED();
  }

  private parseBody(ctx: Ctx): Record<string, unknown> {
    if (!ctx.body.trim()) return {};
    try {
      const parsed = JSON.parse(ctx.body) as Record<string, unknown>;
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      throw err(400, '-1, Microsoft.OData.Core.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.');
    }
  }

  // ---- execution ---------------------------------------------------------------------------------

  private execute(ctx: Ctx, target: Target): Reply {
    const user = ctx.user;
    const m = ctx.method;
    const web: Scope = { kind: 'web' };
    switch (target.kind) {
      case 'web':
        if (m === 'GET') return this.entityReply(ctx, 200, this.webEntity());
        if (m === 'MERGE' || m === 'PATCH') {
          this.requireOn(user, web, 'ManageWeb');
          const props = this.parseBody(ctx);
          if (typeof props.Title === 'string') this.store.webTitle = props.Title;
          return this.empty(204);
        }
        break;
      case 'lists':
        if (m === 'GET') {
          const lists = this.store.lists().filter((l) => this.store.reachesList(user, l));
          return this.collection(ctx, lists.map((l) => this.listEntity(l)));
        }
        if (m === 'POST') {
          this.requireOn(user, web, 'ManageLists');
          const list = this.store.createList(this.parseBody(ctx));
          return this.entityReply(ctx, 201, this.listEntity(list));
        }
        break;
      case 'list':
        if (m === 'GET') return this.entityReply(ctx, 200, this.listEntity(target.list));
        if (m === 'MERGE' || m === 'PATCH' || m === 'PUT') {
          this.requireOn(user, { kind: 'list', list: target.list }, 'ManageLists');
          const props = this.parseBody(ctx);
          const itemSecurity = ['ReadSecurity', 'WriteSecurity'].some((k) => props[k] !== undefined && Number(props[k]) !== 1);
          const unique = this.uniqueColumns(target.list);
          if (itemSecurity && unique.length) throw ITEM_SECURITY_ON_UNIQUE(unique.join(', '));
          this.store.updateList(target.list, props);
          return this.empty(204);
        }
        if (m === 'DELETE') {
          this.requireOn(user, { kind: 'list', list: target.list }, 'ManageLists');
          this.store.deleteList(target.list);
          return this.empty(200);
        }
        break;
      case 'fields':
        if (m === 'GET') return this.collection(ctx, this.store.fields(target.list).map((f) => this.fieldEntity(target.list, f)));
        if (m === 'POST') {
          this.requireOn(user, { kind: 'list', list: target.list }, 'ManageLists');
          const props = this.parseBody(ctx);
          checkFieldProperties(props);
          const field = this.addFieldFromProps(target.list, props);
          return this.entityReply(ctx, 201, this.fieldEntity(target.list, field));
        }
        break;
      case 'field':
        if (m === 'GET') return this.entityReply(ctx, 200, this.fieldEntity(target.list, target.field));
        if (m === 'MERGE' || m === 'PATCH') {
          this.requireOn(user, { kind: 'list', list: target.list }, 'ManageLists');
          this.updateField(target.list, target.field, this.parseBody(ctx));
          return this.empty(204);
        }
        if (m === 'DELETE') {
          this.requireOn(user, { kind: 'list', list: target.list }, 'ManageLists');
          if (target.field.builtIn) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a hidden column.');
          this.store.deleteField(target.list, target.field);
          return this.empty(200);
        }
        break;
      case 'items':
        if (m === 'GET') return this.queryItems(ctx, target.list);
        if (m === 'POST') return this.addItem(ctx, target.list);
        break;
      case 'item':
        if (m === 'GET') return this.entityReply(ctx, 200, this.itemEntity(target.list, target.item, this.expandOf(ctx)));
        if (m === 'MERGE' || m === 'PATCH' || m === 'PUT') return this.updateItem(ctx, target.list, target.item);
        if (m === 'DELETE') return this.deleteItem(ctx, target.list, target.item);
        break;
      case 'siteusers':
        if (m === 'GET') {
          this.requireOn(user, web, 'BrowseUserInfo');
          return this.collection(ctx, this.store.users().map((u) => this.userEntity(u)));
        }
        if (m === 'POST') {
          this.requireOn(user, web, 'ManagePermissions');
          const added = this.store.ensureUser(String(this.parseBody(ctx).LoginName || ''));
          return this.entityReply(ctx, 201, this.userEntity(added));
        }
        break;
      case 'user':
        if (m === 'GET') {
          if (target.user.Id !== user.Id) this.requireOn(user, web, 'BrowseUserInfo');
          return this.entityReply(ctx, 200, this.userEntity(target.user));
        }
        break;
      case 'sitegroups':
        if (m === 'GET') {
          this.requireOn(user, web, 'BrowseUserInfo');
          return this.collection(ctx, this.store.groups().map((g) => this.groupEntity(g)));
        }
        if (m === 'POST') {
          this.requireOn(user, web, 'CreateGroups');
          const props = this.parseBody(ctx);
          const id = this.store.insertGroup({
            Title: String(props.Title || ''),
            Description: String(props.Description || ''),
            // the creator owns the group (SharePoint's default owner)
            OwnerId: user.Id,
            OnlyAllowMembersViewMembership: props.OnlyAllowMembersViewMembership === undefined ? true : Boolean(props.OnlyAllowMembersViewMembership),
            AllowMembersEditMembership: Boolean(props.AllowMembersEditMembership),
            AllowRequestToJoinLeave: Boolean(props.AllowRequestToJoinLeave),
            AutoAcceptRequestToJoinLeave: Boolean(props.AutoAcceptRequestToJoinLeave),
            RequestToJoinLeaveEmailSetting: String(props.RequestToJoinLeaveEmailSetting || '')
          });
          return this.entityReply(ctx, 201, this.groupEntity(this.store.group(id) as Group));
        }
        break;
      case 'group':
        if (m === 'GET') {
          this.requireOn(user, web, 'BrowseUserInfo');
          return this.entityReply(ctx, 200, this.groupEntity(target.group));
        }
        if (m === 'MERGE' || m === 'PATCH') {
          this.requireGroupOwner(user, target.group);
          const props = this.parseBody(ctx);
          const updated: Group = { ...target.group };
          for (const key of ['Title', 'Description', 'OnlyAllowMembersViewMembership', 'AllowMembersEditMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave', 'RequestToJoinLeaveEmailSetting']) {
            if (props[key] !== undefined) (updated as unknown as Record<string, unknown>)[key] = props[key];
          }
          this.store.updateGroup(updated);
          return this.empty(204);
        }
        if (m === 'DELETE') {
          this.requireGroupOwner(user, target.group);
          this.store.deleteGroup(target.group.Id);
          return this.empty(200);
        }
        break;
      case 'groupusers':
        if (m === 'GET') {
          this.requireSeeMembers(user, target.group);
          return this.collection(ctx, this.store.members(target.group.Id).map((u) => this.userEntity(u)));
        }
        if (m === 'POST') {
          this.requireEditMembers(user, target.group);
          const added = this.store.ensureUser(String(this.parseBody(ctx).LoginName || ''));
          this.store.addMember(target.group.Id, added.Id);
          return this.entityReply(ctx, 201, this.userEntity(added));
        }
        break;
      case 'roledefinitions':
        if (m === 'GET') return this.collection(ctx, this.store.roleDefinitions().map((d) => this.roleDefEntity(d)));
        if (m === 'POST') {
          this.requireOn(user, web, 'ManagePermissions');
          const props = this.parseBody(ctx);
          const def = this.store.addRoleDefinition({
            Name: String(props.Name || ''),
            Description: String(props.Description || ''),
            Order: Number(props.Order || 0),
            BasePermissions: normalise((props.BasePermissions as Mask) || { High: 0, Low: 0 })
          });
          return this.entityReply(ctx, 201, this.roleDefEntity(def));
        }
        break;
      case 'roledefinition':
        if (m === 'GET') return this.entityReply(ctx, 200, this.roleDefEntity(target.def));
        if (m === 'MERGE' || m === 'PATCH') {
          this.requireOn(user, web, 'ManagePermissions');
          if (target.def.RoleTypeKind !== 0) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot change a built-in permission level.');
          const props = this.parseBody(ctx);
          const updated: RoleDefinition = { ...target.def };
          if (props.Name !== undefined) updated.Name = String(props.Name);
          if (props.Description !== undefined) updated.Description = String(props.Description);
          if (props.Order !== undefined) updated.Order = Number(props.Order);
          if (props.BasePermissions !== undefined) updated.BasePermissions = normalise(props.BasePermissions as Mask);
          this.store.updateRoleDefinition(updated);
          return this.empty(204);
        }
        if (m === 'DELETE') {
          this.requireOn(user, web, 'ManagePermissions');
          this.store.deleteRoleDefinition(target.def.Id);
          return this.empty(200);
        }
        break;
      case 'roleassignments':
        if (m === 'GET') {
          this.requireOn(user, target.scope, 'EnumeratePermissions');
          return this.collection(ctx, this.roleAssignmentEntities(target.scope, this.expandOf(ctx)));
        }
        break;
      case 'roleassignment':
        if (m === 'GET') {
          this.requireOn(user, target.scope, 'EnumeratePermissions');
          const found = this.roleAssignmentEntities(target.scope, this.expandOf(ctx)).find((a) => a.PrincipalId === target.principal);
          if (!found) throw err(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + String(target.principal) + '.');
          return this.entityReply(ctx, 200, found);
        }
        break;
      case 'effective': {
        if (m !== 'GET') break;
        const forUser = target.forUser || user;
        if (target.forUser && target.forUser.Id !== user.Id) this.requireOn(user, target.scope, 'EnumeratePermissions');
        const mask =
          target.scope.kind === 'item' ? this.store.itemMask(forUser, target.scope.list, target.scope.item) : this.store.effectiveMask(forUser, target.scope);
        const value = { High: String(mask.High), Low: String(mask.Low) };
        if (ctx.verbose) return this.json(ctx, 200, { d: target.forUser ? { GetUserEffectivePermissions: value } : { EffectiveBasePermissions: value } });
        return this.json(ctx, 200, { 'odata.metadata': `${this.webUrl}/_api/$metadata#SP.BasePermissions`, ...value });
      }
      case 'action':
        return this.action(ctx, target);
      default:
        break;
    }
    throw err(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${m}' is not supported here.`);
  }

  private requireGroupOwner(user: User, group: Group): void {
    if (this.isGroupOwner(user, group) || this.store.can(user, { kind: 'web' }, 'ManagePermissions')) return;
    throw ACCESS_DENIED();
  }

  private isGroupOwner(user: User, group: Group): boolean {
    return group.OwnerId === user.Id || this.store.isMember(group.OwnerId, user.Id);
  }

  private requireSeeMembers(user: User, group: Group): void {
    if (!group.OnlyAllowMembersViewMembership) return this.requireOn(user, { kind: 'web' }, 'BrowseUserInfo');
    if (this.store.isMember(group.Id, user.Id) || this.isGroupOwner(user, group) || this.store.can(user, { kind: 'web' }, 'ManagePermissions')) return;
    throw ACCESS_DENIED();
  }

  private requireEditMembers(user: User, group: Group): void {
    if (group.AllowMembersEditMembership && this.store.isMember(group.Id, user.Id)) return;
    this.requireGroupOwner(user, group);
  }

  private action(ctx: Ctx, target: Extract<Target, { kind: 'action' }>): Reply {
    const user = ctx.user;
    if (ctx.method !== 'POST' && !target.name.startsWith('ra-')) {
      throw err(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `${target.name} must be called with POST.`);
    }
    const parent = target.parent;
    const q = ctx.url.searchParams;
    switch (target.name) {
      case 'breakroleinheritance': {
        const scope = target.scope as Scope;
        this.requireOn(user, scope, 'ManagePermissions');
        if (scope.kind === 'item' && !scope.item.HasUniqueRoleAssignments) {
          const unique = this.uniqueColumns(scope.list);
          if (unique.length) throw BREAK_ON_UNIQUE(unique.join(', '));
        }
        this.store.breakInheritance(scope, bool(target.args.copyroleassignments), bool(target.args.clearsubscopes), user);
        return this.nullReply(ctx);
      }
      case 'resetroleinheritance': {
        const scope = target.scope as Scope;
        this.requireOn(user, scope, 'ManagePermissions');
        this.store.resetInheritance(scope);
        return this.nullReply(ctx);
      }
      case 'addroleassignment':
      case 'removeroleassignment': {
        const scope = target.scope as Scope;
        this.requireOn(user, scope, 'ManagePermissions');
        const principal = Number(target.args.principalid);
        const role = Number(target.args.roledefid);
        if (target.name === 'addroleassignment') {
          const unique = scope.kind === 'web' || (scope.kind === 'list' ? scope.list.HasUniqueRoleAssignments : scope.item.HasUniqueRoleAssignments);
          if (!unique) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
          this.store.grant(scope, principal, role);
        } else {
          this.store.revoke(scope, principal, role);
        }
        return this.nullReply(ctx);
      }
      case 'ensureuser': {
        this.requireOn(user, { kind: 'web' }, 'BrowseUserInfo');
        const body = this.parseBody(ctx);
        const ensured = this.store.ensureUser(String(body.logonName || body.LogonName || ''));
        return this.entityReply(ctx, 200, this.userEntity(ensured));
      }
      case 'createfieldasxml':
      case 'addfield': {
        if (parent.kind !== 'fields') break;
        this.requireOn(user, { kind: 'list', list: parent.list }, 'ManageLists');
        const params = (this.parseBody(ctx).parameters || {}) as Record<string, unknown>;
        const field =
          target.name === 'createfieldasxml'
            ? this.addFieldFromXml(parent.list, String(params.SchemaXml || ''))
            : this.addFieldFromProps(parent.list, params);
        return this.entityReply(ctx, 200, this.fieldEntity(parent.list, field));
      }
      case 'removebyid':
      case 'removebyloginname': {
        this.requireOn(user, { kind: 'web' }, 'ManagePermissions');
        const removed = this.userByKey(target.args.key, q);
        for (const g of this.store.groups()) this.store.removeMember(g.Id, removed.Id);
        return this.nullReply(ctx);
      }
      case 'groupremovebyid':
      case 'groupremovebyloginname': {
        const group = this.groupByKey(target.args.key, q, target.name === 'groupremovebyloginname');
        this.requireGroupOwner(user, group);
        this.store.deleteGroup(group.Id);
        return this.nullReply(ctx);
      }
      case 'memberremovebyid':
      case 'memberremovebyloginname': {
        if (parent.kind !== 'groupusers') break;
        this.requireEditMembers(user, parent.group);
        this.store.removeMember(parent.group.Id, this.userByKey(target.args.key, q).Id);
        return this.nullReply(ctx);
      }
      case 'recycle': {
        if (parent.kind !== 'item') break;
        return this.deleteItem(ctx, parent.list, parent.item);
      }
      case 'ra-roledefinitionbindings':
      case 'ra-member': {
        if (parent.kind !== 'roleassignment' || ctx.method !== 'GET') break;
        this.requireOn(user, parent.scope, 'EnumeratePermissions');
        const found = this.roleAssignmentEntities(parent.scope, new Set(['roledefinitionbindings', 'member'])).find((a) => a.PrincipalId === parent.principal);
        if (!found) throw NOT_FOUND_RESOURCE();
        return target.name === 'ra-member'
          ? this.entityReply(ctx, 200, found.Member as Record<string, unknown>)
          : this.collection(ctx, found.RoleDefinitionBindings as Record<string, unknown>[]);
      }
      default:
        break;
    }
    throw NOT_FOUND_RESOURCE();
  }

  // ---- generic collections -----------------------------------------------------------------------

  private expandOf(ctx: Ctx): Set<string> {
    return new Set(splitList(ctx.url.searchParams.get('$expand')).map((e) => e.toLowerCase()));
  }

  private collection(ctx: Ctx, entities: Record<string, unknown>[]): Reply {
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
    return this.collectionReply(ctx, rows);
  }

  // ---- entities ----------------------------------------------------------------------------------

  private webEntity(): Record<string, unknown> {
    return {
      'odata.type': 'SP.Web',
      'odata.id': `${this.webUrl}/_api/Web`,
      'odata.editLink': 'Web',
      Id: '00000000-0000-4000-8000-0000000000ab',
      Title: this.store.webTitle,
      Url: this.webUrl,
      ServerRelativeUrl: this.sitePath,
      Description: '',
      WebTemplate: 'STS',
      Language: 2057,
      HasUniqueRoleAssignments: true
    };
  }

  private entityTypeName(list: ListRecord): string {
    const name = list.Title.replace(/[^A-Za-z0-9]/g, '');
    return `SP.Data.${name.charAt(0).toUpperCase()}${name.slice(1)}ListItem`;
  }

  private listEntity(list: ListRecord): Record<string, unknown> {
    return {
      'odata.type': 'SP.List',
      'odata.id': `${this.webUrl}/_api/Web/Lists(guid'${list.Id}')`,
      'odata.editLink': `Web/Lists(guid'${list.Id}')`,
      ...list,
      ItemCount: this.store.itemCount(list),
      ListItemEntityTypeFullName: this.entityTypeName(list),
      EntityTypeName: `${list.Title.replace(/[^A-Za-z0-9]/g, '')}List`,
      ParentWebUrl: this.sitePath,
      RootFolder: undefined
    };
  }

  private fieldEntity(list: ListRecord, field: FieldRecord): Record<string, unknown> {
    const { builtIn, ...rest } = field;
    void builtIn;
    return {
      'odata.type': fieldODataType(field),
      'odata.id': `${this.webUrl}/_api/Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
      'odata.editLink': `Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
      ...rest
    };
  }

  private userEntity(user: User): Record<string, unknown> {
    return {
      'odata.type': 'SP.User',
      'odata.id': `${this.webUrl}/_api/Web/GetUserById(${user.Id})`,
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

  private groupEntity(group: Group): Record<string, unknown> {
    const owner = this.store.principal(group.OwnerId);
    return {
      'odata.type': 'SP.Group',
      'odata.id': `${this.webUrl}/_api/Web/SiteGroups/GetById(${group.Id})`,
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

  private roleDefEntity(def: RoleDefinition): Record<string, unknown> {
    return {
      'odata.type': 'SP.RoleDefinition',
      'odata.id': `${this.webUrl}/_api/Web/RoleDefinitions(${def.Id})`,
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

  private principalEntity(id: number): Record<string, unknown> {
    const p = this.store.principal(id);
    if (!p) return { Id: id };
    return p.kind === 'group' ? this.groupEntity(p.group) : this.userEntity(p.user);
  }

  private roleAssignmentEntities(scope: Scope, expand: Set<string>): Record<string, unknown>[] {
    const byPrincipal = new Map<number, number[]>();
    for (const a of this.store.assignments(scope)) {
      byPrincipal.set(a.principal, [...(byPrincipal.get(a.principal) || []), a.role]);
    }
    return [...byPrincipal.entries()].map(([principal, roles]) => {
      const entity: Record<string, unknown> = {
        'odata.type': 'SP.RoleAssignment',
        'odata.id': `${this.webUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${principal})`,
        'odata.editLink': `Web/RoleAssignments/GetByPrincipalId(${principal})`,
        PrincipalId: principal
      };
      if (expand.has('roledefinitionbindings')) {
        entity.RoleDefinitionBindings = roles
          .map((r) => this.store.roleDefinition(r))
          .filter((d): d is RoleDefinition => d !== undefined)
          .map((d) => this.roleDefEntity(d));
      }
      if (expand.has('member')) entity.Member = this.principalEntity(principal);
      return entity;
    });
  }

  private etag(item: ItemRecord): string {
    return `"${item.GUID},${item.version}"`;
  }

  private userLookup(id: number): Record<string, unknown> {
    const u = this.store.userById(id);
    return {
      'odata.type': 'SP.Data.UserInfoItem',
      'odata.id': `${this.webUrl}/_api/Web/SiteUserInfoList/Items(${id})`,
      Id: id,
      ID: id,
      Title: u ? u.Title : '',
      EMail: u ? u.Email : '',
      Name: u ? u.LoginName : ''
    };
  }

  private itemEntity(list: ListRecord, item: ItemRecord, expand: Set<string>, fields: FieldRecord[] = this.store.fields(list)): Record<string, unknown> {
    const entity: Record<string, unknown> = {
      'odata.type': this.entityTypeName(list),
      'odata.id': `${this.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
      'odata.etag': this.etag(item),
      'odata.editLink': `Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
      FileSystemObjectType: 0,
      Id: item.Id,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: '0x0100',
      ID: item.Id
    };
    for (const f of fields) {
      if (f.builtIn) {
        if (f.InternalName === 'Title') entity.Title = item.values.Title ?? null;
        continue;
      }
      if (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') {
        const ids = item.values[`${f.InternalName}Id`];
        entity[`${f.InternalName}Id`] = ids ?? null;
        entity[`${f.InternalName}StringId`] = Array.isArray(ids) ? ids.map(String) : ids === null || ids === undefined ? null : String(ids);
        if (expand.has(f.InternalName.toLowerCase())) {
          entity[f.InternalName] = Array.isArray(ids) ? ids.map((i) => this.userLookup(Number(i))) : ids ? this.userLookup(Number(ids)) : null;
        }
      } else {
        entity[f.InternalName] = item.values[f.InternalName] ?? (f.TypeAsString === 'MultiChoice' ? [] : null);
      }
    }
    Object.assign(entity, {
      Modified: item.Modified,
      Created: item.Created,
      AuthorId: item.AuthorId,
      EditorId: item.EditorId,
      OData__UIVersionString: `${item.version}.0`,
      Attachments: false,
      GUID: item.GUID
    });
    if (expand.has('author')) entity.Author = this.userLookup(item.AuthorId);
    if (expand.has('editor')) entity.Editor = this.userLookup(item.EditorId);
    return entity;
  }

  // ---- fields ------------------------------------------------------------------------------------

  private addFieldFromXml(list: ListRecord, xml: string): FieldRecord {
    const field = parseFieldXml(xml);
    if (field.EnforceUniqueValues) this.checkUniqueAllowed(list, field.InternalName);
    return this.store.insertField(list, field);
  }

  private addFieldFromProps(list: ListRecord, props: Record<string, unknown>): FieldRecord {
    const kindToType: Record<number, string> = { 1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 8: 'Boolean', 9: 'Number', 15: 'MultiChoice', 20: 'User' };
    const title = String(props.Title || '');
    const type = kindToType[Number(props.FieldTypeKind)] || 'Text';
    const choices = props.Choices as unknown;
    if (props.EnforceUniqueValues) this.checkUniqueAllowed(list, title);
    return this.store.insertField(list, {
      InternalName: title.replace(/[^A-Za-z0-9_]/g, ''),
      Title: title,
      TypeAsString: type === 'User' && props.AllowMultipleValues ? 'UserMulti' : type,
      Required: Boolean(props.Required),
      Indexed: Boolean(props.Indexed),
      EnforceUniqueValues: Boolean(props.EnforceUniqueValues),
      MaxLength: type === 'Text' ? Number(props.MaxLength || 255) : undefined,
      Choices: type === 'Choice' || type === 'MultiChoice' ? toArray(choices).map(String) : undefined
    });
  }

  private uniqueColumns(list: ListRecord): string[] {
    return this.store
      .fields(list)
      .filter((f) => f.EnforceUniqueValues)
      .map((f) => f.InternalName);
  }

  /** A column may enforce unique values only on a list without item-level permissions or items with their own. */
  private checkUniqueAllowed(list: ListRecord, name: string): void {
    if (Number(list.ReadSecurity ?? 1) !== 1 || Number(list.WriteSecurity ?? 1) !== 1) throw UNIQUE_ON_ITEM_SECURITY(name);
    if (this.store.items(list).some((i) => i.HasUniqueRoleAssignments)) throw UNIQUE_ON_UNIQUE_ITEMS(name);
  }

  /** Field MERGE: the properties the body's declared type defines (see fieldTypes.ts), or a whole new SchemaXml. */
  private updateField(list: ListRecord, field: FieldRecord, props: Record<string, unknown>): void {
    checkFieldProperties(props, fieldODataType(field));
    let updated: FieldRecord = { ...field };
    if (typeof props.SchemaXml === 'string') {
      const parsed = parseFieldXml(props.SchemaXml);
      if (parsed.TypeAsString !== field.TypeAsString || parsed.InternalName.toLowerCase() !== field.InternalName.toLowerCase()) {
        throw err(400, '-2146232832, Microsoft.SharePoint.SPException', `The SchemaXml of '${field.InternalName}' must keep its name and type.`);
      }
      updated = { ...updated, ...parsed, Id: field.Id, InternalName: field.InternalName };
    }
    for (const [key, value] of Object.entries(props)) {
      if (key === '__metadata' || key.startsWith('@odata.') || key.startsWith('odata.') || value === undefined) continue;
      if (key === 'SchemaXml' || key === 'TypeAsString' || key === 'FieldTypeKind' || key === 'StaticName') continue;
      updated[key] = key === 'Choices' ? toArray(value).map(String) : value;
    }
    if (updated.EnforceUniqueValues && !updated.Indexed) {
      throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'You must index this column before enforcing unique values.');
    }
    if (updated.EnforceUniqueValues && !field.EnforceUniqueValues) this.checkUniqueAllowed(list, field.InternalName);
    this.store.saveField(list, updated);
  }

  // ---- items -------------------------------------------------------------------------------------

  /** Reads a field of an item the way $filter and $orderby name it. */
  private itemReader(list: ListRecord, fields: FieldRecord[]): (item: ItemRecord, path: string) => unknown {
    const byName = new Map(fields.map((f) => [f.InternalName.toLowerCase(), f]));
    return (item, path) => {
      const [head, sub] = path.split('/');
      const key = head.toLowerCase();
      if (key === 'id') return item.Id;
      if (key === 'created') return item.Created;
      if (key === 'modified') return item.Modified;
      if (key === 'authorid') return item.AuthorId;
      if (key === 'editorid') return item.EditorId;
      if (key === 'author' || key === 'editor') return this.lookupProperty(key === 'author' ? item.AuthorId : item.EditorId, sub);
      if (key === 'title') return item.values.Title ?? null;
      const field = byName.get(key);
      if (field && (field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti')) {
        const ids = item.values[`${field.InternalName}Id`];
        if (Array.isArray(ids)) return ids.map((i) => this.lookupProperty(Number(i), sub));
        return ids === null || ids === undefined ? null : this.lookupProperty(Number(ids), sub);
      }
      if (field) return item.values[field.InternalName] ?? null;
      if (key.endsWith('id')) {
        const userField = byName.get(key.slice(0, -2));
        if (userField) return item.values[`${userField.InternalName}Id`] ?? null;
      }
      throw BAD_QUERY(`Column '${head}' does not exist. It may have been deleted by another user.`);
    };
  }

  private lookupProperty(id: number, sub: string | undefined): unknown {
    if (!sub || sub.toLowerCase() === 'id') return id;
    const u = this.store.userById(id);
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

  private isIndexed(fields: FieldRecord[], path: string): boolean {
    const [head] = path.split('/');
    const key = head.toLowerCase();
    if (key === 'id') return true;
    const name = key === 'authorid' ? 'author' : key === 'editorid' ? 'editor' : key;
    const field = fields.find((f) => f.InternalName.toLowerCase() === name) || (name.endsWith('id') ? fields.find((f) => f.InternalName.toLowerCase() === name.slice(0, -2)) : undefined);
    return Boolean(field && field.Indexed);
  }

  private checkThreshold(list: ListRecord, fields: FieldRecord[], filter: FilterNode | undefined, order: OrderKey[], all: ItemRecord[], read: (i: ItemRecord, p: string) => unknown): void {
    if (all.length <= this.threshold) return;
    if (filter) {
      const lead = leadingClause(filter);
      if (!lead || (lead.kind === 'compare' && lead.op === 'ne') || !this.isIndexed(fields, lead.field)) throw THROTTLED();
      // what the whole leading condition on that index matches (a range `X ge a and X lt b` included)
      const condition = leadingCondition(filter) || [lead];
      const narrowed = all.filter((i) => condition.every((clause) => evaluate(clause, (f) => read(i, f)))).length;
      if (narrowed > this.threshold) throw THROTTLED();
      return;
    }
    if (order.some((k) => !this.isIndexed(fields, k.field))) throw THROTTLED();
  }

  private queryItems(ctx: Ctx, list: ListRecord): Reply {
    const q = ctx.url.searchParams;
    const user = ctx.user;
    const fields = this.store.fields(list);
    const read = this.itemReader(list, fields);
    const filterText = q.get('$filter');
    const filter = filterText ? parseFilter(filterText) : undefined;
    if (filter) {
      // every column named must exist (SharePoint answers 400 otherwise), even when no item is read
      const probe: ItemRecord = { Id: 0, GUID: '', AuthorId: 0, EditorId: 0, Created: '', Modified: '', version: 0, HasUniqueRoleAssignments: false, values: {} };
      fieldsOf(filter).forEach((f) => read(probe, f));
    }
    const order = parseOrderBy(q.get('$orderby') || '');
    const expand = this.expandOf(ctx);
    this.checkSelect(list, fields, splitList(q.get('$select')), expand);
    const all = this.store.items(list);
    this.checkThreshold(list, fields, filter, order, all, read);
    const itemMask = this.store.itemMasker(user, list);
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
      nextLink = `${this.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items?${next.toString()}`;
    }
    return this.collectionReply(ctx, page.map((i) => this.itemEntity(list, i, expand, fields)), nextLink);
  }

  /** SharePoint refuses a $select of a column that does not exist, and `Lookup/Prop` without `$expand=Lookup`. */
  private checkSelect(list: ListRecord, fields: FieldRecord[], select: string[], expand: Set<string>): void {
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

  /** Turns a REST body into stored values, refusing properties the list's entity type does not have. */
  private itemValues(list: ListRecord, body: Record<string, unknown>, fields: FieldRecord[] = this.store.fields(list)): Record<string, unknown> {
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
          `The property '${key}' does not exist on type '${this.entityTypeName(list)}'. Make sure to only use property names that are defined by the type.`
        );
      }
      values[field.InternalName] = coerce(field, raw);
    }
    return values;
  }

  private addItem(ctx: Ctx, list: ListRecord): Reply {
    const user = ctx.user;
    const mask = this.store.effectiveMask(user, { kind: 'list', list });
    if (!has(mask, 'AddListItems') || (list.WriteSecurity === 4 && !has(mask, 'CancelCheckout'))) throw ACCESS_DENIED();
    const values = this.itemValues(list, this.parseBody(ctx));
    this.checkUnique(list, values);
    const item = this.store.insertItem(list, values, user);
    return this.entityReply(ctx, 201, this.itemEntity(list, item, new Set()), { ETag: this.etag(item) });
  }

  /**
   * A column with EnforceUniqueValues refuses a value another item already holds (compared without regard
   * to case, as SharePoint does for text), whoever can see that other item: SPDuplicateValuesFoundException.
   */
  private checkUnique(list: ListRecord, values: Record<string, unknown>, exceptId?: number): void {
    const unique = this.store
      .fields(list)
      .filter((f) => f.EnforceUniqueValues && values[f.InternalName] !== undefined && values[f.InternalName] !== null && values[f.InternalName] !== '');
    if (unique.length === 0) return;
    const same = (a: unknown, b: unknown): boolean =>
      typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
    const others = this.store.items(list).filter((other) => other.Id !== exceptId);
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

  private checkETag(ctx: Ctx, item: ItemRecord): void {
    const match = ctx.headers['if-match'];
    if (!match || match.trim() === '*') return;
    const version = /,(\d+)"?\s*$/.exec(match.trim());
    if (!version || Number(version[1]) !== item.version) {
      throw err(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${match}' does not match the object's ETag value '${this.etag(item)}'.`);
    }
  }

  private updateItem(ctx: Ctx, list: ListRecord, item: ItemRecord): Reply {
    if (!has(this.store.itemMask(ctx.user, list, item), 'EditListItems')) throw ACCESS_DENIED();
    this.checkETag(ctx, item);
    const values = this.itemValues(list, this.parseBody(ctx));
    this.checkUnique(list, values, item.Id);
    const updated: ItemRecord = {
      ...item,
      values: { ...item.values, ...values },
      version: item.version + 1,
      EditorId: ctx.user.Id,
      Modified: isoSeconds(this.store.now())
    };
    this.store.saveItem(list, updated);
    return this.empty(204, { ETag: this.etag(updated) });
  }

  private deleteItem(ctx: Ctx, list: ListRecord, item: ItemRecord): Reply {
    if (!has(this.store.itemMask(ctx.user, list, item), 'DeleteListItems')) throw ACCESS_DENIED();
    this.checkETag(ctx, item);
    this.store.deleteItem(list, item);
    return this.empty(200);
  }

  public seedItems(listTitle: string, items: Record<string, unknown>[], asUser?: string): number[] {
    const list = this.store.listByTitle(listTitle);
    if (!list) throw new Error(`No list ${listTitle}`);
    const users = this.store.users();
    const author = asUser ? this.store.findUser(asUser) : users.find((u) => u.IsSiteAdmin) || users.find((u) => this.store.isMember(this.store.ownersGroupId, u.Id));
    if (!author) throw new Error(`No user ${asUser || '(site owner)'}`);
    const ids: number[] = [];
    const fields = this.store.fields(list);
    this.store.transaction(() => {
      for (const values of items) ids.push(this.store.insertItem(list, this.itemValues(list, values, fields), author).Id);
    });
    return ids;
  }

  // ---- Microsoft Graph ---------------------------------------------------------------------------

  private graph(method: string, url: URL, body: string, user: User): Reply {
    return graphRequest(
      {
        directory: () => this.store.directory(),
        origin: this.origin,
        findUser: (name) => this.store.findUser(name),
        userById: (id) => this.store.userById(id),
        addMail: (mail) => this.store.addMail(mail),
        now: () => this.store.now()
      },
      method,
      url,
      body,
      user
    );
  }

  public mail(who?: string): MailRecord[] {
    const all = this.store.mail();
    if (!who) return all;
    const user = this.store.findUser(who);
    const email = (user ? user.Email : who).toLowerCase();
    return all.filter((m) => m.from.toLowerCase() === email || m.to.some((t) => t.toLowerCase() === email) || m.cc.some((t) => t.toLowerCase() === email));
  }

  // ---- emulator control (no persona needed: a dev tool) ------------------------------------------

  private emulatorRoute(method: string, url: URL, body: string): Reply {
    const ok = (data: unknown, status = 200): Reply => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
    const path = url.pathname.toLowerCase();
    if (path === '/_emulator/mail' && method === 'GET') return ok({ value: this.mail(url.searchParams.get('user') || undefined) });
    if (path === '/_emulator/users' && method === 'GET') {
      return ok({ value: this.store.users().filter((u) => u.PrincipalType === 1).map((u) => ({ Id: u.Id, Title: u.Title, Email: u.Email, LoginName: u.LoginName })) });
    }
    if (path === '/_emulator/faults' && method === 'POST') {
      const fault = JSON.parse(body || '{}') as Fault;
      this.inject(fault);
      return ok({ queued: this._faults.length }, 201);
    }
    if (path === '/_emulator/requests' && method === 'GET') return ok({ value: this.requests() });
    if (path === '/_emulator/requests' && method === 'DELETE') {
      this.clearRequests();
      return ok({ value: [] });
    }
    if (path === '/_emulator/faults' && method === 'DELETE') {
      this.clearFaults();
      return ok({ queued: 0 });
    }
    return ok({ error: 'Unknown emulator endpoint.' }, 404);
  }
}

function readPath(entity: Record<string, unknown>, path: string): unknown {
  let value: unknown = entity;
  for (const part of path.split('/')) {
    if (!value || typeof value !== 'object') return undefined;
    const obj = value as Record<string, unknown>;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === part.toLowerCase());
    value = key === undefined ? undefined : obj[key];
  }
  return value;
}

function sortBy<T>(rows: T[], keys: OrderKey[], read: (row: T, field: string) => unknown): T[] {
  if (!keys.length) return rows;
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const c = compareForSort(read(a, key.field), read(b, key.field));
      if (c !== 0) return key.descending ? -c : c;
    }
    return 0;
  });
}

function toArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) return (value as { results: unknown[] }).results;
  return value === null || value === undefined ? [] : [value];
}

function unescapeXml(v: string): string {
  return v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A `<Field .../>` as createfieldasxml and a SchemaXml update read it. */
function parseFieldXml(xml: string): Partial<FieldRecord> & { InternalName: string; TypeAsString: string } {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field schema XML is not valid.');
  const attrs: Record<string, string> = {};
  for (const m of open[1].matchAll(/([A-Za-z_:]+)="([^"]*)"/g)) attrs[m[1]] = unescapeXml(m[2]);
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => unescapeXml(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const tf = (v: string | undefined): boolean => (v || '').toUpperCase() === 'TRUE';
  let type = attrs.Type || 'Text';
  if (type === 'User' && tf(attrs.Mult)) type = 'UserMulti';
  const name = attrs.Name || attrs.StaticName || attrs.DisplayName;
  if (!name) throw err(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field has no name.');
  const field: Partial<FieldRecord> & { InternalName: string; TypeAsString: string } = {
    InternalName: name,
    StaticName: attrs.StaticName || name,
    Title: attrs.DisplayName || name,
    TypeAsString: type,
    Description: attrs.Description || '',
    Required: tf(attrs.Required),
    Indexed: tf(attrs.Indexed),
    EnforceUniqueValues: tf(attrs.EnforceUniqueValues),
    SchemaXml: xml,
    DefaultValue: def ? unescapeXml(def[1]) : null
  };
  if (type === 'Text') field.MaxLength = Number(attrs.MaxLength || 255);
  if (type === 'Choice' || type === 'MultiChoice') field.Choices = choices;
  if (attrs.Min !== undefined) field.MinimumValue = Number(attrs.Min);
  if (attrs.Max !== undefined) field.MaximumValue = Number(attrs.Max);
  if (attrs.Format !== undefined) field.DisplayFormat = attrs.Format;
  return field;
}

function coerce(field: FieldRecord, raw: unknown): unknown {
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
    default:
      return typeof raw === 'string' ? raw : String(raw);
  }
}

// ---- public API ----------------------------------------------------------------------------------

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new SharePointEmulator(options);
  if (options.now) emulator.store.now = options.now;
  const intercept = options.intercept;
  const server = http.createServer((req, res) => {
    if (!intercept || !intercept(req, res)) emulator.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host || '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  emulator.origin = `http://${options.host || '127.0.0.1'}:${port}`;
  const api: Emulator = {
    url: emulator.webUrl,
    origin: emulator.origin,
    port,
    store: emulator.store,
    get listViewThreshold(): number {
      return emulator.threshold;
    },
    set listViewThreshold(value: number) {
      emulator.threshold = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          emulator.store.close();
          resolve();
        });
      }),
    inject: (fault) => emulator.inject(fault),
    clearFaults: () => emulator.clearFaults(),
    mail: (user) => emulator.mail(user),
    seedItems: (title, items, asUser) => emulator.seedItems(title, items, asUser),
    users: () => emulator.store.users(),
    requests: () => emulator.requests(),
    clearRequests: () => emulator.clearRequests(),
    setClock: (now) => {
      emulator.store.now = now ?? ((): Date => new Date());
    }
  };
  return api;
}

/** Masks for tests and the README: what a permission level built from these kinds amounts to. */
export { maskOf };
