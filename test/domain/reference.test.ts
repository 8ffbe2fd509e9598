import {
  isCanonicalReference,
  isIdempotencyKey,
  isValidReference,
  newIdempotencyKey,
  newReference,
  normaliseReference,
  REFERENCE_ALPHABET
} from '../../src/domain/reference';

/** A small seeded generator, so failures can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function body(ref: string): string {
  return ref.replace(/^WB-/, '').replace('-', '');
}

function formatBody(b: string): string {
  return `WB-${b.slice(0, 4)}-${b.slice(4)}`;
}

describe('R9: references a raiser can read out on the phone', () => {
  it('R9: a new reference looks like WB-XXXX-XXXX and is valid', () => {
    const random = seeded(1);
    for (let i = 0; i < 200; i++) {
      const ref = newReference(random);
      expect(ref).toMatch(/^WB-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(isValidReference(ref)).toBe(true);
      expect(isCanonicalReference(ref)).toBe(true);
      expect(normaliseReference(ref)).toBe(ref);
    }
  });

  it('R9: the alphabet has no look-alike characters (0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V)', () => {
    for (const ch of '0O1IL5S2Z8BUV') {
      expect(REFERENCE_ALPHABET).not.toContain(ch);
    }
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
    expect(REFERENCE_ALPHABET.length).toBe(23);
  });

  it('R9: references made with different random draws differ', () => {
    const random = seeded(42);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      seen.add(newReference(random));
    }
    expect(seen.size).toBe(1000);
  });

  it('R9: a generator returning the ends of its range still gives valid references', () => {
    expect(isValidReference(newReference(() => 0))).toBe(true);
    expect(isValidReference(newReference(() => 1))).toBe(true);
    expect(isValidReference(newReference(() => 0.9999999))).toBe(true);
    expect(newReference(() => 0)).toBe('WB-AAAA-AAAA');
  });

  it('R9: lower case, spaces, missing dashes and a missing prefix are accepted', () => {
    const ref = newReference(seeded(7));
    const b = body(ref);
    expect(normaliseReference(ref.toLowerCase())).toBe(ref);
    expect(normaliseReference(b)).toBe(ref);
    expect(normaliseReference(b.toLowerCase())).toBe(ref);
    expect(normaliseReference(` wb ${b.slice(0, 4)} ${b.slice(4)} `)).toBe(ref);
    expect(normaliseReference(`WB${b}`)).toBe(ref);
    expect(normaliseReference(`wb.${b.slice(0, 4)}.${b.slice(4)}`)).toBe(ref);
    expect(isValidReference(b)).toBe(true);
    expect(isCanonicalReference(b)).toBe(false);
    expect(isCanonicalReference(ref.toLowerCase())).toBe(false);
  });

  it('R9: every single misheard character is detected', () => {
    const random = seeded(3);
    for (let n = 0; n < 20; n++) {
      const b = body(newReference(random));
      for (let i = 0; i < b.length; i++) {
        for (const ch of REFERENCE_ALPHABET) {
          if (ch !== b.charAt(i)) {
            const wrong = b.slice(0, i) + ch + b.slice(i + 1);
            expect(isValidReference(formatBody(wrong))).toBe(false);
          }
        }
      }
    }
  });

  it('R9: every swap of two different characters is detected, the check character included', () => {
    const random = seeded(9);
    for (let n = 0; n < 50; n++) {
      const b = body(newReference(random));
      for (let i = 0; i < b.length; i++) {
        for (let j = i + 1; j < b.length; j++) {
          if (b.charAt(i) !== b.charAt(j)) {
            const chars = b.split('');
            chars[i] = b.charAt(j);
            chars[j] = b.charAt(i);
            expect(isValidReference(formatBody(chars.join('')))).toBe(false);
          }
        }
      }
    }
  });

  it('R9: wrong lengths, look-alike characters and other prefixes are refused', () => {
    const ref = newReference(seeded(11));
    const b = body(ref);
    expect(normaliseReference('')).toBeUndefined();
    expect(normaliseReference(b.slice(1))).toBeUndefined();
    expect(normaliseReference(`${b}A`)).toBeUndefined();
    expect(normaliseReference(`XX-${b}`)).toBeUndefined();
    expect(normaliseReference(`0${b.slice(1)}`)).toBeUndefined();
    expect(normaliseReference('WB-OOOO-OOOO')).toBeUndefined();
    expect(isCanonicalReference('WB-AAAA-AAAC')).toBe(false);
  });
});

describe('R3: idempotency keys so a retried submit never makes two alerts', () => {
  it('R3: a key is UUID-shaped (version 4 layout)', () => {
    const random = seeded(5);
    for (let i = 0; i < 100; i++) {
      const key = newIdempotencyKey(random);
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(isIdempotencyKey(key)).toBe(true);
    }
  });

  it('R3: keys differ between draws and are stable for the same seed', () => {
    const keys = new Set<string>();
    const random = seeded(6);
    for (let i = 0; i < 500; i++) {
      keys.add(newIdempotencyKey(random));
    }
    expect(keys.size).toBe(500);
    expect(newIdempotencyKey(seeded(8))).toBe(newIdempotencyKey(seeded(8)));
  });

  it('R3: malformed keys are refused', () => {
    expect(isIdempotencyKey('')).toBe(false);
    expect(isIdempotencyKey('not-a-key')).toBe(false);
    expect(isIdempotencyKey('00000000-0000-1000-8000-000000000000')).toBe(false);
    expect(isIdempotencyKey(newIdempotencyKey(() => 1))).toBe(true);
    expect(newIdempotencyKey(() => 0)).toBe('00000000-0000-4000-8000-000000000000');
  });
});
