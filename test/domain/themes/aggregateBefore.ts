// The themes aggregation as it was before it became one pass (main at 7c76fd5, src/domain/themes/aggregate.ts),
// kept only as the oracle of aggregateOnePass.test.ts: the new aggregation must give exactly this report.
// It re-read every record once for each of the six earlier quarters' figures and allocated per record.
/* eslint-disable */

import type { EqualityNetwork, EscalationKind, Route } from '../../../src/domain/types';
import { addQuarters, Quarter, previousQuarter, quarterId, quarterLabel, quarterRange } from '../../../src/domain/quarters';
import {
  DisclosureLinkage,
  ESCALATION_KINDS,
  NETWORKS,
  NetworkThemeFigures,
  NetworkThemeRecord,
  NOT_RECORDED,
  OUTCOME_ROWS,
  OutcomeRow,
  PeriodThemeCounts,
  RAG_ROWS,
  RagRow,
  RawQuarterFigures,
  ROUTES,
  ThemeGroupDefinition,
  ThemeRecord,
  ThemesReport
} from '../../../src/domain/themes/types';

/** R10 default target used when a record gives hours but not whether the clock's target was met. */
const DEFAULT_FIRST_CONTACT_TARGET_HOURS = 48;

function bump<K>(map: Map<K, number>, key: K, by: number = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function nested<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

function zeroCounts<K extends string>(keys: ReadonlyArray<K>): Map<K, number> {
  return new Map<K, number>(keys.map((k) => [k, 0] as [K, number]));
}

function keyOrNotRecorded(value: string | undefined): string {
  return value === undefined || value === '' ? NOT_RECORDED : value;
}

const SEP = '\u0000';

/** R18 (decision): theme id -> group id; a theme in no group, or none recorded, is "not recorded". */
function groupIndex(groups: ReadonlyArray<ThemeGroupDefinition>): Map<string, string> {
  const index = new Map<string, string>();
  for (const g of groups) {
    for (const t of g.themeIds) {
      if (index.has(t)) {
        throw new RangeError(`R18: theme ${t} is in two groups`);
      }
      index.set(t, g.id);
    }
  }
  return index;
}

/** R18, R20: alerts, themes and theme groups of one quarter. */
class PeriodTally {
  public total: number = 0;
  public readonly themes: Map<string, number> = new Map();
  public readonly groups: Map<string, number> = new Map();
  public singleTheme: boolean = true;
  public singleGroup: boolean = true;
  public groupIsSumOfThemes: boolean = true;
  private readonly groupOf: Map<string, string>;

  public constructor(groupOf: Map<string, string>) {
    this.groupOf = groupOf;
  }

  /** Counts one alert with its distinct themes (none: "not recorded"). */
  public add(distinctThemes: string[]): void {
    this.total++;
    const themes = distinctThemes.length === 0 ? [NOT_RECORDED] : distinctThemes;
    const groups = new Set<string>();
    for (const t of themes) {
      bump(this.themes, t);
      const g = this.groupOf.get(t) ?? NOT_RECORDED;
      if (groups.has(g)) {
        this.groupIsSumOfThemes = false;
      }
      groups.add(g);
    }
    groups.forEach((g) => bump(this.groups, g));
    this.singleTheme = this.singleTheme && themes.length === 1;
    this.singleGroup = this.singleGroup && groups.size === 1;
  }
}

function distinctThemes(r: ThemeRecord): string[] {
  return r.themeIds.filter((t, i) => r.themeIds.indexOf(t) === i);
}

class QuarterAccumulator {
  public readonly tally: PeriodTally;
  public readonly areas: Map<string, Map<string, number>> = new Map();
  public readonly locations: Map<string, number> = new Map();
  public readonly grid: Map<string, Map<string, number>> = new Map();
  public readonly routes: Map<Route, number> = zeroCounts(ROUTES);
  public readonly rag: Map<RagRow, number> = zeroCounts(RAG_ROWS);
  public readonly escalations: Map<EscalationKind, number> = zeroCounts(ESCALATION_KINDS);
  public readonly outcomes: Map<OutcomeRow, number> = zeroCounts(OUTCOME_ROWS);
  public withinTarget: number = 0;
  public late: number = 0;
  public notYetContacted: number = 0;
  public readonly hours: number[] = [];
  public redOnTime: number = 0;
  public redLate: number = 0;
  public readonly areaRoutes: Map<string, number> = new Map();
  public readonly teamLocations: Map<string, number> = new Map();
  public readonly networks: Map<EqualityNetwork, Map<string, number>> = new Map();

  public constructor(groupOf: Map<string, string>) {
    this.tally = new PeriodTally(groupOf);
  }

  public add(r: ThemeRecord): void {
    if (typeof r.serviceAreaId !== 'string' || r.serviceAreaId === '') {
      throw new RangeError('R5: every alert must have a service area');
    }
    checkMember(this.routes, r.route, 'route');
    const rag: RagRow = r.rag ?? 'NotRated';
    checkMember(this.rag, rag, 'RAG');
    const outcome: OutcomeRow = r.outcome ?? 'Open';
    checkMember(this.outcomes, outcome, 'outcome');

    const team = keyOrNotRecorded(r.teamId);
    const location = keyOrNotRecorded(r.locationId);
    bump(nested(this.areas, r.serviceAreaId, () => new Map<string, number>()), team);
    bump(this.locations, location);

    const row = nested(this.grid, location, () => new Map<string, number>());
    const themes = distinctThemes(r);
    this.tally.add(themes);
    (themes.length === 0 ? [NOT_RECORDED] : themes).forEach((theme) => bump(row, theme));

    bump(this.routes, r.route);
    bump(this.rag, rag);
    for (let i = 0; i < r.escalations.length; i++) {
      const kind = r.escalations[i];
      checkMember(this.escalations, kind, 'escalation');
      if (r.escalations.indexOf(kind) === i) {
        bump(this.escalations, kind);
      }
    }

    if (r.firstContactHours === undefined) {
      this.notYetContacted++;
    } else {
      if (!(r.firstContactHours >= 0)) {
        throw new RangeError('firstContactHours must be a number of hours, 0 or more');
      }
      this.hours.push(r.firstContactHours);
      const onTime = r.firstContactOnTime ?? r.firstContactHours <= DEFAULT_FIRST_CONTACT_TARGET_HOURS;
      if (onTime) {
        this.withinTarget++;
      } else {
        this.late++;
      }
    }

    if (r.redFollowUpOnTime === true) {
      this.redOnTime++;
    } else if (r.redFollowUpOnTime === false) {
      this.redLate++;
    }
    bump(this.outcomes, outcome);

    bump(this.areaRoutes, r.serviceAreaId + SEP + r.route);
    bump(this.teamLocations, r.serviceAreaId + SEP + team + SEP + location);
  }

  public addNetwork(r: NetworkThemeRecord): void {
    if (NETWORKS.indexOf(r.network) < 0) {
      throw new RangeError(`Unknown network: ${String(r.network)}`);
    }
    if (!Number.isInteger(r.count) || r.count < 0) {
      throw new RangeError('R19: a network theme count must be a whole number, 0 or more');
    }
    bump(nested(this.networks, r.network, () => new Map<string, number>()), keyOrNotRecorded(r.themeId), r.count);
  }
}

function checkMember<K>(map: Map<K, number>, key: K, what: string): void {
  if (!map.has(key)) {
    throw new RangeError(`Unknown ${what}: ${String(key)}`);
  }
}

function compareKeys(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  if (a === NOT_RECORDED) {
    return 1;
  }
  if (b === NOT_RECORDED) {
    return -1;
  }
  return a < b ? -1 : 1;
}

function unionKeys(...maps: Array<Map<string, unknown> | undefined>): string[] {
  const keys = new Set<string>();
  for (const m of maps) {
    if (m !== undefined) {
      m.forEach((_v, k) => keys.add(k));
    }
  }
  return Array.from(keys).sort(compareKeys);
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function share(part: number, other: number): number | null {
  return part + other === 0 ? null : part / (part + other);
}

function splitKey(key: string): string[] {
  return key.split(SEP);
}

function figuresOf(acc: QuarterAccumulator, other: QuarterAccumulator, q: Quarter, groupKeys: string[] | undefined): RawQuarterFigures {
  const range = quarterRange(q);
  const get = <K>(m: Map<K, number> | undefined, k: K): number => (m === undefined ? 0 : m.get(k) ?? 0);
  const themeKeys = unionKeys(acc.tally.themes, other.tally.themes);
  const locationKeys = unionKeys(acc.locations, other.locations);
  const areaKeys = unionKeys(acc.areas, other.areas);

  const serviceAreaRoutes: DisclosureLinkage['serviceAreaRoutes'] = [];
  acc.areaRoutes.forEach((count, key) => {
    const [serviceAreaId, route] = splitKey(key);
    serviceAreaRoutes.push({ serviceAreaId, route: route as Route, count });
  });
  const teamLocations: DisclosureLinkage['teamLocations'] = [];
  acc.teamLocations.forEach((count, key) => {
    const [serviceAreaId, teamId, locationId] = splitKey(key);
    teamLocations.push({ serviceAreaId, teamId, locationId, count });
  });

  return {
    quarterId: quarterId(q),
    label: quarterLabel(q),
    start: range.start,
    end: range.end,
    totalAlerts: acc.tally.total,
    byServiceArea: areaKeys.map((serviceAreaId) => {
      const teams = acc.areas.get(serviceAreaId);
      let count = 0;
      teams?.forEach((n) => (count += n));
      return {
        serviceAreaId,
        count,
        teams: unionKeys(teams, other.areas.get(serviceAreaId)).map((teamId) => ({ teamId, count: get(teams, teamId) }))
      };
    }),
    byLocation: locationKeys.map((key) => ({ key, count: get(acc.locations, key) })),
    byTheme: themeKeys.map((key) => ({ key, count: get(acc.tally.themes, key) })),
    ...(groupKeys === undefined ? {} : { byGroup: groupKeys.map((key) => ({ key, count: get(acc.tally.groups, key) })) }),
    themesByLocation: locationKeys.map((locationId) => {
      const row = acc.grid.get(locationId);
      return { locationId, themes: themeKeys.map((key) => ({ key, count: get(row, key) })) };
    }),
    byRoute: ROUTES.map((key) => ({ key, count: get(acc.routes, key) })),
    byRag: RAG_ROWS.map((key) => ({ key, count: get(acc.rag, key) })),
    escalations: ESCALATION_KINDS.map((key) => ({ key, count: get(acc.escalations, key) })),
    firstContact: {
      withinTarget: acc.withinTarget,
      late: acc.late,
      notYetContacted: acc.notYetContacted,
      shareWithinTarget: share(acc.withinTarget, acc.late),
      medianHours: median(acc.hours)
    },
    redFollowUps: { onTime: acc.redOnTime, late: acc.redLate, shareOnTime: share(acc.redOnTime, acc.redLate) },
    outcomes: OUTCOME_ROWS.map((key) => ({ key, count: get(acc.outcomes, key) })),
    networkThemes: networkFigures(acc, other),
    linkage: {
      singleThemePerAlert: acc.tally.singleTheme,
      serviceAreaRoutes: serviceAreaRoutes.sort(
        (a, b) => compareKeys(a.serviceAreaId, b.serviceAreaId) || ROUTES.indexOf(a.route) - ROUTES.indexOf(b.route)
      ),
      teamLocations: teamLocations.sort(
        (a, b) =>
          compareKeys(a.serviceAreaId, b.serviceAreaId) ||
          compareKeys(a.teamId, b.teamId) ||
          compareKeys(a.locationId, b.locationId)
      )
    }
  };
}

function networkFigures(acc: QuarterAccumulator, other: QuarterAccumulator): NetworkThemeFigures<number> {
  let total = 0;
  const byNetwork = NETWORKS.map((network) => {
    const themes = acc.networks.get(network);
    const keys = unionKeys(themes, other.networks.get(network));
    let count = 0;
    const rows = keys.map((key) => {
      const n = themes?.get(key) ?? 0;
      count += n;
      return { key, count: n };
    });
    total += count;
    return { network, count, themes: rows };
  });
  return { total, byNetwork };
}

function instantOf(value: Date | string): number {
  const t = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (isNaN(t)) {
    throw new RangeError(`Not a date: ${String(value)}`);
  }
  return t;
}

/** How many quarters of theme counts the report carries: the rolling year and the three before it. */
const PERIODS_CARRIED = 7;

function periodCounts(tally: PeriodTally, q: Quarter, themeKeys: string[], groupKeys: string[]): PeriodThemeCounts {
  return {
    quarterId: quarterId(q),
    label: quarterLabel(q),
    totalAlerts: tally.total,
    byTheme: themeKeys.map((key) => ({ key, count: tally.themes.get(key) ?? 0 })),
    byGroup: groupKeys.map((key) => ({ key, count: tally.groups.get(key) ?? 0 })),
    singleThemePerAlert: tally.singleTheme,
    singleGroupPerAlert: tally.singleGroup,
    groupIsSumOfThemes: tally.groupIsSumOfThemes
  };
}

/**
 * R17, R18, R19: aggregates the quarter q and the one before it (records outside are ignored, so the
 * caller may pass several years). Both quarters list the same rows (every key seen in either). With
 * theme groups (R18 decision) the report also counts alerts by group, and carries the theme and group
 * counts of q and the six quarters before it for the rolling year and its audit (R20).
 */
export function buildThemesReportBefore(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  groups?: ReadonlyArray<ThemeGroupDefinition>
): ThemesReport {
  return aggregate(records, networkRecords, quarter, groups, true);
}

function aggregate(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  groups: ReadonlyArray<ThemeGroupDefinition> | undefined,
  withEarlier: boolean
): ThemesReport {
  const groupOf = groupIndex(groups ?? []);
  const prevQuarter = previousQuarter(quarter);
  const currentRange = quarterRange(quarter);
  const start = currentRange.startInstant.getTime();
  const end = currentRange.endInstant.getTime();
  const prevStart = quarterRange(prevQuarter).startInstant.getTime();
  const current = new QuarterAccumulator(groupOf);
  const previous = new QuarterAccumulator(groupOf);
  // periods[k] is the quarter k quarters before q; 0 and 1 are the accumulators' own tallies.
  const periodQuarters = Array.from({ length: PERIODS_CARRIED }, (_x, k) => addQuarters(quarter, -k));
  const periodStarts = periodQuarters.map((p) => quarterRange(p).startInstant.getTime());
  const tallies = periodQuarters.map((_p, k) => (k === 0 ? current.tally : k === 1 ? previous.tally : new PeriodTally(groupOf)));
  for (const r of records) {
    const t = instantOf(r.createdAt);
    if (t >= start && t < end) {
      current.add(r);
    } else if (t >= prevStart && t < start) {
      previous.add(r);
    } else if (groups !== undefined && t < prevStart && t >= periodStarts[PERIODS_CARRIED - 1]) {
      const k = periodStarts.findIndex((s) => t >= s);
      tallies[k].add(distinctThemes(r));
    }
  }
  const currentId = quarterId(quarter);
  const previousId = quarterId(prevQuarter);
  for (const n of networkRecords) {
    if (n.quarterId === currentId) {
      current.addNetwork(n);
    } else if (n.quarterId === previousId) {
      previous.addNetwork(n);
    }
  }
  if (groups === undefined) {
    return { current: figuresOf(current, previous, quarter, undefined), previous: figuresOf(previous, current, prevQuarter, undefined) };
  }
  const themeKeys = unionKeys(...tallies.map((t) => t.themes));
  // The audit (R20) ties the new tables to every earlier quarter's own tables: their full figures.
  const earlierFigures = withEarlier
    ? periodQuarters
        .slice(1)
        .reverse()
        .map((p) => aggregate(records, networkRecords, p, groups, false).current)
    : undefined;
  const groupKeys = [...groups.map((g) => g.id), ...(tallies.some((t) => t.groups.has(NOT_RECORDED)) ? [NOT_RECORDED] : [])];
  return {
    current: figuresOf(current, previous, quarter, groupKeys),
    previous: figuresOf(previous, current, prevQuarter, groupKeys),
    periods: tallies.map((t, k) => periodCounts(t, periodQuarters[k], themeKeys, groupKeys)).reverse(),
    ...(earlierFigures === undefined ? {} : { earlierFigures })
  };
}
