// What the Azure Functions host does for a queue-triggered function, for the tests and the preview (the host itself
// needs Core Tools, a binary download these machines cannot make): take visible messages, decode them from base64,
// run the handler, delete the message when it returns; when it throws, make the message visible again at once
// (`visibilityTimeout` 0, the host's default) and after `maxDequeueCount` (5) attempts move it to `<queue>-poison`.
// Source: learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger ("Poison messages",
// "host.json settings").

import type { QueueClient } from '@azure/storage-queue';
import { decodeQueueText } from '../src/queue';

export interface DrainReport {
  handled: number;
  failed: number;
  poisoned: number;
}

export async function drainQueue(
  queue: QueueClient,
  handler: (text: string) => Promise<unknown>,
  options: { poison?: QueueClient; maxDequeueCount?: number; rounds?: number } = {}
): Promise<DrainReport> {
  const report: DrainReport = { handled: 0, failed: 0, poisoned: 0 };
  const maxDequeueCount = options.maxDequeueCount ?? 5;
  for (let round = 0; round < (options.rounds ?? 10); round++) {
    const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 16, visibilityTimeout: 600 });
    if (receivedMessageItems.length === 0) break;
    for (const message of receivedMessageItems) {
      try {
        await handler(decodeQueueText(message.messageText));
        await queue.deleteMessage(message.messageId, message.popReceipt);
        report.handled++;
      } catch {
        report.failed++;
        if (message.dequeueCount >= maxDequeueCount) {
          if (options.poison) await options.poison.sendMessage(message.messageText);
          await queue.deleteMessage(message.messageId, message.popReceipt);
          report.poisoned++;
        } else {
          await queue.updateMessage(message.messageId, message.popReceipt, undefined, 0);
        }
      }
    }
  }
  return report;
}
