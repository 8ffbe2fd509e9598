import bankHolidays from '../../src/referenceData/bankHolidays.json';
import {
  contactedWithinTarget,
  countedMsBetween,
  DEFAULT_FIRST_CONTACT_SETTINGS,
  durationParts,
  firstContactClock,
  firstContactDue,
  FirstContactSettings,
  hoursToFirstContact,
  isWorkingDay,
  slaState
} from '../../src/domain/firstContactClock';
import { londonDateTime } from '../../src/domain/londonTime';

const HOUR = 3600000;
const holidays = bankHolidays.events.map((e) => e.date);
const calendar: FirstContactSettings = { mode: 'calendar' };
const working: FirstContactSettings = { mode: 'working', bankHolidays: holidays };

const at = (iso: string): Date => new Date(iso);
const due = (created: string, settings: FirstContactSettings): string =>
  firstContactDue(at(created), settings).toISOString();

describe('first-contact clock, calendar mode (default)', () => {
  it('R10: is due 48 calendar hours after the alert, weekends included', () => {
    expect(DEFAULT_FIRST_CONTACT_SETTINGS.mode).toBe('calendar');
    expect(due('2026-01-09T15:00:00Z', calendar)).toBe('2026-01-11T15:00:00.000Z');
    expect(due('2026-01-09T15:00:00Z', DEFAULT_FIRST_CONTACT_SETTINGS)).toBe('2026-01-11T15:00:00.000Z');
  });

  it('R10: counts 48 real hours across the BST change, so the London clock time moves by an hour', () => {
    // Saturday 28 March 2026 12:00 GMT; clocks go forward on Sunday 29th.
    const d = firstContactDue(at('2026-03-28T12:00:00Z'), calendar);
    expect(d.toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(londonDateTime(d).hour).toBe(13);
  });

  it('R10: moves through due, due soon and overdue, and a contact stops the clock', () => {
    const created = at('2026-01-05T09:00:00Z');
    expect(slaState(created, at('2026-01-05T10:00:00Z'), calendar)).toBe('due');
    expect(slaState(created, at('2026-01-06T21:00:00Z'), calendar)).toBe('due'); // exactly 12 h left
    expect(slaState(created, at('2026-01-06T21:00:01Z'), calendar)).toBe('dueSoon');
    expect(slaState(created, at('2026-01-07T09:00:00Z'), calendar)).toBe('dueSoon'); // at the due time: not yet late
    expect(slaState(created, at('2026-01-07T09:00:01Z'), calendar)).toBe('overdue');
    expect(slaState(created, at('2026-01-10T00:00:00Z'), calendar, at('2026-01-07T09:00:00Z'))).toBe('met');
    expect(slaState(created, at('2026-01-10T00:00:00Z'), calendar, at('2026-01-07T10:00:00Z'))).toBe('metLate');
  });

  it('R10: gives the time left and the time overdue for display', () => {
    const created = at('2026-01-05T09:00:00Z');
    const running = firstContactClock(created, at('2026-01-06T09:30:00Z'), calendar);
    expect(running).toEqual({ dueAt: at('2026-01-07T09:00:00Z'), state: 'due', remainingMs: 23.5 * HOUR, overdueMs: 0 });
    const late = firstContactClock(created, at('2026-01-08T12:15:00Z'), calendar);
    expect(late.state).toBe('overdue');
    expect(durationParts(late.overdueMs)).toEqual({ days: 1, hours: 3, minutes: 15 });
    const contactedLate = firstContactClock(created, at('2026-01-20T00:00:00Z'), calendar, at('2026-01-07T11:00:00Z'));
    expect(contactedLate).toEqual({ dueAt: at('2026-01-07T09:00:00Z'), state: 'metLate', remainingMs: 0, overdueMs: 2 * HOUR });
    const met = firstContactClock(created, at('2026-01-20T00:00:00Z'), calendar, at('2026-01-05T10:00:00Z'));
    expect(met).toEqual({ dueAt: at('2026-01-07T09:00:00Z'), state: 'met', remainingMs: 0, overdueMs: 0 });
  });

  it('R10: takes the target and the due-soon threshold from settings', () => {
    const s: FirstContactSettings = { mode: 'calendar', targetHours: 24, dueSoonHours: 2 };
    const created = at('2026-01-05T09:00:00Z');
    expect(firstContactDue(created, s).toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(slaState(created, at('2026-01-06T06:00:00Z'), s)).toBe('due');
    expect(slaState(created, at('2026-01-06T07:30:00Z'), s)).toBe('dueSoon');
    expect(() => firstContactDue(created, { mode: 'calendar', targetHours: 0 })).toThrow(RangeError);
  });

  it('R10: a "now" before the alert was created (clock skew) shows the full time left', () => {
    const view = firstContactClock(at('2026-01-05T09:00:00Z'), at('2026-01-05T08:00:00Z'), calendar);
    expect(view.state).toBe('due');
    expect(view.remainingMs).toBe(48 * HOUR);
  });

  it('R10: hours to first contact for the report, never negative', () => {
    expect(hoursToFirstContact(at('2026-01-05T09:00:00Z'), at('2026-01-06T10:30:00Z'))).toBe(25.5);
    expect(hoursToFirstContact(at('2026-01-05T09:00:00Z'), at('2026-01-05T08:00:00Z'))).toBe(0);
  });

  it('R10: refuses invalid dates', () => {
    expect(() => firstContactDue(new Date('x'), calendar)).toThrow(RangeError);
    expect(() => firstContactClock(at('2026-01-05T09:00:00Z'), new Date('x'), calendar)).toThrow(RangeError);
    expect(() => slaState(at('2026-01-05T09:00:00Z'), at('2026-01-05T09:00:00Z'), calendar, new Date('x'))).toThrow(
      RangeError
    );
    expect(() => countedMsBetween(at('2026-01-05T09:00:00Z'), new Date('x'), working)).toThrow(RangeError);
  });
});

describe('first-contact clock, working mode', () => {
  it('R10: 48 working hours are two whole working days: Tuesday 10:00 is due Thursday 10:00', () => {
    expect(due('2026-01-06T10:00:00Z', working)).toBe('2026-01-08T10:00:00.000Z');
  });

  it('R10: skips the weekend: Friday 15:00 is due Tuesday 15:00', () => {
    expect(due('2026-01-09T15:00:00Z', working)).toBe('2026-01-13T15:00:00.000Z');
  });

  it('R10: an alert created on a Saturday starts at 00:00 Monday and is due at the end of Tuesday', () => {
    expect(due('2026-01-10T15:00:00Z', working)).toBe('2026-01-14T00:00:00.000Z');
    // Sunday late evening in BST, too
    expect(due('2026-06-14T22:30:00Z', working)).toBe('2026-06-16T23:00:00.000Z');
  });

  it('R10: an alert created on a bank holiday starts on the next working day', () => {
    // Early May bank holiday, Monday 4 May 2026, 10:00 BST: clock starts Tuesday 00:00 BST, due end of Wednesday.
    expect(due('2026-05-04T09:00:00Z', working)).toBe('2026-05-06T23:00:00.000Z');
  });

  it('R10: skips Easter: Thursday before Good Friday 14:00 is due the Wednesday after Easter Monday at 14:00', () => {
    expect(due('2026-04-02T13:00:00Z', working)).toBe('2026-04-08T13:00:00.000Z');
  });

  it('R10: skips Christmas with its substitute days (2027: 27 and 28 December)', () => {
    // Thursday 23 December 2027 12:00: Thu 12h + Fri 24 Dec 24h, then Wed 29 Dec 12h.
    expect(due('2027-12-23T12:00:00Z', working)).toBe('2027-12-29T12:00:00.000Z');
  });

  it('R10: keeps London wall-clock time across the BST change in March', () => {
    // Friday 27 March 2026 10:00 GMT -> Tuesday 31 March 10:00 BST (09:00 UTC).
    const d = firstContactDue(at('2026-03-27T10:00:00Z'), working);
    expect(d.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(londonDateTime(d)).toMatchObject({ day: 31, hour: 10 });
  });

  it('R10: keeps London wall-clock time across the GMT change in October', () => {
    // Friday 23 October 2026 10:00 BST (09:00 UTC) -> Tuesday 27 October 10:00 GMT.
    const d = firstContactDue(at('2026-10-23T09:00:00Z'), working);
    expect(d.toISOString()).toBe('2026-10-27T10:00:00.000Z');
    expect(londonDateTime(d)).toMatchObject({ day: 27, hour: 10 });
  });

  it('R10: without bank holidays in settings only weekends are skipped', () => {
    // Monday 4 May 10:00 BST counts: Mon 14h + Tue 24h + Wed 10h.
    expect(due('2026-05-04T09:00:00Z', { mode: 'working' })).toBe('2026-05-06T09:00:00.000Z');
  });

  it('R10: accepts the bank holidays as a Set as well as an array', () => {
    expect(due('2026-05-04T09:00:00Z', { mode: 'working', bankHolidays: new Set(holidays) })).toBe(
      '2026-05-06T23:00:00.000Z'
    );
  });

  it('R10: measures time left in working time, so Friday evening is already due soon for a Monday-morning deadline', () => {
    // Created Thursday 04:00: Thu 20h + Fri 24h + Mon 4h -> due Monday 04:00.
    const created = at('2026-01-08T04:00:00Z');
    const view = firstContactClock(created, at('2026-01-09T17:00:00Z'), working);
    expect(view.dueAt.toISOString()).toBe('2026-01-12T04:00:00.000Z');
    expect(view.remainingMs).toBe(11 * HOUR);
    expect(view.state).toBe('dueSoon');
    // Friday 17:00 itself counts; the weekend does not.
    expect(firstContactClock(created, at('2026-01-09T12:00:00Z'), working)).toMatchObject({
      state: 'due',
      remainingMs: 16 * HOUR
    });
  });

  it('R10: measures overdue time in working time (a weekend does not count against triage)', () => {
    // Due Tuesday 15:00 (created Friday 15:00); now the next Monday 09:00.
    const view = firstContactClock(at('2026-01-09T15:00:00Z'), at('2026-01-19T09:00:00Z'), working);
    expect(view.state).toBe('overdue');
    // Tue 9h + Wed 24 + Thu 24 + Fri 24 + Mon 9 = 90h
    expect(view.overdueMs).toBe(90 * HOUR);
  });

  it('R10: counts working time between two instants, none of it on weekends or bank holidays', () => {
    expect(countedMsBetween(at('2026-04-03T09:00:00Z'), at('2026-04-06T17:00:00Z'), working)).toBe(0);
    expect(countedMsBetween(at('2026-03-27T22:00:00Z'), at('2026-03-30T01:00:00Z'), working)).toBe(4 * HOUR);
    expect(countedMsBetween(at('2026-03-30T01:00:00Z'), at('2026-03-27T22:00:00Z'), working)).toBe(0);
    expect(hoursToFirstContact(at('2026-01-09T15:00:00Z'), at('2026-01-12T10:00:00Z'), working)).toBe(19);
  });

  it('R10: decides whether a contact met the working-mode target', () => {
    const created = at('2026-01-09T15:00:00Z');
    expect(contactedWithinTarget(created, at('2026-01-13T15:00:00Z'), working)).toBe(true);
    expect(contactedWithinTarget(created, at('2026-01-13T15:00:01Z'), working)).toBe(false);
    expect(slaState(created, at('2026-01-20T00:00:00Z'), working, at('2026-01-12T10:00:00Z'))).toBe('met');
  });

  it('R10: knows which days are working days', () => {
    const set = new Set(holidays);
    expect(isWorkingDay('2026-04-03', set)).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-04', set)).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-05', set)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-07', set)).toBe(true);
  });

  it('R10: stops with an error instead of looping when no working day exists', () => {
    class EveryDay extends Set<string> {
      public has(): boolean {
        return true;
      }
    }
    expect(() => firstContactDue(at('2026-01-06T10:00:00Z'), { mode: 'working', bankHolidays: new EveryDay() })).toThrow(
      /No working days/
    );
  });
});

describe('durationParts', () => {
  it('R10: splits a duration into days, hours and minutes for the board, never negative', () => {
    expect(durationParts(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(49 * HOUR + 59 * 60000 + 59000)).toEqual({ days: 2, hours: 1, minutes: 59 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
