/*
 * The local preview: the whole suite on one machine, as a new user sees it, with no tenant.
 *
 * One HTTP server on one origin: the SharePoint emulator (REST, $batch, Graph mail) and, beside it, pages that
 * stand for the council's intranet pages. Each page hosts the real web part components, bundled by esbuild,
 * with the real PnPjs store pointed at the emulator. Who is calling is the persona chosen in the page header
 * (a cookie, turned into the emulator's X-Emulator-User header on every request from the browser).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { Emulator, startEmulator } from '../emulator/server';
import { bundlePreview, PreviewBundle } from './bundle';
import type { DemoDataSummary } from './demoSeed';
import {
  Block,
  DATA_SITE_PATH,
  HOME_PATH,
  INBOX_PATH,
  previewPages,
  PreviewPage,
  Section
} from './pages';
import { DEFAULT_PERSONA, PERSONAS, PreviewPersona, personaByKey } from './personas';
import { addMemberships, addSettings, provision, spAs } from './site';
import { readSiteSchemaStatus } from '../src/services/siteSchema/siteSchema';
import { PAGE_CSS, sectionBackgroundColour } from './style';
import { teamsTheme, teamsThemeName } from '../src/components/teamsTheme';

export interface PreviewOptions {
  port?: number;
  host?: string;
  /** The SQLite file the data lives in between runs (':memory:' for tests that want nothing kept). */
  dbPath?: string;
  /** Start clean: delete the data file first. */
  reset?: boolean;
  /** Seed demo data on a fresh site (default true); false gives the empty site a new tenant would have. */
  demoData?: boolean;
  /** The demo data's seed and "now" (fixed in tests, so the screens are the same every run). */
  demoSeed?: number;
  demoNow?: Date;
  log?: (line: string) => void;
}

export interface Preview {
  /** The home page's address. */
  url: string;
  origin: string;
  emulator: Emulator;
  /** What was seeded on this start (undefined when the data file already had it). */
  demo?: DemoDataSummary;
  close(): Promise<void>;
}

export const PERSONA_COOKIE = 'wellbeing-preview-persona';
export const DEFAULT_DB_PATH = path.join(__dirname, '..', '.preview', 'wellbeing.sqlite');
const SEEDED_KEY = 'previewDemoData';

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const log = options.log ?? ((): void => undefined);
  const dbPath = options.dbPath ?? DEFAULT_DB_PATH;
  if (dbPath !== ':memory:') {
    if (options.reset) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    }
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  }

  // Each step says how long it took (issue 17: where a first start spends its time).
  let stepStarted = Date.now();
  const took = (): string => {
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
    stepStarted = Date.now();
    return `${seconds} s`;
  };
  log('Bundling the web parts...');
  const bundle = await bundlePreview();
  log(`  bundled in ${took()}`);
  // The host needs the emulator (its origin, its mail) and the emulator needs the host's intercept.
  const host: { current?: PreviewHost } = {};
  const emulator = await startEmulator({
    port: options.port ?? 0,
    host: options.host,
    dbPath,
    sitePath: DATA_SITE_PATH,
    siteTitle: 'Wellbeing triage',
    intercept: (req, res) => (host.current ? host.current.handle(req, res) : false)
  });
  host.current = new PreviewHost(emulator, bundle);
  log(`  emulator started in ${took()}`);

  let demo: DemoDataSummary | undefined;
  if (emulator.store.meta(SEEDED_KEY) === undefined) {
    log('Setting up the wellbeing site (first run)...');
    await provision(emulator);
    await addMemberships(emulator);
    await addSettings(emulator);
    log(`  site set up in ${took()}`);
    if (options.demoData !== false) {
      log('Adding demo data...');
      const { seedDemoData } = await import('./demoSeed');
      demo = await seedDemoData(emulator, {
        seed: options.demoSeed ?? 20261122,
        now: options.demoNow ?? new Date(),
        origin: emulator.origin
      });
      log(`  demo data added in ${took()}`);
    }
    emulator.store.setMeta(SEEDED_KEY, JSON.stringify(demo ?? {}));
  } else if ((await readSiteSchemaStatus(spAs(emulator, 'admin'))).status === 'behind') {
    // A data file an older version left (README "Schema upgrades"): upgraded as an administrator would, items kept.
    log('Bringing the wellbeing site up to the current schema...');
    await provision(emulator);
  }
  emulator.clearRequests();
  return { url: `${emulator.origin}${HOME_PATH}`, origin: emulator.origin, emulator, demo, close: () => emulator.close() };
}

// ---- the host pages ------------------------------------------------------------------------------

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie || '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** A local path to go back to after switching persona; anything else goes home. */
function safeLocalPath(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : HOME_PATH;
}

class PreviewHost {
  public constructor(
    private readonly emulator: Emulator,
    private readonly bundle: PreviewBundle
  ) {}

  private get pages(): PreviewPage[] {
    return previewPages(this.emulator.origin);
  }

  /** True when the preview answered; otherwise the request goes on to the emulator, as the chosen persona. */
  public handle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const url = new URL(req.url || '/', this.emulator.origin);
    const persona = this.persona(req);
    if (!req.headers['x-emulator-user']) {
      req.headers['x-emulator-user'] = persona.loginName;
    }
    if (url.pathname === '/' && req.method === 'GET') {
      this.redirect(res, HOME_PATH);
      return true;
    }
    if (url.pathname === '/_preview/app.js') {
      this.send(res, 200, 'text/javascript; charset=utf-8', this.bundle.js);
      return true;
    }
    if (url.pathname === '/_preview/app.css') {
      this.send(res, 200, 'text/css; charset=utf-8', this.bundle.css);
      return true;
    }
    const icon = /^\/_preview\/icons\/([a-z0-9-]+\.woff)$/.exec(url.pathname);
    if (icon) {
      this.sendIconFont(res, icon[1]);
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      this.send(res, 204, 'image/x-icon', '');
      return true;
    }
    if (url.pathname === '/_preview/persona' && req.method === 'POST') {
      this.switchPersona(req, res);
      return true;
    }
    if (url.pathname === INBOX_PATH && req.method === 'GET') {
      this.send(res, 200, 'text/html; charset=utf-8', this.inboxPage(persona, url));
      return true;
    }
    if (/\/SitePages\//i.test(url.pathname) && req.method === 'GET') {
      void this.sitePage(url, persona, res);
      return true;
    }
    return false;
  }

  private persona(req: http.IncomingMessage): PreviewPersona {
    return personaByKey(cookie(req, PERSONA_COOKIE)) ?? personaByKey(DEFAULT_PERSONA) ?? PERSONAS[0];
  }

  private switchPersona(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const chosen = personaByKey(form.get('persona') || undefined);
      const back = safeLocalPath(form.get('back') || undefined);
      if (chosen) {
        res.setHeader('Set-Cookie', `${PERSONA_COOKIE}=${encodeURIComponent(chosen.key)}; Path=/; SameSite=Lax; HttpOnly`);
      }
      this.redirect(res, back);
    });
  }

  /** Fluent UI's icon font, served here: SharePoint serves it from its CDN, and the preview has no network. */
  private sendIconFont(res: http.ServerResponse, file: string): void {
    const fonts = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
    const full = path.join(fonts, file);
    if (!fs.existsSync(full)) {
      this.send(res, 404, 'text/plain', 'No such icon font');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'font/woff', 'Cache-Control': 'max-age=86400' });
    res.end(fs.readFileSync(full));
  }

  private redirect(res: http.ServerResponse, location: string): void {
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
    res.end();
  }

  private send(res: http.ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  }

  /** What SharePoint decides: can this persona read the list the page's site is restricted like? */
  private async canOpen(page: PreviewPage, persona: PreviewPersona): Promise<boolean> {
    if (!page.restrictedTo) return true;
    const response = await fetch(
      `${this.emulator.url}/_api/web/lists/getbytitle('${encodeURIComponent(page.restrictedTo)}')?$select=Id`,
      { headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': persona.loginName } }
    );
    return response.ok;
  }

  private async sitePage(url: URL, persona: PreviewPersona, res: http.ServerResponse): Promise<void> {
    const page = this.pages.find((p) => p.path.toLowerCase() === url.pathname.toLowerCase());
    try {
      if (!page) {
        this.send(res, 404, 'text/html; charset=utf-8', this.frame(persona, url, 'Page not found', notFoundBody()));
      } else if (!(await this.canOpen(page, persona))) {
        this.send(res, 403, 'text/html; charset=utf-8', this.frame(persona, url, 'Access required', accessRequiredBody(persona)));
      } else if (url.searchParams.has('teams')) {
        this.send(res, 200, 'text/html; charset=utf-8', this.teamsTab(persona, page, url.searchParams.get('teams')));
      } else {
        this.send(res, 200, 'text/html; charset=utf-8', this.frame(persona, url, page.title, canvas(page), page));
      }
    } catch (e) {
      this.send(res, 500, 'text/plain; charset=utf-8', `The preview could not show this page: ${(e as Error).message}`);
    }
  }

  private inboxPage(persona: PreviewPersona, url: URL): string {
    const mail = this.emulator.mail(persona.loginName).filter((m) => m.to.concat(m.cc).some((t) => t.toLowerCase() === persona.email.toLowerCase()));
    const items = mail
      .slice()
      .reverse()
      .map(
        (m) =>
          `<li class="mail"><article aria-labelledby="mail-${m.id}"><h2 id="mail-${m.id}">${escapeHtml(m.subject)}</h2>` +
          `<p class="mail-meta">From ${escapeHtml(m.from)} &middot; <time datetime="${escapeHtml(m.sentAt)}">${escapeHtml(
            new Date(m.sentAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })
          )}</time></p>` +
          `<div class="mail-body">${linkify(m.body)}</div></article></li>`
      )
      .join('');
    const body =
      `<p>Mail that ${escapeHtml(persona.title)} has received through Microsoft Graph (the emulator's ` +
      `sendMail). The wellbeing process sends content-free notifications, and one thing more: the copy of an ` +
      `alert a colleague raised on your behalf, if they chose to send it to you (R4).</p>` +
      (items ? `<ul class="inbox">${items}</ul>` : '<p class="empty">No mail yet.</p>');
    return this.frame(persona, url, 'Inbox', `<section class="page-section"><div class="column span-12">${body}</div></section>`);
  }

  /**
   * The page's web parts as a Teams tab or personal app shows them (`?teams=default|dark|contrast`): no intranet
   * chrome and no page text, the web parts alone on Teams' background, in Teams' theme (issue 18).
   */
  private teamsTab(persona: PreviewPersona, page: PreviewPage, raw: string | null): string {
    const name = teamsThemeName(raw);
    const colours = teamsTheme(name).semanticColors;
    const parts = page.sections
      .map((s) => ({ ...s, background: undefined, columns: s.columns.map((c) => ({ ...c, blocks: c.blocks.filter((b) => b.kind !== 'text') })) }))
      .filter((s) => s.columns.some((c) => c.blocks.length > 0));
    return htmlPage({
      htmlAttributes: ` data-teams-theme="${name}"`,
      title: `${page.title} - Microsoft Teams (local preview)`,
      css: `${PAGE_CSS}
html, body { background: ${colours.bodyBackground}; color: ${colours.bodyText}; }
.page-section { background: transparent !important; }`,
      body: `<main id="main" tabindex="-1">
<h1 class="page-title">${escapeHtml(page.title)}</h1>
${parts.map(section).join('\n')}
</main>`,
      data: { ...this.previewData(persona), teamsTheme: name }
    });
  }

  /** The intranet chrome around a page: suite bar, persona switcher, site header, navigation. */
  private frame(persona: PreviewPersona, url: URL, title: string, main: string, page?: PreviewPage): string {
    const nav = this.pages
      .filter((p) => p.nav)
      .map((p) => {
        const current = page && p.path === page.path ? ' aria-current="page"' : '';
        return `<li><a href="${p.path}"${current}>${escapeHtml(p.nav as string)}</a></li>`;
      })
      .concat(`<li><a href="${INBOX_PATH}"${url.pathname === INBOX_PATH ? ' aria-current="page"' : ''}>Inbox</a></li>`)
      .join('');
    const options = PERSONAS.map(
      (p) =>
        `<option value="${p.key}"${p.key === persona.key ? ' selected' : ''}>${escapeHtml(p.title)} (${escapeHtml(p.role)})</option>`
    ).join('');
    return htmlPage({
      htmlAttributes: '',
      title: `${title} - ${page ? page.site : 'Intranet'} (local preview)`,
      css: PAGE_CSS,
      body: `<a class="skip-link" href="#main">Skip to main content</a>
<header class="suite-bar">
  <p class="suite-name"><a href="${HOME_PATH}">Council intranet</a> <span class="preview-tag">local preview</span></p>
  <form class="persona" method="post" action="/_preview/persona">
    <label for="persona-select">Viewing as</label>
    <select id="persona-select" name="persona">${options}</select>
    <input type="hidden" name="back" value="${escapeHtml(url.pathname + url.search)}">
    <button type="submit">Switch person</button>
  </form>
</header>
<div class="site-header"><p class="site-title">${escapeHtml(page ? page.site : 'Local preview')}</p>
<nav aria-label="Intranet"><ul>${nav}</ul></nav></div>
<main id="main" tabindex="-1">
<h1 class="page-title">${escapeHtml(title)}</h1>
${main}
</main>`,
      data: this.previewData(persona)
    });
  }

  /** What the browser code needs to know (preview/client/main.tsx): who is viewing, and where the data is. */
  private previewData(persona: PreviewPersona): { persona: string; dataSiteUrl: string; graphUrl: string } {
    return { persona: persona.key, dataSiteUrl: this.emulator.url, graphUrl: `${this.emulator.origin}/v1.0` };
  }
}

/** Every preview page: its head, its body, the data for the browser code and the bundle that renders the web parts. */
function htmlPage(p: { htmlAttributes: string; title: string; css: string; body: string; data: object }): string {
  return `<!DOCTYPE html>
<html lang="en-GB"${p.htmlAttributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>${p.css}</style>
<link rel="stylesheet" href="/_preview/app.css">
</head>
<body>
${p.body}
<script id="preview-data" type="application/json">${JSON.stringify(p.data).replace(/</g, '\\u003c')}</script>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script src="/_preview/app.js"></script>
</body>
</html>`;
}

function canvas(page: PreviewPage): string {
  return page.sections.map(section).join('\n');
}

function section(s: Section): string {
  const background = s.background ?? 'none';
  const style = background === 'none' ? '' : ` style="background:${sectionBackgroundColour(background)}"`;
  const columns = s.columns.map((c) => `<div class="column span-${c.span}">${c.blocks.map((b) => block(b, background)).join('')}</div>`).join('');
  return `<section class="page-section" data-background="${background}"${style}>${columns}</section>`;
}

function block(b: Block, background: string): string {
  if (b.kind === 'text') {
    return `<div class="text-web-part">${b.html}</div>`;
  }
  return (
    `<div class="web-part" data-web-part="${b.webPart}" data-background="${background}" ` +
    `data-properties="${escapeHtml(JSON.stringify(b.properties))}"><p class="web-part-loading">Loading ${escapeHtml(b.title)}...</p></div>`
  );
}

function accessRequiredBody(persona: PreviewPersona): string {
  return (
    '<section class="page-section"><div class="column span-12 access-required">' +
    '<h2>You need permission to access this site</h2>' +
    `<p>${escapeHtml(persona.title)} is not allowed to open this page. It belongs to a site whose owners decide who can see it.</p>` +
    '<p>If you think you should have access, ask the site owner.</p>' +
    `<p><a href="${HOME_PATH}">Go to the intranet home page</a></p></div></section>`
  );
}

function notFoundBody(): string {
  return (
    '<section class="page-section"><div class="column span-12"><h2>Sorry, this page does not exist</h2>' +
    `<p>It may have moved or been deleted. <a href="${HOME_PATH}">Go to the intranet home page</a>.</p></div></section>`
  );
}

/** Mail bodies are plain text; their links become real links. */
function linkify(body: string): string {
  return escapeHtml(body)
    .split('\n')
    .map((line) => line.replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>'))
    .join('<br>');
}
