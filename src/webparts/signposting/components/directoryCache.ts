/*
 * The support directory, remembered in this browser tab for a few minutes: the signposting web part sits on
 * many pages, and a person moving between them should not wait for (or cost SharePoint) the same read again.
 * The directory is not personal. Session storage only, so it goes when the tab closes; site owners' edits show
 * within the time-to-live, without a redeploy.
 */
import type { SupportEntry } from '../../../domain/types';

export const DIRECTORY_TTL_MS = 10 * 60 * 1000;
const PREFIX = 'wellbeing-support-directory:';

interface Cached {
  savedAt: number;
  entries: SupportEntry[];
}

function storage(): Storage | undefined {
  try {
    // The global, not window's: the same object in a browser, and one a Node script can provide.
    return typeof sessionStorage !== 'undefined' ? sessionStorage : undefined;
  } catch {
    return undefined; // storage blocked by the browser's settings: read from SharePoint each time
  }
}

function isEntry(value: unknown): value is SupportEntry {
  const e = value as SupportEntry;
  return !!e && typeof e.id === 'string' && typeof e.title === 'string' && Array.isArray(e.contexts) && typeof e.order === 'number';
}

export function readCachedDirectory(dataSiteUrl: string, now: number): SupportEntry[] | undefined {
  const store = storage();
  try {
    const raw = store?.getItem(PREFIX + dataSiteUrl);
    if (!raw) return undefined;
    const cached = JSON.parse(raw) as Cached;
    const fresh = typeof cached.savedAt === 'number' && now - cached.savedAt >= 0 && now - cached.savedAt < DIRECTORY_TTL_MS;
    return fresh && Array.isArray(cached.entries) && cached.entries.every(isEntry) ? cached.entries : undefined;
  } catch {
    return undefined;
  }
}

export function cacheDirectory(dataSiteUrl: string, entries: SupportEntry[], now: number): void {
  try {
    storage()?.setItem(PREFIX + dataSiteUrl, JSON.stringify({ savedAt: now, entries } as Cached));
  } catch {
    // full or blocked: the next page reads SharePoint again
  }
}
