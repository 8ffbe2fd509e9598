import type { EscalationKind, Rag, Route, CaseOutcome } from '../../../src/domain/types';
import {
  buildThemesReport,
  changeBetween,
  ChangeCell,
  CountCell,
  HoursCell,
  NetworkThemeRecord,
  PublishedQuarterFigures,
  PublishedThemesReport,
  publishThemesReport,
  RatioCell,
  suppressSmallCounts
} from '../../../src/domain/themes';
import { buildAttackModel, cellsOf, exhaustiveAttack, knowledgeOf, primaryOnly, subtractionAttack } from './themesAttacker';
import {
  Q3,
  rec,
  HALL,
  COAL,
  LOUGH,
  currentRecords,
  previousRecords,
  networkRecords,
  allRecords,
  rows,
  S,
  n,
  d,
  NR,
  smallCountsRecovered,
  isSmall,
  prng,
  randomQuarter
} from './fixtures';

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
        // R20, issue 14 (b): a BAME Network rep knows their own network's 5, so a published total of 7
        // would give them the LGBT+ network's 2: the total is hidden too.
        total: S,
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
      total: S,
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
