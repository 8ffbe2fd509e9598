// The Azure Storage queue the relay holds submissions in (Azurite in the tests and the preview).
// The Functions queue trigger reads messages as base64 by default (host.json `extensions.queues.messageEncoding`,
// learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue), so messages are sent base64-encoded.

import { QueueClient } from '@azure/storage-queue';

export interface AlertQueue {
  /** Puts a message on the queue, invisible for `delaySeconds`. */
  send(text: string, delaySeconds: number): Promise<void>;
}

export function storageQueue(client: QueueClient): AlertQueue {
  return {
    send: async (text, delaySeconds) => {
      // A message lives 7 days by default; a delay is at most the setting (30 minutes by default).
      await client.sendMessage(Buffer.from(text, 'utf8').toString('base64'), { visibilityTimeout: delaySeconds });
    }
  };
}

/** The message text as the Functions host hands it to a queue-triggered function (decoded from base64). */
export function decodeQueueText(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}

/**
 * A random delay in whole seconds, 0..maxSeconds inclusive, from node:crypto (Math.random is not for secrets:
 * the delay is what keeps a sign-in time from matching the item's creation time).
 */
export function randomDelaySeconds(maxSeconds: number, randomInt: (maxExclusive: number) => number): number {
  const max = Math.max(0, Math.floor(maxSeconds));
  return max === 0 ? 0 : randomInt(max + 1);
}
