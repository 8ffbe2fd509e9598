import * as React from 'react';
import { useWellbeingServices } from '../ServicesContext';
import type { IWellbeingStore } from '../../services/store/IWellbeingStore';
import type { StoreError, StoreResult } from '../../services/store/storeErrors';

export type ReadState<T> = { status: 'loading' } | { status: 'failed'; error: StoreError } | { status: 'ready'; value: T };

export interface StoreRead<T> {
  state: ReadState<T>;
  /** Reads again (after a failure, or to refresh). */
  retry: () => void;
  /** Replaces the value without a read (after a write that returned the new state). */
  set: (update: (value: T) => T) => void;
}

/** A failure of the store itself (it could not even be loaded) as a StoreError. */
function unexpected(): StoreError {
  return { kind: 'unknown', retryable: true };
}

/**
 * Runs a read through the web part's store when `key` changes (or on retry), and keeps its state. A read
 * that finishes after the component moved on (another quarter chosen) is ignored.
 */
export function useStoreRead<T>(key: string | undefined, read: (store: IWellbeingStore) => Promise<StoreResult<T>>): StoreRead<T> {
  const services = useWellbeingServices();
  const [state, setState] = React.useState<ReadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const readRef = React.useRef(read);
  readRef.current = read;

  React.useEffect(() => {
    if (key === undefined) {
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    services
      .store()
      .then((store) => readRef.current(store))
      .then(
        (result) => {
          if (current) {
            setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
          }
        },
        () => {
          if (current) {
            setState({ status: 'failed', error: unexpected() });
          }
        }
      );
    return () => {
      current = false;
    };
  }, [services, key, attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  const set = React.useCallback(
    (update: (value: T) => T) => setState((s) => (s.status === 'ready' ? { status: 'ready', value: update(s.value) } : s)),
    []
  );
  return { state, retry, set };
}

/** Runs one store call (a write) and gives its result; a store that cannot be loaded is a failure too. */
export async function callStore<T>(
  store: () => Promise<IWellbeingStore>,
  call: (store: IWellbeingStore) => Promise<StoreResult<T>>
): Promise<StoreResult<T>> {
  try {
    return await call(await store());
  } catch {
    return { ok: false, error: unexpected() };
  }
}

/** SharePoint refused or hid what was asked for: the person has no access to it (R21). */
export function isNoAccess(error: StoreError): boolean {
  return error.kind === 'noPermission' || error.kind === 'notFound';
}
