// The queue message between the submission and the write (issue 16: the write waits a random delay so the
// item's creation time cannot be matched to a sign-in). It holds the checked anonymous alert, the time the relay
// received it (the 48-hour clock, R10) and, for the conversation, only the slow hash of the follow-up code.

import type { Alert } from '../../src/domain/alert';

export interface AlertMessage {
  kind: 'alert';
  alert: Alert;
  /** ISO time the relay received the submission: the alert's date (R3) and the 48-hour clock's start (R10). */
  receivedAt: string;
  /** followUpCode.ts: the stored form of the follow-up code and its clear look-up prefix. */
  code?: { prefix: string; hash: string };
}

export function encodeAlertMessage(message: AlertMessage): string {
  return JSON.stringify({ ...message, alert: { ...message.alert, submittedAt: message.alert.submittedAt.toISOString() } });
}

function codeOf(value: unknown): { code?: { prefix: string; hash: string } } {
  const code = value as { prefix?: unknown; hash?: unknown } | undefined;
  return typeof code === 'object' && code !== null && typeof code.prefix === 'string' && typeof code.hash === 'string'
    ? { code: { prefix: code.prefix, hash: code.hash } }
    : {};
}

/** The message back, or undefined when it is not one the relay wrote. */
export function decodeAlertMessage(raw: unknown): AlertMessage | undefined {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const bag = value as Record<string, unknown>;
  const alert = bag.alert as Record<string, unknown> | undefined;
  if (bag.kind !== 'alert' || typeof bag.receivedAt !== 'string' || typeof alert !== 'object' || alert === null) return undefined;
  const submittedAt = new Date(String(alert.submittedAt));
  if (isNaN(submittedAt.getTime()) || isNaN(Date.parse(bag.receivedAt))) return undefined;
  return {
    kind: 'alert',
    alert: { ...(alert as unknown as Alert), submittedAt },
    receivedAt: bag.receivedAt,
    ...codeOf(bag.code)
  };
}
