// R4: the secret in the worker's confirmation link and its hash, with the browser's Web Crypto. The rules
// about what they are and when a confirmation counts are in domain/workerConfirmation.ts; this only makes
// random bytes and SHA-256, which the domain cannot (it imports nothing from the platform).

import { isProofSecret, PROOF_SECRET_BYTES, proofSecretFromBytes } from '../../domain/workerConfirmation';

/** The part of Web Crypto this needs: `window.crypto` in the browser, `globalThis.crypto` in Node 20+. */
export type ProofCrypto = Pick<Crypto, 'getRandomValues' | 'subtle'>;

export interface ConsentProof {
  /** Goes in the link's fragment only; never stored on the alert. */
  secret: string;
  /** SHA-256 hex of the secret: stored on the alert (ConsentProofHash). */
  hash: string;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (lower-case hex) of a secret; '' for anything that is not a well-formed secret. */
export async function proofHashOf(crypto: ProofCrypto, secret: string): Promise<string> {
  if (!isProofSecret(secret)) {
    return '';
  }
  // A secret is base64url (ASCII), so its UTF-8 bytes are its character codes: no TextEncoder needed.
  return hex(await crypto.subtle.digest('SHA-256', Uint8Array.from(secret, (c) => c.charCodeAt(0))));
}

/** A new secret from the platform's random source, and its hash. */
export async function newConsentProof(crypto: ProofCrypto): Promise<ConsentProof> {
  const bytes = new Uint8Array(PROOF_SECRET_BYTES);
  crypto.getRandomValues(bytes);
  const secret = proofSecretFromBytes(bytes);
  return { secret, hash: await proofHashOf(crypto, secret) };
}
