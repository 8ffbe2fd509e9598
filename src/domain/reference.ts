// References a person can read out on the phone, and idempotency keys for submitting. Pure TypeScript.
//
// Format: "WB-XXXX-XXXX": seven random characters and one check character.
// Alphabet: 23 characters with no look-alikes: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, and no U/V (alike when
// handwritten, and V sounds like B, D, E on a poor line). 23 is prime, so a check character computed as a
// weighted sum mod 23 with distinct weights (1..8, the check character included) catches every single wrong character and every swap of
// two different characters, adjacent or not. 23^7 (3.4 billion) references keep accidental clashes rare,
// and a clash would harm nothing: the store finds an alert by its item id and idempotency key, never by its
// reference (SharePoint allows no unique column on the alerts list), and triage searches show every match.
//
// Randomness is passed in (`random: () => number` in [0, 1)): the form may use crypto.getRandomValues;
// tests use a seeded generator.

export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const REFERENCE_PREFIX = 'WB';
const BODY_LENGTH = 8; // 7 random + 1 check
const CANONICAL = /^WB-[ACDEFGHJKMNPQRTWXY34679]{4}-[ACDEFGHJKMNPQRTWXY34679]{4}$/;

function pick(random: () => number, size: number): number {
  // Guard against generators that can return 1 (or slightly out of range).
  const n = Math.floor(random() * size);
  return Math.min(size - 1, Math.max(0, n));
}

/** Weighted sum of the characters, weights 1, 2, 3 ... by position. */
function weightedSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    sum += (i + 1) * REFERENCE_ALPHABET.indexOf(chars.charAt(i));
  }
  return sum;
}

/**
 * The check character c makes weightedSum(payload + c) a multiple of 23, so the check character itself is
 * weighted too (weight 8) and a swap involving it is caught as well. 8 * 3 = 24 = 1 (mod 23), so c = -3S.
 */
function checkCharacter(payload: string): string {
  const size = REFERENCE_ALPHABET.length;
  return REFERENCE_ALPHABET.charAt((size - ((3 * weightedSum(payload)) % size)) % size);
}

function format(body: string): string {
  return `${REFERENCE_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** A new reference such as "WB-7K3M-9QR4". */
export function newReference(random: () => number): string {
  let payload = '';
  for (let i = 0; i < BODY_LENGTH - 1; i++) {
    payload += REFERENCE_ALPHABET.charAt(pick(random, REFERENCE_ALPHABET.length));
  }
  return format(payload + checkCharacter(payload));
}

/**
 * The canonical form ("WB-XXXX-XXXX") of what someone typed or read out: any case, spaces, dashes or dots
 * anywhere, with or without the "WB" prefix. Undefined when it is not a reference (wrong length, a
 * character that is not in the alphabet, or a check character that does not match: a misheard reference).
 */
export function normaliseReference(input: string): string | undefined {
  let compact = input.toUpperCase().replace(/[\s\-\u2010-\u2015.]/g, '');
  if (compact.length === BODY_LENGTH + REFERENCE_PREFIX.length && compact.startsWith(REFERENCE_PREFIX)) {
    compact = compact.slice(REFERENCE_PREFIX.length);
  }
  if (compact.length !== BODY_LENGTH) {
    return undefined;
  }
  for (const ch of compact) {
    if (REFERENCE_ALPHABET.indexOf(ch) < 0) {
      return undefined;
    }
  }
  if (weightedSum(compact) % REFERENCE_ALPHABET.length !== 0) {
    return undefined;
  }
  return format(compact);
}

/** True for anything normaliseReference accepts (loose input); use isCanonicalReference for stored values. */
export function isValidReference(input: string): boolean {
  return normaliseReference(input) !== undefined;
}

/** True only for the exact stored form "WB-XXXX-XXXX" with a correct check character. */
export function isCanonicalReference(input: string): boolean {
  return CANONICAL.test(input) && normaliseReference(input) === input;
}

/**
 * A UUID-shaped key (version 4 layout) the form makes once and sends with every attempt to submit, so the
 * store can find an item already written by an earlier attempt and never creates two.
 */
export function newIdempotencyKey(random: () => number): string {
  const hex = '0123456789abcdef';
  let out = '';
  for (let i = 0; i < 32; i++) {
    let digit = pick(random, 16);
    if (i === 12) {
      digit = 4; // version
    } else if (i === 16) {
      digit = 8 + (digit % 4); // variant 10xx
    }
    if (i === 8 || i === 12 || i === 16 || i === 20) {
      out += '-';
    }
    out += hex.charAt(digit);
  }
  return out;
}

const IDEMPOTENCY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for a key in the shape newIdempotencyKey makes (the store refuses anything else). */
export function isIdempotencyKey(input: string): boolean {
  return IDEMPOTENCY_KEY.test(input);
}
