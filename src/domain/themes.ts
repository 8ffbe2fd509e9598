// R17, R18, R19, R20: the quarterly themes report for SMT and its small-number protection.
//
// R18: the report counts alerts (never names, free text or record ids) for one quarter: by service
//      area and team, by location, by theme (and themes by location), by route, by RAG, escalations,
//      first contact within target, Red follow-ups on time, outcomes, with the previous quarter and
//      the change since.
// R17: escalations count alerts that had that escalation at least once in their life (not events).
// R19: network themes are counts the equality-network reps pass to PSW/AP. They are published in
//      their own table and are NEVER added to the alert theme counts: a combined "theme total"
//      beside alert-only counts would let anyone subtract one from the other and recover a
//      suppressed network count (or the reverse).
// R20: suppressSmallCounts turns the raw report into the only shape that may be published.
//      - Primary: a count above 0 and below the threshold (default 3) is suppressed.
//      - Zero is published as 0: it says nothing about any person, and hiding zeros would only make
//        real suppressions easier to locate. Suppressed cells are therefore never 0.
//      - Secondary: the report's published numbers are tied together by sums (teams add up to their
//        service area, service areas/locations/routes/RAG/outcomes/first-contact rows add up to the
//        total, locations add up to each theme in the theme-by-location grid, network themes add up
//        to their network, networks to the network total; with one theme per alert also themes add
//        up to the total and each location row to its location). Organisational knowledge adds two
//        more hidden links anyone on SMT may know: which route a service area goes to (R6) and which
//        office a team works from (modelled as unpublished two-way tables whose empty cells are
//        assumed known). Every suppressed count below the threshold must stay unrecoverable from all
//        of these together. First the classic rule: a sum with exactly one small count hidden gets
//        its next smallest part hidden too. Then an exact audit, repeated until it passes:
//          * linear algebra over all the sums (reduced row echelon form): is the count determined?
//          * bounds: every hidden count is a whole number >= 1 (zeros are published), propagated
//            through the sums and their reduced forms;
//          * linear programming over the null space of the sums: can the count move at all (up, or
//            down when above 1) without pushing another hidden count that is already 1 below 1?
//        A count that fails gets its nearest smallest published neighbour hidden (parts of sums
//        before sums; the headline totals last). Secondary suppressions (counts of threshold or more)
//        only protect small ones; being able to work one of them out reveals no small number.
//        Threat model: exact recovery of a small count from the published numbers and public
//        structure (test/domain/themesAttacker.ts searches exhaustively and must fail).
//      - A suppressed cell carries no value, and primary and secondary suppressions look the same
//        (labelling which is which would hand an attacker bounds that pin values).
//      - Ratios and medians computed on fewer than threshold records are suppressed; a ratio is also
//        suppressed when its numerator or its complement is, because it would give them back.
//      - Change since the previous quarter is computed only from the two published figures: if either
//        cell is suppressed the change is too, so it can never reveal more than the two reports.
//      - Rows are sorted by id (fixed enum order for route, RAG, escalation, outcome, network), never
//        by value, so the order of rows does not leak the order of suppressed values.

import type { CaseOutcome, EqualityNetwork, EscalationKind, Rag, Route } from './types';
import { CASE_OUTCOMES, EQUALITY_NETWORKS, ESCALATION_KINDS as TYPE_ESCALATION_KINDS, RAGS, ROUTES as TYPE_ROUTES } from './types';
import type { Case } from './caseLifecycle';
import { contactedWithinTarget, FirstContactSettings, hoursToFirstContact } from './firstContactClock';
import type { IsoDate } from './londonTime';
import { hosFollowUpOnTime } from './managerSummary';
import { Quarter, previousQuarter, quarterId, quarterLabel, quarterRange } from './quarters';

/** Row key for a missing team, location or theme. */
export const NOT_RECORDED = 'notRecorded';

/** R20 default: counts below 3 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

/** R10 default target used when a record gives hours but not whether the clock's target was met. */
const DEFAULT_FIRST_CONTACT_TARGET_HOURS = 48;

export type RagRow = Rag | 'NotRated';
export type OutcomeRow = CaseOutcome | 'Open';

// The rows of each table, in display order: the domain's own lists (types.ts), plus the "not yet" rows.
export const ROUTES: ReadonlyArray<Route> = TYPE_ROUTES;
export const RAG_ROWS: ReadonlyArray<RagRow> = [...RAGS, 'NotRated'];
export const ESCALATION_KINDS: ReadonlyArray<EscalationKind> = TYPE_ESCALATION_KINDS;
export const OUTCOME_ROWS: ReadonlyArray<OutcomeRow> = [...CASE_OUTCOMES, 'Open'];
export const NETWORKS: ReadonlyArray<EqualityNetwork> = EQUALITY_NETWORKS;

/** R18/R22: what the report needs of one alert. No names, no free text, no record ids. */
export interface ThemeRecord {
  /** When the alert was created (ISO instant or Date); decides its quarter by London date. */
  createdAt: Date | string;
  /** R5: always present, anonymous alerts included. */
  serviceAreaId: string;
  teamId?: string;
  locationId?: string;
  route: Route;
  /** Theme ids from the discussion record (R12); empty when none chosen yet. */
  themeIds: ReadonlyArray<string>;
  /** Current RAG; undefined when not yet rated. */
  rag?: Rag;
  /** R17: escalations the case went through. */
  escalations: ReadonlyArray<EscalationKind>;
  /** R10: hours from alert to first contact (see hoursToFirstContact); undefined if not contacted yet. */
  firstContactHours?: number;
  /** R10: whether first contact met the clock's target (working or calendar); defaults to hours <= 48. */
  firstContactOnTime?: boolean;
  /** R14: for Red cases whose 2-week follow-up is due: done on time? undefined otherwise. */
  redFollowUpOnTime?: boolean;
  /** R18: how the case ended; undefined while open. */
  outcome?: CaseOutcome;
}

/** R19: a count of concerns on one theme a network rep reported for a quarter. Themes, never names. */
export interface NetworkThemeRecord {
  network: EqualityNetwork;
  /** e.g. "FY2026Q3" (quarters.quarterId). */
  quarterId: string;
  /** Kept for triage; not published (network counts by service area would be tiny and identifying). */
  serviceAreaId?: string;
  themeId: string;
  count: number;
}

// ---------------------------------------------------------------------------------------------
// Report shape. C = a count, S = a share (0..1), M = a median in hours.

export interface KeyedRow<K extends string, C> {
  key: K;
  count: C;
}

export interface TeamRow<C> {
  teamId: string;
  count: C;
}

export interface ServiceAreaRow<C> {
  serviceAreaId: string;
  count: C;
  /** Adds up to count; alerts without a team are in the NOT_RECORDED row. */
  teams: TeamRow<C>[];
}

export interface LocationThemesRow<C> {
  locationId: string;
  /** One entry for every theme in byTheme, same order. */
  themes: KeyedRow<string, C>[];
}

export interface NetworkRow<C> {
  network: EqualityNetwork;
  count: C;
  themes: KeyedRow<string, C>[];
}

export interface FirstContactFigures<C, S, M> {
  withinTarget: C;
  late: C;
  notYetContacted: C;
  /** withinTarget / (withinTarget + late). */
  shareWithinTarget: S;
  /** Median hours to first contact of the contacted alerts. */
  medianHours: M;
}

export interface RedFollowUpFigures<C, S> {
  onTime: C;
  late: C;
  /** onTime / (onTime + late). */
  shareOnTime: S;
}

export interface NetworkThemeFigures<C> {
  total: C;
  byNetwork: NetworkRow<C>[];
}

export interface QuarterFigures<C, S, M> {
  quarterId: string;
  label: string;
  /** First London date of the quarter (inclusive). */
  start: IsoDate;
  /** First London date after the quarter (exclusive). */
  end: IsoDate;
  totalAlerts: C;
  byServiceArea: ServiceAreaRow<C>[];
  byLocation: KeyedRow<string, C>[];
  /** Alerts mentioning each theme (an alert with two themes counts in both). */
  byTheme: KeyedRow<string, C>[];
  /** R18 "themes by location": one row per location, one cell per theme. */
  themesByLocation: LocationThemesRow<C>[];
  byRoute: KeyedRow<Route, C>[];
  byRag: KeyedRow<RagRow, C>[];
  escalations: KeyedRow<EscalationKind, C>[];
  firstContact: FirstContactFigures<C, S, M>;
  redFollowUps: RedFollowUpFigures<C, S>;
  outcomes: KeyedRow<OutcomeRow, C>[];
  networkThemes: NetworkThemeFigures<C>;
}

/** Links between published rows that are not themselves published (used only to protect them, R20). */
export interface DisclosureLinkage {
  /** True when no alert has more than one theme: theme rows then add up to the total. */
  singleThemePerAlert: boolean;
  serviceAreaRoutes: Array<{ serviceAreaId: string; route: Route; count: number }>;
  teamLocations: Array<{ serviceAreaId: string; teamId: string; locationId: string; count: number }>;
}

/** Raw figures: for triage only, never published as they are. */
export interface RawQuarterFigures extends QuarterFigures<number, number | null, number | null> {
  linkage: DisclosureLinkage;
}

/** R18: the raw report (current and previous quarter, same rows in both). */
export interface ThemesReport {
  current: RawQuarterFigures;
  previous: RawQuarterFigures;
}

/** R20: a suppressed cell carries no value at all. */
export interface SuppressedCell {
  readonly kind: 'suppressed';
  /** "fewer than threshold, or hidden so that one cannot be worked out". */
  readonly threshold: number;
}

export interface CountValue {
  readonly kind: 'count';
  readonly value: number;
}

export interface RatioValue {
  readonly kind: 'ratio';
  /** 0..1 */
  readonly value: number;
}

export interface HoursValue {
  readonly kind: 'hours';
  /** Rounded to 0.1 hour. */
  readonly value: number;
}

export interface ChangeValue {
  readonly kind: 'change';
  readonly value: number;
}

export type CountCell = CountValue | SuppressedCell;
export type RatioCell = RatioValue | SuppressedCell;
export type HoursCell = HoursValue | SuppressedCell;
export type ChangeCell = ChangeValue | SuppressedCell;

export type PublishedQuarterFigures = QuarterFigures<CountCell, RatioCell, HoursCell>;

/** Change since the previous quarter; quarterId/label/start/end are the current quarter's. */
export type ChangeFigures = QuarterFigures<ChangeCell, ChangeCell, ChangeCell>;

/** R18, R20: the only form of the report that may leave the triage team. */
export interface PublishedThemesReport {
  threshold: number;
  current: PublishedQuarterFigures;
  previous: PublishedQuarterFigures;
  change: ChangeFigures;
}

// ---------------------------------------------------------------------------------------------
// Aggregation (O(n) in the number of records).

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

class QuarterAccumulator {
  public total: number = 0;
  public readonly areas: Map<string, Map<string, number>> = new Map();
  public readonly locations: Map<string, number> = new Map();
  public readonly themes: Map<string, number> = new Map();
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
  public multiTheme: boolean = false;
  public readonly areaRoutes: Map<string, number> = new Map();
  public readonly teamLocations: Map<string, number> = new Map();
  public readonly networks: Map<EqualityNetwork, Map<string, number>> = new Map();

  public add(r: ThemeRecord): void {
    if (typeof r.serviceAreaId !== 'string' || r.serviceAreaId === '') {
      throw new RangeError('R5: every alert must have a service area');
    }
    checkMember(this.routes, r.route, 'route');
    const rag: RagRow = r.rag ?? 'NotRated';
    checkMember(this.rag, rag, 'RAG');
    const outcome: OutcomeRow = r.outcome ?? 'Open';
    checkMember(this.outcomes, outcome, 'outcome');

    this.total++;
    const team = keyOrNotRecorded(r.teamId);
    const location = keyOrNotRecorded(r.locationId);
    bump(nested(this.areas, r.serviceAreaId, () => new Map<string, number>()), team);
    bump(this.locations, location);

    const row = nested(this.grid, location, () => new Map<string, number>());
    let distinct = 0;
    for (let i = 0; i < r.themeIds.length; i++) {
      const theme = r.themeIds[i];
      if (r.themeIds.indexOf(theme) !== i) {
        continue;
      }
      distinct++;
      bump(this.themes, theme);
      bump(row, theme);
    }
    if (distinct === 0) {
      bump(this.themes, NOT_RECORDED);
      bump(row, NOT_RECORDED);
    } else if (distinct > 1) {
      this.multiTheme = true;
    }

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

function figuresOf(acc: QuarterAccumulator, other: QuarterAccumulator, q: Quarter): RawQuarterFigures {
  const range = quarterRange(q);
  const get = <K>(m: Map<K, number> | undefined, k: K): number => (m === undefined ? 0 : m.get(k) ?? 0);
  const themeKeys = unionKeys(acc.themes, other.themes);
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
    totalAlerts: acc.total,
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
    byTheme: themeKeys.map((key) => ({ key, count: get(acc.themes, key) })),
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
      singleThemePerAlert: !acc.multiTheme,
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

/**
 * R17, R18, R19: aggregates the quarter q and the one before it. Records outside both are ignored,
 * so the caller may pass a whole year. Both quarters list the same rows (every key seen in either).
 */
export function buildThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter
): ThemesReport {
  const prevQuarter = previousQuarter(quarter);
  const currentRange = quarterRange(quarter);
  const start = currentRange.startInstant.getTime();
  const end = currentRange.endInstant.getTime();
  const prevStart = quarterRange(prevQuarter).startInstant.getTime();
  const current = new QuarterAccumulator();
  const previous = new QuarterAccumulator();
  for (const r of records) {
    const t = instantOf(r.createdAt);
    if (t >= start && t < end) {
      current.add(r);
    } else if (t >= prevStart && t < start) {
      previous.add(r);
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
  return { current: figuresOf(current, previous, quarter), previous: figuresOf(previous, current, prevQuarter) };
}

// ---------------------------------------------------------------------------------------------
// Suppression (R20).

function mapFigures<C1, S1, M1, C2, S2, M2>(
  f: QuarterFigures<C1, S1, M1>,
  count: (c: C1) => C2,
  ratio: (s: S1, which: 'firstContact' | 'redFollowUps') => S2,
  hours: (m: M1) => M2
): QuarterFigures<C2, S2, M2> {
  const rows = <K extends string>(rs: ReadonlyArray<KeyedRow<K, C1>>): KeyedRow<K, C2>[] =>
    rs.map((r) => ({ key: r.key, count: count(r.count) }));
  return {
    quarterId: f.quarterId,
    label: f.label,
    start: f.start,
    end: f.end,
    totalAlerts: count(f.totalAlerts),
    byServiceArea: f.byServiceArea.map((a) => ({
      serviceAreaId: a.serviceAreaId,
      count: count(a.count),
      teams: a.teams.map((t) => ({ teamId: t.teamId, count: count(t.count) }))
    })),
    byLocation: rows(f.byLocation),
    byTheme: rows(f.byTheme),
    themesByLocation: f.themesByLocation.map((l) => ({ locationId: l.locationId, themes: rows(l.themes) })),
    byRoute: rows(f.byRoute),
    byRag: rows(f.byRag),
    escalations: rows(f.escalations),
    firstContact: {
      withinTarget: count(f.firstContact.withinTarget),
      late: count(f.firstContact.late),
      notYetContacted: count(f.firstContact.notYetContacted),
      shareWithinTarget: ratio(f.firstContact.shareWithinTarget, 'firstContact'),
      medianHours: hours(f.firstContact.medianHours)
    },
    redFollowUps: {
      onTime: count(f.redFollowUps.onTime),
      late: count(f.redFollowUps.late),
      shareOnTime: ratio(f.redFollowUps.shareOnTime, 'redFollowUps')
    },
    outcomes: rows(f.outcomes),
    networkThemes: {
      total: count(f.networkThemes.total),
      byNetwork: f.networkThemes.byNetwork.map((n) => ({
        network: n.network,
        count: count(n.count),
        themes: rows(n.themes)
      }))
    }
  };
}

/** total = sum of members (cell indexes). */
interface SumConstraint {
  total: number;
  members: number[];
}

/** Every count of one quarter as a numbered cell, with the sums that tie them together. */
class CellBook {
  public readonly values: number[] = [];
  /** Not published: structure the reader may know (route of a service area, office of a team). */
  public readonly hidden: boolean[] = [];
  public readonly sums: SumConstraint[] = [];
  /** The report's headline totals: hidden only when nothing else will do. */
  public readonly headline: Set<number> = new Set<number>();

  public add(value: number, hidden: boolean = false): number {
    this.values.push(value);
    this.hidden.push(hidden);
    return this.values.length - 1;
  }

  public sum(total: number, members: number[]): void {
    this.sums.push({ total, members });
  }
}

type IndexedFigures = QuarterFigures<number, null, null>;

function addSums(book: CellBook, f: IndexedFigures, linkage: DisclosureLinkage): void {
  const total = f.totalAlerts;
  const counts = <K extends string>(rs: ReadonlyArray<KeyedRow<K, number>>): number[] => rs.map((r) => r.count);

  book.sum(total, f.byServiceArea.map((a) => a.count));
  for (const a of f.byServiceArea) {
    book.sum(a.count, a.teams.map((t) => t.count));
  }
  book.sum(total, counts(f.byLocation));
  book.sum(total, counts(f.byRoute));
  book.sum(total, counts(f.byRag));
  book.sum(total, counts(f.outcomes));
  book.sum(total, [f.firstContact.withinTarget, f.firstContact.late, f.firstContact.notYetContacted]);

  // Themes by location: each alert sits in exactly one location row, so each theme column adds up.
  f.byTheme.forEach((theme, j) => {
    book.sum(theme.count, f.themesByLocation.map((row) => row.themes[j].count));
  });
  if (linkage.singleThemePerAlert) {
    book.sum(total, counts(f.byTheme));
    f.themesByLocation.forEach((row, i) => book.sum(f.byLocation[i].count, counts(row.themes)));
  }

  book.sum(f.networkThemes.total, f.networkThemes.byNetwork.map((n) => n.count));
  for (const n of f.networkThemes.byNetwork) {
    book.sum(n.count, counts(n.themes));
  }

  // Hidden links: service area -> route (R6), team -> office. Their cells are unknown to the reader,
  // but which of them are empty is assumed known (the safe assumption).
  const areaCell = new Map<string, number>();
  const teamCell = new Map<string, number>();
  for (const a of f.byServiceArea) {
    areaCell.set(a.serviceAreaId, a.count);
    for (const t of a.teams) {
      teamCell.set(a.serviceAreaId + SEP + t.teamId, t.count);
    }
  }
  const routeCell = new Map<string, number>(f.byRoute.map((r) => [r.key, r.count] as [string, number]));
  const locationCell = new Map<string, number>(f.byLocation.map((r) => [r.key, r.count] as [string, number]));
  linkSums(
    book,
    linkage.serviceAreaRoutes.map((l) => ({ left: areaCell.get(l.serviceAreaId), right: routeCell.get(l.route), count: l.count }))
  );
  linkSums(
    book,
    linkage.teamLocations.map((l) => ({
      left: teamCell.get(l.serviceAreaId + SEP + l.teamId),
      right: locationCell.get(l.locationId),
      count: l.count
    }))
  );
}

/** A hidden two-way table: each left cell is the sum of its row, each right cell of its column. */
function linkSums(book: CellBook, links: Array<{ left: number | undefined; right: number | undefined; count: number }>): void {
  const byLeft = new Map<number, number[]>();
  const byRight = new Map<number, number[]>();
  for (const l of links) {
    /* istanbul ignore if: linkage is built from the same records as the rows */
    if (l.left === undefined || l.right === undefined || l.count <= 0) {
      continue;
    }
    const h = book.add(l.count, true);
    nested(byLeft, l.left, () => []).push(h);
    nested(byRight, l.right, () => []).push(h);
  }
  byLeft.forEach((members, total) => book.sum(total, members));
  byRight.forEach((members, total) => book.sum(total, members));
}

// Two primes below 2^26, so products stay exact in a double.
const PRIMES: ReadonlyArray<number> = [67108859, 67108837];

function modInverse(a: number, p: number): number {
  let [oldR, r] = [a, p];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % p) + p) % p;
}

/** target -= factor * source (mod p). */
function subtractRow(target: Map<number, number>, source: Map<number, number>, factor: number, p: number): void {
  source.forEach((v, c) => {
    const next = ((target.get(c) ?? 0) - ((factor * v) % p) + p) % p;
    if (next === 0) {
      target.delete(c);
    } else {
      target.set(c, next);
    }
  });
}

/**
 * Which unknowns a system of linear equations determines uniquely: reduced row echelon form mod p;
 * an unknown is determined when its pivot row holds nothing else.
 */
function determinedUnknowns(rows: Array<Map<number, number>>, p: number): Set<number> {
  const pivots = new Map<number, Map<number, number>>();
  for (const original of rows) {
    const row = new Map<number, number>();
    original.forEach((v, c) => row.set(c, ((v % p) + p) % p));
    for (const c of Array.from(row.keys())) {
      const coeff = row.get(c);
      const pivotRow = pivots.get(c);
      if (coeff !== undefined && pivotRow !== undefined) {
        subtractRow(row, pivotRow, coeff, p);
      }
    }
    if (row.size === 0) {
      continue;
    }
    let pivot = Infinity;
    row.forEach((_v, c) => (pivot = Math.min(pivot, c)));
    const inv = modInverse(row.get(pivot) as number, p);
    row.forEach((v, c) => row.set(c, (v * inv) % p));
    pivots.forEach((other) => {
      const coeff = other.get(pivot);
      if (coeff !== undefined) {
        subtractRow(other, row, coeff, p);
      }
    });
    pivots.set(pivot, row);
  }
  const determined = new Set<number>();
  pivots.forEach((row, c) => {
    if (row.size === 1) {
      determined.add(c);
    }
  });
  return determined;
}

/** coef . x = rhs over the unknown cells. */
interface LinearRow {
  coef: Map<number, number>;
  rhs: number;
}

/** An exact fraction; throws if it outgrows exact double arithmetic. */
class Fraction {
  public readonly n: number;
  public readonly d: number;

  public constructor(n: number, d: number = 1) {
    /* istanbul ignore if: only for systems far larger than a quarterly report */
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) {
      throw new RangeError('fraction overflow');
    }
    const g = gcd(Math.abs(n), Math.abs(d)) || 1;
    const sign = d < 0 ? -1 : 1;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  public minus(other: Fraction, factor: Fraction): Fraction {
    const fn = other.n * factor.n;
    const fd = other.d * factor.d;
    return new Fraction(this.n * fd - fn * this.d, this.d * fd);
  }

  public over(other: Fraction): Fraction {
    return new Fraction(this.n * other.d, this.d * other.n);
  }

  public value(): number {
    return this.n / this.d;
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}

/**
 * The reduced row echelon form of the rows over the rationals, constants included: each row then ties
 * one unknown to the free ones, which gives interval reasoning bounds that no single sum shows. If the
 * numbers outgrow exact arithmetic the extra rows are skipped (the modular check still holds).
 */
function reducedRows(rows: LinearRow[]): ReducedSystem | undefined {
  const RHS = -1;
  try {
    const pivots = new Map<number, Map<number, Fraction>>();
    for (const original of rows) {
      const row = new Map<number, Fraction>();
      original.coef.forEach((k, c) => row.set(c, new Fraction(k)));
      row.set(RHS, new Fraction(original.rhs));
      for (const c of Array.from(row.keys())) {
        const coeff = row.get(c);
        const pivotRow = pivots.get(c);
        if (coeff !== undefined && pivotRow !== undefined) {
          subtractFractionRow(row, pivotRow, coeff);
        }
      }
      let pivot = Infinity;
      row.forEach((_v, c) => {
        if (c !== RHS) {
          pivot = Math.min(pivot, c);
        }
      });
      if (pivot === Infinity) {
        continue;
      }
      const lead = row.get(pivot) as Fraction;
      row.forEach((v, c) => row.set(c, v.over(lead)));
      pivots.forEach((other) => {
        const coeff = other.get(pivot);
        if (coeff !== undefined) {
          subtractFractionRow(other, row, coeff);
        }
      });
      pivots.set(pivot, row);
    }
    const result: ReducedSystem = { rows: [], pivots: new Map() };
    pivots.forEach((row, pivot) => {
      const coef = new Map<number, number>();
      let rhs = 0;
      row.forEach((v, c) => {
        if (c === RHS) {
          rhs = v.value();
        } else {
          coef.set(c, v.value());
        }
      });
      result.rows.push({ coef, rhs });
      result.pivots.set(pivot, coef);
    });
    return result;
  } catch {
    /* istanbul ignore next: only for systems far larger than a quarterly report */
    return undefined;
  }
}

interface ReducedSystem {
  rows: LinearRow[];
  /** pivot unknown -> its row (pivot coefficient 1, the rest on free unknowns only). */
  pivots: Map<number, Map<number, number>>;
}

/**
 * Phase one of the simplex method (Bland's rule): is there x >= 0 with A x = b? Dense and small: the
 * systems here have tens of rows.
 */
function feasible(a: number[][], b: number[]): boolean {
  const EPS = 1e-9;
  const m = a.length;
  const n = m === 0 ? 0 : a[0].length;
  // tableau: m rows of [A | I (artificials) | b], with rows flipped so that b >= 0
  const t: number[][] = a.map((row, i) => {
    const sign = b[i] < 0 ? -1 : 1;
    const r = row.map((x) => sign * x);
    for (let k = 0; k < m; k++) {
      r.push(k === i ? 1 : 0);
    }
    r.push(sign * b[i]);
    return r;
  });
  const width = n + m + 1;
  const basis = t.map((_r, i) => n + i);
  // reduced costs of "minimise the sum of artificials"
  const z: number[] = new Array<number>(width).fill(0);
  for (const r of t) {
    for (let c = 0; c < n; c++) {
      z[c] -= r[c];
    }
    z[width - 1] -= r[width - 1];
  }
  for (let iteration = 0; iteration < 10000; iteration++) {
    let enter = -1;
    for (let c = 0; c < n + m; c++) {
      if (z[c] < -EPS) {
        enter = c;
        break;
      }
    }
    if (enter < 0) {
      return -z[width - 1] < 1e-7;
    }
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      if (t[i][enter] > EPS) {
        const ratio = t[i][width - 1] / t[i][enter];
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
          best = ratio;
          leave = i;
        }
      }
    }
    /* istanbul ignore if: phase one is bounded below by 0 */
    if (leave < 0) {
      return true;
    }
    const pivotRow = t[leave];
    const pv = pivotRow[enter];
    for (let c = 0; c < width; c++) {
      pivotRow[c] /= pv;
    }
    for (let i = 0; i < m; i++) {
      const f = t[i][enter];
      if (i !== leave && f !== 0) {
        const r = t[i];
        for (let c = 0; c < width; c++) {
          r[c] -= f * pivotRow[c];
        }
      }
    }
    const fz = z[enter];
    for (let c = 0; c < width; c++) {
      z[c] -= fz * pivotRow[c];
    }
    basis[leave] = enter;
  }
  /* istanbul ignore next: Bland's rule cannot cycle */
  return false;
}

/** target -= factor * source, dropping zeros. */
function subtractFractionRow(target: Map<number, Fraction>, source: Map<number, Fraction>, factor: Fraction): void {
  source.forEach((v, c) => {
    const next = (target.get(c) ?? new Fraction(0)).minus(v, factor);
    if (next.n === 0) {
      target.delete(c);
    } else {
      target.set(c, next);
    }
  });
}

/** The protection state of one quarter's cells. */
class Protector {
  private readonly book: CellBook;
  private readonly threshold: number;
  public readonly suppressed: boolean[];
  private readonly sumsOf: number[][];

  public constructor(book: CellBook, threshold: number) {
    this.book = book;
    this.threshold = threshold;
    this.suppressed = book.values.map((v, i) => !book.hidden[i] && v > 0 && v < threshold);
    this.sumsOf = book.values.map(() => []);
    book.sums.forEach((s, k) => {
      for (const c of [s.total, ...s.members]) {
        this.sumsOf[c].push(k);
      }
    });
  }

  private unknown(c: number): boolean {
    return this.suppressed[c] || this.book.hidden[c];
  }

  private publishedNonZero(c: number): boolean {
    return !this.unknown(c) && this.book.values[c] > 0;
  }

  /** A small count that must not be worked out. Secondary suppressions (>= threshold) only protect these. */
  private sensitive(c: number): boolean {
    return this.suppressed[c] && !this.book.hidden[c] && this.book.values[c] < this.threshold;
  }

  /** Smallest published non-zero cell among candidates (ties: lowest index). */
  private smallest(candidates: number[]): number | undefined {
    let best: number | undefined;
    for (const c of candidates) {
      if (this.publishedNonZero(c) && (best === undefined || this.book.values[c] < this.book.values[best])) {
        best = c;
      }
    }
    return best;
  }

  /** Classic secondary suppression: a sum with exactly one unknown part gives it away. */
  private applySumRule(): boolean {
    let changed = false;
    for (const s of this.book.sums) {
      const cells = [s.total, ...s.members];
      const unknowns = cells.filter((c) => this.unknown(c));
      if (unknowns.length !== 1 || !this.sensitive(unknowns[0])) {
        continue;
      }
      const pick = this.smallest(s.members) ?? this.smallest([s.total]);
      if (pick !== undefined) {
        this.suppressed[pick] = true;
        changed = true;
      }
    }
    return changed;
  }

  /** Suppressed cells a reader could still work out: by linear algebra, or because they are >= 1. */
  private exposed(): number[] {
    const { values, sums } = this.book;
    const rows: LinearRow[] = [];
    for (const s of sums) {
      const coef = new Map<number, number>();
      let rhs = 0;
      const add = (c: number, k: number): void => {
        if (this.unknown(c)) {
          coef.set(c, (coef.get(c) ?? 0) + k);
        } else {
          rhs -= k * values[c];
        }
      };
      add(s.total, 1);
      s.members.forEach((m) => add(m, -1));
      coef.forEach((k, c) => {
        /* istanbul ignore if: a cell is never both a sum and one of its own parts */
        if (k === 0) {
          coef.delete(c);
        }
      });
      if (coef.size > 0) {
        rows.push({ coef, rhs });
      }
    }
    const found = new Set<number>();
    for (const p of PRIMES) {
      determinedUnknowns(
        rows.map((r) => r.coef),
        p
      ).forEach((c) => found.add(c));
    }
    const reduced = reducedRows(rows);
    this.pinnedByBounds([...rows, ...(reduced === undefined ? [] : reduced.rows)]).forEach((c) => found.add(c));
    if (reduced !== undefined) {
      for (const c of values.map((_v, i) => i)) {
        if (this.sensitive(c) && !found.has(c) && this.pinnedByCone(c, reduced)) {
          found.add(c);
        }
      }
    }
    return values.map((_v, c) => c).filter((c) => found.has(c) && this.sensitive(c));
  }

  /**
   * Exact check that a suppressed count can move: is there a direction that keeps every published
   * sum (a null-space direction of the sums) and changes this count, without pushing any count that
   * is already 1 below 1? Decided by linear programming in the few free unknowns. If it can move
   * neither up nor (when above 1) down, the count is pinned.
   */
  private pinnedByCone(cell: number, reduced: ReducedSystem): boolean {
    const { values } = this.book;
    // null-space coordinates: free unknowns are parameters, each pivot is minus its row
    const free: number[] = [];
    values.forEach((_v, c) => {
      if (this.unknown(c) && !reduced.pivots.has(c)) {
        free.push(c);
      }
    });
    const column = new Map<number, number>(free.map((f, k) => [f, k] as [number, number]));
    const direction = (c: number): number[] => {
      const d = new Array<number>(free.length).fill(0);
      const row = reduced.pivots.get(c);
      if (row === undefined) {
        d[column.get(c) as number] = 1;
      } else {
        row.forEach((k, f) => {
          if (f !== c) {
            d[column.get(f) as number] = -k;
          }
        });
      }
      return d;
    };
    const target = direction(cell);
    /* istanbul ignore if: a determined count is already caught by the modular check */
    if (target.every((x) => Math.abs(x) < 1e-12)) {
      return true;
    }
    const tight: number[][] = [];
    values.forEach((v, c) => {
      if (c !== cell && this.unknown(c) && v === 1) {
        const d = direction(c);
        if (d.some((x) => Math.abs(x) > 1e-12)) {
          tight.push(d);
        }
      }
    });
    // variables: w = p - q (2k), one surplus per tight row; rows: tight . w - s = 0, target . w = +-1
    const k = free.length;
    const width = 2 * k + tight.length;
    const canMove = (sign: number): boolean => {
      const a: number[][] = tight.map((d, i) => {
        const r = new Array<number>(width).fill(0);
        d.forEach((x, j) => {
          r[j] = x;
          r[k + j] = -x;
        });
        r[2 * k + i] = -1;
        return r;
      });
      const last = new Array<number>(width).fill(0);
      target.forEach((x, j) => {
        last[j] = x;
        last[k + j] = -x;
      });
      return feasible([...a, last], [...tight.map(() => 0), sign]);
    };
    return !canMove(1) && (values[cell] === 1 || !canMove(-1));
  }

  /**
   * Interval reasoning over the sums and their reduced forms: every unknown is a whole number of at
   * least 1. Cells whose lowest and highest possible values meet are pinned.
   */
  private pinnedByBounds(rows: LinearRow[]): number[] {
    const { values } = this.book;
    const lo = values.map((v, c) => (this.unknown(c) ? 1 : v));
    const hi = values.map((v, c) => (this.unknown(c) ? Infinity : v));
    const EPS = 1e-9;
    for (let round = 0, changed = true; changed && round < 100; round++) {
      changed = false;
      for (const row of rows) {
        row.coef.forEach((k, j) => {
          // k * x_j = rhs - sum over the others of k_i * x_i
          let othersMin = 0;
          let othersMax = 0;
          row.coef.forEach((ki, i) => {
            if (i !== j) {
              othersMin += ki > 0 ? ki * lo[i] : ki * hi[i];
              othersMax += ki > 0 ? ki * hi[i] : ki * lo[i];
            }
          });
          const a = (row.rhs - othersMax) / k;
          const b = (row.rhs - othersMin) / k;
          const newLo = Math.ceil(Math.min(a, b) - EPS);
          const newHi = Math.floor(Math.max(a, b) + EPS);
          if (newLo > lo[j]) {
            lo[j] = newLo;
            changed = true;
          }
          if (newHi < hi[j]) {
            hi[j] = newHi;
            changed = true;
          }
        });
      }
    }
    return values.map((_v, c) => c).filter((c) => this.unknown(c) && lo[c] === hi[c]);
  }

  /**
   * The published non-zero cell to hide next to protect an exposed one: the nearest (through shared
   * sums) smallest part of a sum; failing that the nearest smallest sum; the report's headline totals
   * (all alerts, all network themes) only as a last resort.
   */
  private complementFor(cell: number): number | undefined {
    const seenCells = new Set<number>([cell]);
    const seenSums = new Set<number>();
    let frontier = [cell];
    const partLevels: number[][] = [];
    const totalLevels: number[][] = [];
    while (frontier.length > 0) {
      const parts: number[] = [];
      const totals: number[] = [];
      const next: number[] = [];
      for (const c of frontier) {
        for (const k of this.sumsOf[c]) {
          if (seenSums.has(k)) {
            continue;
          }
          seenSums.add(k);
          const s = this.book.sums[k];
          for (const other of [...s.members, s.total]) {
            if (seenCells.has(other)) {
              continue;
            }
            seenCells.add(other);
            if (this.publishedNonZero(other)) {
              (other === s.total ? totals : parts).push(other);
            }
            next.push(other);
          }
        }
      }
      partLevels.push(parts.sort((a, b) => a - b));
      totalLevels.push(totals.sort((a, b) => a - b));
      frontier = next;
    }
    for (const level of partLevels) {
      const pick = this.smallest(level);
      if (pick !== undefined) {
        return pick;
      }
    }
    for (const level of totalLevels) {
      const pick = this.smallest(level.filter((c) => !this.book.headline.has(c)));
      if (pick !== undefined) {
        return pick;
      }
    }
    for (const level of totalLevels) {
      const pick = this.smallest(level);
      if (pick !== undefined) {
        return pick;
      }
    }
    /* istanbul ignore next: an exposed count always shares a sum with some published count */
    return undefined;
  }

  public run(): void {
    for (let guard = 0; guard <= this.book.values.length; guard++) {
      if (this.applySumRule()) {
        continue;
      }
      const exposed = this.exposed();
      if (exposed.length === 0) {
        return;
      }
      const pick = this.complementFor(exposed[0]);
      /* istanbul ignore if: a determined non-zero cell is always tied to some published non-zero cell */
      if (pick === undefined) {
        break;
      }
      this.suppressed[pick] = true;
    }
    /* istanbul ignore next: last resort, never reached in practice; hide every non-zero count */
    this.book.values.forEach((v, c) => {
      if (!this.book.hidden[c] && v > 0) {
        this.suppressed[c] = true;
      }
    });
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function publishFigures(raw: RawQuarterFigures, threshold: number): PublishedQuarterFigures {
  const book = new CellBook();
  const indexed: IndexedFigures = mapFigures(
    raw,
    (v: number) => book.add(v),
    () => null,
    () => null
  );
  addSums(book, indexed, raw.linkage);
  book.headline.add(indexed.totalAlerts);
  book.headline.add(indexed.networkThemes.total);
  const protector = new Protector(book, threshold);
  protector.run();
  const sup = protector.suppressed;
  const suppressed: SuppressedCell = { kind: 'suppressed', threshold };
  const count = (i: number): CountCell => (sup[i] ? suppressed : { kind: 'count', value: book.values[i] });
  const ratio = (part: number, other: number): RatioCell => {
    const n = book.values[part] + book.values[other];
    return sup[part] || sup[other] || n < threshold ? suppressed : { kind: 'ratio', value: book.values[part] / n };
  };
  const contacted = raw.firstContact.withinTarget + raw.firstContact.late;
  const rawMedian = raw.firstContact.medianHours;
  return mapFigures(indexed, count, (_s, which) =>
    which === 'firstContact'
      ? ratio(indexed.firstContact.withinTarget, indexed.firstContact.late)
      : ratio(indexed.redFollowUps.onTime, indexed.redFollowUps.late),
    () => (rawMedian === null || contacted < threshold ? suppressed : { kind: 'hours', value: round1(rawMedian) })
  );
}

/**
 * R20: the publishable report. Counts below threshold (and enough others to stop them being worked
 * out) become { kind: 'suppressed' } with no value; see the notes at the top of this file.
 */
export function suppressSmallCounts(
  report: ThemesReport,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): PublishedThemesReport {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError('The suppression threshold must be a whole number, 1 or more');
  }
  const current = publishFigures(report.current, threshold);
  const previous = publishFigures(report.previous, threshold);
  return { threshold, current, previous, change: changeBetween(current, previous, threshold) };
}

/**
 * R18, R20: change since the previous quarter, from published figures only (so it can be computed
 * against the snapshot SMT actually saw). A row missing from previous counts as 0 there; if either
 * cell is suppressed the change is suppressed.
 */
export function changeBetween(
  current: PublishedQuarterFigures,
  previous: PublishedQuarterFigures,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): ChangeFigures {
  const suppressed: SuppressedCell = { kind: 'suppressed', threshold };
  const zero: CountValue = { kind: 'count', value: 0 };
  const diff = (a: CountCell | RatioCell | HoursCell, b: CountCell | RatioCell | HoursCell | undefined): ChangeCell => {
    const before = b ?? zero;
    return a.kind === 'suppressed' || before.kind === 'suppressed'
      ? suppressed
      : { kind: 'change', value: a.value - before.value };
  };
  const rows = <K extends string>(
    cur: ReadonlyArray<KeyedRow<K, CountCell>>,
    prev: ReadonlyArray<KeyedRow<K, CountCell>> | undefined
  ): KeyedRow<K, ChangeCell>[] => {
    const before = new Map<K, CountCell>((prev ?? []).map((r) => [r.key, r.count] as [K, CountCell]));
    return cur.map((r) => ({ key: r.key, count: diff(r.count, before.get(r.key)) }));
  };
  const prevAreas = new Map(previous.byServiceArea.map((a) => [a.serviceAreaId, a] as [string, ServiceAreaRow<CountCell>]));
  const prevGrid = new Map(previous.themesByLocation.map((l) => [l.locationId, l] as [string, LocationThemesRow<CountCell>]));
  const prevNetworks = new Map(
    previous.networkThemes.byNetwork.map((n) => [n.network, n] as [EqualityNetwork, NetworkRow<CountCell>])
  );
  return {
    quarterId: current.quarterId,
    label: current.label,
    start: current.start,
    end: current.end,
    totalAlerts: diff(current.totalAlerts, previous.totalAlerts),
    byServiceArea: current.byServiceArea.map((a) => {
      const p = prevAreas.get(a.serviceAreaId);
      const teams = new Map((p?.teams ?? []).map((t) => [t.teamId, t.count] as [string, CountCell]));
      return {
        serviceAreaId: a.serviceAreaId,
        count: diff(a.count, p?.count),
        teams: a.teams.map((t) => ({ teamId: t.teamId, count: diff(t.count, teams.get(t.teamId)) }))
      };
    }),
    byLocation: rows(current.byLocation, previous.byLocation),
    byTheme: rows(current.byTheme, previous.byTheme),
    themesByLocation: current.themesByLocation.map((l) => ({
      locationId: l.locationId,
      themes: rows(l.themes, prevGrid.get(l.locationId)?.themes)
    })),
    byRoute: rows(current.byRoute, previous.byRoute),
    byRag: rows(current.byRag, previous.byRag),
    escalations: rows(current.escalations, previous.escalations),
    firstContact: {
      withinTarget: diff(current.firstContact.withinTarget, previous.firstContact.withinTarget),
      late: diff(current.firstContact.late, previous.firstContact.late),
      notYetContacted: diff(current.firstContact.notYetContacted, previous.firstContact.notYetContacted),
      shareWithinTarget: diff(current.firstContact.shareWithinTarget, previous.firstContact.shareWithinTarget),
      medianHours: diff(current.firstContact.medianHours, previous.firstContact.medianHours)
    },
    redFollowUps: {
      onTime: diff(current.redFollowUps.onTime, previous.redFollowUps.onTime),
      late: diff(current.redFollowUps.late, previous.redFollowUps.late),
      shareOnTime: diff(current.redFollowUps.shareOnTime, previous.redFollowUps.shareOnTime)
    },
    outcomes: rows(current.outcomes, previous.outcomes),
    networkThemes: {
      total: diff(current.networkThemes.total, previous.networkThemes.total),
      byNetwork: current.networkThemes.byNetwork.map((n) => {
        const p = prevNetworks.get(n.network);
        return { network: n.network, count: diff(n.count, p?.count), themes: rows(n.themes, p?.themes) };
      })
    }
  };
}

/** R18, R20: aggregate and protect in one step. */
export function publishThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): PublishedThemesReport {
  return suppressSmallCounts(buildThemesReport(records, networkRecords, quarter), threshold);
}

// ---------------------------------------------------------------------------------------------
// From the triage records to the report, and what may be written beside it.

/** What the report needs of a case as the triage lists hold it (WellbeingCases). */
export interface CaseForThemes {
  /** R10: when the alert arrived; decides the quarter. */
  alertReceivedAt: Date;
  serviceAreaId: string;
  /** Blank or undefined when not recorded (anonymous alerts, R5). */
  teamId?: string;
  locationId?: string;
  /** R12: the themes chosen from the discussion. */
  themeIds: ReadonlyArray<string>;
  case: Pick<Case, 'route' | 'rag' | 'escalations' | 'firstContactAt' | 'summarySharedAt' | 'forwardedAt' | 'followUpRecordedAt' | 'outcome'>;
}

/**
 * R10, R14, R17, R18: one case as the report counts it, on the SLA clock the council set (calendar or
 * working hours) and as things stand at `now` (a Red follow-up not yet due is not counted either way).
 * Only ids and dates cross over: no names, no free text, no reference.
 */
export function themeRecordOfCase(record: CaseForThemes, clock: FirstContactSettings, now: Date): ThemeRecord {
  const c = record.case;
  const contacted = c.firstContactAt;
  const result: ThemeRecord = {
    createdAt: record.alertReceivedAt,
    serviceAreaId: record.serviceAreaId,
    route: c.route,
    themeIds: [...record.themeIds],
    escalations: c.escalations.map((e) => e.kind)
  };
  if (record.teamId) {
    result.teamId = record.teamId;
  }
  if (record.locationId) {
    result.locationId = record.locationId;
  }
  if (c.rag !== undefined) {
    result.rag = c.rag;
  }
  if (contacted !== undefined) {
    result.firstContactHours = hoursToFirstContact(record.alertReceivedAt, contacted, clock);
    result.firstContactOnTime = contactedWithinTarget(record.alertReceivedAt, contacted, clock);
  }
  if (c.rag === 'Red') {
    // R14: the follow-up clock runs from the Red summary, or from sending an anonymous alert on (R16).
    const onTime = hosFollowUpOnTime(c.summarySharedAt ?? c.forwardedAt, c.followUpRecordedAt, now);
    if (onTime !== undefined) {
      result.redFollowUpOnTime = onTime;
    }
  }
  if (c.outcome !== undefined) {
    result.outcome = c.outcome;
  }
  return result;
}

/**
 * R18, R20: the previous quarter as SMT already saw it. When the previous quarter has been published,
 * the new report repeats that published snapshot (and the change is worked out against it) instead of
 * figures recomputed from records that may have changed since: two different versions of the same
 * quarter, each protected on its own, could be compared to pin a small number. With the snapshot,
 * holding both reports tells a reader nothing about the previous quarter that its own report did not.
 */
export function withPublishedPrevious(
  report: PublishedThemesReport,
  previousPublished: PublishedQuarterFigures | undefined
): PublishedThemesReport {
  if (previousPublished === undefined) {
    return report;
  }
  const previous = JSON.parse(JSON.stringify(previousPublished)) as PublishedQuarterFigures;
  return { ...report, previous, change: changeBetween(report.current, previous, report.threshold) };
}

/** What in a piece of free text would point at a person or a record (R18, R19, R22). */
export type IdentifyingKind = 'reference' | 'email' | 'phone' | 'titleAndName' | 'webAddress';

export interface IdentifyingText {
  kind: IdentifyingKind;
  /** The text found, so the writer can see exactly what to take out. */
  text: string;
}

const IDENTIFYING_PATTERNS: ReadonlyArray<[IdentifyingKind, RegExp]> = [
  // An alert reference (reference.ts), with or without its dashes.
  ['reference', /\bWB[-\s]?[A-Z0-9]{4}[-\s]?[A-Z0-9]{4}\b/gi],
  ['email', /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi],
  // Ten or more digits, spaces or dashes allowed between them (UK phone numbers, staff numbers).
  ['phone', /\+?\d(?:[\s-]?\d){9,}/g],
  // A title followed by a capitalised word: "Mrs Patel", "Dr. Okafor".
  ['titleAndName', /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z\u00c0-\u024f'-]+/g],
  ['webAddress', /\bhttps?:\/\/\S+/gi]
];

/**
 * R18, R19, R22: commentary and network notes carry themes, never people. This finds the things a
 * machine can recognise (record references, e-mail addresses, phone numbers, a title and a name, links);
 * it cannot recognise a bare name, so the form also says plainly not to write one.
 */
export function findIdentifyingText(text: string): IdentifyingText[] {
  const found: IdentifyingText[] = [];
  for (const [kind, pattern] of IDENTIFYING_PATTERNS) {
    for (const match of text.match(pattern) ?? []) {
      if (!found.some((f) => f.text === match)) {
        found.push({ kind, text: match });
      }
    }
  }
  return found;
}
