// POST /api/alerts: an anonymous alert through the relay (issue 16).
// 1. The caller must hold a token of the council's tenant for the relay (token.ts); otherwise a plain 401.
// 2. From here on the caller is nobody: the token, the headers, the address are not read again, not passed on,
//    not logged (RelayLog takes an event name and numbers only).
// 3. The body is checked by the form's own rules (src/domain: draftFromUnknown, prepareAlert): a forged shape
//    gets the form's errors. Only anonymous alerts, with no copy to send (R4's copy is mail from the raiser).
// 4. The alert waits on the queue for a random delay, then deliver.ts writes it as the relay.

import { randomInt } from 'node:crypto';
import { FieldError, prepareAlert } from '../../src/domain/alert';
import { draftFromUnknown } from '../../src/domain/alertShape';
import { isCanonicalReference, isIdempotencyKey } from '../../src/domain/reference';
import { activeOrganisation, Organisation } from '../../src/domain/organisation';
import { encodeAlertMessage } from './alertMessage';
import { codePrefix, groupCode, hashCode, newFollowUpCode } from './followUpCode';
import { RelayLog, RelayRequest, RelayResponse, reply, unauthorised } from './http';
import { AlertQueue, randomDelaySeconds } from './queue';
import { isTenantMember, TokenRules } from './token';

export interface SubmitDeps {
  rules: TokenRules;
  queue: AlertQueue;
  /** The longest hold before the write, in seconds (setting RELAY_MAX_DELAY_SECONDS; 1800 by default). */
  maxDelaySeconds: number;
  log: RelayLog;
  /** The organisation as the data site holds it (issue 18): an alert names a service area in use there. */
  organisation: () => Promise<Organisation>;
  now?: () => Date;
  randomInt?: (maxExclusive: number) => number;
  randomBytes?: (size: number) => Buffer;
}

export const DEFAULT_MAX_DELAY_SECONDS = 1800;

function bodyOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What only the relay route refuses (the form offers these choices; the relay takes one answer of each). */
function relayOnlyErrors(draft: { anonymous: boolean; sendWorkerCopy: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.anonymous) errors.push({ field: 'anonymous', message: 'Choose to stay anonymous to send your concern this way' });
  if (draft.sendWorkerCopy) errors.push({ field: 'sendWorkerCopy', message: 'A copy cannot be sent for an anonymous concern: untick sending a copy' });
  return errors;
}

export async function submitAnonymousAlert(request: RelayRequest, deps: SubmitDeps): Promise<RelayResponse> {
  if (!(await isTenantMember(request.headers.authorization, deps.rules))) {
    deps.log('unauthorised');
    return unauthorised();
  }
  const receivedAt = (deps.now ?? (() => new Date()))();
  const body = bodyOf(request.body);
  const reference = typeof body.reference === 'string' ? body.reference : '';
  const idempotencyKey = typeof body.idempotencyKey === 'string' ? body.idempotencyKey : '';
  if (!isCanonicalReference(reference) || !isIdempotencyKey(idempotencyKey)) {
    deps.log('alert refused', { shape: true });
    return reply(400, { errors: [{ field: 'reference', message: 'Something went wrong with the form: reload the page and try again' }] });
  }
  const shaped = draftFromUnknown(body.draft);
  let organisation: Organisation;
  try {
    // Checked against what the site offers now, as the form is: a service area added since the package was built
    // is accepted, a retired one is not (issue 18).
    organisation = activeOrganisation(await deps.organisation());
  } catch {
    deps.log('organisation unreadable');
    return reply(503, { errors: [{ field: 'reference', message: 'Your concern could not be sent just now. Nothing was stored: please try again in a few minutes' }] });
  }
  const prepared = prepareAlert(shaped.draft, organisation, { submittedAt: receivedAt, reference, idempotencyKey });
  const errors = [...shaped.errors, ...relayOnlyErrors(shaped.draft), ...(prepared.ok ? [] : prepared.errors)];
  if (!prepared.ok || errors.length > 0) {
    deps.log('alert refused', { errors: errors.length });
    return reply(400, { errors });
  }
  const code = newFollowUpCode(deps.randomBytes);
  const codeHash = await hashCode(code, deps.randomBytes);
  const delaySeconds = randomDelaySeconds(deps.maxDelaySeconds, deps.randomInt ?? randomInt);
  await deps.queue.send(encodeAlertMessage({ kind: 'alert', alert: prepared.alert, receivedAt: receivedAt.toISOString(), code: { prefix: codePrefix(code), hash: codeHash } }), delaySeconds);
  deps.log('alert queued');
  return reply(202, { reference, status: 'received', code: groupCode(code) });
}
