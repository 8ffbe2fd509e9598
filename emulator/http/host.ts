/*
 * The emulator's HTTP side: one request at a time, faults first (429/503, dropped sockets, responses lost
 * after commit), then who is calling (X-Emulator-User), the form digest, and the route: /_emulator/ control,
 * Microsoft Graph (/v1.0/), $batch, or SharePoint REST through the dispatch table.
 */
import * as http from 'http';
import seedFile from '../seed/users.json';
import { ControlHost, controlRoute } from '../control/control';
import { graphRequest } from '../graph/graph';
import { sharePoint } from '../resources/dispatch';
import { publishLabels } from '../resources/compliance';
import { itemValues } from '../resources/items';
import { MailRecord, SeedUser, Store, User } from '../store';
import { batch } from './batch';
import { err } from './errors';
import { errorReply } from './replies';
import { Ctx, Env, Fault, JSON_MINIMAL, LoggedRequest, Reply, STATUS_TEXT } from './types';

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
  /** Microsoft Purview retention labels the tenant published to the site (none by default). */
  retentionLabels?: string[];
  /**
   * Requests the host serves itself on the same origin (the local preview's pages). Return true when it
   * answered; it may also set the X-Emulator-User header (from a cookie, say) and return false.
   */
  intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

function loadSeedUsers(): SeedUser[] {
  return (seedFile as { users: SeedUser[] }).users;
}

/** The HTTP side of the emulator: faults, the request log, who is calling, the digest, and routing. */
export class SharePointEmulator implements Env, ControlHost {
  public readonly store: Store;
  public threshold: number;
  public origin = '';
  public readonly sitePath: string;
  private _faults: Fault[] = [];
  private _requests: LoggedRequest[] = [];
  public readonly digests = new Map<string, number>();

  public constructor(options: EmulatorOptions) {
    this.sitePath = (options.sitePath || '/sites/wellbeing').replace(/\/$/, '');
    this.store = new Store(options.dbPath || ':memory:', options.users || loadSeedUsers(), options.siteTitle || 'Wellbeing');
    this.threshold = options.listViewThreshold ?? 5000;
    if (options.retentionLabels) publishLabels(this, options.retentionLabels);
  }

  public get webUrl(): string {
    return `${this.origin}${this.sitePath}`;
  }

  public inject(fault: Fault): void {
    this._faults.push({ count: 1, ...fault });
  }

  public faultCount(): number {
    return this._faults.length;
  }

  public users(): User[] {
    return this.store.users();
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

  public log(entry: LoggedRequest): void {
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
        reply = errorReply(e, false);
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
    if (url.pathname.startsWith('/_emulator/')) return controlRoute(this, req.method || 'GET', url, body);
    const who = headers['x-emulator-user'];
    // a tenant account joins the site's user list on its first request, as SharePoint adds a visitor
    const user = who ? this.store.findUser(who) || this.store.fromDirectory(who) : undefined;
    const verbose = /odata=verbose/i.test(headers.accept || '');
    if (!user) {
      return errorReply(err(401, '-2147024891, System.UnauthorizedAccessException', 'Unauthorized: send X-Emulator-User with a demo user\'s login name or e-mail.'), verbose);
    }
    const lower = url.pathname.toLowerCase();
    if (lower.startsWith('/v1.0/')) return graphRequest(
        {
          directory: () => this.store.directory(),
          origin: this.origin,
          findUser: (name) => this.store.findUser(name),
          userById: (id) => this.store.userById(id),
          addMail: (mail) => this.store.addMail(mail),
          now: () => this.store.now()
        },
        req.method || 'GET',
        url,
        body,
        user
      );
    let method = (req.method || 'GET').toUpperCase();
    const override = headers['x-http-method'];
    if (method === 'POST' && override) method = override.toUpperCase();
    const ctx: Ctx = { method, url, headers, body, user, verbose };
    if (method !== 'GET' && !/\/_api\/contextinfo$/i.test(url.pathname)) {
      this.checkDigest(ctx);
    }
    if (/\/_api\/\$batch$/i.test(url.pathname)) return batch(this, ctx);
    return sharePoint(this, ctx);
  }

  private checkDigest(ctx: Ctx): void {
    if (ctx.headers.authorization) return;
    const digest = ctx.headers['x-requestdigest'];
    const expires = digest ? this.digests.get(digest) : undefined;
    if (!expires || expires < Date.now()) {
      throw err(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');
    }
  }

  public mail(who?: string): MailRecord[] {
    const all = this.store.mail();
    if (!who) return all;
    const user = this.store.findUser(who);
    const email = (user ? user.Email : who).toLowerCase();
    return all.filter((m) => m.from.toLowerCase() === email || m.to.some((t) => t.toLowerCase() === email) || m.cc.some((t) => t.toLowerCase() === email));
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
      for (const values of items) ids.push(this.store.insertItem(list, itemValues(this, list, values, fields), author).Id);
    });
    return ids;
  }
}
