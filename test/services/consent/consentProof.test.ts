import { webcrypto } from 'crypto';

import { isProofHash, isProofSecret } from '../../../src/domain/workerConfirmation';
import { newConsentProof, ProofCrypto, proofHashOf } from '../../../src/services/consent/consentProof';

const crypto = webcrypto as unknown as ProofCrypto;

describe('R4 the confirmation secret and its SHA-256 hash (Web Crypto)', () => {
  it('makes a fresh well-formed secret each time, with the hash of that secret', async () => {
    const a = await newConsentProof(crypto);
    const b = await newConsentProof(crypto);
    expect(isProofSecret(a.secret)).toBe(true);
    expect(isProofHash(a.hash)).toBe(true);
    expect(a.secret).not.toBe(b.secret);
    expect(await proofHashOf(crypto, a.secret)).toBe(a.hash);
  });

  it('hashes with SHA-256 of the secret text', async () => {
    const secret = 'A'.repeat(43);
    // sha256("AAAA...A" x43), computed independently with Node's hash.
    const expected = (await import('crypto')).createHash('sha256').update(secret).digest('hex');
    expect(await proofHashOf(crypto, secret)).toBe(expected);
  });

  it('gives no hash for something that is not a secret, so it can never match an alert', async () => {
    expect(await proofHashOf(crypto, '')).toBe('');
    expect(await proofHashOf(crypto, 'A'.repeat(42))).toBe('');
  });
});
