import type { EscalationKind, Rag, Route, CaseOutcome, EqualityNetwork } from '../../../src/domain/types';
import {
  buildThemesReport,
  RawQuarterFigures,
  suppressSmallCounts,
  ThemeRecord
} from '../../../src/domain/themes';
import { quarterRange } from '../../../src/domain/quarters';
import {
  Q3,
  rec,
  CSC,
  HALL,
  COAL,
  LOUGH,
  networkRecords,
  allRecords,
  rows,
  n,
  NR
} from './fixtures';

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
