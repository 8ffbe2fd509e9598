// What one user action across the store comes to (ARCHITECTURE.md "workflows/"): saved, refused by a rule
// before anything was written, a conflict (someone changed it first: nothing was overwritten), or failed
// (SharePoint could not do it; the error says whether trying again may help). Components say each in words.

import type { StoreError, StoreResult } from '../services/store/storeErrors';

/** The time, from the caller (tests and the preview fix it). */
export type Clock = () => Date;

/** R: why a rule refused; an action no rule can refuse has none (never), and then no 'refused' either. */
export type Outcome<T, R = never> =
  | { kind: 'saved'; value: T }
  | ([R] extends [never] ? never : { kind: 'refused'; reason: R })
  | { kind: 'conflict'; error: StoreError }
  | { kind: 'failed'; error: StoreError };

/** A store result as an outcome: a 'conflict' error is a conflict, any other error a failure. */
export function outcomeOf<T>(result: StoreResult<T>): Outcome<T, never> {
  if (result.ok) return { kind: 'saved', value: result.value };
  return result.error.kind === 'conflict' ? { kind: 'conflict', error: result.error } : { kind: 'failed', error: result.error };
}

/** Runs a store call; a call that throws (a store that cannot be loaded) is a failure, never an exception. */
export async function call<T>(run: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await run();
  } catch {
    return { ok: false, error: { kind: 'unknown', retryable: true } };
  }
}

/** Runs a workflow on a store that is loaded first (a web part's store loads lazily); one that cannot load is a failure. */
export async function usingStore<S, O>(load: () => Promise<S>, run: (store: S) => Promise<O>): Promise<O | { kind: 'failed'; error: StoreError }> {
  let store: S;
  try {
    store = await load();
  } catch {
    return { kind: 'failed', error: { kind: 'unknown', retryable: true } };
  }
  return run(store);
}
