/*
 * npm run measure:signposting   (after `npm run build`)
 *
 * The signposting web part loads on many pages for every member of staff. This prints what it costs a page:
 * - script: the web part's bundle from the production build in dist/ (what SharePoint serves from the
 *   package's client-side assets): the entry, its loc files, and the chunks its first view loads (the
 *   directory reader), minified and gzipped. The SPFx framework libraries (React, sp-*) are the page's own
 *   and not counted.
 * - SharePoint requests: the web part's own data path (useSupportDirectory's loadSupportDirectory, through the
 *   services the web part builds in SharePoint) against the local emulator, provisioned by the real
 *   provisioner (preview/site.ts, as the preview and the integration tests do), for a first page view and
 *   for a second page view in the same browser tab.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { startEmulator } from '../emulator/server';
import { provision, spAs } from '../preview/site';
import { supportEntriesForContext } from '../src/domain/support';
import type { IWellbeingServices } from '../src/services/IWellbeingServices';
import { withDirectoryReader } from '../src/webparts/signposting/components/DirectoryReaderScope';
import { DIRECTORY_TTL_MS } from '../src/webparts/signposting/components/directoryCache';
import { loadSupportDirectory } from '../src/webparts/signposting/components/useSupportDirectory';

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');

interface Sized {
  file: string;
  bytes: number;
  gzip: number;
}

function sized(file: string): Sized {
  const content = fs.readFileSync(path.join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const total = (files: Sized[]): { bytes: number; gzip: number } =>
  files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }), { bytes: 0, gzip: 0 });

interface Manifest {
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
}

/** The files a page loads for the web part, read from this build's manifest and its webpack runtime. */
function bundle(): { entry: Sized; loc: Sized[]; directoryChunks: Sized[] } {
  const { id } = JSON.parse(fs.readFileSync(path.join(root, 'src/webparts/signposting/SignpostingWebPart.manifest.json'), 'utf8')) as { id: string };
  const manifestFile = path.join(dist, `${id}.manifest.json`);
  if (!fs.existsSync(manifestFile)) {
    throw new Error('No production build in dist/: run `npm run build` first.');
  }
  const { loaderConfig } = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const entryFile = loaderConfig.scriptResources[loaderConfig.entryModuleId].path as string;
  // dist/ keeps earlier builds' files: only the manifest's own (hashed) names are this build.
  const loc = Object.entries(loaderConfig.scriptResources)
    .filter(([name, resource]) => name !== loaderConfig.entryModuleId && resource.type === 'path')
    .map(([, resource]) => sized(resource.path as string));
  const entryText = fs.readFileSync(path.join(dist, entryFile), 'utf8');

  // webpack's runtime names each chunk file: "chunk." + (name or id) + "_" + {id: hash}[id] + ".js".
  const hashes = /\{((?:\d+:"[0-9a-f]+",?)+)\}\[\w+\]\+"\.js"/.exec(entryText);
  if (!hashes) {
    throw new Error(`Could not find the chunk map in ${entryFile}; has the SPFx webpack runtime changed?`);
  }
  const files = fs.readdirSync(dist);
  const fileOf = new Map<number, string>();
  for (const [, chunkId, hash] of Array.from(hashes[1].matchAll(/(\d+):"([0-9a-f]+)"/g))) {
    const file = files.find((f) => f.startsWith('chunk.') && f.endsWith(`_${hash}.js`));
    if (file) fileOf.set(Number(chunkId), file);
  }
  const directoryId = Array.from(fileOf.entries()).find(([, file]) => file.startsWith('chunk.signposting-directory_'))?.[0];
  if (directoryId === undefined) {
    throw new Error('No signposting-directory chunk in this build.');
  }
  // The chunks loaded together with it: Promise.all([r.e(133), r.e(424)]) in the entry.
  const groups = Array.from(entryText.matchAll(/Promise\.all\(\[((?:[\w$]+\.e\(\d+\),?)+)\]\)|[\w$]+\.e\((\d+)\)\.then/g), (m) =>
    m[2] !== undefined ? [Number(m[2])] : Array.from(m[1].matchAll(/\.e\((\d+)\)/g), (e) => Number(e[1]))
  );
  const group = groups.find((ids) => ids.indexOf(directoryId) >= 0) ?? [directoryId];
  return { entry: sized(entryFile), loc, directoryChunks: group.map((chunkId) => sized(fileOf.get(chunkId) as string)) };
}

/** A browser tab's session storage, for the web part's directory cache. */
class TabStorage implements Storage {
  private readonly _items: Map<string, string> = new Map();
  public get length(): number {
    return this._items.size;
  }
  public clear(): void {
    this._items.clear();
  }
  public getItem(key: string): string | null {
    return this._items.get(key) ?? null;
  }
  public key(index: number): string | null {
    return Array.from(this._items.keys())[index] ?? null;
  }
  public removeItem(key: string): void {
    this._items.delete(key);
  }
  public setItem(key: string, value: string): void {
    this._items.set(key, String(value));
  }
}

async function requestsPerView(): Promise<{ first: number; second: number; expired: number }> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
  try {
    await provision(emulator);
    (globalThis as { sessionStorage?: Storage }).sessionStorage = new TabStorage();
    const sp = spAs(emulator, 'newStarter');
    // What the web part hands its component in SharePoint: the light reader over the data site's PnPjs root.
    // A page view is a new web part instance (new services); the tab's session storage is what carries over.
    const pageView = async (now: () => number = Date.now): Promise<number> => {
      const services: IWellbeingServices = withDirectoryReader({
        dataSite: { url: emulator.url, isCurrentSite: false, sp },
        store: () => Promise.reject(new Error('The signposting web part must not need the full store.'))
      });
      emulator.clearRequests();
      const loaded = await loadSupportDirectory(services, now);
      if (loaded.status !== 'ready' || supportEntriesForContext(loaded.entries, 'induction').length === 0) {
        throw new Error(`The directory did not load: ${JSON.stringify(loaded)}`);
      }
      // Each HTTP request once: the parts of a $batch are logged as well, marked batched.
      return emulator.requests().filter((r) => !r.batched).length;
    };
    const first = await pageView();
    const second = await pageView();
    const expired = await pageView(() => Date.now() + DIRECTORY_TTL_MS + 1);
    return { first, second, expired };
  } finally {
    await emulator.close();
  }
}

const thousands = (n: number): string => n.toLocaleString('en-GB');
const line = (label: string, size: { bytes: number; gzip: number }): string =>
  `${label}: ${thousands(size.bytes)} bytes minified, ${thousands(size.gzip)} bytes gzipped`;

async function main(): Promise<void> {
  const { entry, loc, directoryChunks } = bundle();
  console.log('Signposting web part, production build (dist/):');
  for (const f of [entry, ...loc, ...directoryChunks]) {
    console.log(`  ${f.file}: ${thousands(f.bytes)} bytes minified, ${thousands(f.gzip)} bytes gzipped`);
  }
  console.log(line('Signposting bundle, first view (entry, loc files, directory reader chunks)', total([entry, ...loc, ...directoryChunks])));
  console.log(line('Signposting bundle, later views in the tab (directory cached: entry and loc files only)', total([entry, ...loc])));
  const requests = await requestsPerView();
  console.log(`SharePoint requests, first view: ${requests.first}`);
  console.log(`SharePoint requests, second view in the same tab (cached): ${requests.second}`);
  console.log(`SharePoint requests, a view after the ${DIRECTORY_TTL_MS / 60000}-minute cache has expired: ${requests.expired}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
