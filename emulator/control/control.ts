/*
 * The emulator's own control endpoints under /_emulator/ (no persona needed: a developer tool, never part
 * of SharePoint): sent mail, the personas, fault injection and the request log.
 */
import type { Fault, LoggedRequest, Reply } from '../http/types';
import type { MailRecord, User } from '../store';

/** What the control endpoints reach of the running emulator. */
export interface ControlHost {
  mail(who?: string): MailRecord[];
  users(): User[];
  inject(fault: Fault): void;
  /** How many faults are queued. */
  faultCount(): number;
  clearFaults(): void;
  requests(): LoggedRequest[];
  clearRequests(): void;
}

const ok = (data: unknown, status = 200): Reply => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });

const CONTROL: Record<string, (host: ControlHost, url: URL, body: string) => Reply> = {
  'GET /_emulator/mail': (host, url) => ok({ value: host.mail(url.searchParams.get('user') || undefined) }),
  'GET /_emulator/users': (host) =>
    ok({ value: host.users().filter((u) => u.PrincipalType === 1).map((u) => ({ Id: u.Id, Title: u.Title, Email: u.Email, LoginName: u.LoginName })) }),
  'POST /_emulator/faults': (host, url, body) => {
    host.inject(JSON.parse(body || '{}') as Fault);
    return ok({ queued: host.faultCount() }, 201);
  },
  'DELETE /_emulator/faults': (host) => {
    host.clearFaults();
    return ok({ queued: 0 });
  },
  'GET /_emulator/requests': (host) => ok({ value: host.requests() }),
  'DELETE /_emulator/requests': (host) => {
    host.clearRequests();
    return ok({ value: [] });
  }
};

export function controlRoute(host: ControlHost, method: string, url: URL, body: string): Reply {
  const handler = CONTROL[`${method.toUpperCase()} ${url.pathname.toLowerCase()}`];
  return handler ? handler(host, url, body) : ok({ error: 'Unknown emulator endpoint.' }, 404);
}
