/*
 * Issue 16: the relay on a provisioned emulator site, as it runs in Azure but without the Functions host: the
 * relay's app principal holds Sites.Selected write on the site, the queue is Azurite's, tokens come from a local
 * tenant whose keys the relay checks with its production code, and the queue trigger is run as the host runs it
 * (relay/dev/queueHost.ts). Every line the relay logs, and everything written to the console meanwhile, is kept.
 */
import type { QueueClient } from '@azure/storage-queue';
import { startAzuriteQueue, LocalQueueService } from '../../../relay/dev/azurite';
import { localTenant, LocalTenant } from '../../../relay/dev/localTenant';
import { drainQueue, DrainReport } from '../../../relay/dev/queueHost';
import type { RelayLog, RelayRequest, RelayResponse } from '../../../relay/src/http';
import { storageQueue } from '../../../relay/src/queue';
import { createRelay, Relay } from '../../../relay/src/relay';
import { relaySp } from '../../../relay/src/relaySp';
import type { User } from '../../../emulator/store';
import { newIdempotencyKey, newReference } from '../../../src/domain/reference';
import { EmulatorSite, provisionedSite } from './emulatorSite';

export const RELAY_APP = { clientId: '7e1f3a52-90c4-4b6e-a1d8-3f5c2e9b0d47', title: 'Wellbeing relay' };

export interface RelayRig {
  site: EmulatorSite;
  tenant: LocalTenant;
  queues: LocalQueueService;
  queue: QueueClient;
  app: User;
  relay: Relay;
  /** Every line the relay logged and every console line, since the start or `clearLogs()`. */
  logs(): string[];
  clearLogs(): void;
  submit(request: RelayRequest): Promise<RelayResponse>;
  /** Runs the queue trigger over every visible message. */
  drain(): Promise<DrainReport>;
  close(): Promise<void>;
}

export async function relayRig(): Promise<RelayRig> {
  const site = await provisionedSite();
  const tenant = await localTenant();
  const queues = await startAzuriteQueue();
  const queue = await queues.queue('anonymous-alerts');
  const poison = await queues.queue('anonymous-alerts-poison');
  const app = site.emulator.registerApp({ ...RELAY_APP, tenantId: tenant.tenantId });
  site.emulator.grantSitesSelected(RELAY_APP.clientId, 'write');
  const lines: string[] = [];
  const log: RelayLog = (event, detail) => lines.push(JSON.stringify({ event, ...detail }));
  const sp = relaySp(site.url, () => Promise.resolve({ 'X-Emulator-User': app.LoginName }));
  // Tests set the hold to 0: the random delay itself is tested on its own (relay/submit.test.ts).
  const relay = createRelay({ rules: tenant.rules, queue: storageQueue(queue), sp, log, maxDelaySeconds: 0 });
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((m) => console[m]);
  methods.forEach((m) => {
    console[m] = (...args: unknown[]) => {
      lines.push(`console.${m}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    };
  });
  return {
    site,
    tenant,
    queues,
    queue,
    app,
    relay,
    logs: () => [...lines],
    clearLogs: () => {
      lines.length = 0;
    },
    submit: (request) => relay.submit(request),
    drain: () => drainQueue(queue, (text) => relay.deliver(text), { poison }),
    close: async () => {
      methods.forEach((m, i) => {
        console[m] = originals[i];
      });
      await queues.stop();
      await site.close();
    }
  };
}

let seedCounter = 1;
/** A reference and key as the raise form makes them when it opens. */
export function formKeys(): { reference: string; idempotencyKey: string } {
  let state = (seedCounter++ * 2654435761) % 4294967296;
  const random = (): number => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  return { reference: newReference(random), idempotencyKey: newIdempotencyKey(random) };
}
