import {
  addQuarters,
  compareQuarters,
  DEFAULT_QUARTER_SETTINGS,
  isInQuarter,
  lastQuarters,
  nextQuarter,
  parseQuarterId,
  previousQuarter,
  Quarter,
  quarterId,
  quarterLabel,
  quarterOf,
  quarterRange
} from '../../src/domain/quarters';

const fy = (yearStart: number, quarter: 1 | 2 | 3 | 4): Quarter => ({ yearStart, quarter, firstMonth: 4 });
const calendarYear = { firstMonth: 1 };

describe('quarters of the financial year', () => {
  it('R18: defaults to the April-March financial year (Q1 = April to June)', () => {
    expect(DEFAULT_QUARTER_SETTINGS.firstMonth).toBe(4);
    expect(quarterOf('2026-04-01')).toEqual(fy(2026, 1));
    expect(quarterOf('2026-06-30')).toEqual(fy(2026, 1));
    expect(quarterOf('2026-07-01')).toEqual(fy(2026, 2));
    expect(quarterOf('2026-12-31')).toEqual(fy(2026, 3));
    expect(quarterOf('2027-01-01')).toEqual(fy(2026, 4));
    expect(quarterOf('2027-03-31')).toEqual(fy(2026, 4));
  });

  it('R18: places an instant by its London date, so 00:30 BST on 1 July is in the July quarter', () => {
    expect(quarterOf(new Date('2026-06-30T23:30:00Z'))).toEqual(fy(2026, 2));
    expect(quarterOf(new Date('2026-06-30T22:59:59Z'))).toEqual(fy(2026, 1));
    // In winter London is on GMT: 23:30 UTC on 31 December is still 31 December.
    expect(quarterOf(new Date('2026-12-31T23:30:00Z'))).toEqual(fy(2026, 3));
    // By 31 March 2027 the clocks have gone forward (28 March): 23:30 UTC is 00:30 BST on 1 April.
    expect(quarterOf(new Date('2027-03-31T23:30:00Z'))).toEqual(fy(2027, 1));
  });

  it('R18: labels "2026-27 Q3" and ids "FY2026Q3", and reads them back', () => {
    const q = fy(2026, 3);
    expect(quarterLabel(q)).toBe('2026-27 Q3');
    expect(quarterId(q)).toBe('FY2026Q3');
    expect(parseQuarterId('FY2026Q3')).toEqual(q);
    expect(quarterLabel(fy(2099, 1))).toBe('2099-00 Q1');
  });

  it('R18: refuses text that is not a quarter id', () => {
    expect(parseQuarterId('FY2026Q5')).toBeUndefined();
    expect(parseQuarterId('2026Q3')).toBeUndefined();
    expect(parseQuarterId('fy2026q3')).toBeUndefined();
  });

  it('R18: gives the quarter range as London dates (end exclusive) and the matching instants', () => {
    const r = quarterRange(fy(2026, 3));
    expect(r.start).toBe('2026-10-01');
    expect(r.end).toBe('2027-01-01');
    expect(r.startInstant.toISOString()).toBe('2026-09-30T23:00:00.000Z'); // 1 October is in BST
    expect(r.endInstant.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const q4 = quarterRange(fy(2026, 4));
    expect([q4.start, q4.end]).toEqual(['2027-01-01', '2027-04-01']);
    expect(q4.endInstant.toISOString()).toBe('2027-03-31T23:00:00.000Z');
  });

  it('R18: steps to the previous and next quarter across the year boundary', () => {
    expect(previousQuarter(fy(2026, 1))).toEqual(fy(2025, 4));
    expect(nextQuarter(fy(2025, 4))).toEqual(fy(2026, 1));
    expect(addQuarters(fy(2026, 3), -7)).toEqual(fy(2024, 4));
    expect(addQuarters(fy(2026, 3), 5)).toEqual(fy(2027, 4));
  });

  it('R18: lists the last n quarters oldest first, ending with the given one', () => {
    expect(lastQuarters(fy(2026, 2), 4).map(quarterId)).toEqual(['FY2025Q3', 'FY2025Q4', 'FY2026Q1', 'FY2026Q2']);
    expect(lastQuarters(fy(2026, 2), 1)).toEqual([fy(2026, 2)]);
    expect(lastQuarters(fy(2026, 2), 0)).toEqual([]);
  });

  it('R18: compares quarters and tests membership', () => {
    expect(compareQuarters(fy(2026, 1), fy(2025, 4))).toBeGreaterThan(0);
    expect(compareQuarters(fy(2025, 4), fy(2026, 1))).toBeLessThan(0);
    expect(compareQuarters(fy(2026, 1), fy(2026, 1))).toBe(0);
    expect(isInQuarter('2026-11-15', fy(2026, 3))).toBe(true);
    expect(isInQuarter(new Date('2026-09-30T23:30:00Z'), fy(2026, 3))).toBe(true);
    expect(isInQuarter('2026-09-30', fy(2026, 3))).toBe(false);
    expect(isInQuarter('not a date', fy(2026, 3))).toBe(false);
  });
});

describe('quarters of another reporting year', () => {
  it('R18: uses calendar-year quarters when the first month is January', () => {
    const q = quarterOf('2026-08-15', calendarYear);
    expect(q).toEqual({ yearStart: 2026, quarter: 3, firstMonth: 1 });
    expect(quarterLabel(q)).toBe('2026 Q3');
    expect(quarterId(q)).toBe('FY2026Q3');
    expect(parseQuarterId('FY2026Q3', calendarYear)).toEqual(q);
    const r = quarterRange(q);
    expect([r.start, r.end]).toEqual(['2026-07-01', '2026-10-01']);
    expect(quarterRange(nextQuarter(q)).end).toBe('2027-01-01');
  });

  it('R18: supports a year starting in September', () => {
    const s = { firstMonth: 9 };
    expect(quarterOf('2026-08-31', s)).toEqual({ yearStart: 2025, quarter: 4, firstMonth: 9 });
    expect(quarterOf('2026-12-01', s)).toEqual({ yearStart: 2026, quarter: 2, firstMonth: 9 });
    const r = quarterRange({ yearStart: 2026, quarter: 2, firstMonth: 9 });
    expect([r.start, r.end]).toEqual(['2026-12-01', '2027-03-01']);
  });

  it('R18: refuses a first month outside 1-12', () => {
    expect(() => quarterOf('2026-08-15', { firstMonth: 0 })).toThrow(RangeError);
    expect(() => quarterOf('2026-08-15', { firstMonth: 4.5 })).toThrow(RangeError);
    expect(() => parseQuarterId('FY2026Q1', { firstMonth: 13 })).toThrow(RangeError);
  });
});
