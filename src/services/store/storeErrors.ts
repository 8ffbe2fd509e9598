/**
 * One place turns a failure of SharePoint (or of the network) into something the UI can show plainly and
 * offer to retry. Components map `kind` to a loc string; nothing here is shown to a person as it is, and
 * no message carries record content (R22: nothing identifying in logs).
 */

export type StoreErrorKind =
  | 'signedOut' // 401: the session ran out
  | 'noPermission' // 403
  | 'notFound' // 404: list or item gone (or never provisioned)
  | 'conflict' // 412: someone else changed this since it was read
  | 'throttled' // 429/503 after PnPjs's own retries
  | 'invalidInput' // 400: SharePoint refused a value
  | 'serverError' // other 5xx
  | 'offline' // no response at all
  | 'personNotFound' // ensureuser: the account is not in the tenant, or not licensed for SharePoint (permanent)
  | 'unknown';

export interface StoreError {
  kind: StoreErrorKind;
  /** HTTP status when there was a response. */
  status?: number;
  /** Seconds SharePoint asked us to wait (Retry-After), when it said. */
  retryAfterSeconds?: number;
  /** True when trying the same thing again may work without changing anything. */
  retryable: boolean;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

interface HttpLikeError {
  isHttpRequestError?: boolean;
  status?: number;
  response?: { headers?: { get(name: string): string | null } };
}

const RETRYABLE: ReadonlySet<StoreErrorKind> = new Set<StoreErrorKind>(['throttled', 'serverError', 'offline']);

/**
 * A failure the store itself decides (a refused value, an item that cannot be read back), thrown inside
 * `attempt` so it reaches the caller as the StoreError it carries.
 */
export class StoreFailure extends Error {
  public readonly storeError: StoreError;

  public constructor(storeError: StoreError, message: string = `Store failure: ${storeError.kind}`) {
    super(message);
    this.name = 'StoreFailure';
    this.storeError = storeError;
  }
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreFailure) {
    return error.storeError;
  }
  const http = error as HttpLikeError | undefined;
  if (http && http.isHttpRequestError === true && isUnknownPersonError(error)) {
    return { kind: 'personNotFound', ...(typeof http.status === 'number' ? { status: http.status } : {}), retryable: false };
  }
  if (http && http.isHttpRequestError === true && typeof http.status === 'number') {
    const kind = kindForStatus(http.status);
    const retryAfter = retryAfterSeconds(http.response?.headers?.get('Retry-After') ?? null);
    return {
      kind,
      status: http.status,
      retryable: RETRYABLE.has(kind),
      ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter })
    };
  }
  // fetch rejects with a TypeError when there is no response (network gone, connection dropped). Known by its
  // name and words, not `instanceof`: an error made in another realm (Node's fetch under a test runner, a frame)
  // is not an instance of this realm's TypeError.
  const named = error as { name?: unknown; message?: unknown } | undefined;
  const name = typeof named?.name === 'string' ? named.name : '';
  const words = typeof named?.message === 'string' ? named.message : '';
  if (name === 'TypeError' || (name !== '' && /network|fetch|ECONNRE|socket/i.test(words))) {
    return { kind: 'offline', retryable: true };
  }
  return { kind: 'unknown', retryable: false };
}

/**
 * ensureuser of an account SharePoint cannot resolve (not in the tenant, or not licensed) answers
 * SPException -2146232832 "The specified user ... could not be found". Microsoft documents no status for it,
 * so it is known by its code and words, whatever the status: trying again can never work.
 */
const UNKNOWN_PERSON_CODE = '-2146232832';
const UNKNOWN_PERSON_WORDS = /The specified user .* could not be found/i;

export function isUnknownPersonError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return message.indexOf(UNKNOWN_PERSON_CODE) >= 0 && UNKNOWN_PERSON_WORDS.test(message);
}

/**
 * SharePoint refused a query for the list view threshold (SPQueryThrottledException, -2147024860): the
 * indexed condition matched more than 5,000 items. The store reads such a range in parts.
 */
export function isThresholdError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /-2147024860|SPQueryThrottledException|list view threshold/i.test(message);
}

function kindForStatus(status: number): StoreErrorKind {
  switch (status) {
    case 400:
      return 'invalidInput';
    case 401:
      return 'signedOut';
    case 403:
      return 'noPermission';
    case 404:
      return 'notFound';
    case 409:
    case 412:
      return 'conflict';
    case 429:
    case 503:
      return 'throttled';
    default:
      return status >= 500 ? 'serverError' : 'unknown';
  }
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Runs a store call and returns a typed result instead of throwing. */
export async function attempt<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}
