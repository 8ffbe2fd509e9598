// Issue 14 (hostile case H07): which alerts the board reads, decided by nothing a raiser writes. Staff add alerts
// and set every column in that one add, PublicStatus included, so "waiting" cannot come from PublicStatus: an
// alert waits when it has no case (the cases list is triage's alone) and triage has not set it aside. To keep the
// board's query bounded under the list view threshold, it reads only alerts above a watermark on the item Id
// (always indexed, set by SharePoint): every alert at or below it has a case or was set aside. The watermark and
// the ids set aside above it are kept in WellbeingTriageSettings, which only triage can write (issue 14 defect 4).
// An alert that never gets a case holds the watermark below it, however old it grows, so it never vanishes.

import type { BoardStateKey } from '../../schema/keys';
import type { RuntimeField } from '../../schema/runtime';
import { readText, SpItem } from './itemValues';

export const ALERT_WATERMARK_KEY: BoardStateKey = 'alertWatermark';

export interface AlertWatermark {
  /** Every alert with an id at or below this has a case or was set aside by triage. */
  upTo: number;
  /** Alerts above `upTo` triage set aside (unreadable ones): never waiting, passed over when the watermark moves. */
  setAside: number[];
}

export const NO_WATERMARK: AlertWatermark = { upTo: 0, setAside: [] };

/**
 * An alert is passed over by the watermark only once it is this old: SharePoint hands out item ids in order,
 * but an add still being written when the board reads could carry a lower id than one already visible.
 */
export const SETTLE_MS = 10 * 60_000;

/** The stored value (JSON text); anything unreadable counts as no watermark: the board then reads every alert. */
export function parseWatermark(text: string | undefined): AlertWatermark {
  try {
    const raw = JSON.parse(text ?? '') as Partial<AlertWatermark> | null;
    const upTo = raw !== null && typeof raw === 'object' && Number.isInteger(raw.upTo) && (raw.upTo as number) >= 0 ? (raw.upTo as number) : 0;
    const setAside = Array.isArray(raw?.setAside) ? raw.setAside.filter((id): id is number => Number.isInteger(id) && id > upTo) : [];
    return { upTo, setAside };
  } catch {
    return NO_WATERMARK;
  }
}

export function watermarkText(watermark: AlertWatermark): string {
  return JSON.stringify({ upTo: watermark.upTo, setAside: [...watermark.setAside].sort((a, b) => a - b) });
}

/** The watermark's value from a WellbeingTriageSettings item (Key, ConfigValue), if the item is there. */
export function watermarkOf(item: SpItem | undefined, valueField: RuntimeField): AlertWatermark {
  return item === undefined ? NO_WATERMARK : parseWatermark(readText(item, valueField));
}

export interface WindowAlert {
  id: number;
  /** SharePoint's Created. */
  created?: Date;
}

/**
 * How far the watermark can move after a read of the alerts above it: over each alert, lowest id first, that has
 * a case or was set aside and is settled, up to the first that is neither (it waits, or cannot be read).
 */
export function advanced(watermark: AlertWatermark, alerts: readonly WindowAlert[], hasCase: (id: number) => boolean, now: Date): AlertWatermark {
  let upTo = watermark.upTo;
  const setAside = new Set(watermark.setAside);
  for (const alert of [...alerts].sort((a, b) => a.id - b.id)) {
    const settled = alert.created !== undefined && now.getTime() - alert.created.getTime() >= SETTLE_MS;
    if (!settled || !(hasCase(alert.id) || setAside.has(alert.id))) break;
    upTo = alert.id;
  }
  return { upTo, setAside: watermark.setAside.filter((id) => id > upTo) };
}
