import * as vm from 'vm';
import { attempt, toStoreError } from '../../src/services/store/storeErrors';

function httpError(status: number, retryAfter?: string): unknown {
  return {
    isHttpRequestError: true,
    status,
    response: { headers: { get: (name: string) => (name === 'Retry-After' ? retryAfter ?? null : null) } }
  };
}

describe('SharePoint failures become typed results a person can be shown (issue 3)', () => {
  it.each([
    [400, 'invalidInput', false],
    [401, 'signedOut', false],
    [403, 'noPermission', false],
    [404, 'notFound', false],
    [412, 'conflict', false],
    [409, 'conflict', false],
    [429, 'throttled', true],
    [503, 'throttled', true],
    [500, 'serverError', true],
    [418, 'unknown', false]
  ])('HTTP %i is %s (retryable: %s)', (status, kind, retryable) => {
    expect(toStoreError(httpError(status))).toEqual({ kind, status, retryable });
  });

  it('keeps the Retry-After SharePoint sent, in seconds or as a date', () => {
    expect(toStoreError(httpError(429, '7')).retryAfterSeconds).toBe(7);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const fromDate = toStoreError(httpError(503, inTenSeconds)).retryAfterSeconds;
    expect(fromDate).toBeGreaterThanOrEqual(8);
    expect(fromDate).toBeLessThanOrEqual(11);
    expect(toStoreError(httpError(429, 'soon')).retryAfterSeconds).toBeUndefined();
    expect(toStoreError(httpError(429, ' ')).retryAfterSeconds).toBeUndefined();
  });

  it('treats a request with no response as offline and worth retrying', () => {
    expect(toStoreError(new TypeError('Failed to fetch'))).toEqual({ kind: 'offline', retryable: true });
    expect(toStoreError(new Error('socket hang up'))).toEqual({ kind: 'offline', retryable: true });
    // Made in another realm (Node's own fetch under a test runner, a frame): not an instance of this TypeError.
    const foreign = vm.runInNewContext("new TypeError('fetch failed')") as Error;
    expect(foreign instanceof TypeError).toBe(false);
    expect(toStoreError(foreign)).toEqual({ kind: 'offline', retryable: true });
    expect(toStoreError(new Error('something else'))).toEqual({ kind: 'unknown', retryable: false });
    expect(toStoreError(undefined)).toEqual({ kind: 'unknown', retryable: false });
  });

  it('attempt() returns the value, or the typed error instead of throwing', async () => {
    await expect(attempt(async () => 3)).resolves.toEqual({ ok: true, value: 3 });
    await expect(
      attempt(async () => {
        throw httpError(412);
      })
    ).resolves.toEqual({ ok: false, error: { kind: 'conflict', status: 412, retryable: false } });
  });
});
