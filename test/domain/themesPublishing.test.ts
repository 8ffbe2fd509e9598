import type { Case } from '../../src/domain/caseLifecycle';
import { DEFAULT_FIRST_CONTACT_SETTINGS } from '../../src/domain/firstContactClock';
import { parseQuarterId, Quarter } from '../../src/domain/quarters';
import {
  buildThemesReport,
  CaseForThemes,
  findIdentifyingText,
  NetworkThemeRecord,
  publishThemesReport,
  ThemeRecord,
  ThemesReport,
  themeRecordOfCase,
  withPublishedPrevious
} from '../../src/domain/themes';
import { buildAttackModel, cellsOf, exhaustiveAttack, knowledgeOf, subtractionAttack } from './themesAttacker';

const Q2 = parseQuarterId('FY2026Q2') as Quarter;
const Q3 = parseQuarterId('FY2026Q3') as Quarter;

function baseCase(partial: Partial<Case> = {}): Case {
  return {
    reference: 'WB-ACDE-FGHJ',
    route: 'PSW',
    anonymous: false,
    consentStatus: 'NotNeeded',
    status: 'New',
    openedAt: new Date('2026-10-05T09:10:00Z'),
    escalations: [],
    whistleblowing: false,
    ...partial
  };
}

function caseFor(partial: Partial<Omit<CaseForThemes, 'case'>> & { case?: Partial<Case> } = {}): CaseForThemes {
  return {
    alertReceivedAt: new Date('2026-10-05T09:00:00Z'),
    serviceAreaId: 'childrens-social-care',
    teamId: 'csc-first-response',
    locationId: 'county-hall',
    themeIds: ['workload'],
    ...partial,
    case: baseCase(partial.case)
  };
}

describe('from a case to the report (R10, R14, R17, R18)', () => {
  const now = new Date('2026-11-22T09:00:00Z');

  it('R18: carries ids, dates and ratings only: no reference, no names, no free text', () => {
    const record = themeRecordOfCase(
      caseFor({
        case: {
          rag: 'Amber',
          escalations: [{ kind: 'GreenToAmber', at: new Date('2026-10-20T10:00:00Z'), by: 'i:0#.f|membership|priya.psw@leics.example' }],
          firstContactAt: new Date('2026-10-06T09:00:00Z'),
          outcome: 'TargetedSupportArranged',
          followUpOutcome: 'Spoke to Mrs Patel'
        }
      }),
      DEFAULT_FIRST_CONTACT_SETTINGS,
      now
    );
    expect(record).toEqual({
      createdAt: new Date('2026-10-05T09:00:00Z'),
      serviceAreaId: 'childrens-social-care',
      teamId: 'csc-first-response',
      locationId: 'county-hall',
      route: 'PSW',
      themeIds: ['workload'],
      rag: 'Amber',
      escalations: ['GreenToAmber'],
      firstContactHours: 24,
      firstContactOnTime: true,
      outcome: 'TargetedSupportArranged'
    });
    expect(JSON.stringify(record)).not.toMatch(/WB-|Patel|priya/);
  });

  it('R5: a blank team or office is "not recorded", not an empty id', () => {
    const record = themeRecordOfCase(caseFor({ teamId: '', locationId: '' }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(record.teamId).toBeUndefined();
    expect(record.locationId).toBeUndefined();
    expect(record.firstContactHours).toBeUndefined();
  });

  it('R10: the working-hours clock decides "within 48 hours" when the council chose it', () => {
    // Friday 17:00 to Monday 17:00: 72 calendar hours, 24 working hours.
    const friday = caseFor({ alertReceivedAt: new Date('2026-10-09T16:00:00Z'), case: { firstContactAt: new Date('2026-10-12T16:00:00Z') } });
    expect(themeRecordOfCase(friday, { mode: 'calendar' }, now)).toMatchObject({ firstContactHours: 72, firstContactOnTime: false });
    expect(themeRecordOfCase(friday, { mode: 'working', bankHolidays: [] }, now)).toMatchObject({ firstContactOnTime: true });
  });

  it('R14: a Red follow-up counts once it is done or overdue, from the summary (or the anonymous referral)', () => {
    const shared = new Date('2026-10-10T10:00:00Z');
    const red = (c: Partial<Case>): ThemeRecord => themeRecordOfCase(caseFor({ case: { rag: 'Red', ...c } }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(red({ summarySharedAt: shared, followUpRecordedAt: new Date('2026-10-20T10:00:00Z') }).redFollowUpOnTime).toBe(true);
    expect(red({ summarySharedAt: shared, followUpRecordedAt: new Date('2026-10-30T10:00:00Z') }).redFollowUpOnTime).toBe(false);
    expect(red({ forwardedAt: shared }).redFollowUpOnTime).toBe(false); // overdue by now, nothing recorded
    expect(red({ summarySharedAt: new Date('2026-11-20T10:00:00Z') }).redFollowUpOnTime).toBeUndefined(); // not due yet
    expect(red({}).redFollowUpOnTime).toBeUndefined();
    const amber = themeRecordOfCase(caseFor({ case: { rag: 'Amber', summarySharedAt: shared } }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(amber.redFollowUpOnTime).toBeUndefined();
  });
});

// ----- across quarters: the previous quarter as SMT saw it -----------------------------------------
function rec(createdAt: string, partial: Partial<ThemeRecord> = {}): ThemeRecord {
  return { createdAt, serviceAreaId: 'csc', teamId: 'csc-fr', locationId: 'hall', route: 'PSW', themeIds: ['workload'], escalations: [], ...partial };
}

/** Q2 as it stood when it was published (early October). */
const q2AtPublishing: ThemeRecord[] = [
  rec('2026-07-10T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 5 }),
  rec('2026-07-20T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 8 }),
  rec('2026-08-03T09:00:00Z', { rag: 'Green', firstContactHours: 10 }),
  rec('2026-08-14T09:00:00Z', { rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 30 }),
  rec('2026-09-01T09:00:00Z', { teamId: 'csc-cit', locationId: 'coal', themeIds: ['racism'], route: 'RaceChampionLead', firstContactHours: 50 }),
  rec('2026-09-11T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 12 }),
  rec('2026-09-12T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 14 }),
  rec('2026-09-13T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Amber', firstContactHours: 20 })
];

/** The same Q2 alerts in November: the racism alert was rated Red and escalated, two cases closed. */
const q2Later: ThemeRecord[] = q2AtPublishing.map((r, i) =>
  i === 4
    ? { ...r, rag: 'Red', escalations: ['GreenToRed'], outcome: 'ManagementActionTaken', redFollowUpOnTime: true }
    : i === 2
      ? { ...r, outcome: 'SignpostedToSupport' }
      : r
);

const q3: ThemeRecord[] = [
  rec('2026-10-05T09:00:00Z', { rag: 'Green', outcome: 'ResolvedWithManager', firstContactHours: 4 }),
  rec('2026-10-15T09:00:00Z', { rag: 'Green', firstContactHours: 6 }),
  rec('2026-10-25T09:00:00Z', { rag: 'Green', firstContactHours: 7 }),
  rec('2026-11-02T09:00:00Z', { rag: 'Red', escalations: ['AmberToRed'], firstContactHours: 60 }),
  rec('2026-11-05T09:00:00Z', { teamId: 'csc-cit', locationId: 'coal', themeIds: ['racism'], route: 'RaceChampionLead', rag: 'Amber', firstContactHours: 9 }),
  rec('2026-11-06T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 3 }),
  rec('2026-11-09T09:00:00Z', { serviceAreaId: 'cfws', teamId: 'cfws-n', locationId: 'lough', route: 'AP', rag: 'Green', firstContactHours: 5 })
];

const networks: NetworkThemeRecord[] = [
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'racism', count: 4 },
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'workload', count: 1 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 2 },
  { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q3', themeId: 'workload', count: 3 }
];

describe('the previous quarter as SMT already saw it (R18, R20)', () => {
  const q2Report = publishThemesReport(q2AtPublishing, networks, Q2);
  const recomputed = publishThemesReport([...q2Later, ...q3], networks, Q3);
  const withSnapshot = withPublishedPrevious(recomputed, q2Report.current);

  it('R18: without the snapshot the new report would show SMT a second, different version of the previous quarter', () => {
    expect(recomputed.previous).not.toEqual(q2Report.current);
  });

  it('R20: with the snapshot the previous quarter is exactly what SMT saw, and the change is worked out from published figures', () => {
    expect(withSnapshot.previous).toEqual(q2Report.current);
    expect(withSnapshot.current).toEqual(recomputed.current);
    expect(withSnapshot.threshold).toBe(3);
    // Two published counts: 7 alerts now, 8 then.
    expect(withSnapshot.change.totalAlerts).toEqual({ kind: 'change', value: -1 });
    // A change against a hidden figure stays hidden.
    const raceNow = withSnapshot.current.byRoute.find((r) => r.key === 'RaceChampionLead');
    expect(raceNow?.count.kind).toBe('suppressed');
    expect(withSnapshot.change.byRoute.find((r) => r.key === 'RaceChampionLead')?.count).toEqual({ kind: 'suppressed', threshold: 3 });
    // The snapshot is a copy: changing the report cannot change what was published.
    expect(withSnapshot.previous).not.toBe(q2Report.current);
  });

  it('R20: holding both reports, no small count of either quarter can be recovered (subtraction or exhaustive search)', () => {
    const raw: ThemesReport = {
      current: buildThemesReport([...q2Later, ...q3], networks, Q3).current,
      previous: buildThemesReport(q2AtPublishing, networks, Q2).current
    };
    const model = buildAttackModel(withSnapshot, knowledgeOf(q3), knowledgeOf(q2AtPublishing));
    const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
    const small = (found: Map<string, number>): string[] =>
      [...found].filter(([v, value]) => {
        const [quarter, path] = v.split('|');
        expect((quarter === 'cur' ? truth.cur : truth.prev).get(path)).toBe(value);
        return value < 3;
      }).map(([v]) => v);
    expect(model.secrets.length).toBeGreaterThan(10);
    expect(small(subtractionAttack(model))).toEqual([]);
    expect(small(exhaustiveAttack(model))).toEqual([]);
  });

  it('keeps the report as it is when the previous quarter was never published', () => {
    expect(withPublishedPrevious(recomputed, undefined)).toBe(recomputed);
  });
});

describe('free text that would point at a person (R18, R19, R22)', () => {
  it('finds alert references, e-mail addresses, phone numbers, a title with a name, and links', () => {
    const text =
      'Raised by WB-ACDE-FGHJ (see also wb acde fghj), email sam.jones@leics.gov.uk or call 0116 305 0000; Mrs Patel and Dr. Okafor said so. https://example.com/x';
    expect(findIdentifyingText(text)).toEqual([
      { kind: 'reference', text: 'WB-ACDE-FGHJ' },
      { kind: 'reference', text: 'wb acde fghj' },
      { kind: 'email', text: 'sam.jones@leics.gov.uk' },
      { kind: 'phone', text: '0116 305 0000' },
      { kind: 'titleAndName', text: 'Mrs Patel' },
      { kind: 'titleAndName', text: 'Dr. Okafor' },
      { kind: 'webAddress', text: 'https://example.com/x' }
    ]);
  });

  it('lets themes, numbers and dates through', () => {
    expect(
      findIdentifyingText('Workload in the first response teams rose from 12 to 15 alerts between July and September 2026; 78% were contacted within 48 hours.')
    ).toEqual([]);
    expect(findIdentifyingText('Three people raised racism at team meetings; the network asked for training by 31/03/2027.')).toEqual([]);
  });
});
