/*
 * A small in-memory SharePoint REST endpoint behind a fake `fetch`, so the real PnPjs store can be unit
 * tested (URLs, $filter escaping, paging, $batch, ETags, unique columns, throttling) without the emulator.
 * It understands only what the store sends: it is a test double, not an emulator (see emulator/ for that).
 */
import { ALL_LISTS, AnyListDefinition, fieldsOf } from '../../../src/schema';

export interface FakeUser {
  Id: number;
  LoginName: string;
  Email: string;
  Title: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  body?: string;
  batched: boolean;
}

type Item = Record<string, unknown> & { Id: number; Version: number };

interface Fault {
  match: (method: string, url: string) => boolean;
  /** 'throttle': answer 429 with Retry-After 0 (nothing done); 'dropAfterCommit': do the work, then lose the response. */
  kind: 'throttle' | 'dropAfterCommit';
  times: number;
}

const ORIGIN = 'https://contoso.sharepoint.com';
export const SITE = `${ORIGIN}/sites/wellbeing`;

export class FakeSharePoint {
  public readonly requests: RecordedRequest[] = [];
  public readonly lists: Map<string, Item[]> = new Map();
  public readonly users: FakeUser[] = [
    { Id: 7, LoginName: 'i:0#.f|membership|sam@contoso.com', Email: 'sam@contoso.com', Title: 'Sam Staff' },
    { Id: 8, LoginName: 'i:0#.f|membership|tri@contoso.com', Email: 'tri@contoso.com', Title: 'Tri Age' },
    { Id: 9, LoginName: 'i:0#.f|membership|lm@contoso.com', Email: 'lm@contoso.com', Title: 'Line Manager' },
    { Id: 10, LoginName: 'i:0#.f|membership|sm@contoso.com', Email: 'sm@contoso.com', Title: 'Service Manager' }
  ];
  public currentUserId: number = 7;
  /** List view threshold: an unindexed (or no) filter over a list larger than this is refused. */
  public threshold: number = 5000;
  public readonly itemRoleAssignments: { list: string; itemId: number; principalId: number; roleId: number }[] = [];
  public readonly brokenInheritance: { list: string; itemId: number; copy: boolean }[] = [];
  private readonly _faults: Fault[] = [];
  private _nextId: Map<string, number> = new Map();

  public constructor() {
    for (const list of ALL_LISTS) {
      this.lists.set(list.title, []);
    }
  }

  public readonly fetch = async (input: unknown, init?: { method?: string; body?: unknown; headers?: unknown }): Promise<Response> => {
    const url = String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers as HeadersInit | undefined);
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const fault = this.takeFault(method, url);
    if (fault === 'throttle') {
      this.requests.push({ method, url, body, batched: false });
      return new Response('{"error":"throttled"}', { status: 429, headers: { 'Retry-After': '0' } });
    }
    let response: Response;
    if (/\/_api\/\$batch$/.test(url)) {
      response = this.batch(body ?? '');
    } else {
      const xMethod = headers.get('X-HTTP-Method');
      response = this.handle(xMethod ?? method, url, body, headers, false);
    }
    if (fault === 'dropAfterCommit') {
      throw new TypeError('fetch failed: network connection lost');
    }
    return response;
  };

  public inject(kind: Fault['kind'], match: RegExp, methods: string[] = ['POST'], times: number = 1): void {
    this._faults.push({ kind, times, match: (m, u) => methods.indexOf(m) >= 0 && match.test(decodeURIComponent(u)) });
  }

  public items(list: AnyListDefinition): Item[] {
    return this.lists.get(list.title) ?? [];
  }

  /** Puts an item straight into a list (test setup), as if created by `authorId`. */
  public seed(list: AnyListDefinition, values: Record<string, unknown>, authorId: number = this.currentUserId): Item {
    const id = this.nextId(list.title);
    const item: Item = { ...values, Id: id, Version: 1, AuthorId: authorId, Created: values.Created ?? new Date(Date.UTC(2025, 5, 1, 9, 0, id % 60)).toISOString() };
    this.items(list).push(item);
    return item;
  }

  private takeFault(method: string, url: string): Fault['kind'] | undefined {
    const fault = this._faults.find((f) => f.times > 0 && f.match(method, url));
    if (fault === undefined) {
      return undefined;
    }
    fault.times--;
    return fault.kind;
  }

  private nextId(title: string): number {
    const id = (this._nextId.get(title) ?? 0) + 1;
    this._nextId.set(title, id);
    return id;
  }

  private batch(body: string): Response {
    const lines = body.split('\n');
    const parts: { status: number; text: string; etag: string | null }[] = [];
    const boundary = 'batchresponse_fake';
    for (let i = 0; i < lines.length; i++) {
      const m = /^(GET|POST|MERGE|PATCH|DELETE) (.+) HTTP\/1\.1$/.exec(lines[i]);
      if (!m) {
        continue;
      }
      const headers = new Headers();
      i++;
      for (; i < lines.length && lines[i].trim() !== ''; i++) {
        const at = lines[i].indexOf(':');
        headers.set(lines[i].slice(0, at).trim(), lines[i].slice(at + 1).trim());
      }
      const bodyLines: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('--'); i++) {
        bodyLines.push(lines[i]);
      }
      i--;
      const partBody = bodyLines.join('\n').trim();
      const fault = this.takeFault(m[1], m[2]);
      const r = fault === 'throttle' ? new Response('{}', { status: 429 }) : this.handle(m[1], m[2], partBody === '' ? undefined : partBody, headers, true);
      parts.push({ status: r.status, text: (r as unknown as { _text?: string })._text ?? '', etag: r.headers.get('ETag') });
    }
    const out = parts
      .map(
        (p) =>
          `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nHTTP/1.1 ${p.status} X\nCONTENT-TYPE: application/json;odata=minimalmetadata${p.etag ? `\nETag: ${p.etag}` : ''}\n\n${p.text}\n`
      )
      .join('');
    return new Response(`${out}--${boundary}--\n`, { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } });
  }

  private json(status: number, value: unknown, headers: Record<string, string> = {}): Response {
    const text = value === undefined ? '' : JSON.stringify(value);
    const r = new Response(status === 204 ? null : text, { status, headers: { 'Content-Type': 'application/json', ...headers } });
    (r as unknown as { _text: string })._text = text;
    return r;
  }

  private error(status: number, code: string, message: string): Response {
    return this.json(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  }

  private handle(method: string, rawUrl: string, body: string | undefined, _headers: Headers, batched: boolean): Response {
    this.requests.push({ method, url: decodeURIComponent(rawUrl.replace(/\+/g, ' ')), body, batched });
    const url = new URL(rawUrl);
    const path = decodeURIComponent(url.pathname).replace(/^\/sites\/wellbeing\/_api\//i, '');
    const q = (name: string): string | null => url.searchParams.get(name);
    if (/^contextinfo$/i.test(path)) {
      return this.json(200, { FormDigestValue: 'digest', FormDigestTimeoutSeconds: 1800 });
    }
    if (/^web\/currentuser$/i.test(path)) {
      return this.json(200, this.users.find((u) => u.Id === this.currentUserId));
    }
    let m = /^web\/siteusers\/getById\((\d+)\)$/i.exec(path);
    if (m) {
      const user = this.users.find((u) => u.Id === Number(m?.[1]));
      return user ? this.json(200, user) : this.error(404, '-1', 'User cannot be found.');
    }
    if (/^web\/ensureuser$/i.test(path)) {
      const login = String((JSON.parse(body ?? '{}') as { logonName: string }).logonName).toLowerCase();
      const user = this.users.find((u) => u.LoginName.toLowerCase() === login || u.Email.toLowerCase() === login);
      return user ? this.json(200, user) : this.error(404, '-1', 'The specified user could not be found.');
    }
    if (/^web\/roledefinitions\/getByName\('Wellbeing Read'\)$/i.test(path)) {
      return this.json(200, { Id: 1073741926, Name: 'Wellbeing Read' });
    }
    m = /^web\/lists\/getByTitle\('([^']+)'\)\/items(?:\((\d+)\))?(\/.*)?$/i.exec(path);
    if (!m) {
      return this.error(404, '-1', `No route for ${path}`);
    }
    const title = m[1];
    const items = this.lists.get(title);
    const definition = ALL_LISTS.find((l) => l.title === title);
    if (items === undefined || definition === undefined) {
      return this.error(404, '-1', 'List does not exist.');
    }
    const id = m[2] === undefined ? undefined : Number(m[2]);
    const rest = m[3] ?? '';
    if (id !== undefined) {
      const item = items.find((i) => i.Id === id);
      if (item === undefined) {
        return this.error(404, '-2130575338', 'Item does not exist.');
      }
      if (/^\/breakroleinheritance/i.test(rest)) {
        this.brokenInheritance.push({ list: title, itemId: id, copy: /copyRoleAssignments=true/i.test(rest) });
        return this.json(200, {});
      }
      const ra = /^\/roleassignments\/addroleassignment\(principalid=(\d+),\s*roledefid=(\d+)\)/i.exec(rest);
      if (ra) {
        this.itemRoleAssignments.push({ list: title, itemId: id, principalId: Number(ra[1]), roleId: Number(ra[2]) });
        return this.json(200, {});
      }
      if (method === 'GET') {
        return this.json(200, this.present(item, q('$select')));
      }
      if (method === 'MERGE') {
        const ifMatch = _headers.get('IF-Match') ?? _headers.get('If-Match') ?? '*';
        if (ifMatch !== '*' && ifMatch !== etag(item)) {
          return this.error(412, '-2130575305', 'The request ETag value does not match the object\'s ETag value.');
        }
        const values = JSON.parse(body ?? '{}') as Record<string, unknown>;
        const dup = this.duplicate(definition, values, id);
        if (dup) {
          return dup;
        }
        Object.assign(item, values);
        item.Version++;
        return this.json(204, undefined, { ETag: etag(item) });
      }
      return this.error(405, '-1', 'Not allowed');
    }
    if (method === 'POST') {
      const values = JSON.parse(body ?? '{}') as Record<string, unknown>;
      const dup = this.duplicate(definition, values);
      if (dup) {
        return dup;
      }
      const created: Item = { ...values, Id: this.nextId(title), Version: 1, AuthorId: this.currentUserId, Created: new Date().toISOString() };
      items.push(created);
      return this.json(201, this.present(created, null));
    }
    return this.query(definition, items, url);
  }

  private duplicate(definition: AnyListDefinition, values: Record<string, unknown>, exceptId?: number): Response | undefined {
    for (const f of fieldsOf(definition).filter((x) => x.unique === true)) {
      const v = values[f.internalName];
      if (v !== undefined && v !== null && this.items(definition).some((i) => i.Id !== exceptId && i[f.internalName] === v)) {
        return this.error(
          409,
          '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${f.internalName}].`
        );
      }
    }
    return undefined;
  }

  private query(definition: AnyListDefinition, items: Item[], url: URL): Response {
    const filter = url.searchParams.get('$filter') ?? '';
    const top = Number(url.searchParams.get('$top') ?? '100');
    const skip = /p_ID=(\d+)/.exec(url.searchParams.get('$skiptoken') ?? '');
    const clauses = parseFilter(filter);
    if (items.length > this.threshold) {
      const first = clauses[0]?.[0];
      const field = first === undefined ? undefined : fieldsOf(definition).find((f) => f.internalName === first.field || `${f.internalName}Id` === first.field);
      if (field === undefined || !field.indexed) {
        return this.error(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
      }
    }
    const matching = items
      .filter((i) => clauses.some((and) => and.every((c) => test(i[c.field], c.op, c.value))) || clauses.length === 0)
      .filter((i) => skip === null || i.Id > Number(skip[1]))
      .sort((a, b) => a.Id - b.Id);
    const page = matching.slice(0, top);
    const result: Record<string, unknown> = { value: page.map((i) => this.present(i, url.searchParams.get('$select'))) };
    if (matching.length > top) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].Id}`);
      result['odata.nextLink'] = next.toString();
    }
    return this.json(200, result);
  }

  private present(item: Item, select: string | null): Record<string, unknown> {
    const out: Record<string, unknown> = { 'odata.etag': etag(item) };
    const keys = select === null ? Object.keys(item).filter((k) => k !== 'Version') : select.split(',');
    for (const k of keys) {
      out[k] = k in item ? item[k] : null;
    }
    return out;
  }
}

function etag(item: Item): string {
  return `"${item.Version}"`;
}

interface Clause {
  field: string;
  op: string;
  value: unknown;
}

/** Disjunctive normal form of the simple filters the store writes: `a eq 'x' and b ge datetime'...'`, `(x or y)`. */
function parseFilter(filter: string): Clause[][] {
  if (filter.trim() === '') {
    return [];
  }
  const tokens = filter.match(/datetime'[^']*'|'(?:[^']|'')*'|\(|\)|[^\s()]+/g) ?? [];
  const clauses: Clause[] = [];
  const ors: Clause[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === '(' || t === ')' || t === 'and') {
      i++;
      continue;
    }
    if (t === 'or') {
      ors.push(clauses.splice(0));
      i++;
      continue;
    }
    const [field, op, literal] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    clauses.push({ field, op, value: parseLiteral(literal) });
    i += 3;
  }
  ors.push(clauses);
  return ors;
}

function parseLiteral(literal: string): unknown {
  if (literal.startsWith("datetime'")) {
    return new Date(literal.slice(9, -1)).getTime();
  }
  if (literal.startsWith("'")) {
    return literal.slice(1, -1).replace(/''/g, "'");
  }
  if (literal === 'null') {
    return null;
  }
  return Number(literal);
}

function test(actual: unknown, op: string, expected: unknown): boolean {
  const a = typeof expected === 'number' && typeof actual === 'string' && !isNaN(Date.parse(actual)) ? Date.parse(actual) : actual;
  switch (op) {
    case 'eq':
      return a === expected;
    case 'ne':
      return a !== expected;
    case 'ge':
      return (a as number) >= (expected as number);
    case 'gt':
      return (a as number) > (expected as number);
    case 'le':
      return (a as number) <= (expected as number);
    case 'lt':
      return (a as number) < (expected as number);
    default:
      throw new Error(`operator ${op}`);
  }
}
