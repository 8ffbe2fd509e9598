/*
 * Issue 4: `npm start` without a browser. Data persists between runs and --reset starts clean; the command
 * prints the address and Ctrl-C stops everything; the host pages and the persona switcher behave.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { PERSONA_COOKIE, startPreview } from '../../preview/server';
import { HOME_PATH, WELLBEING_PATH } from '../../preview/pages';
import { spAs } from '../../preview/site';
import { SupportDirectoryList } from '../../src/schema/lists';

jest.setTimeout(120000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wellbeing-preview-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm start: the local preview server', () => {
  it('keeps its data in a local file between runs, and --reset starts clean', async () => {
    const dbPath = path.join(tmp, 'persist.sqlite');
    const first = await startPreview({ port: 0, dbPath, demoData: false });
    const owner = spAs(first.emulator, 'owner');
    const list = owner.web.lists.getByTitle(SupportDirectoryList.title);
    const before: unknown[] = await list.items.select('Id')();
    await list.items.add({ Title: 'Added by the site owner between runs' });
    await first.close();

    const second = await startPreview({ port: 0, dbPath, demoData: false });
    const kept: { Title: string }[] = await spAs(second.emulator, 'owner').web.lists.getByTitle(SupportDirectoryList.title).items.select('Title')();
    expect(kept.length).toBe(before.length + 1);
    expect(kept.map((i) => i.Title)).toContain('Added by the site owner between runs');
    // Not set up a second time: the provisioner would report nothing to do anyway, and no demo data is re-added.
    expect(second.demo).toBeUndefined();
    await second.close();

    const reset = await startPreview({ port: 0, dbPath, demoData: false, reset: true });
    const fresh: { Title: string }[] = await spAs(reset.emulator, 'owner').web.lists.getByTitle(SupportDirectoryList.title).items.select('Title')();
    expect(fresh.length).toBe(before.length);
    await reset.close();
  });

  it('serves the pages, SharePoint\'s answer for a page that does not exist, and switches persona only to a local page', async () => {
    const preview = await startPreview({ port: 0, dbPath: ':memory:', demoData: false });
    try {
      const home = await fetch(`${preview.origin}/`, { redirect: 'manual' });
      expect(home.status).toBe(303);
      expect(home.headers.get('location')).toBe(HOME_PATH);
      expect((await fetch(`${preview.origin}/sites/intranet/SitePages/Nope.aspx`)).status).toBe(404);

      const switched = await fetch(`${preview.origin}/_preview/persona`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `persona=psw&back=${encodeURIComponent(WELLBEING_PATH)}`
      });
      expect(switched.status).toBe(303);
      expect(switched.headers.get('location')).toBe(WELLBEING_PATH);
      expect(switched.headers.get('set-cookie')).toContain(`${PERSONA_COOKIE}=psw`);

      const elsewhere = await fetch(`${preview.origin}/_preview/persona`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'persona=nobody&back=//evil.example/'
      });
      expect(elsewhere.headers.get('location')).toBe(HOME_PATH);
      expect(elsewhere.headers.get('set-cookie')).toBeNull();

      // The persona cookie becomes the caller SharePoint sees.
      const me = await fetch(`${preview.emulator.url}/_api/web/currentuser?$select=Title`, {
        headers: { Accept: 'application/json;odata=nometadata', Cookie: `${PERSONA_COOKIE}=hosSafeguarding` }
      });
      expect(((await me.json()) as { Title: string }).Title).toBe('Hana Safeguarding');
    } finally {
      await preview.close();
    }
  });

  it('prints the address when ready, and stops everything on Ctrl-C', async () => {
    const root = path.join(__dirname, '..', '..');
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'preview/cli.ts', '--port', '0', '--db', path.join(tmp, 'cli.sqlite'), '--empty'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No address printed:\n${output}`)), 60000);
      child.stdout.on('data', () => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect(address).toMatch(new RegExp(`${HOME_PATH.replace(/\./g, '\\.')}$`));
    expect((await fetch(address)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(address)).rejects.toThrow();
  });
});
