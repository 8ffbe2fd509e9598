// The queue-triggered write (issue 16): the anonymous alert goes into the alerts list with the relay's own identity,
// exactly once. The store's submitAlert is the same code the form uses (once.ts: the alert's idempotency key is
// looked up before the add and after any failure; 429/503 are retried honouring Retry-After; a lost answer is
// never resent blindly), so a message delivered twice, a lost response or throttling make one item. A failure
// throws: the Functions host makes the message visible again and retries it (up to maxDequeueCount, then the
// poison queue), and the next attempt finds the item if the last one wrote it.

import { prepareAlert } from '../../src/domain/alert';
import type { Organisation } from '../../src/domain/organisation';
import type { IRaiserStore } from '../../src/services/store/IWellbeingStore';
import { decodeAlertMessage } from './alertMessage';
import type { RelayLog } from './http';

export interface DeliverDeps {
  store: Pick<IRaiserStore, 'submitAlert'>;
  log: RelayLog;
  /**
   * The whole organisation as the data site holds it, retired entries included: the submission was checked against
   * what was in use then, and a service area retired during the hold must not lose an accepted concern.
   */
  organisation: () => Promise<Organisation>;
  /** Step after the alert is written (the conversation's key, conversation.ts); given the alert's item id. */
  afterWrite?: (alertId: number, code: { prefix: string; hash: string } | undefined, receivedAt: Date) => Promise<void>;
}

export class DeliveryFailed extends Error {}

export async function deliverAlert(queued: unknown, deps: DeliverDeps): Promise<{ alertId: number; alreadyExisted: boolean } | undefined> {
  const message = decodeAlertMessage(queued);
  if (message === undefined) {
    // Not the relay's message: dropping it is the only safe answer (retrying cannot make it readable).
    deps.log('message unreadable');
    return undefined;
  }
  // Checked again by the form's rules: the queue is behind the storage account's keys, but what is written to
  // the alerts list is only ever what the domain accepts.
  const a = message.alert;
  // Unreadable just now: thrown, so the host makes the message visible again and the next attempt reads it.
  const organisation = await deps.organisation();
  const prepared = prepareAlert(a, organisation, { submittedAt: new Date(message.receivedAt), reference: a.reference, idempotencyKey: a.idempotencyKey });
  if (!prepared.ok || !prepared.alert.anonymous) {
    deps.log('message unreadable', { errors: prepared.ok ? 1 : prepared.errors.length });
    return undefined;
  }
  const result = await deps.store.submitAlert(prepared.alert);
  if (!result.ok || result.value.kind !== 'submitted') {
    deps.log('alert not written', { retryable: result.ok ? false : result.error.retryable });
    throw new DeliveryFailed('the alert was not written; the queue will retry it');
  }
  const { id } = result.value.alert;
  if (deps.afterWrite) await deps.afterWrite(id, message.code, new Date(message.receivedAt));
  deps.log(result.value.alreadyExisted ? 'alert already written' : 'alert written', { alertId: id });
  return { alertId: id, alreadyExisted: result.value.alreadyExisted };
}
