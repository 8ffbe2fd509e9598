/*
 * The local SharePoint emulator: an HTTP server answering the part of SharePoint's REST API that the
 * wellbeing store and provisioner use, with SharePoint's JSON shapes, status codes and permission rules,
 * plus the Microsoft Graph calls the product makes. See emulator/README.md for every behaviour modelled and
 * its source. The code is a folder per concern: http/ (host, $batch, replies, errors), odata/ (path and
 * query), resources/ (web, lists, fields, items, security, principals, dispatched through one table),
 * graph/, control/ (/_emulator/), state/ (the SQLite-backed store).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { EmulatorOptions, SharePointEmulator } from './http/host';
import type { Fault, LoggedRequest } from './http/types';
import { maskOf } from './permissions';
import type { MailRecord, Store, User } from './store';

export type { EmulatorOptions, Fault, LoggedRequest };

export interface Emulator {
  /** Absolute URL of the emulated site (what PnPjs takes as its base URL). */
  url: string;
  origin: string;
  port: number;
  store: Store;
  listViewThreshold: number;
  close(): Promise<void>;
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Every message sent through Graph, or those from or to one user (login name or e-mail). */
  mail(user?: string): MailRecord[];
  /** Inserts items straight into a list, as `asUser` (login or e-mail; the first site admin or owner by default). */
  seedItems(listTitle: string, items: Record<string, unknown>[], asUser?: string): number[];
  users(): User[];
  /** Every request since the start or the last `clearRequests()`, $batch parts included (marked `batched`). */
  requests(): LoggedRequest[];
  clearRequests(): void;
  /** Moves the server's clock (undefined: real time again). */
  setClock(now?: () => Date): void;
  /**
   * An Entra ID app calling app-only (state/principals.ts): its calls carry `X-Emulator-User` with the returned
   * login (SharePoint's i:0i.t|ms.sp.ext|<client id>@<tenant id>). It holds nothing until `grantSitesSelected`.
   */
  registerApp(app: { clientId: string; tenantId: string; title: string }): User;
  /** The Sites.Selected site permission for an app on this site ('read' | 'write'; undefined removes it). */
  grantSitesSelected(clientId: string, role: 'read' | 'write' | undefined): void;
}

// ---- public API ----------------------------------------------------------------------------------

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new SharePointEmulator(options);
  if (options.now) emulator.store.now = options.now;
  const intercept = options.intercept;
  const server = http.createServer((req, res) => {
    if (!intercept || !intercept(req, res)) emulator.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host || '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  emulator.origin = `http://${options.host || '127.0.0.1'}:${port}`;
  const api: Emulator = {
    url: emulator.webUrl,
    origin: emulator.origin,
    port,
    store: emulator.store,
    get listViewThreshold(): number {
      return emulator.threshold;
    },
    set listViewThreshold(value: number) {
      emulator.threshold = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          emulator.store.close();
          resolve();
        });
      }),
    inject: (fault) => emulator.inject(fault),
    clearFaults: () => emulator.clearFaults(),
    mail: (user) => emulator.mail(user),
    seedItems: (title, items, asUser) => emulator.seedItems(title, items, asUser),
    users: () => emulator.store.users(),
    requests: () => emulator.requests(),
    clearRequests: () => emulator.clearRequests(),
    setClock: (now) => {
      emulator.store.now = now ?? ((): Date => new Date());
    },
    registerApp: (app) => emulator.store.registerApp(app),
    grantSitesSelected: (clientId, role) => emulator.store.grantSitesSelected(clientId, role)
  };
  return api;
}

/** Masks for tests and the README: what a permission level built from these kinds amounts to. */
export { maskOf };
