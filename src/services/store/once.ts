// Writes that happen once, on lists where SharePoint allows no unique column.
//
// SharePoint refuses EnforceUniqueValues on a list with item-level security (the alerts and the network
// themes: each person reads only their own items) and on a list whose items get their own permissions
// (the summaries). So an add that a retry could double is made once by:
// - a key the client makes before the first attempt (the raise form's idempotency key; a key per call for
//   the others), stored in an indexed column;
// - looking the key up before the add and again after any failure (the add may have reached SharePoint
//   and its answer been lost: PnPjs retries such a request, and a 429/503 did no work). A raiser can read
//   their own items (ReadSecurity 2), so the look-up sees every earlier attempt of theirs;
// - one attempt at a time per key across the tabs of one browser (Web Locks: a duplicated tab carries the
//   same draft and key), so two tabs pressing Submit at once never both find nothing and both add;
// - an add is sent through `sendOnce`: a 429 or 503 (SharePoint did no work) is retried honouring
//   Retry-After, as PnPjs does, but a request that got no answer at all is not sent again blindly
//   (PnPjs's BrowserFetchWithRetry would, and without a unique column that makes a second item): the key
//   is looked up instead.

import { delay } from '@pnp/core';
import type { Queryable, QueryableSendObserver } from '@pnp/queryable';
import { newIdempotencyKey } from '../../domain/reference';
import { StoreFailure } from './storeErrors';

/** Runs `work` while holding the lock `name`, shared by every tab of the browser. */
export type TabLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const held: Map<string, Promise<unknown>> = new Map();

/** One at a time per name within this page (and so within one test process: its stores are the "tabs"). */
export const pageLock: TabLock = <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const before = held.get(name) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined
  );
  held.set(name, settled);
  void settled.then(() => {
    if (held.get(name) === settled) {
      held.delete(name);
    }
  });
  return run;
};

/** The browser's Web Locks (every supported browser has them); the page lock where there are none. */
export const tabLock: TabLock = <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks !== undefined && typeof locks.request === 'function') {
    return locks.request(`wellbeing:${name}`, work);
  }
  return pageLock(name, work);
};

/**
 * Adds once: `find` looks the key up (undefined when no attempt wrote it), `add` writes. Returns the item
 * and whether an earlier attempt had written it. A failure of the add is reported only when the look-up
 * after it finds nothing (and is the one reported if that look-up fails too).
 */
export async function addOnce<T>(
  lock: TabLock,
  name: string,
  find: () => Promise<T | undefined>,
  add: () => Promise<T>
): Promise<{ item: T; alreadyExisted: boolean }> {
  return lock(name, async () => {
    const earlier = await find();
    if (earlier !== undefined) {
      return { item: earlier, alreadyExisted: true };
    }
    try {
      return { item: await add(), alreadyExisted: false };
    } catch (error) {
      let written: T | undefined;
      try {
        written = await find();
      } catch (lookUp) {
        // The store's own verdict (e.g. a colleague's case for the same alert) says more than the failure.
        throw lookUp instanceof StoreFailure ? lookUp : error;
      }
      if (written === undefined) {
        throw error;
      }
      return { item: written, alreadyExisted: true };
    }
  });
}

/** SharePoint did not do the work: throttled (429) or unavailable (503). Not 504: the work may be done. */
const NOT_DONE: readonly number[] = [429, 503];

/**
 * A PnPjs send behaviour for adds: retries 429/503 (Retry-After in seconds, else doubling from `interval`)
 * up to `retries` times; a request that got no answer throws at once, for the caller to look its key up.
 */
export function sendOnce(retries: number = 3, interval: number = 200): (instance: Queryable) => Queryable {
  return (instance) => {
    const send: QueryableSendObserver = async (url: URL, init: RequestInit): Promise<Response> => {
      let wait = interval;
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(url.toString(), init);
        if (NOT_DONE.indexOf(response.status) < 0 || attempt >= retries) {
          return response;
        }
        const retryAfter = Number(response.headers.get('Retry-After'));
        wait = response.headers.has('Retry-After') && Number.isFinite(retryAfter) ? retryAfter * 1000 : wait * 2;
        await delay(wait);
      }
    };
    instance.on.send.replace(send);
    return instance;
  };
}

/** A number in [0, 1) from the browser's crypto where there is one. */
export function randomUnit(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (crypto?.getRandomValues !== undefined) {
    return crypto.getRandomValues(new Uint32Array(1))[0] / 0x100000000;
  }
  return Math.random();
}

/** A key for an add whose caller made none (covers that call's own retries, not a second tab). */
export function newAddKey(): string {
  return newIdempotencyKey(randomUnit);
}
