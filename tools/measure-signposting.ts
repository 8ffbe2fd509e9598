/*
 * npm run measure:signposting   (after npm run build)
 *
 * The signposting web part loads on many pages for every member of staff, so two numbers matter:
 * - what a page downloads for it: its bundle and the chunks it loads on first view, from the production
 *   build in dist/ (minified, and gzipped as a server would send them);
 * - how many requests it makes to SharePoint: measured in the local preview with Chromium, on a first page
 *   and on a second page in the same tab.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { startPreview } from '../preview/server';
import { launchChromium } from '../preview/browser';
import { PERSONA_COOKIE } from '../preview/server';

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');

interface Sized {
  file: string;
  bytes: number;
  gzip: number;
}

function size(file: string): Sized {
  const content = fs.readFileSync(path.join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content).length };
}

function bundleFiles(): { entry: Sized; loc: Sized[]; chunks: Sized[] } {
  const manifestId = (JSON.parse(fs.readFileSync(path.join(root, 'src/webparts/signposting/SignpostingWebPart.manifest.json'), 'utf8')) as { id: string }).id;
  const manifestFile = path.join(dist, `${manifestId}.manifest.json`);
  if (!fs.existsSync(manifestFile)) throw new Error('No production build in dist/: run `npm run build` first.');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
    loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
  };
  const resources = manifest.loaderConfig.scriptResources;
  const entryPath = resources[manifest.loaderConfig.entryModuleId].path as string;
  const entryText = fs.readFileSync(path.join(dist, entryPath), 'utf8');
  const loc = Object.entries(resources)
    .filter(([name, r]) => r.type === 'path' && name !== manifest.loaderConfig.entryModuleId)
    .map(([, r]) => size(r.path as string));
  // The chunks this build's entry can load: webpack names them chunk.<name>_<hash>.js and the entry holds each hash.
  const chunks = fs
    .readdirSync(dist)
    .filter((f) => /^chunk\..+_([0-9a-f]+)\.js$/.test(f) && entryText.includes((/_([0-9a-f]+)\.js$/.exec(f) as RegExpExecArray)[1]))
    .map(size);
  return { entry: size(entryPath), loc, chunks };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function requestsPerView(): Promise<{ first: number; second: number }> {
  const preview = await startPreview({ port: 0, dbPath: ':memory:', demoData: false });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: PERSONA_COOKIE, value: 'newStarter', url: preview.origin }]);
    const page = await context.newPage();
    const view = async (pagePath: string): Promise<number> => {
      preview.emulator.clearRequests();
      await page.goto(`${preview.origin}${pagePath}`);
      await page.waitForSelector('[data-web-part="signposting"] h4');
      return preview.emulator.requests().filter((r) => !r.batched).length;
    };
    const first = await view('/sites/peopleservices/SitePages/Induction.aspx');
    const second = await view('/sites/peopleservices/SitePages/Supervision.aspx');
    return { first, second };
  } finally {
    await browser.close();
    await preview.close();
  }
}

async function main(): Promise<void> {
  const { entry, loc, chunks } = bundleFiles();
  const all = [entry, ...loc, ...chunks];
  console.log('Signposting web part, production build:');
  for (const f of all) console.log(`  ${f.file}: ${kb(f.bytes)} minified, ${kb(f.gzip)} gzipped`);
  console.log(`Bundle total (first view): ${kb(all.reduce((n, f) => n + f.bytes, 0))} minified, ${kb(all.reduce((n, f) => n + f.gzip, 0))} gzipped`);
  const { first, second } = await requestsPerView();
  console.log(`SharePoint requests: ${first} on the first page, ${second} on a second page in the same tab`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
