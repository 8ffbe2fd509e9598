// Issue 16: the follow-up code: enough bits, readable, typed back forgivingly, stored only as a salted slow hash.
import { AttemptLimiter } from '../../relay/src/attempts';
import { codeMatches, codePrefix, DECOY_HASH, groupCode, hashCode, newFollowUpCode, normaliseCode } from '../../relay/src/followUpCode';
import { randomDelaySeconds } from '../../relay/src/queue';

test('20 characters of a 32-letter alphabet (100 bits), shown in five groups of four, different every time', () => {
  const codes = new Set(Array.from({ length: 200 }, () => newFollowUpCode()));
  expect(codes.size).toBe(200);
  for (const code of codes) {
    expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{20}$/);
    expect(groupCode(code)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  }
  // Every one of the 100 bits is used: all-ones bytes give the last letter everywhere.
  expect(newFollowUpCode((n) => Buffer.alloc(n, 0xff))).toBe('Z'.repeat(20));
  expect(newFollowUpCode((n) => Buffer.alloc(n, 0))).toBe('0'.repeat(20));
});

test('typed back in any case, with spaces or dashes, O for 0 and I or L for 1; anything else is not a code', () => {
  expect(normaliseCode('abcd efgh-jkmn pqrs tvwx')).toBe('ABCDEFGHJKMNPQRSTVWX');
  expect(normaliseCode('O0IL-0000-0000-0000-0000')).toBe('00110000000000000000');
  expect(normaliseCode('ABCD-EFGH')).toBeUndefined();
  expect(normaliseCode('ABCD-EFGH-JKMN-PQRS-TVWU')).toBeUndefined();
  expect(codePrefix('ABCDEFGHJKMNPQRSTVWX')).toBe('ABCD');
});

test('stored as scrypt with its own salt: two hashes of one code differ, each matches only that code', async () => {
  const code = newFollowUpCode();
  const [one, two] = [await hashCode(code), await hashCode(code)];
  expect(one).not.toBe(two);
  expect(one).toMatch(/^scrypt\$16384\$8\$1\$/);
  expect(one).not.toContain(code);
  expect(await codeMatches(code, one)).toBe(true);
  expect(await codeMatches(code, two)).toBe(true);
  expect(await codeMatches(newFollowUpCode(), one)).toBe(false);
  expect(await codeMatches(code, DECOY_HASH)).toBe(false);
  expect(await codeMatches(code, 'sha256$abc')).toBe(false);
});

test('tries are limited per prefix and in total per window, and the window passes', () => {
  let now = 0;
  const limiter = new AttemptLimiter({ perPrefix: 2, total: 3, windowSeconds: 60 }, () => now);
  expect([limiter.allow('AAAA'), limiter.allow('AAAA'), limiter.allow('AAAA')]).toEqual([true, true, false]);
  expect(limiter.allow('BBBB')).toBe(false); // the total is spent
  now = 60_000;
  expect(limiter.allow('AAAA')).toBe(true);
});

test('the hold before the write is random within the setting, and 0 when the setting is 0', () => {
  expect(randomDelaySeconds(0, () => 99)).toBe(0);
  const seen: number[] = [];
  expect(randomDelaySeconds(1800, (max) => (seen.push(max), max - 1))).toBe(1800);
  expect(seen).toEqual([1801]);
});
