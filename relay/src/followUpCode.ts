// The follow-up code (issue 16): the anonymous raiser's only key to their conversation. It is shown once and the
// relay keeps only a slow hash of it.
//
// - 20 characters of Crockford's base32 (no I, L, O, U: nothing to misread), 5 bits each, from node:crypto:
//   100 bits. The first group (20 bits) is a look-up prefix stored in clear so the relay finds the few hashes to
//   check without scanning; the other 80 bits are the secret. Shown as five groups of four: ABCD-EFGH-JKMN-PQRS-TVWX.
// - Stored as scrypt (node:crypto, RFC 7914) with a random salt per code. Why scrypt: it is in Node itself (no new
//   package), memory-hard (N=2^14, r=8: 16 MiB per try) so a stolen list cannot be tried fast on GPUs, and the
//   salt per code means no precomputed table serves two codes. With 80 secret bits a brute force is hopeless
//   anyway; the hash is there so that whoever reads the list (triage, the relay's identity, a backup) cannot
//   turn a row into a code that opens the conversation.

import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 20;
const GROUP = 4;
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

export function newFollowUpCode(random: (size: number) => Buffer = randomBytes): string {
  // 20 characters × 5 bits = 100 bits, taken from 13 random bytes (104 bits).
  const bytes = random(13);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < LENGTH) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Readable groups of four, as shown to the raiser. */
export function groupCode(code: string): string {
  return (normaliseCode(code) ?? code).replace(new RegExp(`(.{${GROUP}})(?=.)`, 'g'), '$1-');
}

/**
 * The code as typed back (any case, spaces or dashes, O for 0, I and L for 1), or undefined when it cannot be
 * a code (wrong length or a character outside the alphabet).
 */
export function normaliseCode(typed: string): string | undefined {
  const plain = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return plain.length === LENGTH && [...plain].every((c) => ALPHABET.includes(c)) ? plain : undefined;
}

/** The clear look-up prefix (the first group) of a normalised code. */
export function codePrefix(code: string): string {
  return code.slice(0, GROUP);
}

function scrypt(code: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(code, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$<salt base64>$<hash base64>` for a normalised code. */
export async function hashCode(code: string, random: (size: number) => Buffer = randomBytes): Promise<string> {
  const salt = random(16);
  const key = await scrypt(code, salt);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether a normalised code matches a stored hash (constant-time compare; a malformed hash never matches). */
export async function codeMatches(code: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt' || Number(parts[1]) !== SCRYPT.N) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  const key = await scrypt(code, salt);
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** A hash of nothing, checked when a prefix has no code, so a miss costs the same time as a wrong code. */
export const DECOY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
