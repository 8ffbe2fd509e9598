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
import { startEmulator } from '../emulator/server';
import { provision, spAs } from '../preview/site';
import { supportEntriesForContext } from '../src/domain/support';
import type { IWellbeingServices } from '../src/services/IWellbeingServices';
import { withDirectoryReader } from '../src/webparts/signposting/components/DirectoryReaderScope';
import { DIRECTORY_TTL_MS } from '../src/webparts/signposting/components/directoryCache';
import { loadSupportDirectory } from '../src/webparts/signposting/components/useSupportDirectory';
import { total, webPartFiles } from './bundleFiles';

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
  const { entry, loc, chunks: directoryChunks } = webPartFiles('src/webparts/signposting/SignpostingWebPart.manifest.json', ['signposting-directory']);
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
