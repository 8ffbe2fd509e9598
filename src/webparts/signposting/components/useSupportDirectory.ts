import * as React from 'react';
import type { SupportEntry } from '../../../domain/types';
import { useWellbeingServices } from '../../../components/ServicesContext';
import type { IWellbeingServices } from '../../../services/IWellbeingServices';
import type { StoreErrorKind } from '../../../services/store/storeErrors';
import { cacheDirectory, readCachedDirectory } from './directoryCache';

export type DirectoryState =
  | { status: 'loading' }
  | { status: 'ready'; entries: SupportEntry[] }
  | { status: 'failed'; kind: StoreErrorKind };

export type LoadedDirectory = Exclude<DirectoryState, { status: 'loading' }>;

/** This tab's copy of the directory for the services' data site, while it is fresh. */
export function cachedSupportDirectory(services: IWellbeingServices, now: () => number = Date.now): SupportEntry[] | undefined {
  return readCachedDirectory(services.dataSite.url, now());
}

/** One read of the SharePoint list through the store; a good answer is kept for the next page in this tab. */
export async function fetchSupportDirectory(services: IWellbeingServices, now: () => number = Date.now): Promise<LoadedDirectory> {
  const siteUrl = services.dataSite.url;
  try {
    const result = await (await services.store()).supportDirectory();
    if (!result.ok) {
      return { status: 'failed', kind: result.error.kind };
    }
    cacheDirectory(siteUrl, result.value, now());
    return { status: 'ready', entries: result.value };
  } catch {
    // The store's script did not arrive: the network is gone.
    return { status: 'failed', kind: 'offline' };
  }
}

/** The data path of a page view, without React (the hook below, and tools/measure-signposting.ts). */
export async function loadSupportDirectory(services: IWellbeingServices, now: () => number = Date.now): Promise<LoadedDirectory> {
  const cached = cachedSupportDirectory(services, now);
  return cached ? { status: 'ready', entries: cached } : fetchSupportDirectory(services, now);
}

/** The support directory: from this tab's cache, or one read of the SharePoint list. */
export function useSupportDirectory(now: () => number = Date.now): { state: DirectoryState; retry: () => void } {
  const services = useWellbeingServices();
  const siteUrl = services.dataSite.url;
  const [attempt, setAttempt] = React.useState(0);
  // Read synchronously on the first render, so a cached directory shows at once, with no spinner.
  const [state, setState] = React.useState<DirectoryState>(() => {
    const cached = cachedSupportDirectory(services, now);
    return cached ? { status: 'ready', entries: cached } : { status: 'loading' };
  });

  // Nothing to read on the first render when this tab already has the directory.
  const fromCache = React.useRef(state.status === 'ready');

  React.useEffect(() => {
    if (fromCache.current) {
      fromCache.current = false;
      return undefined;
    }
    let live = true;
    setState({ status: 'loading' });
    fetchSupportDirectory(services, now).then(
      (loaded) => {
        if (live) setState(loaded);
      },
      () => undefined // fetchSupportDirectory never rejects
    );
    return () => {
      live = false;
    };
  }, [attempt, siteUrl, services, now]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
