/*
 * R23 Retention. Records are kept for a retention period that the council's records officer sets (default six
 * years after the case closed); then the case and everything that belongs to it is deleted together, and only the
 * count and date of deletions are kept. Published theme reports are aggregates and stay.
 *
 * Why six years by default: it is the period councils commonly keep personnel and welfare records after the matter
 * ends (the limitation period for most civil claims in England is six years), long enough for a concern that comes
 * back or a later complaint to be understood, and no longer. The records officer may set another whole number of
 * years; a period that is too short to follow up (under one year) or indefinite is refused with a reason.
 */
import { IsoDate, formatIsoDate, londonDate, parseIsoDate } from './londonTime';

export interface RetentionSettings {
  /** Whole years after the case closed (R23). */
  years: number;
}

export const DEFAULT_RETENTION: RetentionSettings = { years: 6 };
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 50;

export type RetentionRefusal = 'NotAWholeNumber' | 'TooShort' | 'TooLong';

/** Checks a retention period typed on the settings view; every refusal says which rule it broke. */
export function checkRetentionYears(value: string | number): { ok: true; years: number } | { ok: false; reason: RetentionRefusal } {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d+$/.test(text)) return { ok: false, reason: 'NotAWholeNumber' };
  const years = Number(text);
  if (years < MIN_RETENTION_YEARS) return { ok: false, reason: 'TooShort' };
  if (years > MAX_RETENTION_YEARS) return { ok: false, reason: 'TooLong' };
  return { ok: true, years };
}

/**
 * The London date from which a closed case is past its retention period: the closing date (as a person in the
 * council reads it) the given number of years on. A case closed on 29 February is kept until 1 March of a year
 * without one (kept a day longer rather than deleted a day early).
 */
export function retentionEndsOn(closedAt: Date, settings: RetentionSettings = DEFAULT_RETENTION): IsoDate {
  const { year, month, day } = parseIsoDate(londonDate(closedAt));
  const targetYear = year + settings.years;
  const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (month === 2 && day === 29 && !isLeap(targetYear)) return formatIsoDate(targetYear, 3, 1);
  return formatIsoDate(targetYear, month, day);
}

export interface RetainedCase {
  status: string;
  closedAt?: Date;
}

/** R23: only a closed case runs out; an open case (whatever its age) is never past retention. */
export function isPastRetention(c: RetainedCase, now: Date, settings: RetentionSettings = DEFAULT_RETENTION): boolean {
  if (c.status !== 'Closed' || !c.closedAt) return false;
  return londonDate(now) >= retentionEndsOn(c.closedAt, settings);
}

/**
 * The instant before which every case that can be past retention today closed: the period back from now, plus two
 * days for London's offset and a 29 February closure. Reading only cases closed before it keeps the retention
 * view's query to what can be due (a council's closed cases otherwise grow for ever); isPastRetention decides.
 */
export function retentionCutoff(now: Date, settings: RetentionSettings = DEFAULT_RETENTION): Date {
  const cutoff = new Date(now.getTime() + 2 * 86_400_000);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - settings.years);
  return cutoff;
}

/** The cases past retention, the longest past first (what triage see on the retention view). */
export function casesPastRetention<T extends RetainedCase>(cases: readonly T[], now: Date, settings: RetentionSettings = DEFAULT_RETENTION): T[] {
  return cases
    .filter((c) => isPastRetention(c, now, settings))
    .sort((a, b) => (a.closedAt as Date).getTime() - (b.closedAt as Date).getTime());
}

/**
 * What belongs to a case (R23), in the order it is deleted: the things that name the case's alert first and the
 * case itself last, so that a deletion stopped part way still leaves the case on the retention view to finish.
 * A worker's own R4 confirmation belongs to the alert it names: it carries the worker's account (its Author).
 */
export const CASE_PARTS = ['Conversation', 'Confirmation', 'Events', 'Summaries', 'Discussion', 'Alert', 'Case'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

export interface PartDeletion {
  part: CasePart;
  /** How many items of this part there were and how many are gone. */
  found: number;
  deleted: number;
}

export type DeletionOutcome = { complete: true; deleted: number } | { complete: false; deleted: number; left: { part: CasePart; count?: number }[] };

/** Says whether a case's deletion completed, and if not exactly what is left, part by part. */
export function deletionOutcome(results: readonly PartDeletion[]): DeletionOutcome {
  const deleted = results.reduce((sum, r) => sum + r.deleted, 0);
  const left: { part: CasePart; count?: number }[] = CASE_PARTS.flatMap((part) => {
    const r = results.find((x) => x.part === part);
    const count = r ? r.found - r.deleted : 0;
    return count > 0 ? [{ part, count }] : [];
  });
  const missing = CASE_PARTS.filter((part) => !results.some((r) => r.part === part));
  if (left.length === 0 && missing.length === 0) return { complete: true, deleted };
  // A part never reached (the deletion stopped before it) is left too, with no count: nobody has looked yet.
  return { complete: false, deleted, left: [...left, ...missing.map((part) => ({ part }))] };
}

/** The only trace a deletion leaves (R23): how many cases, on which day. No reference, no name, no theme. */
export interface DeletionRecord {
  deletedOn: IsoDate;
  cases: number;
}

export function deletionRecord(cases: number, at: Date): DeletionRecord {
  return { deletedOn: londonDate(at), cases };
}
