// Issue 16: the conversation with an anonymous raiser (WellbeingConversations). One module serves both sides: the
// relay (its own identity: it adds the code's key row and the raiser's messages, and reads a conversation for the
// holder of a code) and triage (as themselves: they read a case's conversation and answer it). Only hashes of codes
// are stored (relay/src/followUpCode.ts); the raiser is told "the Principal Social Worker", never who answered,
// because what is read here carries no account column (storeBase ACCOUNT_COLUMNS).
//
// Adds go through once.ts: the key row is looked up by its hash (unique to one submission) and a message by the
// key its sender made before the first attempt, before the add and after any failure.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { CONVERSATION_MESSAGE_MAX, ConversationSender } from '../../schema/keys';
import { ConversationsList } from '../../schema/runtime';
import { allOf, anyOf, compare } from './odata';
import { addOnce, pageLock, sendOnce, TabLock } from './once';
import { attempt, StoreResult } from './storeErrors';
import { CREATED, ID, SMALL_READ_MAX } from './storeBase';

const C = ConversationsList.fields;

export interface ConversationMessage {
  id: number;
  sender: ConversationSender;
  text: string;
  /** When SharePoint recorded it. */
  at: Date;
}

export interface ConversationKey {
  alertId: number;
  codeHash: string;
}

/** Alert ids per read of receipts (`ConversationAlertId eq 1 or ...`), well inside SharePoint's URL length. */
const IDS_PER_QUERY = 40;

type Row = Record<string, unknown>;

function rows(sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
  return sp.web.lists.getByTitle(ConversationsList.title).items;
}

/** Text a message may hold: trimmed, not empty, within the limit. */
export function messageTextError(text: unknown): 'empty' | 'tooLong' | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  return text.trim().length > CONVERSATION_MESSAGE_MAX ? 'tooLong' : undefined;
}

/** The key rows whose code starts with `prefix` (indexed; a handful at most). */
export async function keysWithPrefix(sp: SPFI, prefix: string): Promise<ConversationKey[]> {
  const found: Row[] = await rows(sp)
    .filter(allOf(compare(C.codePrefix.internalName, 'eq', prefix), compare('Title', 'eq', 'Key')))
    .select(ID, C.alertId.internalName, C.codeHash.internalName)
    .top(SMALL_READ_MAX)();
  return found
    .filter((r) => typeof r[C.codeHash.internalName] === 'string' && typeof r[C.alertId.internalName] === 'number')
    .map((r) => ({ alertId: r[C.alertId.internalName] as number, codeHash: r[C.codeHash.internalName] as string }));
}

async function rowsOfAlert(sp: SPFI, alertId: number): Promise<Row[]> {
  return rows(sp)
    .filter(compare(C.alertId.internalName, 'eq', alertId))
    .select(ID, CREATED, 'Title', C.sender.internalName, C.body.internalName, C.codeHash.internalName, C.messageKey.internalName)
    .orderBy(ID, true)
    .top(SMALL_READ_MAX)();
}

/**
 * R10, issue 16: when the relay received each of these alerts (its key rows' RelayReceivedAt; the earliest where a
 * repeated submission left two). Read by triage for the waiting anonymous alerts: only triage and the relay can
 * write this list, so a raiser cannot move their alert's clock.
 */
export async function relayReceipts(sp: SPFI, alertIds: readonly number[]): Promise<Map<number, Date>> {
  const receipts = new Map<number, Date>();
  const ids = alertIds.filter((id, i, all) => all.indexOf(id) === i);
  const reads: Promise<Row[]>[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    reads.push(
      rows(sp)
        .filter(anyOf(...chunk.map((id) => compare(C.alertId.internalName, 'eq', id))))
        .select(ID, 'Title', C.alertId.internalName, C.receivedAt.internalName)
        .top(SMALL_READ_MAX)()
    );
  }
  for (const row of (await Promise.all(reads)).reduce((all, some) => all.concat(some), [] as Row[])) {
    const at = new Date(String(row[C.receivedAt.internalName]));
    const alertId = Number(row[C.alertId.internalName]);
    if (row.Title !== 'Key' || isNaN(at.getTime())) continue;
    const earlier = receipts.get(alertId);
    if (earlier === undefined || at < earlier) receipts.set(alertId, at);
  }
  return receipts;
}

/** The key to an alert's conversation, added once per code (a repeated delivery adds nothing). */
export async function addConversationKey(
  sp: SPFI,
  key: ConversationKey & { codePrefix: string; receivedAt: Date },
  lock: TabLock = pageLock
): Promise<void> {
  await addOnce(
    lock,
    `conversation-key:${key.codeHash}`,
    async () => (await rowsOfAlert(sp, key.alertId)).find((r) => r[C.codeHash.internalName] === key.codeHash),
    () =>
      rows(sp)
        .using(sendOnce())
        .add({
          Title: 'Key',
          [C.alertId.internalName]: key.alertId,
          [C.codePrefix.internalName]: key.codePrefix,
          [C.codeHash.internalName]: key.codeHash,
          [C.receivedAt.internalName]: key.receivedAt.toISOString()
        }) as Promise<Row>
  );
}

/** An alert's messages, oldest first: who wrote each is "the raiser" or "triage", nothing more. */
export async function conversationMessages(sp: SPFI, alertId: number): Promise<ConversationMessage[]> {
  return (await rowsOfAlert(sp, alertId))
    .filter((r) => r.Title === 'Message' && (r[C.sender.internalName] === 'Raiser' || r[C.sender.internalName] === 'Triage'))
    .map((r) => ({
      id: Number(r[ID]),
      sender: r[C.sender.internalName] as ConversationSender,
      text: String(r[C.body.internalName] ?? ''),
      at: new Date(String(r[CREATED]))
    }));
}

/** Adds a message once per `messageKey` (made by the sender before the first attempt). */
export async function addConversationMessage(
  sp: SPFI,
  message: { alertId: number; sender: ConversationSender; text: string; messageKey: string },
  lock: TabLock = pageLock
): Promise<void> {
  if (messageTextError(message.text) !== undefined || !/^[A-Za-z0-9-]{8,64}$/.test(message.messageKey)) {
    throw new Error('invalid message');
  }
  await addOnce(
    lock,
    `conversation-message:${message.messageKey}`,
    async () => (await rowsOfAlert(sp, message.alertId)).find((r) => r[C.messageKey.internalName] === message.messageKey),
    () =>
      rows(sp)
        .using(sendOnce())
        .add({
          Title: 'Message',
          [C.alertId.internalName]: message.alertId,
          [C.sender.internalName]: message.sender,
          [C.body.internalName]: message.text.trim(),
          [C.messageKey.internalName]: message.messageKey
        }) as Promise<Row>
  );
}

/** Triage's side of the conversation, as the reply workflow takes it (workflows/replyToRaiser.ts). */
export function conversationReplies(sp: SPFI): { reply(alertId: number, text: string, messageKey: string): Promise<StoreResult<void>> } {
  return {
    reply: (alertId, text, messageKey) =>
      attempt(async () => {
        await addConversationMessage(sp, { alertId, sender: 'Triage', text, messageKey });
      })
  };
}
