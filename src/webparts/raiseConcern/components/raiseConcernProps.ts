import { isNewStarterEntry } from '../../../domain/entry';
import { ConfirmationRequest, readConfirmationRequest } from '../../../domain/workerConfirmation';
import type { ProofCrypto } from '../../../services/consent/consentProof';

export interface IRaiseConcernProps {
  /** Exit this page replaces the page with this one (a neutral page an editor chose). */
  exitPageUrl: string;
  /** R8: where the whistleblowing procedure is; empty: the support directory's link, if it has one. */
  whistleblowingPageUrl: string;
  /** R1: the person came from an induction page. */
  newStarter: boolean;
  /** Replaces the page (Exit this page). The browser's location.replace unless a test gives its own. */
  leave?: (url: string) => void;
  /** Random numbers for the reference and idempotency key (crypto in the browser; tests fix it). */
  random?: () => number;
  /** R4: the page was opened from a worker's confirmation link: the confirm view, not the form. */
  confirm?: ConfirmationRequest;
  /** R4: Web Crypto for the confirmation secret and its hash (the browser's unless a test gives its own). */
  crypto?: ProofCrypto;
  /** R4: the page the worker's confirmation link opens (this page unless a test gives its own). */
  pageUrl?: string;
}

/** As GOV.UK's own Exit this page, when an editor has not chosen a page. */
export const DEFAULT_EXIT_PAGE = 'https://www.bbc.co.uk/weather';

/** A page address an editor may set: https (or http), or a path on this site. Anything else is ignored. */
export function pageAddress(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (/^\/(?!\/)/.test(text)) {
    return text;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * The web part's properties as an editor set them, and the page's query string (R1 `?from=induction`) and
 * fragment (R4's confirmation link: `?wellbeingConfirm=<reference>#proof=<secret>`), -> the component's props. The web part class and the local preview both use this.
 */
export function raiseConcernProps(
  properties: { exitPageUrl?: unknown; whistleblowingPageUrl?: unknown },
  search: string,
  hash: string = ''
): IRaiseConcernProps {
  const confirm = readConfirmationRequest(search, hash);
  return {
    exitPageUrl: pageAddress(properties.exitPageUrl) || DEFAULT_EXIT_PAGE,
    whistleblowingPageUrl: pageAddress(properties.whistleblowingPageUrl),
    newStarter: isNewStarterEntry(search),
    ...(confirm !== undefined ? { confirm } : {})
  };
}
