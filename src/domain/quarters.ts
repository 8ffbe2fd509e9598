// R18: the quarterly report to SMT. Quarters are of the council's financial year (April to March)
// unless a setting says otherwise; dates are London dates, so an alert raised at 00:30 BST on
// 1 July belongs to the July quarter even though it is still 30 June in UTC.

import { IsoDate, formatIsoDate, isIsoDate, londonDateTime, londonMidnight, parseIsoDate } from './londonTime';

export interface QuarterSettings {
  /** First month of the reporting year, 1-12. 4 (April) = financial year; 1 = calendar year. */
  firstMonth: number;
}

export const DEFAULT_QUARTER_SETTINGS: QuarterSettings = { firstMonth: 4 };

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  /** Calendar year in which the reporting year starts (2026 for 2026-27). */
  readonly yearStart: number;
  readonly quarter: QuarterNumber;
  readonly firstMonth: number;
}

export interface QuarterRange {
  /** First London date in the quarter (inclusive). */
  start: IsoDate;
  /** First London date after the quarter (exclusive). */
  end: IsoDate;
  /** The instant London's clocks read 00:00 on start (inclusive). */
  startInstant: Date;
  /** The instant London's clocks read 00:00 on end (exclusive). */
  endInstant: Date;
}

function checkFirstMonth(firstMonth: number): number {
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12) {
    throw new RangeError(`firstMonth must be 1-12, not ${firstMonth}`);
  }
  return firstMonth;
}

function makeQuarter(yearStart: number, quarter: number, firstMonth: number): Quarter {
  return { yearStart, quarter: quarter as QuarterNumber, firstMonth };
}

/** R18: the quarter a moment (London date) or a YYYY-MM-DD date falls in. */
export function quarterOf(date: Date | IsoDate, settings: QuarterSettings = DEFAULT_QUARTER_SETTINGS): Quarter {
  const firstMonth = checkFirstMonth(settings.firstMonth);
  let year: number;
  let month: number;
  if (typeof date === 'string') {
    ({ year, month } = parseIsoDate(date));
  } else {
    ({ year, month } = londonDateTime(date));
  }
  const offset = (month - firstMonth + 12) % 12;
  return makeQuarter(month >= firstMonth ? year : year - 1, Math.floor(offset / 3) + 1, firstMonth);
}

function monthStart(q: Quarter, quartersAhead: number): IsoDate {
  const monthIndex = q.firstMonth - 1 + (q.quarter - 1 + quartersAhead) * 3;
  return formatIsoDate(q.yearStart + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

/** R18: first day (inclusive) and first day after (exclusive) of a quarter, as London dates and instants. */
export function quarterRange(q: Quarter): QuarterRange {
  const start = monthStart(q, 0);
  const end = monthStart(q, 1);
  return { start, end, startInstant: londonMidnight(start), endInstant: londonMidnight(end) };
}

/** Moves a quarter by n quarters (negative n goes back). */
export function addQuarters(q: Quarter, n: number): Quarter {
  const index = q.yearStart * 4 + (q.quarter - 1) + n;
  return makeQuarter(Math.floor(index / 4), (((index % 4) + 4) % 4) + 1, q.firstMonth);
}

export function previousQuarter(q: Quarter): Quarter {
  return addQuarters(q, -1);
}

export function nextQuarter(q: Quarter): Quarter {
  return addQuarters(q, 1);
}

/** The n quarters ending with q, oldest first (for trend charts). */
export function lastQuarters(q: Quarter, n: number): Quarter[] {
  const result: Quarter[] = [];
  for (let i = n - 1; i >= 0; i--) {
    result.push(addQuarters(q, -i));
  }
  return result;
}

/** Negative if a is before b, 0 if the same quarter, positive if after. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.yearStart * 4 + a.quarter - (b.yearStart * 4 + b.quarter);
}

/** A stable id for lists and reports: "FY2026Q3" (the year is the year the reporting year starts). */
export function quarterId(q: Quarter): string {
  return `FY${q.yearStart}Q${q.quarter}`;
}

const QUARTER_ID = /^FY(\d{4})Q([1-4])$/;

/** Reads "FY2026Q3"; undefined when the text is not a quarter id. */
export function parseQuarterId(id: string, settings: QuarterSettings = DEFAULT_QUARTER_SETTINGS): Quarter | undefined {
  const m = QUARTER_ID.exec(id);
  if (m === null) {
    return undefined;
  }
  return makeQuarter(Number(m[1]), Number(m[2]), checkFirstMonth(settings.firstMonth));
}

/** "2026-27 Q3" for a year that spans two calendar years; "2026 Q3" when the year starts in January. */
export function quarterLabel(q: Quarter): string {
  if (q.firstMonth === 1) {
    return `${q.yearStart} Q${q.quarter}`;
  }
  return `${q.yearStart}-${String((q.yearStart + 1) % 100).padStart(2, '0')} Q${q.quarter}`;
}

/** True when a London date (YYYY-MM-DD) or instant falls in the quarter. */
export function isInQuarter(date: Date | IsoDate, q: Quarter): boolean {
  if (typeof date === 'string' && !isIsoDate(date)) {
    return false;
  }
  return compareQuarters(quarterOf(date, { firstMonth: q.firstMonth }), q) === 0;
}
