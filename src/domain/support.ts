// R1: which support directory entries a page shows. The directory is a SharePoint list site owners edit, so
// the web part filters what it reads at run time; the reference data seeds that list with the same rule.

import type { PageContext, SupportEntry } from './types';

/** Display order: the list's order column, then title. */
export function compareSupportEntries(a: SupportEntry, b: SupportEntry): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}

/** The entries for a page context, in display order. */
export function supportEntriesForContext(entries: readonly SupportEntry[], context: PageContext): SupportEntry[] {
  return entries.filter((entry) => entry.contexts.indexOf(context) >= 0).sort(compareSupportEntries);
}

/** A phone number as a tel: link target: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

/** Only web addresses are shown as links (a list edit cannot turn a link into script). */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
