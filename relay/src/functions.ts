// The Azure Functions registration (v4 Node programming model): a thin layer around the plain handlers. It passes
// the Authorization header and the JSON body on, and nothing else of the request (no address, no user agent);
// it logs nothing itself, and the relay's log takes event names and numbers only (http.ts RelayLog).
// Identity: the Function App's managed identity, for SharePoint (Sites.Selected write on the data site) and for the
// queue (Storage Queue Data Message Sender / Processor on the relay's own storage account).

import { app, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { ManagedIdentityCredential } from '@azure/identity';
import { QueueClient } from '@azure/storage-queue';
import type { RelayLog, RelayRequest, RelayResponse } from './http';
import { storageQueue } from './queue';
import { createRelay, Relay } from './relay';
import { relaySp } from './relaySp';
import { settingsFrom } from './settings';
import { tenantKeys } from './token';

let relay: Relay | undefined;
let log: RelayLog = () => undefined;

function theRelay(): Relay {
  if (relay !== undefined) return relay;
  const settings = settingsFrom(process.env);
  const credential = settings.managedIdentityClientId ? new ManagedIdentityCredential({ clientId: settings.managedIdentityClientId }) : new ManagedIdentityCredential();
  const sharePoint = `${new URL(settings.siteUrl).origin}/.default`;
  const sp = relaySp(settings.siteUrl, async () => {
    const token = await credential.getToken(sharePoint);
    return { Authorization: `Bearer ${token.token}` };
  });
  const queue = new QueueClient(`${settings.queueServiceUri.replace(/\/$/, '')}/${settings.queueName}`, credential);
  relay = createRelay({
    rules: { tenantId: settings.tenantId, audiences: [settings.appIdUri, settings.clientId], keys: tenantKeys(settings.tenantId) },
    queue: storageQueue(queue),
    sp,
    log: (event, detail) => log(event, detail),
    maxDelaySeconds: settings.maxDelaySeconds
  });
  return relay;
}

async function plain(request: HttpRequest): Promise<RelayRequest> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    body = undefined;
  }
  return { headers: { authorization: request.headers.get('authorization') ?? undefined }, body };
}

function answer(response: RelayResponse): HttpResponseInit {
  return { status: response.status, headers: response.headers, jsonBody: response.jsonBody };
}

function withLog(context: InvocationContext): void {
  log = (event, detail) => context.log(JSON.stringify({ event, ...detail }));
}

app.http('alerts', {
  methods: ['POST'],
  authLevel: 'anonymous', // the Entra ID token is checked by the handler (token.ts); no function key in a browser
  route: 'alerts',
  handler: async (request: HttpRequest, context: InvocationContext) => {
    withLog(context);
    return answer(await theRelay().submit(await plain(request)));
  }
});

app.http('conversation', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'conversation',
  handler: async (request: HttpRequest, context: InvocationContext) => {
    withLog(context);
    return answer(await theRelay().conversation(await plain(request)));
  }
});

app.storageQueue('deliverAlert', {
  queueName: '%RELAY_QUEUE_NAME%',
  connection: 'RelayQueue',
  handler: async (message: unknown, context: InvocationContext) => {
    withLog(context);
    await theRelay().deliver(message);
  }
});
