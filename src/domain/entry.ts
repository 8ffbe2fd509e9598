// R1: "Raise a wellbeing concern" is reached from several pages. The signposting web part adds where the person
// came from to the link; the raise form reads it back, so an alert raised from an induction page records that
// the raiser is a new starter. Only the page context travels in the address, never anything the person typed.

import { PAGE_CONTEXTS, PageContext } from './types';

/** The query parameter that carries the page a person came from. */
export const ENTRY_PARAM = 'from';

/** The raise page's address with the page context added (existing query and fragment kept). */
export function withEntry(raisePageUrl: string, from: PageContext): string {
  const hashAt = raisePageUrl.indexOf('#');
  const base = hashAt >= 0 ? raisePageUrl.slice(0, hashAt) : raisePageUrl;
  const hash = hashAt >= 0 ? raisePageUrl.slice(hashAt) : '';
  const kept = base.replace(new RegExp(`([?&])${ENTRY_PARAM}=[^&]*&?`), '$1').replace(/[?&]$/, '');
  const separator = kept.indexOf('?') >= 0 ? '&' : '?';
  return `${kept}${separator}${ENTRY_PARAM}=${encodeURIComponent(from)}${hash}`;
}

/** The page context in a query string (`location.search`), or undefined when absent or not one we know. */
export function entryFrom(search: string): PageContext | undefined {
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key === ENTRY_PARAM) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return undefined;
      }
      return PAGE_CONTEXTS.find((c) => c === decoded);
    }
  }
  return undefined;
}

/** R1: a person who arrived from an induction page is a new starter. */
export function isNewStarterEntry(search: string): boolean {
  return entryFrom(search) === 'induction';
}
