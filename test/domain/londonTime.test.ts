import {
  addDays,
  formatIsoDate,
  isIsoDate,
  londonDate,
  londonDateTime,
  londonDaysBetween,
  londonMidnight,
  londonOffsetMinutes,
  londonWeekday,
  parseIsoDate,
  weekdayOf
} from '../../src/domain/londonTime';

describe('London local time helper', () => {
  it('R10: reads the London date and weekday of an instant in GMT (winter)', () => {
    const t = new Date('2026-01-09T23:30:00Z');
    expect(londonDate(t)).toBe('2026-01-09');
    expect(londonWeekday(t)).toBe(5);
    expect(londonOffsetMinutes(t)).toBe(0);
    expect(londonDateTime(t)).toEqual({ year: 2026, month: 1, day: 9, hour: 23, minute: 30, second: 0, weekday: 5 });
  });

  it('R10: reads the London date of an instant in BST (summer), a day ahead of UTC just before midnight UTC', () => {
    const t = new Date('2026-07-03T23:30:00Z');
    expect(londonDate(t)).toBe('2026-07-04');
    expect(londonWeekday(t)).toBe(6);
    expect(londonOffsetMinutes(t)).toBe(60);
    expect(londonDateTime(t).hour).toBe(0);
  });

  it('R10: follows the BST change on the last Sunday of March (01:00 UTC)', () => {
    expect(londonOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonDateTime(new Date('2026-03-29T01:00:00Z')).hour).toBe(2);
  });

  it('R10: follows the GMT change on the last Sunday of October (01:00 UTC)', () => {
    expect(londonOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(0);
    expect(londonDateTime(new Date('2026-10-25T00:30:00Z')).hour).toBe(1);
    expect(londonDateTime(new Date('2026-10-25T01:30:00Z')).hour).toBe(1);
  });

  it('R10: finds London midnight in GMT, in BST and on both clock-change days', () => {
    expect(londonMidnight('2026-01-10').toISOString()).toBe('2026-01-10T00:00:00.000Z');
    expect(londonMidnight('2026-07-04').toISOString()).toBe('2026-07-03T23:00:00.000Z');
    expect(londonMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(londonMidnight('2026-03-30').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(londonMidnight('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(londonMidnight('2026-10-26').toISOString()).toBe('2026-10-26T00:00:00.000Z');
    // cached answers are copies, not shared objects
    const a = londonMidnight('2026-07-04');
    a.setTime(0);
    expect(londonMidnight('2026-07-04').toISOString()).toBe('2026-07-03T23:00:00.000Z');
  });

  it('R10: does calendar arithmetic on dates across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(weekdayOf('2026-04-03')).toBe(5);
    expect(formatIsoDate(2026, 13, 1)).toBe('2027-01-01');
    expect(parseIsoDate('2026-10-01')).toEqual({ year: 2026, month: 10, day: 1 });
  });

  it('R10: refuses dates that are not real YYYY-MM-DD dates and invalid instants', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => parseIsoDate('2026-13-01')).toThrow(RangeError);
    expect(() => londonDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('R14: counts calendar days between London dates, across the clock changes and whatever the hour', () => {
    expect(londonDaysBetween(new Date('2026-12-02T15:00:00Z'), new Date('2026-12-16T10:00:00Z'))).toBe(14);
    expect(londonDaysBetween(new Date('2026-12-16T10:00:00Z'), new Date('2026-12-02T15:00:00Z'))).toBe(-14);
    expect(londonDaysBetween(new Date('2026-11-22T08:00:00Z'), new Date('2026-11-22T23:59:00Z'))).toBe(0);
    // 23:30 UTC in summer is already the next day in London.
    expect(londonDaysBetween(new Date('2026-07-01T12:00:00Z'), new Date('2026-07-01T23:30:00Z'))).toBe(1);
    // Over the autumn change (a 25-hour day) and the spring change (a 23-hour day).
    expect(londonDaysBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T00:10:00Z'))).toBe(2);
    expect(londonDaysBetween(new Date('2026-03-28T23:30:00Z'), new Date('2026-03-29T22:30:00Z'))).toBe(1);
  });
});
