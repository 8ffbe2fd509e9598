// Issue 16, R10: triage answer an anonymous raiser through the conversation by code, as themselves (the raiser is
// told "the Principal Social Worker"). The rule decides first (a refusal writes nothing); the message is added once
// per key (a retry adds nothing); then, for the first reply, the case records its first contact (R10: it stops the
// 48-hour clock) with the ETag it was read with, as every case change is saved.

import { replyThroughConversation, RefusalReason } from '../domain/caseLifecycle';
import type { CaseRecord, ITriageStore } from '../services/store/IWellbeingStore';
import type { StoreResult } from '../services/store/storeErrors';
import { call, Clock, Outcome, outcomeOf } from './outcome';

/** The conversation as triage reach it (conversationStore.ts `conversationReplies`). */
export interface ConversationReplies {
  reply(alertId: number, text: string, messageKey: string): Promise<StoreResult<void>>;
}

export type ReplyRefusal = RefusalReason | 'MessageEmpty' | 'MessageTooLong';

export interface ReplyInput {
  record: CaseRecord;
  /** The triage member's account. */
  by: string;
  text: string;
  /** Made when the reply box opened, reused on retry. */
  messageKey: string;
  /** The longest message (schema CONVERSATION_MESSAGE_MAX). */
  maxLength: number;
}

export async function replyToRaiser(
  store: Pick<ITriageStore, 'updateCase'>,
  conversation: ConversationReplies,
  clock: Clock,
  input: ReplyInput
): Promise<Outcome<CaseRecord, ReplyRefusal>> {
  const text = input.text.trim();
  if (text === '') return { kind: 'refused', reason: 'MessageEmpty' };
  if (text.length > input.maxLength) return { kind: 'refused', reason: 'MessageTooLong' };
  const next = replyThroughConversation(input.record.case, { at: clock(), by: input.by });
  if (!next.ok) return { kind: 'refused', reason: next.reason };
  const sent = outcomeOf(await call(() => conversation.reply(input.record.alertId, text, input.messageKey)));
  if (sent.kind !== 'saved') return sent;
  if (next.case === input.record.case && next.events.length === 0) return { kind: 'saved', value: input.record };
  return outcomeOf(await call(() => store.updateCase(input.record, { case: next.case, events: next.events })));
}
