// R10: triage makes contact within 48 hours of the alert.
//
// Decision (R10): the clock runs from the alert's creation.
// - mode 'calendar' (default): 48 hours by the clock, weekends and holidays included.
// - mode 'working': only working days count, and a working day counts whole (midnight to midnight,
//   London time). Working days are Monday to Friday in Europe/London, less the bank holidays passed in.
//   So "48 working hours" means two working days: an alert raised on Friday at 15:00 is due on
//   Tuesday at 15:00; one raised on Saturday (or on a bank holiday) starts its clock at 00:00 on the
//   next working day and is due by the end of the second working day.
//   Why: the Terms of Reference promise contact "within 48 hours"; a PSW reads that as "within two
//   days", and the working setting only stops weekends and bank holidays eating those days. Counting
//   only 09:00-17:00 would stretch 48 hours to six working days, which nobody raising a concern would
//   recognise as "48 hours".
// - Remaining and overdue time are measured the same way as the clock: in working mode a weekend does
//   not count against (or towards) the time left, so on a Friday evening an alert due Monday morning
//   is already "due soon".
// - A contact made after the due time is 'metLate', not 'met': the board and the audit must not
//   turn a missed target into a met one once someone finally gets in touch.

import { addDays, IsoDate, londonDate, londonMidnight, MS_PER_HOUR, weekdayOf } from './londonTime';

export type FirstContactMode = 'calendar' | 'working';

export interface FirstContactSettings {
  mode: FirstContactMode;
  /** R10: hours allowed for first contact. Default 48. */
  targetHours?: number;
  /** The clock shows "due soon" when less than this many hours remain. Default 12. */
  dueSoonHours?: number;
  /** England and Wales bank holidays (YYYY-MM-DD), used in working mode only. */
  bankHolidays?: ReadonlyArray<IsoDate> | ReadonlySet<IsoDate>;
}

export const DEFAULT_TARGET_HOURS = 48;
export const DEFAULT_DUE_SOON_HOURS = 12;

export const DEFAULT_FIRST_CONTACT_SETTINGS: FirstContactSettings = {
  mode: 'calendar',
  targetHours: DEFAULT_TARGET_HOURS,
  dueSoonHours: DEFAULT_DUE_SOON_HOURS
};

/**
 * - met: contacted within the target.
 * - metLate: contacted, but after the target.
 * - due: not contacted, more than dueSoonHours left.
 * - dueSoon: not contacted, less than dueSoonHours left.
 * - overdue: not contacted and the target has passed (stands out on the board, R10).
 */
export type SlaState = 'met' | 'metLate' | 'due' | 'dueSoon' | 'overdue';

export interface FirstContactClockView {
  dueAt: Date;
  state: SlaState;
  /** Time left before the due time, in the clock's measure (0 once due or contacted). */
  remainingMs: number;
  /** Time past the due time, in the clock's measure: up to now if not contacted, up to the contact if late. */
  overdueMs: number;
}

/** A duration split for display, e.g. "1 day 3 hours 20 minutes". */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MAX_DAYS_SCANNED = 3700;

function holidaySet(settings: FirstContactSettings): ReadonlySet<IsoDate> {
  const h = settings.bankHolidays;
  if (h === undefined) {
    return new Set<IsoDate>();
  }
  return isReadonlySet(h) ? h : new Set<IsoDate>(h);
}

function isReadonlySet(h: ReadonlyArray<IsoDate> | ReadonlySet<IsoDate>): h is ReadonlySet<IsoDate> {
  return !Array.isArray(h);
}

function targetMs(settings: FirstContactSettings): number {
  const hours = settings.targetHours ?? DEFAULT_TARGET_HOURS;
  if (!(hours > 0)) {
    throw new RangeError('targetHours must be positive');
  }
  return hours * MS_PER_HOUR;
}

function assertInstant(d: Date, what: string): number {
  const t = d.getTime();
  if (isNaN(t)) {
    throw new RangeError(`${what} is not a valid date`);
  }
  return t;
}

/** R10: a working day is Monday to Friday (London date) and not a bank holiday. */
export function isWorkingDay(date: IsoDate, bankHolidays: ReadonlySet<IsoDate>): boolean {
  const wd = weekdayOf(date);
  return wd !== 0 && wd !== 6 && !bankHolidays.has(date);
}

/** Counted time (ms) between two instants: all of it in calendar mode, only working days in working mode. */
export function countedMsBetween(from: Date, to: Date, settings: FirstContactSettings): number {
  const a = assertInstant(from, 'from');
  const b = assertInstant(to, 'to');
  if (b <= a) {
    return 0;
  }
  if (settings.mode === 'calendar') {
    return b - a;
  }
  const holidays = holidaySet(settings);
  let total = 0;
  let day = londonDate(from);
  const lastDay = londonDate(to);
  for (;;) {
    const next = addDays(day, 1);
    if (isWorkingDay(day, holidays)) {
      const start = Math.max(a, londonMidnight(day).getTime());
      const end = Math.min(b, londonMidnight(next).getTime());
      total += Math.max(0, end - start);
    }
    if (day === lastDay) {
      return total;
    }
    day = next;
  }
}

/** R10: when first contact is due for an alert created at createdAt. */
export function firstContactDue(createdAt: Date, settings: FirstContactSettings): Date {
  const created = assertInstant(createdAt, 'createdAt');
  let remaining = targetMs(settings);
  if (settings.mode === 'calendar') {
    return new Date(created + remaining);
  }
  const holidays = holidaySet(settings);
  let day = londonDate(createdAt);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    const next = addDays(day, 1);
    if (isWorkingDay(day, holidays)) {
      const start = Math.max(created, londonMidnight(day).getTime());
      const end = londonMidnight(next).getTime();
      const available = end - start;
      if (remaining <= available) {
        return new Date(start + remaining);
      }
      remaining -= available;
    }
    day = next;
  }
  throw new RangeError('No working days found: check the bank holiday list');
}

/** R10: the clock for the triage board: due time, state, time left or overdue. */
export function firstContactClock(
  createdAt: Date,
  now: Date,
  settings: FirstContactSettings,
  contactedAt?: Date
): FirstContactClockView {
  const dueAt = firstContactDue(createdAt, settings);
  const due = dueAt.getTime();
  if (contactedAt !== undefined) {
    const contacted = assertInstant(contactedAt, 'contactedAt');
    if (contacted <= due) {
      return { dueAt, state: 'met', remainingMs: 0, overdueMs: 0 };
    }
    return { dueAt, state: 'metLate', remainingMs: 0, overdueMs: countedMsBetween(dueAt, contactedAt, settings) };
  }
  const nowMs = assertInstant(now, 'now');
  if (nowMs > due) {
    return { dueAt, state: 'overdue', remainingMs: 0, overdueMs: countedMsBetween(dueAt, now, settings) };
  }
  // A "now" before the alert exists (clock skew) counts from the alert's creation.
  const from = nowMs < createdAt.getTime() ? createdAt : now;
  const remainingMs = countedMsBetween(from, dueAt, settings);
  const dueSoonMs = (settings.dueSoonHours ?? DEFAULT_DUE_SOON_HOURS) * MS_PER_HOUR;
  return { dueAt, state: remainingMs < dueSoonMs ? 'dueSoon' : 'due', remainingMs, overdueMs: 0 };
}

/** R10: the SLA state only. */
export function slaState(
  createdAt: Date,
  now: Date,
  settings: FirstContactSettings,
  contactedAt?: Date
): SlaState {
  return firstContactClock(createdAt, now, settings, contactedAt).state;
}

/**
 * R10, R18: hours from the alert to first contact for the quarterly report, in the clock's measure
 * (calendar hours unless working settings are given). Never negative.
 */
export function hoursToFirstContact(
  createdAt: Date,
  contactedAt: Date,
  settings: FirstContactSettings = DEFAULT_FIRST_CONTACT_SETTINGS
): number {
  return countedMsBetween(createdAt, contactedAt, settings) / MS_PER_HOUR;
}

/** R10: whether a contact met the target. */
export function contactedWithinTarget(createdAt: Date, contactedAt: Date, settings: FirstContactSettings): boolean {
  return assertInstant(contactedAt, 'contactedAt') <= firstContactDue(createdAt, settings).getTime();
}

/** Splits a duration for display; rounds down to whole minutes. */
export function durationParts(ms: number): DurationParts {
  const minutesTotal = Math.floor(Math.max(0, ms) / 60000);
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60
  };
}
