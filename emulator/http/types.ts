/*
 * What the HTTP side and the resources share: the request and reply shapes, the emulator's environment
 * (state, site URL, threshold, digests, request log), faults and the request log's entries.
 */
import type { Store, User } from '../store';

export interface Fault {
  /** 429 or 503 (any status works), answered with Retry-After. */
  status?: number;
  retryAfterSeconds?: number;
  /** Destroy the socket instead of answering (nothing is done: the request never reached SharePoint). */
  drop?: boolean;
  /**
   * Process the request (the item is written, the batch runs), then destroy the socket instead of answering:
   * the "response lost after SharePoint did the work" case.
   */
  dropAfterCommit?: boolean;
  /** How many matching requests get the fault (default 1). */
  count?: number;
  /**
   * Only requests whose "METHOD url" contains this text (or matches this pattern); METHOD is the HTTP method
   * as sent (PnPjs sends MERGE as POST with X-HTTP-Method), url the path and query as sent or URL-decoded.
   */
  match?: string | RegExp;
}

/** One request the emulator answered (or dropped), in arrival order; `/_emulator/` control calls are not logged. */
export interface LoggedRequest {
  /** The method SharePoint acts on: X-HTTP-Method (MERGE, DELETE) when a POST carries one. */
  method: string;
  /** Absolute URL as sent (percent-encoded); for a request inside a $batch, the URL written in the batch. */
  url: string;
  /** The caller's login name ('' when the persona header is missing or unknown). */
  user: string;
  /** The status answered (or, when the socket was dropped, the status it would have been; 0 for `drop`). */
  status: number;
  /** True for a request carried inside a $batch (the $batch itself is logged too, with batched false). */
  batched: boolean;
  /** The request body for writes (not for GET); a $batch's own entry carries its multipart body. */
  body?: string;
  /** True when a fault destroyed the socket instead of answering. */
  dropped?: boolean;
}

/** One REST request as a resource sees it (a $batch part is one too). */
export interface Ctx {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  user: User;
  verbose: boolean;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export const JSON_MINIMAL = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';
export const DIGEST_SECONDS = 1800;

/** What a resource may read of the running emulator. */
export interface Env {
  readonly store: Store;
  /** Absolute URL of the emulated site. */
  readonly webUrl: string;
  /** Server-relative URL of the site. */
  readonly sitePath: string;
  /** The list view threshold. */
  readonly threshold: number;
  /** Live form digests and when they expire (ms since the epoch). */
  readonly digests: Map<string, number>;
  /** Adds an entry to the request log (a $batch logs its parts). */
  log(entry: LoggedRequest): void;
}
