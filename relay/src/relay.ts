// The relay's handlers bound to their dependencies: the same object serves the Azure Functions registration
// (functions.ts), the tests and the preview. Nothing here reads a request.

import type { SPFI } from '@pnp/sp';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import type { IMailService } from '../../src/services/mail/IMailService';
import { addConversationKey } from '../../src/services/store/conversationStore';
import { AttemptLimiter } from './attempts';
import { conversation } from './conversation';
import type { Organisation } from '../../src/domain/organisation';
import { DeliveryFailed, deliverAlert } from './deliver';
import type { RelayLog, RelayRequest, RelayResponse } from './http';
import type { AlertQueue } from './queue';
import { DEFAULT_MAX_DELAY_SECONDS, submitAnonymousAlert } from './submit';
import type { TokenRules } from './token';

export interface RelayDeps {
  rules: TokenRules;
  queue: AlertQueue;
  /** The data site as the relay (relaySp.ts). */
  sp: SPFI;
  log: RelayLog;
  maxDelaySeconds?: number;
  now?: () => Date;
  limiter?: AttemptLimiter;
}

export interface Relay {
  submit(request: RelayRequest): Promise<RelayResponse>;
  /** The queue trigger: the message as the host hands it over (text, or the object when it was JSON). */
  deliver(message: unknown): Promise<unknown>;
  /** The raiser's conversation by follow-up code. */
  conversation(request: RelayRequest): Promise<RelayResponse>;
}

/** The relay sends no mail: an anonymous alert has no copy (submit.ts refuses one). */
const NO_MAIL: IMailService = {
  notify: () => Promise.resolve({ ok: false, error: { kind: 'invalidInput', retryable: false } }),
  sendAlertCopy: () => Promise.resolve({ ok: false, error: { kind: 'invalidInput', retryable: false } })
};

export function createRelay(deps: RelayDeps): Relay {
  const store = new SharePointWellbeingStore(deps.sp, NO_MAIL, deps.now ? { now: deps.now } : {});
  // The organisation as the data site holds it now (issue 18), read through the relay's grant for each submission
  // and each delivery (one small read): a long-lived relay must take a service area the owners added today, and
  // must never drop a concern another instance accepted against a newer list.
  const organisation = async (): Promise<Organisation> => {
    const read = await new SharePointWellbeingStore(deps.sp, NO_MAIL).organisation();
    if (!read.ok) throw new DeliveryFailed(`organisation: ${read.error.kind}`);
    return read.value.organisation;
  };
  const limiter = deps.limiter ?? new AttemptLimiter();
  return {
    submit: (request) =>
      submitAnonymousAlert(request, {
        rules: deps.rules,
        queue: deps.queue,
        maxDelaySeconds: deps.maxDelaySeconds ?? DEFAULT_MAX_DELAY_SECONDS,
        log: deps.log,
        organisation,
        ...(deps.now ? { now: deps.now } : {})
      }),
    deliver: (message) =>
      deliverAlert(message, {
        store,
        log: deps.log,
        organisation,
        // The key to the conversation: one row per code made, so a repeated submission's code opens it too.
        // and when the relay received it (R10: the board's clock starts then).
        afterWrite: (alertId, code, receivedAt) =>
          code ? addConversationKey(deps.sp, { alertId, codePrefix: code.prefix, codeHash: code.hash, receivedAt }) : Promise.resolve()
      }),
    conversation: (request) => conversation(request, { rules: deps.rules, sp: deps.sp, limiter, log: deps.log })
  };
}
