import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { Emulator } from '../../emulator/server';
import { nodeSp } from '../../tools/nodeSp';

export const login = (name: string): string => `i:0#.f|membership|${name}@leics.example`;

export const OWNER = 'olivia.owner@leics.example';
export const ADMIN = 'pat.provisioner@leics.example';
export const STAFF_A = 'alex.staff@leics.example';
export const STAFF_B = 'bea.staff@leics.example';
export const PSW = 'priya.psw@leics.example';
export const AP = 'aaron.ap@leics.example';
export const MANAGER_1 = 'liam.manager@leics.example';
export const MANAGER_2 = 'lena.manager@leics.example';
export const GUEST = 'gus.guest@partner.example';
export const EVERYONE_CLAIM = 'c:0-.f|rolemanager|spo-grid-all-users/00000000-0000-0000-0000-000000000001';

/** PnPjs as the store and provisioner use it in Node, calling as one persona. */
export function spAs(emulator: Emulator, user: string): SPFI {
  return nodeSp(emulator.url, { 'X-Emulator-User': user });
}

/** Raw REST call as a persona (gets a form digest first for writes). */
export async function rest(
  emulator: Emulator,
  user: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; json: Record<string, unknown>; text: string; headers: Headers }> {
  const base: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' };
  if (user) base['X-Emulator-User'] = user;
  if (method !== 'GET' && user && !/contextinfo$/.test(path)) {
    const info = await fetch(`${emulator.url}/_api/contextinfo`, { method: 'POST', headers: base });
    const digest = ((await info.json()) as { FormDigestValue?: string }).FormDigestValue;
    if (digest) base['X-RequestDigest'] = digest;
  }
  const response = await fetch(`${emulator.url}/_api/${path}`, {
    method,
    headers: { ...base, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  return { status: response.status, json, text, headers: response.headers };
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** The status a PnPjs call fails with (or 0 if it succeeds). */
export async function failsWith(work: () => Promise<unknown>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (e) {
    return statusOf(e) ?? -1;
  }
}

export function fieldXml(name: string, type: string, extra: string = '', children: string = ''): string {
  const attrs = `Type="${type}" Name="${name}" StaticName="${name}" DisplayName="${name}" ${extra}`.trim();
  return children ? `<Field ${attrs}>${children}</Field>` : `<Field ${attrs} />`;
}
