// The one-pass aggregation (issue 17) gives exactly the report the earlier aggregation gave (aggregateBefore.ts),
// on generated data with everything that makes rows: themes in no group, repeated themes and escalations, no
// theme, no team or office, dates as strings and Dates on quarter edges, network themes in many quarters, and
// records years before and after the quarter. R17, R18, R19, R20 (the earlier figures the audit ties to).
import { buildThemesReport, NetworkThemeRecord, ThemeGroupDefinition, ThemeRecord } from '../../../src/domain/themes';
import { addQuarters, Quarter, quarterId, quarterRange } from '../../../src/domain/quarters';
import { CASE_OUTCOMES, EQUALITY_NETWORKS, ESCALATION_KINDS, RAGS } from '../../../src/domain/types';
import { locations, serviceAreas, themeGroups, themes } from '../../../src/referenceData';
import { buildThemesReportBefore } from './aggregateBefore';
import { Q3 } from './fixtures';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Generated {
  records: ThemeRecord[];
  networkRecords: NetworkThemeRecord[];
}

/** `count` alerts spread over the 16 quarters up to q and one after it, and network themes in each. */
function generate(seed: number, count: number, quarter: Quarter): Generated {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const first = quarterRange(addQuarters(quarter, -15)).startInstant.getTime();
  const last = quarterRange(addQuarters(quarter, 1)).endInstant.getTime();
  const themeIds = [...themes.map((t) => t.id), 'a-theme-in-no-group'];
  const records: ThemeRecord[] = [];
  for (let i = 0; i < count; i++) {
    const area = pick(serviceAreas);
    // A few on the first and last instant of a quarter, where the London date decides.
    const edge = random() < 0.05 ? quarterRange(addQuarters(quarter, -Math.floor(random() * 8))) : undefined;
    const instant = edge ? (random() < 0.5 ? edge.startInstant.getTime() : edge.endInstant.getTime() - 1) : first + Math.floor(random() * (last - first));
    const themeCount = Math.floor(random() * 4);
    const rated = random() < 0.8;
    records.push({
      createdAt: random() < 0.5 ? new Date(instant) : new Date(instant).toISOString(),
      serviceAreaId: area.id,
      teamId: random() < 0.1 ? (random() < 0.5 ? undefined : '') : pick(area.teams).id,
      locationId: random() < 0.1 ? undefined : pick(locations).id,
      route: area.route,
      themeIds: Array.from({ length: themeCount }, () => pick(themeIds)),
      rag: rated ? pick(RAGS) : undefined,
      escalations: rated && random() < 0.2 ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ESCALATION_KINDS)) : [],
      firstContactHours: random() < 0.9 ? Math.round(random() * 960) / 10 : undefined,
      firstContactOnTime: random() < 0.3 ? random() < 0.5 : undefined,
      redFollowUpOnTime: random() < 0.1 ? random() < 0.5 : undefined,
      outcome: random() < 0.6 ? pick(CASE_OUTCOMES) : undefined
    });
  }
  const networkRecords: NetworkThemeRecord[] = [];
  for (let k = -1; k < 10; k++) {
    for (let j = 0; j < 6; j++) {
      networkRecords.push({
        network: pick(EQUALITY_NETWORKS),
        quarterId: quarterId(addQuarters(quarter, -k)),
        themeId: random() < 0.1 ? '' : pick(themeIds),
        count: Math.floor(random() * 6)
      });
    }
  }
  return { records, networkRecords };
}

const groups: ThemeGroupDefinition[] = themeGroups.map((g) => ({ id: g.id, themeIds: g.themeIds }));

describe('the one-pass themes aggregation equals the earlier one (issue 17)', () => {
  it.each([
    ['2,000 alerts with theme groups', 1, 2000, groups],
    ['2,000 alerts without theme groups', 2, 2000, undefined],
    ['300 alerts, groups, a thin history', 3, 300, groups],
    ['20,000 alerts with theme groups', 4, 20000, groups]
  ])('%s', (_name, seed, count, withGroups) => {
    const { records, networkRecords } = generate(seed, count, Q3);
    const report = buildThemesReport(records, networkRecords, Q3, withGroups);
    expect(report).toStrictEqual(buildThemesReportBefore(records, networkRecords, Q3, withGroups));
    // The comparison has something to compare: every quarter carried has alerts.
    expect(report.current.totalAlerts).toBeGreaterThan(0);
    if (withGroups) expect(report.earlierFigures?.every((f) => f.totalAlerts > 0)).toBe(true);
  });

  it('every alert in a theme group: no "not recorded" group row, in the report or its earlier figures', () => {
    const { records, networkRecords } = generate(5, 3000, Q3);
    const grouped = records.map((r) => ({ ...r, themeIds: r.themeIds.length === 0 ? ['supervision'] : r.themeIds.filter((t) => t !== 'a-theme-in-no-group').concat(['supervision']) }));
    const report = buildThemesReport(grouped, networkRecords, Q3, groups);
    expect(report).toStrictEqual(buildThemesReportBefore(grouped, networkRecords, Q3, groups));
    expect(report.current.byGroup?.map((g) => g.key)).toEqual(groups.map((g) => g.id));
  });

  it('"not recorded" only in the oldest quarter an earlier figure reads', () => {
    const { records } = generate(6, 2000, Q3);
    const oldest = quarterRange(addQuarters(Q3, -12));
    const grouped = records.map((r) => ({ ...r, themeIds: ['supervision'] }));
    grouped.push({ ...grouped[0], createdAt: oldest.startInstant, themeIds: [] });
    const report = buildThemesReport(grouped, [], Q3, groups);
    expect(report).toStrictEqual(buildThemesReportBefore(grouped, [], Q3, groups));
    expect(report.earlierFigures?.[0].byGroup?.some((g) => g.key === 'notRecorded')).toBe(true);
    expect(report.current.byGroup?.some((g) => g.key === 'notRecorded')).toBe(false);
  });

  it('refuses what the earlier aggregation refused, in any quarter it read', () => {
    const { records } = generate(7, 500, Q3);
    const inQuarterBeforeOldestFigures = quarterRange(addQuarters(Q3, -7)).startInstant;
    const bad = [...records, { ...records[0], createdAt: inQuarterBeforeOldestFigures, route: 'Nobody' as never }];
    expect(() => buildThemesReportBefore(bad, [], Q3, groups)).toThrow('Unknown route: Nobody');
    expect(() => buildThemesReport(bad, [], Q3, groups)).toThrow('Unknown route: Nobody');
    // Without groups only the quarter and the one before are read, then and now.
    expect(buildThemesReport(bad, [], Q3)).toStrictEqual(buildThemesReportBefore(bad, [], Q3));
  });
});
