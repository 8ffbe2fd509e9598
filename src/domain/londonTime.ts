// UK local calendar (Europe/London) for the first-contact clock (R10) and quarters (R18).
// The council works in UK local time: a "working day" or "1 April" is a London date, and the
// GMT/BST change must not move an alert into the wrong day or quarter. Offsets come from the
// platform's time-zone database through Intl.DateTimeFormat, never from a hand-written DST rule.

/** A calendar date written YYYY-MM-DD, read as a date in Europe/London. */
export type IsoDate = string;

export const LONDON_TIME_ZONE = 'Europe/London';

const MS_PER_MINUTE = 60000;
export const MS_PER_HOUR = 3600000;
export const MS_PER_DAY = 86400000;

/** The wall-clock reading in London of one instant. month is 1-12; weekday is 0 (Sunday) to 6 (Saturday). */
export interface LondonDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

let formatter: Intl.DateTimeFormat | undefined;

function londonFormatter(): Intl.DateTimeFormat {
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false
    });
  }
  return formatter;
}

function assertValidInstant(instant: Date): void {
  if (isNaN(instant.getTime())) {
    throw new RangeError('Invalid date');
  }
}

/** The London wall-clock date and time of an instant. */
export function londonDateTime(instant: Date): LondonDateTime {
  assertValidInstant(instant);
  const parts = londonFormatter().formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): number => {
    for (const part of parts) {
      if (part.type === type) {
        return Number(part.value);
      }
    }
    /* istanbul ignore next: every supported runtime returns all requested parts */
    throw new Error(`Intl.DateTimeFormat gave no ${type}`);
  };
  const year = read('year');
  const month = read('month');
  const day = read('day');
  // Some ICU versions write midnight as "24" when hour12 is false.
  const hour = read('hour') % 24;
  return {
    year,
    month,
    day,
    hour,
    minute: read('minute'),
    second: read('second'),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  };
}

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonDate(instant: Date): IsoDate {
  const t = londonDateTime(instant);
  return formatIsoDate(t.year, t.month, t.day);
}

/** The London weekday of an instant: 0 Sunday ... 6 Saturday. */
export function londonWeekday(instant: Date): number {
  return londonDateTime(instant).weekday;
}

/** Minutes London is ahead of UTC at an instant: 0 in GMT, 60 in BST. */
export function londonOffsetMinutes(instant: Date): number {
  const t = londonDateTime(instant);
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const utc = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wall - utc) / MS_PER_MINUTE);
}

const midnightCache: Map<IsoDate, number> = new Map<IsoDate, number>();

/** The instant London's clocks read 00:00 on a date (never ambiguous: the UK changes its clocks at 01:00 UTC). */
export function londonMidnight(date: IsoDate): Date {
  const cached = midnightCache.get(date);
  if (cached !== undefined) {
    return new Date(cached);
  }
  const { year, month, day } = parseIsoDate(date);
  const guess = Date.UTC(year, month - 1, day);
  let result = guess - londonOffsetMinutes(new Date(guess)) * MS_PER_MINUTE;
  const settled = londonOffsetMinutes(new Date(result));
  result = guess - settled * MS_PER_MINUTE;
  midnightCache.set(date, result);
  return new Date(result);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) {
    return false;
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  const yyyy = String(d.getUTCFullYear()).padStart(4, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

/** The date n days after (or before, n < 0) a date: pure calendar arithmetic, no clock changes involved. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  return formatIsoDate(year, month, day + n);
}

/** Weekday of a calendar date: 0 Sunday ... 6 Saturday. */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Calendar days from one instant's London date to another's, as a person counts them on a calendar:
 * "today" is 0, "tomorrow" is 1, whatever the time of day and across the GMT/BST change (negative when
 * `to` is on an earlier date).
 */
export function londonDaysBetween(from: Date, to: Date): number {
  const a = parseIsoDate(londonDate(from));
  const b = parseIsoDate(londonDate(to));
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / MS_PER_DAY);
}

// ---------------------------------------------------------------------------------------------
// Dates in words, as every screen shows them (issue 14: written once, here, not once per web part).

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON_TIME_ZONE });
const TIME_OF_DAY = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: LONDON_TIME_ZONE });
const SHORT_DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LONDON_TIME_ZONE });

/** "5 June 2025", the date in London whatever the browser's time zone. */
export function londonLongDate(instant: Date): string {
  return LONG_DATE.format(instant);
}

/** "14:05" in London. */
export function londonTimeOfDay(instant: Date): string {
  return TIME_OF_DAY.format(instant);
}

/** "5 Jun 2025, 14:05" in London (the board's compact date and time). */
export function londonShortDateTime(instant: Date): string {
  return SHORT_DATE_TIME.format(instant);
}
