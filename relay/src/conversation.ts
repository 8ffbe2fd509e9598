// POST /api/conversation: the anonymous raiser's conversation, by follow-up code (issue 16). The caller must be a
// member of the tenant (token.ts), and is nobody after that. With a code that matches a stored hash the relay
// answers the alert's public status (R21) and the messages, each from "you" or "triage" (the page says "the
// Principal Social Worker"; no account is read), and, when the body carries text, first adds it as the raiser's
// message. A code that is malformed, unknown or wrong gets one answer, after the same work (a decoy hash is checked
// when no row has the prefix); tries are limited per prefix and in total (attempts.ts).

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { PublicStatus } from '../../src/domain/types';
import { AlertsList } from '../../src/schema';
import {
  addConversationMessage,
  conversationMessages,
  keysWithPrefix,
  messageTextError
} from '../../src/services/store/conversationStore';
import { AttemptLimiter } from './attempts';
import { codeMatches, codePrefix, DECOY_HASH, normaliseCode } from './followUpCode';
import { RelayLog, RelayRequest, RelayResponse, reply, unauthorised } from './http';
import { isTenantMember, TokenRules } from './token';

export interface ConversationDeps {
  rules: TokenRules;
  sp: SPFI;
  limiter: AttemptLimiter;
  log: RelayLog;
}

export interface ConversationView {
  status: PublicStatus;
  /** The last message is triage's: a reply is waiting for the raiser. */
  replyWaiting: boolean;
  messages: { from: 'you' | 'triage'; text: string; at: string }[];
}

const NOT_FOUND = (): RelayResponse => reply(404, { error: 'notFound' });

async function alertIdFor(sp: SPFI, typed: unknown): Promise<number | undefined> {
  const code = typeof typed === 'string' ? normaliseCode(typed) : undefined;
  if (code === undefined) {
    await codeMatches('00000000000000000000', DECOY_HASH);
    return undefined;
  }
  const keys = await keysWithPrefix(sp, codePrefix(code));
  if (keys.length === 0) await codeMatches(code, DECOY_HASH);
  for (const key of keys) {
    if (await codeMatches(code, key.codeHash)) return key.alertId;
  }
  return undefined;
}

async function view(sp: SPFI, alertId: number): Promise<ConversationView> {
  const A = AlertsList.fields;
  const [alert, messages] = await Promise.all([
    sp.web.lists.getByTitle(AlertsList.title).items.getById(alertId).select(A.publicStatus.internalName)() as Promise<Record<string, unknown>>,
    conversationMessages(sp, alertId)
  ]);
  const stored = alert[A.publicStatus.internalName];
  // R21: what the raiser may see; anything else stored reads as received.
  const status: PublicStatus = stored === 'InProgress' || stored === 'Closed' ? stored : 'Received';
  return {
    status,
    replyWaiting: messages.length > 0 && messages[messages.length - 1].sender === 'Triage',
    messages: messages.map((m) => ({ from: m.sender === 'Raiser' ? 'you' : 'triage', text: m.text, at: m.at.toISOString() }))
  };
}

export async function conversation(request: RelayRequest, deps: ConversationDeps): Promise<RelayResponse> {
  if (!(await isTenantMember(request.headers.authorization, deps.rules))) {
    deps.log('unauthorised');
    return unauthorised();
  }
  const body = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
  const typed = typeof body.code === 'string' ? normaliseCode(body.code) : undefined;
  if (!deps.limiter.allow(typed === undefined ? '' : codePrefix(typed))) {
    deps.log('conversation refused', { limited: true });
    return reply(429, { error: 'tooManyTries' });
  }
  const alertId = await alertIdFor(deps.sp, body.code);
  if (alertId === undefined) {
    deps.log('conversation refused');
    return NOT_FOUND();
  }
  if (body.text !== undefined) {
    const problem = messageTextError(body.text);
    const messageKey = typeof body.messageKey === 'string' ? body.messageKey : '';
    if (problem !== undefined || !/^[A-Za-z0-9-]{8,64}$/.test(messageKey)) {
      return reply(400, { errors: [{ field: 'text', message: problem === 'tooLong' ? 'Your message must be 2,000 characters or fewer' : 'Enter your message' }] });
    }
    await addConversationMessage(deps.sp, { alertId, sender: 'Raiser', text: String(body.text), messageKey });
    deps.log('conversation written');
  } else {
    deps.log('conversation read');
  }
  return reply(200, await view(deps.sp, alertId));
}
