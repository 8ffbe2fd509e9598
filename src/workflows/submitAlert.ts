// Raising a concern (R3, R4): the draft is checked by the domain, written once (the idempotency key makes a
// retry, a reload or a second tab the same alert), and, when a colleague raised it and chose to, a copy goes to
// the worker (R4) as a separate step whose failure never undoes the alert.

import { Alert, AlertDraft, prepareAlert, FieldError } from '../domain/alert';
import { activeOrganisation } from '../domain/organisation';
import type { IRaiserStore, SubmittedAlert } from '../services/store/IWellbeingStore';
import { call, Clock, Outcome, outcomeOf } from './outcome';

export interface SubmitAlertInput {
  draft: AlertDraft;
  reference: string;
  idempotencyKey: string;
  /**
   * R4: adds what only the browser can make to the checked alert before it is written (the hash of the secret in
   * the worker's confirmation link): raisers never edit an alert, so it must be in the one add.
   */
  amend?: (alert: Alert) => Promise<Alert>;
}

export interface SubmittedConcern {
  alert: Alert;
  submitted: SubmittedAlert;
  /** R4: a copy should go to the worker (raised by a colleague who chose to send one). */
  copyWanted: boolean;
}

export async function submitAlert(
  store: Pick<IRaiserStore, 'submitAlert' | 'organisation'>,
  clock: Clock,
  input: SubmitAlertInput
): Promise<Outcome<SubmittedConcern, FieldError[]>> {
  // Issue 18: checked against the organisation as the site holds it now; a retired team or office is refused.
  const organisation = outcomeOf(await call(() => store.organisation()));
  if (organisation.kind !== 'saved') return organisation;
  const prepared = prepareAlert(input.draft, activeOrganisation(organisation.value.organisation), { submittedAt: clock(), reference: input.reference, idempotencyKey: input.idempotencyKey });
  if (!prepared.ok) return { kind: 'refused', reason: prepared.errors };
  const alert = input.amend ? await input.amend(prepared.alert) : prepared.alert;
  const outcome = outcomeOf(await call(() => store.submitAlert(alert)));
  if (outcome.kind !== 'saved') return outcome;
  return { kind: 'saved', value: { alert, submitted: outcome.value.alert, copyWanted: alert.completedBy === 'Colleague' && alert.sendWorkerCopy } };
}

/** R4: the copy for the worker (with the link to confirm, when there is one), sent as the raiser; may be retried on its own. */
export async function sendWorkerCopy(
  store: Pick<IRaiserStore, 'sendAlertCopy'>,
  alert: Alert,
  to: string,
  confirmLink?: string
): Promise<Outcome<void, never>> {
  return outcomeOf(await call(() => store.sendAlertCopy(alert, to.trim(), confirmLink)));
}
