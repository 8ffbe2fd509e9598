/*
 * Raw REST as one persona, bypassing the product's store and UI: what someone with the browser's developer
 * tools (or a script with their cookie) can send to SharePoint. The form digest is fetched as SharePoint asks
 * for every write (POST _api/contextinfo); MERGE and DELETE go as POST with X-HTTP-Method, as PnPjs sends them.
 */
import type { EmulatorSite, Persona } from './emulatorSite';

export interface RawReply {
  status: number;
  /** The parsed JSON answer, or undefined when there is none. */
  json: Record<string, unknown> | undefined;
}

export interface RawRequest {
  method: 'GET' | 'POST' | 'MERGE' | 'DELETE';
  /** From `_api/`, e.g. `web/lists/getByTitle('WellbeingAlerts')/items`. */
  path: string;
  body?: Record<string, unknown>;
}

export async function rawAs(site: EmulatorSite, persona: Persona, request: RawRequest): Promise<RawReply> {
  const user = { 'X-Emulator-User': site.login(persona), Accept: 'application/json' };
  const headers: Record<string, string> = { ...user };
  if (request.method !== 'GET') {
    const info = await fetch(`${site.url}/_api/contextinfo`, { method: 'POST', headers: user });
    headers['X-RequestDigest'] = String(((await info.json()) as { FormDigestValue: string }).FormDigestValue);
    headers['Content-Type'] = 'application/json';
  }
  if (request.method === 'MERGE' || request.method === 'DELETE') {
    headers['X-HTTP-Method'] = request.method;
    headers['IF-MATCH'] = '*';
  }
  const response = await fetch(`${site.url}/_api/${request.path}`, {
    method: request.method === 'GET' ? 'GET' : 'POST',
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body)
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    json = undefined;
  }
  return { status: response.status, json };
}

export const itemsOf = (listTitle: string): string => `web/lists/getByTitle('${listTitle}')/items`;
export const itemOf = (listTitle: string, id: number): string => `${itemsOf(listTitle)}(${id})`;
