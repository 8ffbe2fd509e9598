// "Never lose what was typed": the form keeps its draft in this browser tab's session storage, so a reload
// (or a dropped connection that forces one) gives it back. Never on the server, never in local storage: it
// goes when the tab closes, on submit and on Exit this page.

import type { AlertDraft, FirstQuestion } from '../../../domain/alert';
import { emptyAlertDraft } from '../../../domain/alert';
import { isCanonicalReference, isIdempotencyKey } from '../../../domain/reference';
import { isProofSecret } from '../../../domain/workerConfirmation';

/** The form's questions that start unanswered (GOV.UK: nothing is chosen for the person). */
export type FormChoice = 'consentMode' | 'anonymous' | 'protectedCharacteristic';
export const FORM_CHOICES: readonly FormChoice[] = ['consentMode', 'anonymous', 'protectedCharacteristic'];

export type RaiseStage = 'start' | 'questions' | 'talkToManager' | 'form' | 'check';

export interface SavedRaise {
  stage: RaiseStage;
  draft: AlertDraft;
  /** The first questions answered so far, in the order asked (Back goes through them). */
  answered: FirstQuestion[];
  /** R4: the worker's address for their copy (not part of the alert). */
  copyTo: string;
  /** The form's questions the person has answered (nothing is chosen for them, GOV.UK). */
  chosen: FormChoice[];
  /** Made when the form first opened; kept so a retry after a reload still cannot create a second alert. */
  reference: string;
  idempotencyKey: string;
  /**
   * R4: the secret of the worker's confirmation link, made at the first submit of a colleague's alert with a
   * copy and kept with the idempotency key, so a retry after a reload writes the same hash and sends the same
   * link. In this tab only, like the rest of the draft; the alert stores only its hash.
   */
  proofSecret?: string;
}

const STAGES: readonly RaiseStage[] = ['start', 'questions', 'talkToManager', 'form', 'check'];
const PREFIX = 'wellbeing-raise-draft:';

export function draftKey(dataSiteUrl: string): string {
  return PREFIX + dataSiteUrl.toLowerCase();
}

/** Session storage, or undefined where the browser refuses it (some private modes). */
export function sessionStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A saved draft, or undefined when there is none or it is not one this form wrote (then it is dropped). */
export function loadDraft(storage: Storage | undefined, key: string): SavedRaise | undefined {
  let parsed: Partial<SavedRaise> | undefined;
  try {
    const text = storage?.getItem(key);
    parsed = text ? (JSON.parse(text) as Partial<SavedRaise>) : undefined;
  } catch {
    parsed = undefined;
  }
  if (
    parsed === undefined ||
    !STAGES.includes(parsed.stage as RaiseStage) ||
    typeof parsed.draft !== 'object' ||
    parsed.draft === null ||
    !Array.isArray(parsed.answered) ||
    typeof parsed.copyTo !== 'string' ||
    typeof parsed.reference !== 'string' ||
    !isCanonicalReference(parsed.reference) ||
    typeof parsed.idempotencyKey !== 'string' ||
    !isIdempotencyKey(parsed.idempotencyKey)
  ) {
    clearDraft(storage, key);
    return undefined;
  }
  // Fields added since the draft was saved take their blank values; unknown ones are dropped.
  const blank = emptyAlertDraft();
  const draft = { ...blank } as Record<string, unknown>;
  for (const field of Object.keys(blank)) {
    const value = (parsed.draft as unknown as Record<string, unknown>)[field];
    if (value !== undefined && typeof value === typeof (blank as unknown as Record<string, unknown>)[field]) {
      draft[field] = value;
    }
  }
  return {
    stage: parsed.stage as RaiseStage,
    draft: draft as unknown as AlertDraft,
    answered: parsed.answered.filter((q): q is FirstQuestion => typeof q === 'string'),
    copyTo: parsed.copyTo,
    // A draft saved before this was kept has its questions asked again rather than answered for the person.
    chosen: Array.isArray(parsed.chosen) ? FORM_CHOICES.filter((c) => (parsed?.chosen ?? []).includes(c)) : [],
    reference: parsed.reference,
    idempotencyKey: parsed.idempotencyKey,
    ...(typeof parsed.proofSecret === 'string' && isProofSecret(parsed.proofSecret) ? { proofSecret: parsed.proofSecret } : {})
  };
}

export function saveDraft(storage: Storage | undefined, key: string, saved: SavedRaise): void {
  try {
    storage?.setItem(key, JSON.stringify(saved));
  } catch {
    // Full or refused: the form still works, the draft just will not survive a reload.
  }
}

export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to clear
  }
}
