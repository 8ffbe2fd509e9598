// The relay's handlers take and give plain values, so tests and the preview call them directly; functions.ts is
// the thin Azure Functions registration around them.

export interface RelayRequest {
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
}

export interface RelayResponse {
  status: number;
  headers: Record<string, string>;
  /** Sent as JSON. */
  jsonBody: unknown;
}

/**
 * What the relay may log: an event name and counts or ids of its own making, never text from a request. The type
 * has no room for a header, a token claim or an address: a log line is built from these two only.
 */
export type RelayLog = (event: RelayEvent, detail?: Readonly<Record<string, number | boolean>>) => void;

export type RelayEvent =
  | 'alert refused'
  | 'alert queued'
  | 'alert written'
  | 'alert already written'
  | 'alert not written'
  | 'message unreadable'
  | 'organisation unreadable'
  | 'conversation read'
  | 'conversation written'
  | 'conversation refused'
  | 'unauthorised';

const NO_STORE: Record<string, string> = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

export function reply(status: number, jsonBody: unknown): RelayResponse {
  return { status, headers: { ...NO_STORE }, jsonBody };
}

/** Every refusal of a caller who is not let in: one status, one body, whatever the reason. */
export function unauthorised(): RelayResponse {
  return reply(401, { error: 'unauthorised' });
}
