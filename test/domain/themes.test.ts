import type { EscalationKind, Rag, Route } from '../../src/domain/types';
import type { CaseOutcome, EqualityNetwork } from '../../src/domain/types';
import {
  buildThemesReport,
  changeBetween,
  ChangeCell,
  CountCell,
  HoursCell,
  KeyedRow,
  NetworkThemeRecord,
  NOT_RECORDED,
  publishThemesReport,
  PublishedQuarterFigures,
  PublishedThemesReport,
  RatioCell,
  RawQuarterFigures,
  suppressSmallCounts,
  ThemeRecord,
  ThemesReport
} from '../../src/domain/themes';
import { parseQuarterId, Quarter, quarterRange } from '../../src/domain/quarters';
import { buildAttackModel, cellsOf, exhaustiveAttack, knowledgeOf, primaryOnly, subtractionAttack } from './themesAttacker';

const Q3 = parseQuarterId('FY2026Q3') as Quarter;

function rec(partial: Partial<ThemeRecord> & Pick<ThemeRecord, 'createdAt' | 'serviceAreaId' | 'route'>): ThemeRecord {
  return { themeIds: [], escalations: [], ...partial };
}

// ----- the small fixed data set (hand-computed expectations below) ---------------------------------
const CSC = 'csc';
const CFWS = 'cfws';
const HALL = 'loc-county-hall';
const COAL = 'loc-coalville';
const LOUGH = 'loc-loughborough';

const currentRecords: ThemeRecord[] = [
  rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload', 'workload'], rag: 'Green', firstContactHours: 5, outcome: 'ResolvedWithManager' }),
  rec({ createdAt: '2026-10-12T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 20, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-11-02T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload', 'manager'], rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 30, outcome: 'TargetedSupportArranged' }),
  rec({ createdAt: '2026-11-20T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['mentalHealth'], rag: 'Red', escalations: ['GreenToAmber', 'AmberToRed', 'AmberToRed'], firstContactHours: 50, firstContactOnTime: false, redFollowUpOnTime: true, outcome: 'ManagementActionTaken' }),
  // last minute of the quarter (31 December is GMT)
  rec({ createdAt: '2026-12-31T23:59:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 10, outcome: 'ResolvedWithManager' }),
  rec({ createdAt: '2026-12-01T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'RaceChampionLead', themeIds: ['racism'], rag: 'Amber', firstContactHours: 12, firstContactOnTime: true }),
  rec({ createdAt: '2026-12-02T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'PSW' }),
  rec({ createdAt: new Date('2026-10-20T09:00:00Z'), serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['workload'], rag: 'Green', firstContactHours: 40, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-11-11T09:00:00Z', serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['mentalHealth'], rag: 'Red', escalations: ['GreenToRed'], firstContactHours: 60, redFollowUpOnTime: false }),
  // 00:30 BST on 1 October: first minutes of the quarter; anonymous, no team or office recorded
  rec({ createdAt: '2026-09-30T23:30:00Z', serviceAreaId: CFWS, route: 'AP', themeIds: ['workload'], rag: 'Green', firstContactHours: 2, outcome: 'ResolvedWithManager' })
];

const previousRecords: ThemeRecord[] = [
  rec({ createdAt: '2026-08-10T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 8, outcome: 'ResolvedWithManager' }),
  // 00:30 BST on 1 July: in the July quarter
  rec({ createdAt: '2026-06-30T23:30:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 9, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-09-15T09:00:00Z', serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['mentalHealth'], rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 70 })
];

const outsideRecords: ThemeRecord[] = [
  rec({ createdAt: '2027-01-01T00:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW' }),
  rec({ createdAt: '2026-06-30T22:59:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW' })
];

const networkRecords: NetworkThemeRecord[] = [
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 3 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 1 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'workload', count: 1 },
  { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q3', serviceAreaId: CSC, themeId: 'mentalHealth', count: 2 },
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'racism', count: 3 },
  { network: 'DisabledWorkersGroup', quarterId: 'FY2026Q1', themeId: 'workload', count: 5 }
];

const allRecords = [...outsideRecords, ...currentRecords, ...previousRecords];

// ----- helpers to write expected reports literally -------------------------------------------------
function rows<K extends string, C>(o: Record<K, C>): KeyedRow<K, C>[] {
  return (Object.keys(o) as K[]).map((key) => ({ key, count: o[key] }));
}
const S = { kind: 'suppressed', threshold: 3 } as const;
const n = (value: number): CountCell => ({ kind: 'count', value });
const d = (value: number): ChangeCell => ({ kind: 'change', value });
const NR = NOT_RECORDED;

/**
 * R20 protects counts below the threshold. A secondary suppression (a count of threshold or more hidden
 * only to protect a small one) may be worked out without harm, so the attackers' finds are checked
 * against the true values: no find may be a small count.
 */
function smallCountsRecovered(recovered: Map<string, number>, raw: ThemesReport, threshold: number = 3): Map<string, number> {
  const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
  const small = new Map<string, number>();
  recovered.forEach((value, v) => {
    const [quarter, path] = v.split('|');
    const actual = (quarter === 'cur' ? truth.cur : truth.prev).get(path);
    expect(actual).toBe(value); // the attacker's find is right...
    if (value < threshold) {
      small.set(v, value); // ...and must never be a small count
    }
  });
  return small;
}

/** The secrets whose true value is below the threshold (what R20 protects). */
function isSmall(raw: ThemesReport, threshold: number = 3): (secret: string) => boolean {
  const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
  return (secret) => {
    const [quarter, path] = secret.split('|');
    return ((quarter === 'cur' ? truth.cur : truth.prev).get(path) ?? 0) < threshold;
  };
}

describe('themes aggregation (R17, R18, R19)', () => {
  const report = buildThemesReport(allRecords, networkRecords, Q3);

  it('R18: matches the hand-computed report for the current quarter', () => {
    const expected: RawQuarterFigures = {
      quarterId: 'FY2026Q3',
      label: '2026-27 Q3',
      start: '2026-10-01',
      end: '2027-01-01',
      totalAlerts: 10,
      byServiceArea: [
        { serviceAreaId: 'cfws', count: 3, teams: [{ teamId: 'cfws-north', count: 2 }, { teamId: NR, count: 1 }] },
        { serviceAreaId: 'csc', count: 7, teams: [{ teamId: 'csc-cit', count: 3 }, { teamId: 'csc-fr', count: 4 }] }
      ],
      byLocation: rows({ [COAL]: 3, [HALL]: 4, [LOUGH]: 2, [NR]: 1 }),
      byTheme: rows({ manager: 1, mentalHealth: 2, racism: 1, workload: 6, [NR]: 1 }),
      themesByLocation: [
        { locationId: COAL, themes: rows({ manager: 0, mentalHealth: 0, racism: 1, workload: 1, [NR]: 1 }) },
        { locationId: HALL, themes: rows({ manager: 1, mentalHealth: 1, racism: 0, workload: 3, [NR]: 0 }) },
        { locationId: LOUGH, themes: rows({ manager: 0, mentalHealth: 1, racism: 0, workload: 1, [NR]: 0 }) },
        { locationId: NR, themes: rows({ manager: 0, mentalHealth: 0, racism: 0, workload: 1, [NR]: 0 }) }
      ],
      byRoute: rows<Route, number>({ PSW: 6, AP: 3, RaceChampionLead: 1 }),
      byRag: rows<Rag | 'NotRated', number>({ Green: 5, Amber: 2, Red: 2, NotRated: 1 }),
      escalations: rows<EscalationKind, number>({ GreenToAmber: 2, AmberToRed: 1, GreenToRed: 1 }),
      firstContact: { withinTarget: 7, late: 2, notYetContacted: 1, shareWithinTarget: 7 / 9, medianHours: 20 },
      redFollowUps: { onTime: 1, late: 1, shareOnTime: 0.5 },
      outcomes: rows<CaseOutcome | 'Open', number>({
        ResolvedWithManager: 3,
        SignpostedToSupport: 2,
        TargetedSupportArranged: 1,
        ManagementActionTaken: 1,
        WhistleblowingFollowed: 0,
        WorkerDeclinedSupport: 0,
        NoFurtherActionNeeded: 0,
        Open: 3
      }),
      networkThemes: {
        total: 7,
        byNetwork: [
          { network: 'DisabledWorkersGroup', count: 0, themes: [] },
          { network: 'LgbtStaffNetwork', count: 2, themes: rows({ mentalHealth: 2 }) },
          { network: 'BameNetwork', count: 5, themes: rows({ racism: 4, workload: 1 }) }
        ]
      },
      linkage: {
        singleThemePerAlert: false,
        serviceAreaRoutes: [
          { serviceAreaId: 'cfws', route: 'AP', count: 3 },
          { serviceAreaId: 'csc', route: 'PSW', count: 6 },
          { serviceAreaId: 'csc', route: 'RaceChampionLead', count: 1 }
        ],
        teamLocations: [
          { serviceAreaId: 'cfws', teamId: 'cfws-north', locationId: LOUGH, count: 2 },
          { serviceAreaId: 'cfws', teamId: NR, locationId: NR, count: 1 },
          { serviceAreaId: 'csc', teamId: 'csc-cit', locationId: COAL, count: 3 },
          { serviceAreaId: 'csc', teamId: 'csc-fr', locationId: HALL, count: 4 }
        ]
      }
    };
    expect(report.current).toEqual(expected);
  });

  it('R18: matches the hand-computed report for the previous quarter, with the same rows as the current one', () => {
    const expected: RawQuarterFigures = {
      quarterId: 'FY2026Q2',
      label: '2026-27 Q2',
      start: '2026-07-01',
      end: '2026-10-01',
      totalAlerts: 3,
      byServiceArea: [
        { serviceAreaId: 'cfws', count: 1, teams: [{ teamId: 'cfws-north', count: 1 }, { teamId: NR, count: 0 }] },
        { serviceAreaId: 'csc', count: 2, teams: [{ teamId: 'csc-cit', count: 0 }, { teamId: 'csc-fr', count: 2 }] }
      ],
      byLocation: rows({ [COAL]: 0, [HALL]: 2, [LOUGH]: 1, [NR]: 0 }),
      byTheme: rows({ manager: 0, mentalHealth: 1, racism: 0, workload: 2, [NR]: 0 }),
      themesByLocation: [
        { locationId: COAL, themes: rows({ manager: 0, mentalHealth: 0, racism: 0, workload: 0, [NR]: 0 }) },
        { locationId: HALL, themes: rows({ manager: 0, mentalHealth: 0, racism: 0, workload: 2, [NR]: 0 }) },
        { locationId: LOUGH, themes: rows({ manager: 0, mentalHealth: 1, racism: 0, workload: 0, [NR]: 0 }) },
        { locationId: NR, themes: rows({ manager: 0, mentalHealth: 0, racism: 0, workload: 0, [NR]: 0 }) }
      ],
      byRoute: rows<Route, number>({ PSW: 2, AP: 1, RaceChampionLead: 0 }),
      byRag: rows<Rag | 'NotRated', number>({ Green: 2, Amber: 1, Red: 0, NotRated: 0 }),
      escalations: rows<EscalationKind, number>({ GreenToAmber: 1, AmberToRed: 0, GreenToRed: 0 }),
      firstContact: { withinTarget: 2, late: 1, notYetContacted: 0, shareWithinTarget: 2 / 3, medianHours: 9 },
      redFollowUps: { onTime: 0, late: 0, shareOnTime: null },
      outcomes: rows<CaseOutcome | 'Open', number>({
        ResolvedWithManager: 1,
        SignpostedToSupport: 1,
        TargetedSupportArranged: 0,
        ManagementActionTaken: 0,
        WhistleblowingFollowed: 0,
        WorkerDeclinedSupport: 0,
        NoFurtherActionNeeded: 0,
        Open: 1
      }),
      networkThemes: {
        total: 3,
        byNetwork: [
          { network: 'DisabledWorkersGroup', count: 0, themes: [] },
          { network: 'LgbtStaffNetwork', count: 0, themes: rows({ mentalHealth: 0 }) },
          { network: 'BameNetwork', count: 3, themes: rows({ racism: 3, workload: 0 }) }
        ]
      },
      linkage: {
        singleThemePerAlert: true,
        serviceAreaRoutes: [
          { serviceAreaId: 'cfws', route: 'AP', count: 1 },
          { serviceAreaId: 'csc', route: 'PSW', count: 2 }
        ],
        teamLocations: [
          { serviceAreaId: 'cfws', teamId: 'cfws-north', locationId: LOUGH, count: 1 },
          { serviceAreaId: 'csc', teamId: 'csc-fr', locationId: HALL, count: 2 }
        ]
      }
    };
    expect(report.previous).toEqual(expected);
  });

  it('R18: the report carries no names, free text or record ids', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/createdAt|name|details|2026-1\d-\d\dT/i);
  });

  it('R18: gives the same report whatever the order of the records', () => {
    const reversed = buildThemesReport([...allRecords].reverse(), [...networkRecords].reverse(), Q3);
    expect(reversed).toEqual(report);
  });

  it('R10, R18: a record may say whether the working-hours clock was met; otherwise 48 hours decides', () => {
    const r = buildThemesReport(
      [
        rec({ createdAt: '2026-10-09T15:00:00Z', serviceAreaId: CSC, route: 'PSW', firstContactHours: 66, firstContactOnTime: true }),
        rec({ createdAt: '2026-10-09T15:00:00Z', serviceAreaId: CSC, route: 'PSW', firstContactHours: 48 }),
        rec({ createdAt: '2026-10-09T15:00:00Z', serviceAreaId: CSC, route: 'PSW', firstContactHours: 48.5 })
      ],
      [],
      Q3
    );
    expect(r.current.firstContact).toEqual({
      withinTarget: 2,
      late: 1,
      notYetContacted: 0,
      shareWithinTarget: 2 / 3,
      medianHours: 48.5
    });
  });

  it('R18: refuses records it cannot count honestly', () => {
    const ok = { createdAt: '2026-10-09T15:00:00Z', serviceAreaId: CSC, route: 'PSW' as Route };
    expect(() => buildThemesReport([rec({ ...ok, serviceAreaId: '' })], [], Q3)).toThrow(/service area/);
    expect(() => buildThemesReport([rec({ ...ok, createdAt: 'yesterday' })], [], Q3)).toThrow(RangeError);
    expect(() => buildThemesReport([rec({ ...ok, route: 'Nobody' as Route })], [], Q3)).toThrow(/route/);
    expect(() => buildThemesReport([rec({ ...ok, rag: 'Blue' as Rag })], [], Q3)).toThrow(/RAG/);
    expect(() => buildThemesReport([rec({ ...ok, outcome: 'Fine' as CaseOutcome })], [], Q3)).toThrow(/outcome/);
    expect(() => buildThemesReport([rec({ ...ok, escalations: ['RedToGreen' as EscalationKind] })], [], Q3)).toThrow(
      /escalation/
    );
    expect(() => buildThemesReport([rec({ ...ok, firstContactHours: -1 })], [], Q3)).toThrow(/firstContactHours/);
    const net = { quarterId: 'FY2026Q3', themeId: 'x', count: 1, network: 'BameNetwork' as EqualityNetwork };
    expect(() => buildThemesReport([], [{ ...net, count: -1 }], Q3)).toThrow(/R19/);
    expect(() => buildThemesReport([], [{ ...net, count: 1.5 }], Q3)).toThrow(/R19/);
    expect(() => buildThemesReport([], [{ ...net, network: 'Choir' as EqualityNetwork }], Q3)).toThrow(/network/);
  });

  it('R19: network theme counts never change an alert count, and alert records never change a network count', () => {
    const withoutNetworks = buildThemesReport(allRecords, [], Q3);
    const { networkThemes: a, ...alertsA } = report.current;
    const { networkThemes: b, ...alertsB } = withoutNetworks.current;
    expect(alertsA).toEqual(alertsB);
    expect(b.total).toBe(0);
    expect(a.total).toBe(7);
    const withoutAlerts = buildThemesReport([], networkRecords, Q3);
    expect(withoutAlerts.current.networkThemes).toEqual(report.current.networkThemes);
  });

  it('R17: counts an alert once per kind of escalation however often it was recorded', () => {
    expect(report.current.escalations).toEqual(rows({ GreenToAmber: 2, AmberToRed: 1, GreenToRed: 1 }));
  });
});

describe('small-number suppression (R20)', () => {
  const raw = buildThemesReport(allRecords, networkRecords, Q3);
  const published = suppressSmallCounts(raw);

  it('R20: matches the hand-checked published report for the current quarter (primary and secondary suppression)', () => {
    const expected: PublishedQuarterFigures = {
      quarterId: 'FY2026Q3',
      label: '2026-27 Q3',
      start: '2026-10-01',
      end: '2027-01-01',
      totalAlerts: n(10),
      byServiceArea: [
        // cfws 3 = 2 + 1: both teams fewer than 3; together they leave at least two unknowns.
        { serviceAreaId: 'cfws', count: n(3), teams: [{ teamId: 'cfws-north', count: S }, { teamId: NR, count: S }] },
        { serviceAreaId: 'csc', count: n(7), teams: [{ teamId: 'csc-cit', count: n(3) }, { teamId: 'csc-fr', count: n(4) }] }
      ],
      byLocation: rows<string, CountCell>({ [COAL]: n(3), [HALL]: n(4), [LOUGH]: S, [NR]: S }),
      byTheme: rows<string, CountCell>({ manager: S, mentalHealth: S, racism: S, workload: n(6), [NR]: S }),
      themesByLocation: [
        { locationId: COAL, themes: rows<string, CountCell>({ manager: n(0), mentalHealth: n(0), racism: S, workload: S, [NR]: S }) },
        // workload 6 = 1 + 3 + 1 + 1 would pin the three 1s: the 3 is hidden as well.
        { locationId: HALL, themes: rows<string, CountCell>({ manager: S, mentalHealth: S, racism: n(0), workload: S, [NR]: n(0) }) },
        { locationId: LOUGH, themes: rows<string, CountCell>({ manager: n(0), mentalHealth: S, racism: n(0), workload: S, [NR]: n(0) }) },
        { locationId: NR, themes: rows<string, CountCell>({ manager: n(0), mentalHealth: n(0), racism: n(0), workload: S, [NR]: n(0) }) }
      ],
      // RCL 1 alone would follow from the total; AP 3 is hidden with it. AP is all of cfws (route of the
      // service area is public), so RCL = csc - PSW: PSW is hidden too.
      byRoute: rows<Route, CountCell>({ PSW: S, AP: S, RaceChampionLead: S }),
      byRag: rows<Rag | 'NotRated', CountCell>({ Green: n(5), Amber: S, Red: S, NotRated: S }),
      escalations: rows<EscalationKind, CountCell>({ GreenToAmber: S, AmberToRed: S, GreenToRed: S }),
      firstContact: {
        withinTarget: n(7),
        late: S,
        notYetContacted: S,
        shareWithinTarget: S,
        medianHours: { kind: 'hours', value: 20 }
      },
      redFollowUps: { onTime: S, late: S, shareOnTime: S },
      outcomes: rows<CaseOutcome | 'Open', CountCell>({
        ResolvedWithManager: n(3),
        SignpostedToSupport: S,
        TargetedSupportArranged: S,
        ManagementActionTaken: S,
        WhistleblowingFollowed: n(0),
        WorkerDeclinedSupport: n(0),
        NoFurtherActionNeeded: n(0),
        Open: n(3)
      }),
      networkThemes: {
        total: n(7),
        byNetwork: [
          { network: 'DisabledWorkersGroup', count: n(0), themes: [] },
          { network: 'LgbtStaffNetwork', count: S, themes: rows<string, CountCell>({ mentalHealth: S }) },
          // LGBT+ 2 alone would follow from 7 - 0 - 5: the BAME total is hidden with it.
          { network: 'BameNetwork', count: S, themes: rows<string, CountCell>({ racism: n(4), workload: S }) }
        ]
      }
    };
    expect(published.current).toEqual(expected);
  });

  it('R20: matches the hand-checked previous quarter, where 1 + 1 + 1 outcomes would pin each to 1 so the total goes too', () => {
    const zero = n(0);
    const expected: PublishedQuarterFigures = {
      quarterId: 'FY2026Q2',
      label: '2026-27 Q2',
      start: '2026-07-01',
      end: '2026-10-01',
      totalAlerts: S,
      byServiceArea: [
        { serviceAreaId: 'cfws', count: S, teams: [{ teamId: 'cfws-north', count: S }, { teamId: NR, count: zero }] },
        { serviceAreaId: 'csc', count: S, teams: [{ teamId: 'csc-cit', count: zero }, { teamId: 'csc-fr', count: S }] }
      ],
      byLocation: rows<string, CountCell>({ [COAL]: zero, [HALL]: S, [LOUGH]: S, [NR]: zero }),
      byTheme: rows<string, CountCell>({ manager: zero, mentalHealth: S, racism: zero, workload: S, [NR]: zero }),
      themesByLocation: [
        { locationId: COAL, themes: rows<string, CountCell>({ manager: zero, mentalHealth: zero, racism: zero, workload: zero, [NR]: zero }) },
        { locationId: HALL, themes: rows<string, CountCell>({ manager: zero, mentalHealth: zero, racism: zero, workload: S, [NR]: zero }) },
        { locationId: LOUGH, themes: rows<string, CountCell>({ manager: zero, mentalHealth: S, racism: zero, workload: zero, [NR]: zero }) },
        { locationId: NR, themes: rows<string, CountCell>({ manager: zero, mentalHealth: zero, racism: zero, workload: zero, [NR]: zero }) }
      ],
      byRoute: rows<Route, CountCell>({ PSW: S, AP: S, RaceChampionLead: zero }),
      byRag: rows<Rag | 'NotRated', CountCell>({ Green: S, Amber: S, Red: zero, NotRated: zero }),
      escalations: rows<EscalationKind, CountCell>({ GreenToAmber: S, AmberToRed: zero, GreenToRed: zero }),
      firstContact: {
        withinTarget: S,
        late: S,
        notYetContacted: zero,
        shareWithinTarget: S,
        medianHours: { kind: 'hours', value: 9 }
      },
      redFollowUps: { onTime: zero, late: zero, shareOnTime: S },
      outcomes: rows<CaseOutcome | 'Open', CountCell>({
        ResolvedWithManager: S,
        SignpostedToSupport: S,
        TargetedSupportArranged: zero,
        ManagementActionTaken: zero,
        WhistleblowingFollowed: zero,
        WorkerDeclinedSupport: zero,
        NoFurtherActionNeeded: zero,
        Open: S
      }),
      networkThemes: {
        total: n(3),
        byNetwork: [
          { network: 'DisabledWorkersGroup', count: zero, themes: [] },
          { network: 'LgbtStaffNetwork', count: zero, themes: rows<string, CountCell>({ mentalHealth: zero }) },
          { network: 'BameNetwork', count: n(3), themes: rows<string, CountCell>({ racism: n(3), workload: zero }) }
        ]
      }
    };
    expect(published.previous).toEqual(expected);
  });

  it('R20: change since the previous quarter is published only where both quarters are', () => {
    const c = published.change;
    expect(c.quarterId).toBe('FY2026Q3');
    expect(c.totalAlerts).toEqual(S);
    expect(c.byServiceArea).toEqual([
      { serviceAreaId: 'cfws', count: S, teams: [{ teamId: 'cfws-north', count: S }, { teamId: NR, count: S }] },
      { serviceAreaId: 'csc', count: S, teams: [{ teamId: 'csc-cit', count: d(3) }, { teamId: 'csc-fr', count: S }] }
    ]);
    expect(c.byLocation).toEqual(rows<string, ChangeCell>({ [COAL]: d(3), [HALL]: S, [LOUGH]: S, [NR]: S }));
    expect(c.themesByLocation[0].themes).toEqual(
      rows<string, ChangeCell>({ manager: d(0), mentalHealth: d(0), racism: S, workload: S, [NR]: S })
    );
    expect(c.outcomes).toEqual(
      rows<CaseOutcome | 'Open', ChangeCell>({
        ResolvedWithManager: S,
        SignpostedToSupport: S,
        TargetedSupportArranged: S,
        ManagementActionTaken: S,
        WhistleblowingFollowed: d(0),
        WorkerDeclinedSupport: d(0),
        NoFurtherActionNeeded: d(0),
        Open: S
      })
    );
    expect(c.firstContact).toEqual({ withinTarget: S, late: S, notYetContacted: S, shareWithinTarget: S, medianHours: d(11) });
    expect(c.networkThemes).toEqual({
      total: d(4),
      byNetwork: [
        { network: 'DisabledWorkersGroup', count: d(0), themes: [] },
        { network: 'LgbtStaffNetwork', count: S, themes: rows<string, ChangeCell>({ mentalHealth: S }) },
        { network: 'BameNetwork', count: S, themes: rows<string, ChangeCell>({ racism: d(1), workload: S }) }
      ]
    });
  });

  it('R20: a suppressed cell is structurally empty: only kind and threshold, no value', () => {
    const all: Array<CountCell | RatioCell | HoursCell | ChangeCell> = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) {
        x.forEach(walk);
      } else if (x !== null && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (typeof o.kind === 'string') {
          all.push(o as unknown as CountCell);
        } else {
          Object.values(o).forEach(walk);
        }
      }
    };
    walk(published);
    const suppressed = all.filter((c) => c.kind === 'suppressed');
    expect(suppressed.length).toBeGreaterThan(50);
    for (const c of suppressed) {
      expect(Object.keys(c).sort()).toEqual(['kind', 'threshold']);
    }
    expect(JSON.stringify(published)).not.toContain('linkage');
  });

  it('R20: the subtraction attacker recovers no small count from totals, other quarters or network themes', () => {
    const model = buildAttackModel(published, knowledgeOf(currentRecords), knowledgeOf(previousRecords));
    expect(model.secrets.length).toBeGreaterThan(40);
    expect(smallCountsRecovered(subtractionAttack(model), raw)).toEqual(new Map());
  });

  it('R20: the exhaustive attacker (all sums, change column, org structure, every hidden count >= 1) recovers no small count', () => {
    const model = buildAttackModel(published, knowledgeOf(currentRecords), knowledgeOf(previousRecords));
    const recovered = exhaustiveAttack(model);
    expect(smallCountsRecovered(recovered, raw)).toEqual(new Map());
    // What it can work out is only a secondary suppression: AP 3 is all of cfws (published 3).
    expect(recovered).toEqual(new Map([['cur|route:AP', 3]]));
  });

  it('R20: the attackers do work: with primary suppression only they recover small counts', () => {
    const naive: PublishedThemesReport = {
      ...published,
      current: primaryOnly(published.current, cellsOf(raw.current), 3),
      previous: primaryOnly(published.previous, cellsOf(raw.previous), 3)
    };
    naive.change = changeBetween(naive.current, naive.previous);
    const model = buildAttackModel(naive, knowledgeOf(currentRecords), knowledgeOf(previousRecords));
    const bySubtraction = subtractionAttack(model);
    // RCL = 10 - 6 - 3; LGBT+ = 7 - 0 - 5; Bame workload = 5 - 4
    expect(bySubtraction.get('cur|route:RaceChampionLead')).toBe(1);
    expect(bySubtraction.get('cur|net:LgbtStaffNetwork')).toBe(2);
    expect(bySubtraction.get('cur|nettheme:BameNetwork:workload')).toBe(1);
    const exhaustive = exhaustiveAttack(model);
    // workload 6 = x + 3 + y + z with each >= 1
    expect(exhaustive.get('cur|grid:loc-coalville:workload')).toBe(1);
    expect(exhaustive.get('prev|out:Open')).toBe(1);
  });

  it('R20: a single suppressed cell forces a second so totals cannot reveal it', () => {
    const records = [
      ...Array.from({ length: 5 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 'a1', locationId: 'x', route: 'PSW' })),
      ...Array.from({ length: 4 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 'a2', locationId: 'x', route: 'PSW' })),
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 'a3', locationId: 'x', route: 'PSW' })
    ];
    const p = publishThemesReport(records, [], Q3);
    expect(p.current.byServiceArea).toEqual([
      { serviceAreaId: 'a', count: n(10), teams: [{ teamId: 'a1', count: n(5) }, { teamId: 'a2', count: S }, { teamId: 'a3', count: S }] }
    ]);
  });

  it('R20: team rows that would give away a small team through the service-area total are protected', () => {
    // Team b1 has 1 alert, b2 has 6; service area b = 7 is published.
    const records = [
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'b', teamId: 'b1', locationId: 'x', route: 'AP' }),
      ...Array.from({ length: 6 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'b', teamId: 'b2', locationId: 'x', route: 'AP' })),
      ...Array.from({ length: 8 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'c', teamId: 'c1', locationId: 'y', route: 'PSW' }))
    ];
    const p = publishThemesReport(records, [], Q3);
    const b = p.current.byServiceArea.find((a) => a.serviceAreaId === 'b');
    expect(b?.teams.map((t) => t.count.kind)).toEqual(['suppressed', 'suppressed']);
    const model = buildAttackModel(p, knowledgeOf(records), knowledgeOf([]));
    expect(smallCountsRecovered(exhaustiveAttack(model), buildThemesReport(records, [], Q3))).toEqual(new Map());
  });

  it('R20: ratios and medians on fewer than the threshold are suppressed, and a ratio never reveals a suppressed part', () => {
    const two = [
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: 3 }),
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: 5 })
    ];
    const p = publishThemesReport(two, [], Q3);
    expect(p.current.firstContact.medianHours).toEqual(S);
    expect(p.current.firstContact.shareWithinTarget).toEqual(S);
    const many = [
      ...Array.from({ length: 9 }, (_v, i) => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: i + 0.04 })),
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: 60 })
    ];
    const q = publishThemesReport(many, [], Q3);
    // 9 on time and 1 late: 90% would give the 1 away.
    expect(q.current.firstContact.late).toEqual(S);
    expect(q.current.firstContact.shareWithinTarget).toEqual(S);
    // median of 0.04 ... 8.04 and 60 = (4.04 + 5.04) / 2, rounded to 0.1
    expect(q.current.firstContact.medianHours).toEqual({ kind: 'hours', value: 4.5 });
    const fine = [
      ...Array.from({ length: 6 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: 1, redFollowUpOnTime: true })),
      ...Array.from({ length: 3 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', route: 'PSW', firstContactHours: 50, redFollowUpOnTime: false }))
    ];
    const r = publishThemesReport(fine, [], Q3);
    expect(r.current.firstContact.shareWithinTarget).toEqual({ kind: 'ratio', value: 6 / 9 });
    expect(r.current.redFollowUps).toEqual({ onTime: n(6), late: n(3), shareOnTime: { kind: 'ratio', value: 6 / 9 } });
  });

  it('R20: zero is published as 0 (it identifies no one), so a suppressed cell is never zero', () => {
    expect(published.current.outcomes.find((o) => o.key === 'WhistleblowingFollowed')?.count).toEqual(n(0));
    const cells = cellsOf(raw.current);
    cellsOf(published.current).forEach((cell, path) => {
      if (cell.kind === 'suppressed') {
        expect(cells.get(path)).toBeGreaterThan(0);
      }
    });
  });

  it('R20: the threshold is a setting (default 3) and must be a whole number of at least 1', () => {
    const p5 = suppressSmallCounts(raw, 5);
    expect(p5.threshold).toBe(5);
    expect(p5.current.byServiceArea[0].count).toEqual({ kind: 'suppressed', threshold: 5 });
    const p1 = suppressSmallCounts(raw, 1);
    expect(cellsOf(p1.current).get('route:RaceChampionLead')).toEqual(n(1));
    expect(() => suppressSmallCounts(raw, 0)).toThrow(RangeError);
    expect(() => suppressSmallCounts(raw, 2.5)).toThrow(RangeError);
  });

  it('R20: change can be computed against the snapshot SMT saw; rows missing there count as 0', () => {
    const snapshot: PublishedQuarterFigures = JSON.parse(JSON.stringify(published.previous)) as PublishedQuarterFigures;
    snapshot.byLocation = snapshot.byLocation.filter((l) => l.key !== COAL);
    snapshot.byServiceArea = snapshot.byServiceArea.filter((a) => a.serviceAreaId !== 'csc');
    snapshot.themesByLocation = [];
    snapshot.networkThemes.byNetwork = [];
    const c = changeBetween(published.current, snapshot);
    expect(c.byLocation[0]).toEqual({ key: COAL, count: d(3) });
    expect(c.byServiceArea[1]).toEqual({
      serviceAreaId: 'csc',
      count: d(7),
      teams: [{ teamId: 'csc-cit', count: d(3) }, { teamId: 'csc-fr', count: d(4) }]
    });
    expect(c.themesByLocation[0].themes[0]).toEqual({ key: 'manager', count: d(0) });
    expect(c.networkThemes.byNetwork[2].themes[0]).toEqual({ key: 'racism', count: d(4) });
  });

  it('R20: publishing is deterministic (same input, same output, whatever the record order)', () => {
    const again = publishThemesReport([...allRecords].reverse(), networkRecords, Q3);
    expect(again).toEqual(published);
  });

  it('R20: single-theme quarters also protect theme rows through the total and location rows', () => {
    const records = [
      ...Array.from({ length: 4 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 't', locationId: 'x', route: 'PSW', themeIds: ['workload'] })),
      rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 't', locationId: 'x', route: 'PSW', themeIds: ['racism'] }),
      ...Array.from({ length: 5 }, () => rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: 'a', teamId: 't', locationId: 'y', route: 'PSW', themeIds: ['workload'] }))
    ];
    const r = buildThemesReport(records, [], Q3);
    expect(r.current.linkage.singleThemePerAlert).toBe(true);
    const p = suppressSmallCounts(r);
    expect(p.current.byTheme.map((t) => t.count.kind)).toEqual(['suppressed', 'suppressed']);
    const model = buildAttackModel(p, knowledgeOf(records), knowledgeOf([]));
    expect(smallCountsRecovered(subtractionAttack(model), r)).toEqual(new Map());
    expect(smallCountsRecovered(exhaustiveAttack(model), r)).toEqual(new Map());
  });
});

// ----- many small random quarters: the attackers must fail on every one ------------------------------
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS: Array<{ id: string; route: Route; teams: Array<[string, string]> }> = [
  { id: 'csc', route: 'PSW', teams: [['csc-fr', 'hall'], ['csc-cit', 'coalville'], ['csc-ld', 'hall']] },
  { id: 'cfws', route: 'AP', teams: [['cfws-n', 'lough'], ['cfws-s', 'hinckley']] },
  { id: 'res', route: 'PSW', teams: [['res-1', 'coalville']] }
];
const THEMES = ['workload', 'manager', 'mentalHealth', 'racism', 'domesticAbuse'];
const RAGS: Array<Rag | undefined> = ['Green', 'Amber', 'Red', undefined];
const OUTCOMES: Array<CaseOutcome | undefined> = ['ResolvedWithManager', 'SignpostedToSupport', undefined];

function randomQuarter(random: () => number, startIso: string, count: number): ThemeRecord[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const start = Date.parse(startIso);
  return Array.from({ length: count }, () => {
    const area = pick(AREAS);
    const [teamId, locationId] = pick(area.teams);
    const themes = random() < 0.15 ? [] : random() < 0.2 ? [pick(THEMES), pick(THEMES)] : [pick(THEMES)];
    const contacted = random() < 0.85;
    return rec({
      createdAt: new Date(start + Math.floor(random() * 80) * 86400000).toISOString(),
      serviceAreaId: area.id,
      teamId: random() < 0.1 ? undefined : teamId,
      locationId: random() < 0.1 ? undefined : locationId,
      route: random() < 0.1 ? 'RaceChampionLead' : area.route,
      themeIds: themes,
      rag: pick(RAGS),
      escalations: random() < 0.2 ? ['GreenToAmber'] : [],
      firstContactHours: contacted ? Math.floor(random() * 80) : undefined,
      redFollowUpOnTime: random() < 0.1 ? random() < 0.5 : undefined,
      outcome: pick(OUTCOMES)
    });
  });
}

describe('small-number suppression against random small quarters (R20)', () => {
  it('R20: on 25 random pairs of quarters no small count can be recovered by subtraction or search', () => {
    let naiveLeaks = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const random = prng(seed);
      const cur = randomQuarter(random, '2026-10-01T12:00:00Z', 4 + Math.floor(random() * 18));
      const prev = randomQuarter(random, '2026-07-01T12:00:00Z', 4 + Math.floor(random() * 18));
      const nets: NetworkThemeRecord[] = [
        { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: Math.floor(random() * 5) },
        { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q3', themeId: 'workload', count: Math.floor(random() * 5) },
        { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'racism', count: Math.floor(random() * 5) }
      ];
      const raw = buildThemesReport([...cur, ...prev], nets, Q3);
      const published = suppressSmallCounts(raw);
      const model = buildAttackModel(published, knowledgeOf(cur), knowledgeOf(prev));
      expect({ seed, recovered: smallCountsRecovered(subtractionAttack(model), raw) }).toEqual({ seed, recovered: new Map() });
      expect({ seed, recovered: smallCountsRecovered(exhaustiveAttack(model, isSmall(raw)), raw) }).toEqual({
        seed,
        recovered: new Map()
      });

      const naive: PublishedThemesReport = {
        ...published,
        current: primaryOnly(published.current, cellsOf(raw.current), 3),
        previous: primaryOnly(published.previous, cellsOf(raw.previous), 3)
      };
      naive.change = changeBetween(naive.current, naive.previous);
      naiveLeaks += smallCountsRecovered(subtractionAttack(buildAttackModel(naive, knowledgeOf(cur), knowledgeOf(prev))), raw).size;
    }
    expect(naiveLeaks).toBeGreaterThan(25);
  });
});

// ----- scale ------------------------------------------------------------------------------------------
describe('themes aggregation at scale (R18)', () => {
  it('R18: aggregates 100,000 records correctly (linear time; not a timed test)', () => {
    const range = quarterRange(Q3);
    const start = range.startInstant.getTime();
    const span = range.endInstant.getTime() - start;
    const records: ThemeRecord[] = [];
    const N = 100000;
    for (let i = 0; i < N; i++) {
      records.push({
        createdAt: new Date(start + ((i * 7919) % span)).toISOString(),
        serviceAreaId: `area-${i % 7}`,
        teamId: `team-${i % 21}`,
        locationId: `loc-${i % 5}`,
        route: (['PSW', 'AP', 'RaceChampionLead'] as Route[])[i % 3],
        themeIds: [`theme-${i % 11}`],
        rag: (['Green', 'Amber', 'Red'] as Rag[])[i % 3],
        escalations: i % 10 === 0 ? ['GreenToAmber'] : [],
        firstContactHours: i % 4 === 0 ? undefined : i % 100,
        outcome: i % 2 === 0 ? 'ResolvedWithManager' : undefined
      });
    }
    const report = buildThemesReport(records, [], Q3);
    const f = report.current;
    expect(f.totalAlerts).toBe(N);
    expect(report.previous.totalAlerts).toBe(0);
    expect(f.byServiceArea.map((a) => a.count)).toEqual([14286, 14286, 14286, 14286, 14286, 14285, 14285]);
    // team-j only occurs in area (j mod 7): 21 teams, 3 per area
    expect(f.byServiceArea[0].teams.map((t) => t.teamId)).toEqual(['team-0', 'team-14', 'team-7']);
    expect(f.byLocation.map((l) => l.count)).toEqual([20000, 20000, 20000, 20000, 20000]);
    expect(f.byTheme.reduce((s, t) => s + (t.count as number), 0)).toBe(N);
    expect(f.byRoute).toEqual(rows<Route, number>({ PSW: 33334, AP: 33333, RaceChampionLead: 33333 }));
    expect(f.escalations[0]).toEqual({ key: 'GreenToAmber', count: 10000 });
    expect(f.firstContact.notYetContacted).toBe(25000);
    expect(f.firstContact.withinTarget + f.firstContact.late).toBe(75000);
    expect(f.outcomes.find((o) => o.key === 'Open')?.count).toBe(50000);
    const published = suppressSmallCounts(report);
    expect(published.current.totalAlerts).toEqual(n(N));
    expect(published.previous.totalAlerts).toEqual(n(0));
  });
});
