import bankHolidays from '../../src/referenceData/bankHolidays.json';
import { addDays, formatIsoDate, isIsoDate, weekdayOf } from '../../src/domain/londonTime';

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

function firstMonday(year: number, month: number): string {
  let d = formatIsoDate(year, month, 1);
  while (weekdayOf(d) !== 1) {
    d = addDays(d, 1);
  }
  return d;
}

function lastMonday(year: number, month: number): string {
  let d = addDays(formatIsoDate(year, month + 1, 1), -1);
  while (weekdayOf(d) !== 1) {
    d = addDays(d, -1);
  }
  return d;
}

/** The England and Wales rules: weekend holidays move to the next free weekday(s). */
function expectedHolidays(year: number): string[] {
  const result: string[] = [];
  const newYear = formatIsoDate(year, 1, 1);
  const wdNy = weekdayOf(newYear);
  result.push(wdNy === 6 ? addDays(newYear, 2) : wdNy === 0 ? addDays(newYear, 1) : newYear);
  const easter = easterSunday(year);
  result.push(addDays(easter, -2), addDays(easter, 1));
  result.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  const christmas = formatIsoDate(year, 12, 25);
  const wd = weekdayOf(christmas);
  if (wd === 5) {
    result.push(christmas, addDays(christmas, 3)); // Boxing Day Saturday -> Monday 28th
  } else if (wd === 6) {
    result.push(addDays(christmas, 2), addDays(christmas, 3)); // Monday 27th, Tuesday 28th
  } else if (wd === 0) {
    result.push(addDays(christmas, 1), addDays(christmas, 2)); // Boxing Day Monday 26th, Tuesday 27th substitute
  } else {
    result.push(christmas, addDays(christmas, 1));
  }
  return result;
}

const events = bankHolidays.events;
const YEARS = [2025, 2026, 2027, 2028];

describe('bank holidays (England and Wales) reference data', () => {
  it('R10: the Easter algorithm used by these checks gives the known Easter Sundays', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
  });

  it('R10: every year 2025-2028 has exactly 8 bank holidays', () => {
    for (const year of YEARS) {
      expect(events.filter((e) => e.date.startsWith(`${year}-`))).toHaveLength(8);
    }
    expect(events).toHaveLength(32);
  });

  it('R10: every bank holiday is a real date on a weekday, listed once, in order', () => {
    const dates = events.map((e) => e.date);
    for (const d of dates) {
      expect(isIsoDate(d)).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(weekdayOf(d));
    }
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('R10: Good Friday and Easter Monday match the computed Easter', () => {
    for (const year of YEARS) {
      const easter = easterSunday(year);
      const goodFriday = events.find((e) => e.title === 'Good Friday' && e.date.startsWith(`${year}-`));
      const easterMonday = events.find((e) => e.title === 'Easter Monday' && e.date.startsWith(`${year}-`));
      expect(goodFriday?.date).toBe(addDays(easter, -2));
      expect(easterMonday?.date).toBe(addDays(easter, 1));
    }
  });

  it('R10: the dates are exactly those the England and Wales rules give, substitutes included', () => {
    for (const year of YEARS) {
      expect(events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date)).toEqual(expectedHolidays(year));
    }
  });

  it('R10: substitute days are flagged, and only they are', () => {
    expect(events.filter((e) => e.substitute).map((e) => e.date)).toEqual([
      '2026-12-28',
      '2027-12-27',
      '2027-12-28',
      '2028-01-03'
    ]);
    for (const e of events) {
      expect(typeof e.title).toBe('string');
      expect(e.title.length).toBeGreaterThan(0);
    }
    expect(bankHolidays.division).toBe('england-and-wales');
  });
});
