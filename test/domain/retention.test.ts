import {
  CASE_PARTS,
  DEFAULT_RETENTION,
  casesPastRetention,
  checkRetentionYears,
  deletionOutcome,
  deletionRecord,
  isPastRetention,
  retentionCutoff,
  retentionEndsOn
} from '../../src/domain/retention';

const at = (iso: string): Date => new Date(iso);

describe('R23 retention: a closed case is kept for the records officer\'s period, then deleted whole', () => {
  it('R23 keeps six years after the case closed by default', () => {
    expect(DEFAULT_RETENTION.years).toBe(6);
    expect(retentionEndsOn(at('2020-03-15T10:00:00Z'))).toBe('2026-03-15');
  });

  it('R23 counts from the day a person in London saw the case close (BST evening is the next London day)', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(retentionEndsOn(at('2020-06-30T23:30:00Z'), { years: 6 })).toBe('2026-07-01');
    expect(retentionEndsOn(at('2020-12-31T23:30:00Z'), { years: 6 })).toBe('2026-12-31');
  });

  it('R23 keeps a case closed on 29 February until 1 March, never deleting a day early', () => {
    expect(retentionEndsOn(at('2024-02-29T12:00:00Z'), { years: 6 })).toBe('2030-03-01');
    expect(retentionEndsOn(at('2024-02-29T12:00:00Z'), { years: 4 })).toBe('2028-02-29');
  });

  it('R23 never treats an open case as past retention, however old', () => {
    const now = at('2040-01-01T12:00:00Z');
    expect(isPastRetention({ status: 'FollowUpDue', closedAt: undefined }, now)).toBe(false);
    expect(isPastRetention({ status: 'New' }, now)).toBe(false);
    // A case reopened after closing keeps its old closedAt but is open: not past retention.
    expect(isPastRetention({ status: 'Contacted', closedAt: at('2020-01-01T12:00:00Z') }, now)).toBe(false);
  });

  it('R23 makes a closed case past retention from the first day after its period, not before', () => {
    const closed = { status: 'Closed', closedAt: at('2020-05-10T09:00:00Z') };
    expect(isPastRetention(closed, at('2026-05-09T22:59:00Z'))).toBe(false); // 23:59 on 9 May in London
    expect(isPastRetention(closed, at('2026-05-09T23:01:00Z'))).toBe(true); // 00:01 on 10 May in London
    expect(isPastRetention(closed, at('2026-05-10T12:00:00Z'), { years: 7 })).toBe(false);
  });

  it('R23 lists the cases past retention longest past first', () => {
    const cases = [
      { id: 'b', status: 'Closed', closedAt: at('2019-07-01T12:00:00Z') },
      { id: 'open', status: 'MeetingHeld' },
      { id: 'a', status: 'Closed', closedAt: at('2018-02-01T12:00:00Z') },
      { id: 'recent', status: 'Closed', closedAt: at('2025-01-01T12:00:00Z') }
    ];
    expect(casesPastRetention(cases, at('2026-12-02T12:00:00Z')).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['6', { ok: true, years: 6 }],
    [' 10 ', { ok: true, years: 10 }],
    [1, { ok: true, years: 1 }],
    ['0', { ok: false, reason: 'TooShort' }],
    ['51', { ok: false, reason: 'TooLong' }],
    ['six', { ok: false, reason: 'NotAWholeNumber' }],
    ['2.5', { ok: false, reason: 'NotAWholeNumber' }],
    ['-3', { ok: false, reason: 'NotAWholeNumber' }],
    ['', { ok: false, reason: 'NotAWholeNumber' }]
  ])('R23 checks a typed retention period %p', (typed, expected) => {
    expect(checkRetentionYears(typed)).toEqual(expected);
  });

  it('R23 deletes the parts that point at the case before the case itself, so a stopped deletion can be finished', () => {
    expect(CASE_PARTS[CASE_PARTS.length - 1]).toBe('Case');
    expect(CASE_PARTS.indexOf('Alert')).toBeGreaterThan(CASE_PARTS.indexOf('Events'));
    expect([...CASE_PARTS].sort()).toEqual(['Alert', 'Case', 'Confirmation', 'Conversation', 'Discussion', 'Events', 'Summaries']);
  });

  it('R23 says a deletion is complete only when every part is gone', () => {
    const all = CASE_PARTS.map((part) => ({ part, found: part === 'Events' ? 7 : 1, deleted: part === 'Events' ? 7 : 1 }));
    expect(deletionOutcome(all)).toEqual({ complete: true, deleted: 13 });
  });

  it('R23 says exactly what is left when a deletion stops part way (a failed item, and parts never reached)', () => {
    const outcome = deletionOutcome([
      { part: 'Conversation', found: 0, deleted: 0 },
      { part: 'Confirmation', found: 0, deleted: 0 },
      { part: 'Events', found: 7, deleted: 5 },
      { part: 'Summaries', found: 1, deleted: 1 }
    ]);
    expect(outcome).toEqual({
      complete: false,
      deleted: 6,
      left: [{ part: 'Events', count: 2 }, { part: 'Discussion' }, { part: 'Alert' }, { part: 'Case' }]
    });
  });

  it('R23 keeps only a count and a date of what was deleted', () => {
    const record = deletionRecord(3, at('2026-12-02T23:30:00Z'));
    expect(record).toEqual({ deletedOn: '2026-12-02', cases: 3 });
    expect(Object.keys(record).sort()).toEqual(['cases', 'deletedOn']);
  });

  it('reads only what can be due: every case past retention closed before the cutoff, and the cutoff is no more than days after the period', () => {
    const now = at('2026-03-01T09:00:00Z');
    const cutoff = retentionCutoff(now, { years: 6 });
    for (const closed of ['2020-02-29T23:30:00Z', '2020-03-01T00:30:00Z', '2020-02-28T12:00:00Z', '2019-07-01T10:00:00Z']) {
      const c = { status: 'Closed', closedAt: at(closed) };
      if (isPastRetention(c, now, { years: 6 })) expect(c.closedAt.getTime()).toBeLessThan(cutoff.getTime());
    }
    expect(isPastRetention({ status: 'Closed', closedAt: at('2020-02-29T12:00:00Z') }, now, { years: 6 })).toBe(true);
    expect(cutoff.toISOString()).toBe('2020-03-03T09:00:00.000Z');
  });
});

