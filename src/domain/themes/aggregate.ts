// R17, R18, R19: from the records to the raw report of a quarter and the one before it (O(n)).

import type { EqualityNetwork } from '../types';
import { addQuarters, Quarter, quarterId, quarterLabel, quarterRange } from '../quarters';
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
} from './types';

/** R10 default target used when a record gives hours but not whether the clock's target was met. */
const DEFAULT_FIRST_CONTACT_TARGET_HOURS = 48;

function bump<K>(map: Map<K, number>, key: K, by: number = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function nested<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

function keyOrNotRecorded(value: string | undefined): string {
  return value === undefined || value === '' ? NOT_RECORDED : value;
}

export const SEP = '\u0000';

/** R18 (decision): theme id -> group id; a theme in no group, or none recorded, is "not recorded". */
export function groupIndex(groups: ReadonlyArray<ThemeGroupDefinition>): Map<string, string> {
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

/**
 * The row keys one aggregation meets (service areas, teams, offices, themes, theme groups), each numbered the
 * first time it is seen, so the counters are arrays indexed by number: a record costs a few Map look-ups and
 * allocates nothing (issue 17). `tables()` turns the counters back into keyed rows once, after the pass.
 */
class Keys {
  public readonly names: string[] = [];
  private readonly index: Map<string, number> = new Map();

  public of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.index.set(name, i);
      this.names.push(name);
    }
    return i;
  }
}

class PassKeys {
  public readonly areas: Keys = new Keys();
  public readonly teams: Keys = new Keys();
  public readonly locations: Keys = new Keys();
  public readonly themes: Keys = new Keys();
  public readonly groups: Keys = new Keys();
  /** theme number -> its group's number (R18 decision: a theme in no group is "not recorded"). */
  private readonly groupOfTheme: number[] = [];
  public readonly themeNumbers: number[] = [];

  public constructor(private readonly groupOf: Map<string, string>) {}

  public theme(themeId: string): number {
    const t = this.themes.of(themeId);
    if (t === this.groupOfTheme.length) {
      this.groupOfTheme.push(this.groups.of(this.groupOf.get(themeId) ?? NOT_RECORDED));
    }
    return t;
  }

  public groupOfThemeNumber(t: number): number {
    return this.groupOfTheme[t];
  }

  /** One alert's theme numbers, in `themeNumbers`'s first places (reused for every alert: nothing allocated). */
  public themesOf(themeIds: ReadonlyArray<string>): number {
    for (let i = 0; i < themeIds.length; i++) {
      this.themeNumbers[i] = this.theme(themeIds[i]);
    }
    return themeIds.length;
  }
}

type Counts = number[];

/** R20: whether an alert counts in the "not recorded" theme group (no theme, or a theme in no group). */
function inNoGroup(themeIds: ReadonlyArray<string>, groupOf: Map<string, string>): boolean {
  if (themeIds.length === 0) return !groupOf.has(NOT_RECORDED);
  for (let i = 0; i < themeIds.length; i++) {
    if (!groupOf.has(themeIds[i])) return true;
  }
  return false;
}

/** Adds one at i; counters stay dense arrays of whole numbers (no holes), zero where a key is not counted. */
function inc(counts: Counts, i: number): void {
  while (counts.length <= i) counts.push(0);
  counts[i]++;
}

type Rows<T> = Array<T[] | undefined>;

function rowOf<T>(rows: Rows<T>, i: number): T[] {
  while (rows.length <= i) rows.push(undefined);
  let row = rows[i];
  if (row === undefined) {
    row = [];
    rows[i] = row;
  }
  return row;
}

/** Whether themes[i] is the first of its value among themes[0..i]. */
function firstAt(themes: ReadonlyArray<number>, i: number): boolean {
  for (let j = 0; j < i; j++) if (themes[j] === themes[i]) return false;
  return true;
}

/** The keyed counts of `counts`: keys never counted are absent, as a Map built by counting would have them. */
function keyed(counts: Counts | undefined, names: string[]): Map<string, number> {
  const map = new Map<string, number>();
  counts?.forEach((n, i) => {
    if (n > 0) map.set(names[i], n);
  });
  return map;
}

function keyedRows<T, V>(rows: Array<T | undefined>, names: string[], inner: (row: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  rows.forEach((row, i) => {
    if (row !== undefined) map.set(names[i], inner(row));
  });
  return map;
}

/** R18, R20: alerts, themes and theme groups of one quarter. */
class PeriodTally {
  public total: number = 0;
  public readonly themes: Counts = [];
  public readonly groups: Counts = [];
  public singleTheme: boolean = true;
  public singleGroup: boolean = true;
  public groupIsSumOfThemes: boolean = true;

  public constructor(private readonly keys: PassKeys) {}

  /**
   * Counts one alert with its distinct themes (none: "not recorded"): `themes` holds the alert's theme numbers
   * in its first `n` places (PassKeys.themesOf). A group counts where its first theme does.
   */
  public add(themes: ReadonlyArray<number>, n: number): void {
    const keys = this.keys;
    this.total++;
    if (n === 0) {
      const t = keys.theme(NOT_RECORDED);
      inc(this.themes, t);
      inc(this.groups, keys.groupOfThemeNumber(t));
      return;
    }
    let distinct = 0;
    let groupCount = 0;
    for (let i = 0; i < n; i++) {
      if (!firstAt(themes, i)) continue;
      distinct++;
      inc(this.themes, themes[i]);
      const g = keys.groupOfThemeNumber(themes[i]);
      let seen = false;
      for (let j = 0; j < i && !seen; j++) {
        seen = firstAt(themes, j) && keys.groupOfThemeNumber(themes[j]) === g;
      }
      if (seen) {
        this.groupIsSumOfThemes = false;
      } else {
        groupCount++;
        inc(this.groups, g);
      }
    }
    this.singleTheme = this.singleTheme && distinct === 1;
    this.singleGroup = this.singleGroup && groupCount === 1;
  }

  public tables(): TallyTables {
    const { themes, groups } = this.keys;
    return {
      total: this.total,
      themes: keyed(this.themes, themes.names),
      groups: keyed(this.groups, groups.names),
      singleTheme: this.singleTheme,
      singleGroup: this.singleGroup,
      groupIsSumOfThemes: this.groupIsSumOfThemes
    };
  }
}

interface TallyTables {
  total: number;
  themes: Map<string, number>;
  groups: Map<string, number>;
  singleTheme: boolean;
  singleGroup: boolean;
  groupIsSumOfThemes: boolean;
}

/** One quarter's counts as keyed rows: what figuresOf reads. */
interface QuarterTables {
  tally: TallyTables;
  areas: Map<string, Map<string, number>>;
  locations: Map<string, number>;
  grid: Map<string, Map<string, number>>;
  routes: Counts;
  rag: Counts;
  escalations: Counts;
  outcomes: Counts;
  withinTarget: number;
  late: number;
  notYetContacted: number;
  hours: number[];
  redOnTime: number;
  redLate: number;
  /** service area -> route (R6's public link between them) -> alerts. */
  areaRoutes: Map<string, Counts>;
  /** service area -> team -> office (which office a team works from) -> alerts. */
  teamLocations: Map<string, Map<string, Map<string, number>>>;
  networks: Map<EqualityNetwork, Map<string, number>>;
}

/** The position of `key` in a fixed list of rows; anything else is refused. */
function memberOf<K>(rows: ReadonlyArray<K>, key: K, what: string): number {
  const i = rows.indexOf(key);
  if (i < 0) {
    throw new RangeError(`Unknown ${what}: ${String(key)}`);
  }
  return i;
}

const zeros = (rows: ReadonlyArray<unknown>): Counts => rows.map(() => 0);

class QuarterAccumulator {
  public readonly tally: PeriodTally;
  private readonly areas: Rows<number> = [];
  private readonly locations: Counts = [];
  private readonly grid: Rows<number> = [];
  private readonly routes: Counts = zeros(ROUTES);
  private readonly rag: Counts = zeros(RAG_ROWS);
  private readonly escalations: Counts = zeros(ESCALATION_KINDS);
  private readonly outcomes: Counts = zeros(OUTCOME_ROWS);
  private withinTarget: number = 0;
  private late: number = 0;
  private notYetContacted: number = 0;
  private readonly hours: number[] = [];
  private redOnTime: number = 0;
  private redLate: number = 0;
  private readonly areaRoutes: Rows<number> = [];
  private readonly teamLocations: Rows<Counts | undefined> = [];
  private readonly networks: Map<EqualityNetwork, Map<string, number>> = new Map();
  private memo: QuarterTables | undefined;

  public constructor(private readonly keys: PassKeys) {
    this.tally = new PeriodTally(keys);
  }

  public add(r: ThemeRecord): void {
    if (typeof r.serviceAreaId !== 'string' || r.serviceAreaId === '') {
      throw new RangeError('R5: every alert must have a service area');
    }
    const route = memberOf(ROUTES, r.route, 'route');
    const rag = memberOf<RagRow>(RAG_ROWS, r.rag ?? 'NotRated', 'RAG');
    const outcome = memberOf<OutcomeRow>(OUTCOME_ROWS, r.outcome ?? 'Open', 'outcome');

    const keys = this.keys;
    const area = keys.areas.of(r.serviceAreaId);
    const team = keys.teams.of(keyOrNotRecorded(r.teamId));
    const location = keys.locations.of(keyOrNotRecorded(r.locationId));
    inc(rowOf(this.areas, area), team);
    inc(this.locations, location);

    const row = rowOf(this.grid, location);
    const themes = keys.themeNumbers;
    const n = keys.themesOf(r.themeIds);
    this.tally.add(themes, n);
    if (n === 0) {
      inc(row, keys.theme(NOT_RECORDED));
    }
    for (let i = 0; i < n; i++) {
      if (firstAt(themes, i)) inc(row, themes[i]);
    }

    this.routes[route]++;
    this.rag[rag]++;
    for (let i = 0; i < r.escalations.length; i++) {
      const kind = memberOf(ESCALATION_KINDS, r.escalations[i], 'escalation');
      if (r.escalations.indexOf(r.escalations[i]) === i) {
        this.escalations[kind]++;
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
    this.outcomes[outcome]++;

    inc(rowOf(this.areaRoutes, area), route);
    inc(rowOf(rowOf(this.teamLocations, area), team), location);
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

  public tables(): QuarterTables {
    if (this.memo === undefined) {
      const { areas, teams, locations, themes } = this.keys;
      this.memo = {
        tally: this.tally.tables(),
        areas: keyedRows(this.areas, areas.names, (row) => keyed(row, teams.names)),
        locations: keyed(this.locations, locations.names),
        grid: keyedRows(this.grid, locations.names, (row) => keyed(row, themes.names)),
        routes: this.routes,
        rag: this.rag,
        escalations: this.escalations,
        outcomes: this.outcomes,
        withinTarget: this.withinTarget,
        late: this.late,
        notYetContacted: this.notYetContacted,
        hours: this.hours,
        redOnTime: this.redOnTime,
        redLate: this.redLate,
        areaRoutes: keyedRows(this.areaRoutes, areas.names, (row) => row),
        teamLocations: keyedRows(this.teamLocations, areas.names, (byTeam) =>
          keyedRows(byTeam, teams.names, (row) => keyed(row, locations.names))
        ),
        networks: this.networks
      };
    }
    return this.memo;
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
  const a = Float64Array.from(values);
  const mid = a.length >> 1;
  const upper = select(a, mid);
  return a.length % 2 === 1 ? upper : (maxBelow(a, mid) + upper) / 2;
}

/** The k-th smallest of `a` (0-based), leaving every smaller value before k (Hoare's quickselect, in place). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const x = a[i];
        a[i] = a[j];
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/** The largest of a[0..end): after select(a, end), the value just below the median. */
function maxBelow(a: Float64Array, end: number): number {
  let max = a[0];
  for (let i = 1; i < end; i++) if (a[i] > max) max = a[i];
  return max;
}

function share(part: number, other: number): number | null {
  return part + other === 0 ? null : part / (part + other);
}

function figuresOf(counted: QuarterAccumulator, besideIt: QuarterAccumulator, q: Quarter, groupKeys: string[] | undefined): RawQuarterFigures {
  const acc = counted.tables();
  const other = besideIt.tables();
  const range = quarterRange(q);
  const get = <K>(m: Map<K, number> | undefined, k: K): number => (m === undefined ? 0 : m.get(k) ?? 0);
  const themeKeys = unionKeys(acc.tally.themes, other.tally.themes);
  const locationKeys = unionKeys(acc.locations, other.locations);
  const areaKeys = unionKeys(acc.areas, other.areas);

  const serviceAreaRoutes: DisclosureLinkage['serviceAreaRoutes'] = [];
  acc.areaRoutes.forEach((routes, serviceAreaId) =>
    routes.forEach((count, route) => {
      if (count > 0) serviceAreaRoutes.push({ serviceAreaId, route: ROUTES[route], count });
    })
  );
  const teamLocations: DisclosureLinkage['teamLocations'] = [];
  acc.teamLocations.forEach((teams, serviceAreaId) =>
    teams.forEach((locations, teamId) =>
      locations.forEach((count, locationId) => teamLocations.push({ serviceAreaId, teamId, locationId, count }))
    )
  );

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
    byRoute: ROUTES.map((key, i) => ({ key, count: acc.routes[i] })),
    byRag: RAG_ROWS.map((key, i) => ({ key, count: acc.rag[i] })),
    escalations: ESCALATION_KINDS.map((key, i) => ({ key, count: acc.escalations[i] })),
    firstContact: {
      withinTarget: acc.withinTarget,
      late: acc.late,
      notYetContacted: acc.notYetContacted,
      shareWithinTarget: share(acc.withinTarget, acc.late),
      medianHours: median(acc.hours)
    },
    redFollowUps: { onTime: acc.redOnTime, late: acc.redLate, shareOnTime: share(acc.redOnTime, acc.redLate) },
    outcomes: OUTCOME_ROWS.map((key, i) => ({ key, count: acc.outcomes[i] })),
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

function networkFigures(acc: QuarterTables, other: QuarterTables): NetworkThemeFigures<number> {
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
export const PERIODS_CARRIED = 7;

function periodCounts(tally: TallyTables, q: Quarter, themeKeys: string[], groupKeys: string[]): PeriodThemeCounts {
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

/** How many quarters back the oldest earlier figure's group rows look (its own rolling year and audit). */
const QUARTERS_SEEN = 2 * PERIODS_CARRIED - 1;

/**
 * R17, R18, R19: aggregates the quarter q and the one before it (records outside are ignored, so the
 * caller may pass several years). Both quarters list the same rows (every key seen in either). With
 * theme groups (R18 decision) the report also counts alerts by group, and carries the theme and group
 * counts of q and the six quarters before it for the rolling year and its audit (R20), and each of those
 * six quarters' own figures (beside the quarter before it, as that quarter's report showed them).
 *
 * One pass over the records: each goes to its quarter's accumulator (q and the seven before it when there
 * are groups, else q and the one before), and allocates nothing of its own; older quarters, as far back as
 * the earliest figures' rolling year, only note whether an alert had no theme group.
 */
export function buildThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  groups?: ReadonlyArray<ThemeGroupDefinition>
): ThemesReport {
  const groupOf = groupIndex(groups ?? []);
  // quarters[k] is the quarter k quarters before q; accumulators[k] its figures (k < accumulated).
  const accumulated = groups === undefined ? 2 : PERIODS_CARRIED + 1;
  const seen = groups === undefined ? 2 : QUARTERS_SEEN;
  const quarters = Array.from({ length: seen }, (_x, k) => addQuarters(quarter, -k));
  const starts = quarters.map((p) => quarterRange(p).startInstant.getTime());
  const end = quarterRange(quarter).endInstant.getTime();
  const oldest = starts[seen - 1];
  const keys = new PassKeys(groupOf);
  const accumulators = Array.from({ length: accumulated }, () => new QuarterAccumulator(keys));
  // R20: whether a quarter had an alert in no theme group (its earlier figures then carry that row).
  const ungrouped = quarters.map(() => false);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const t = instantOf(r.createdAt);
    if (t >= end || t < oldest) continue;
    let k = 0;
    while (t < starts[k]) k++;
    if (k < accumulated) {
      accumulators[k].add(r);
    }
    if (groups !== undefined && !ungrouped[k] && inNoGroup(r.themeIds, groupOf)) {
      ungrouped[k] = true;
    }
  }
  const quarterIndex = new Map(quarters.slice(0, accumulated).map((p, k) => [quarterId(p), k]));
  for (const n of networkRecords) {
    const k = quarterIndex.get(n.quarterId);
    if (k !== undefined) {
      accumulators[k].addNetwork(n);
    }
  }
  const figuresAt = (k: number, groupKeys: string[] | undefined): RawQuarterFigures =>
    figuresOf(accumulators[k], accumulators[k + 1], quarters[k], groupKeys);
  if (groups === undefined) {
    return { current: figuresAt(0, undefined), previous: figuresOf(accumulators[1], accumulators[0], quarters[1], undefined) };
  }
  // The group rows of the report for the quarter k back: every group, and "not recorded" when its year had one.
  const groupKeysAt = (k: number): string[] => [
    ...groups.map((g) => g.id),
    ...(ungrouped.slice(k, k + PERIODS_CARRIED).some(Boolean) ? [NOT_RECORDED] : [])
  ];
  const tallies = accumulators.slice(0, PERIODS_CARRIED).map((a) => a.tables().tally);
  const themeKeys = unionKeys(...tallies.map((t) => t.themes));
  const groupKeys = groupKeysAt(0);
  // The audit (R20) ties the new tables to every earlier quarter's own tables: their full figures.
  const earlierFigures: RawQuarterFigures[] = [];
  for (let k = PERIODS_CARRIED - 1; k >= 1; k--) {
    earlierFigures.push(figuresAt(k, groupKeysAt(k)));
  }
  return {
    current: figuresAt(0, groupKeys),
    previous: figuresOf(accumulators[1], accumulators[0], quarters[1], groupKeys),
    periods: tallies.map((t, k) => periodCounts(t, quarters[k], themeKeys, groupKeys)).reverse(),
    earlierFigures
  };
}
