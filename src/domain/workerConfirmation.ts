// R4: the worker confirms consent themselves, from their own account.
//
// Decision (PROCESS.md R4): an alert a colleague raised on the worker's behalf is not acted on as named until
// consent is recorded, and consent is never read from a value the raiser could write. Two things record it,
// kept distinct so the record says which happened:
// - the worker confirmed from their own account (WorkerConfirmed), proved as below;
// - triage confirmed it with the worker in conversation (the case's ConfirmedByTriage, caseLifecycle.ts).
//
// How the worker's confirmation is proved, and why each part is there:
// - The raiser's browser makes a random secret when the form opens. The copy sent to the worker carries a link
//   `?wellbeingConfirm=<reference>#proof=<secret>`: the secret sits in the fragment, which a browser never
//   sends to a server, so it is not in any request, referrer or server log.
// - The alert stores only the secret's SHA-256 hash (ConsentProofHash), written when the alert is added, so the
//   raiser needs no edit rights. The raiser can read their own alert, so they can read the hash; the hash does
//   not give the secret back.
// - Confirming adds an item to WellbeingConsentConfirmations carrying the reference and the secret itself
//   (not its hash). Decision: the secret, because the confirmation must prove the confirmer holds the link, and
//   the hash is something the raiser can read from their own alert; only triage (and the confirmer, who had the
//   link) can read a confirmation, and the secret opens nothing else.
// - The board counts a confirmation only if the secret's hash matches the alert's hash AND its Author (which
//   SharePoint sets from the signed-in account, never from the request body) is not the alert's Author and has
//   the address the copy was sent to. The raiser had the secret in their browser for a moment, so the secret alone
//   is not enough; the Author is what the raiser cannot forge. Residual risk, said plainly: a raiser who sends
//   the copy to an accomplice's address can have the accomplice confirm; so the board names the account that
//   confirmed, for triage to check against the worker the alert names.
//
// Pure: no Web Crypto here (services/consent/ hashes), no SharePoint, no React.

import { Case, CommandContext, CommandResult, confirmConsent } from './caseLifecycle';
import type { CompletedBy, ConsentStatus } from './types';

/** The query parameter that opens the confirmation view in the raise web part. */
export const CONFIRM_QUERY_PARAMETER = 'wellbeingConfirm';
/** The key of the secret in the link's fragment (`#proof=...`). */
export const PROOF_FRAGMENT_KEY = 'proof';
/** 32 random bytes: enough that nobody guesses one. */
export const PROOF_SECRET_BYTES = 32;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The secret as it travels in the link: base64url of 32 bytes, without padding (43 characters). */
export function proofSecretFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== PROOF_SECRET_BYTES) {
    throw new Error(`A proof secret is made from ${PROOF_SECRET_BYTES} random bytes`);
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((c) => BASE64URL[c]);
    out += chars.slice(0, i + 3 <= bytes.length ? 4 : bytes.length - i + 1).join('');
  }
  return out;
}

/**
 * R4, R5: does this alert get a confirmation link? Only a colleague's named alert with a copy to the worker:
 * an anonymous alert is never acted on as named, and a link would let the worker reveal themselves.
 */
export function wantsConfirmationLink(alert: { completedBy: CompletedBy; anonymous: boolean; sendWorkerCopy: boolean }): boolean {
  return alert.completedBy === 'Colleague' && !alert.anonymous && alert.sendWorkerCopy;
}

/** A well-formed secret: exactly what proofSecretFromBytes makes. */
export function isProofSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** A SHA-256 hash as the alert stores it: 64 lower-case hex digits. */
export function isProofHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/**
 * The link in the worker's copy: the page the raise web part is on, with the reference in the query and the
 * secret in the fragment. Any query or fragment the page address already had is dropped (it would only
 * confuse the view, and could carry something the worker should not be sent).
 */
export function confirmationLink(pageUrl: string, reference: string, secret: string): string {
  if (!isProofSecret(secret)) {
    throw new Error('Not a proof secret');
  }
  const base = pageUrl.split('#')[0].split('?')[0];
  return `${base}?${CONFIRM_QUERY_PARAMETER}=${encodeURIComponent(reference)}#${PROOF_FRAGMENT_KEY}=${secret}`;
}

export interface ConfirmationRequest {
  reference: string;
  /** Undefined when the link came without its secret (cut short by a mail client, or typed by hand). */
  secret: string | undefined;
}

/**
 * What a page address asks for: undefined when it is not a confirmation link at all; the reference and the
 * secret (or no secret) when it is. `search` and `hash` are `location.search` and `location.hash`.
 */
export function readConfirmationRequest(search: string, hash: string): ConfirmationRequest | undefined {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const reference = query.get(CONFIRM_QUERY_PARAMETER);
  if (reference === null) {
    return undefined;
  }
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const secret = fragment.get(PROOF_FRAGMENT_KEY) ?? undefined;
  return { reference: reference.trim(), secret: secret !== undefined && isProofSecret(secret) ? secret : undefined };
}

// ---------------------------------------------------------------------------------------------
// Does a confirmation count?

/** An item of WellbeingConsentConfirmations as triage reads it, with the secret already hashed. */
export interface WorkerConfirmation {
  reference: string;
  /** SHA-256 (hex) of the secret the item carries; '' when it carried none that is well formed. */
  proofHash: string;
  /** The item's Author: SharePoint sets it from the signed-in account. */
  author: { id: number; email: string; displayName: string };
  /** The item's Created: SharePoint sets it. */
  confirmedAt: Date;
  /**
   * The same account created the alert (the alert's Author, which SharePoint set). The store asks only this
   * yes/no of the alert, so reading a confirmation never brings the raiser's account to the board.
   */
  byRaiser: boolean;
}

/** What the board knows of an alert for R4, all of it either written at add time or set by SharePoint. */
export interface AlertConsentFacts {
  reference: string;
  completedBy: CompletedBy;
  /**
   * R5: an anonymous alert is never acted on with a name, so there is nothing to consent to; and a worker
   * confirming it would tell triage who they are. No link is sent and nothing is read for it.
   */
  anonymous: boolean;
  /** The hash written when the alert was added; '' when no copy with a link was sent. */
  consentProofHash: string;
  /** The address the worker's copy was sent to; '' when none. */
  workerCopyTo: string;
}

export type WorkerConfirmationState =
  /** The worker raised it themselves (R4: no consent needed), or it is anonymous (R5: never named). */
  | { kind: 'notNeeded' }
  /** No copy with a link was sent: only triage, in conversation with the worker, can record consent. */
  | { kind: 'noLink' }
  /** A link was sent and no confirmation that counts has come back. */
  | { kind: 'waiting' }
  | { kind: 'confirmed'; confirmedAt: Date; by: { email: string; displayName: string } };

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';
}

/** Why a confirmation does not count, or undefined when it does. Exported for tests and the emulator suite. */
export function confirmationFault(
  alert: AlertConsentFacts,
  confirmation: WorkerConfirmation
): 'otherAlert' | 'noProof' | 'wrongProof' | 'byRaiser' | 'notTheCopyAddress' | undefined {
  if (confirmation.reference.trim().toUpperCase() !== alert.reference.trim().toUpperCase()) {
    return 'otherAlert';
  }
  if (!isProofHash(alert.consentProofHash) || !isProofHash(confirmation.proofHash)) {
    return 'noProof';
  }
  if (confirmation.proofHash !== alert.consentProofHash) {
    return 'wrongProof';
  }
  if (confirmation.byRaiser) {
    return 'byRaiser';
  }
  if (!sameAddress(confirmation.author.email, alert.workerCopyTo)) {
    return 'notTheCopyAddress';
  }
  return undefined;
}

/** R4: where the worker's own confirmation stands; the earliest confirmation that counts is the one shown. */
export function workerConfirmationState(
  alert: AlertConsentFacts,
  confirmations: ReadonlyArray<WorkerConfirmation>
): WorkerConfirmationState {
  if (alert.completedBy === 'Worker' || alert.anonymous) {
    return { kind: 'notNeeded' };
  }
  if (!isProofHash(alert.consentProofHash) || alert.workerCopyTo.trim() === '') {
    return { kind: 'noLink' };
  }
  const counted = confirmations
    .filter((c) => confirmationFault(alert, c) === undefined)
    .sort((a, b) => a.confirmedAt.getTime() - b.confirmedAt.getTime());
  if (counted.length === 0) {
    return { kind: 'waiting' };
  }
  const first = counted[0];
  return { kind: 'confirmed', confirmedAt: first.confirmedAt, by: { email: first.author.email, displayName: first.author.displayName } };
}

// ---------------------------------------------------------------------------------------------
// Recording it on the case.

/** R4: how consent to act as named was recorded, kept distinct; undefined while it is not recorded. */
export type ConsentRecordedAs = 'notNeeded' | 'workerConfirmed' | 'triageInConversation';

/**
 * R4: how consent stands, from the case's own status (written only by triage, through caseLifecycle) and
 * the worker's confirmation as the board proved it. Never from the alert's stored ConsentStatus.
 */
export function consentRecordedAs(caseConsent: ConsentStatus, worker: WorkerConfirmationState): ConsentRecordedAs | undefined {
  switch (caseConsent) {
    case 'NotNeeded':
      return 'notNeeded';
    case 'ConfirmedByTriage':
      return 'triageInConversation';
    case 'ConfirmedByWorker':
      return 'workerConfirmed';
    default:
      return worker.kind === 'confirmed' ? 'workerConfirmed' : undefined;
  }
}

/**
 * R4: triage records on the case that the worker confirmed. Refused (ConsentNotRecorded) unless the board has
 * proved a confirmation that counts, so no path writes ConfirmedByWorker on the raiser's or anyone's word.
 */
export function recordWorkerConfirmation(c: Case, ctx: CommandContext, worker: WorkerConfirmationState): CommandResult {
  if (worker.kind !== 'confirmed') {
    return { ok: false, reason: 'ConsentNotRecorded' };
  }
  return confirmConsent(c, ctx, 'Worker');
}
