import * as React from 'react';
import type { SupportEntry } from '../../../domain/types';
import { useWellbeingServices } from '../../../components/ServicesContext';
import type { StoreErrorKind } from '../../../services/store/storeErrors';
import { cacheDirectory, readCachedDirectory } from './directoryCache';

export type DirectoryState =
  | { status: 'loading' }
  | { status: 'ready'; entries: SupportEntry[] }
  | { status: 'failed'; kind: StoreErrorKind };

/** The support directory: from this tab's cache, or one read of the SharePoint list. */
export function useSupportDirectory(now: () => number = Date.now): { state: DirectoryState; retry: () => void } {
  const services = useWellbeingServices();
  const siteUrl = services.dataSite.url;
  const [attempt, setAttempt] = React.useState(0);
  const [state, setState] = React.useState<DirectoryState>(() => {
    const cached = readCachedDirectory(siteUrl, now());
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
    services
      .store()
      .then((store) => store.supportDirectory())
      .then(
        (result) => {
          if (!live) return;
          if (result.ok) {
            cacheDirectory(siteUrl, result.value, now());
            setState({ status: 'ready', entries: result.value });
          } else {
            setState({ status: 'failed', kind: result.error.kind });
          }
        },
        () => {
          if (live) setState({ status: 'failed', kind: 'offline' });
        }
      );
    return () => {
      live = false;
    };
  }, [attempt, siteUrl, services, now]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
