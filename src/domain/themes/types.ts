// R17, R18, R19: the shape of the quarterly themes report for SMT (raw and published).
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
// R20's protection is in protect.ts (see the notes there); the numeric kernel in disclosureKernel.ts.

import type { CaseOutcome, EqualityNetwork, EscalationKind, Rag, Route } from '../types';
import { CASE_OUTCOMES, EQUALITY_NETWORKS, ESCALATION_KINDS as TYPE_ESCALATION_KINDS, RAGS, ROUTES as TYPE_ROUTES } from '../types';
import type { IsoDate } from '../londonTime';

/** Row key for a missing team, location or theme. */
export const NOT_RECORDED = 'notRecorded';

/** R20 default: counts below 3 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

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
  /**
   * R18 (decision): alerts mentioning a theme of each group (an alert counts once per group). Absent
   * from reports published before groups existed.
   */
  byGroup?: KeyedRow<string, C>[];
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

/** R18 (decision): which group each theme belongs to, as the reference data says. */
export interface ThemeGroupDefinition {
  id: string;
  themeIds: ReadonlyArray<string>;
}

/** R18, R20: the theme counts of one quarter, for the rolling year and for the disclosure audit. */
export interface PeriodThemeCounts {
  quarterId: string;
  label: string;
  totalAlerts: number;
  byTheme: KeyedRow<string, number>[];
  byGroup: KeyedRow<string, number>[];
  /** No alert has two themes: themes then add up to the total. */
  singleThemePerAlert: boolean;
  /** No alert has themes in two groups: groups then add up to the total. */
  singleGroupPerAlert: boolean;
  /** No alert has two themes of one group: each group is then the sum of its themes. */
  groupIsSumOfThemes: boolean;
}

/**
 * R18 (decision): the last four quarters together (a rolling year), so that themes which never reach
 * the threshold in one quarter can still be read over a year.
 */
export interface RollingYearFigures<C> {
  /** The four quarters, oldest first; the last is the report's quarter. */
  quarterIds: string[];
  /** Labels of the first and the last quarter. */
  firstLabel: string;
  lastLabel: string;
  totalAlerts: C;
  byGroup: KeyedRow<string, C>[];
  byTheme: KeyedRow<string, C>[];
}

/** Raw figures: for triage only, never published as they are. */
export interface RawQuarterFigures extends QuarterFigures<number, number | null, number | null> {
  linkage: DisclosureLinkage;
}

/** R18: the raw report (current and previous quarter, same rows in both). */
export interface ThemesReport {
  current: RawQuarterFigures;
  previous: RawQuarterFigures;
  /**
   * R18, R20: theme and group counts of the report's quarter and the six before it, oldest first (the
   * rolling year and, for the audit, the rolling years published before it). Only with theme groups.
   */
  periods?: PeriodThemeCounts[];
  /** R20: the full raw figures of the six quarters before q, oldest first (for the audit only). */
  earlierFigures?: RawQuarterFigures[];
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
  /** R18 (decision): the rolling year ending with the report's quarter (absent before groups existed). */
  rollingYear?: RollingYearFigures<CountCell>;
  /** R18 (decision): the last four quarters by group, oldest first, each as SMT saw it. */
  trend?: TrendPoint[];
}

/** R18 (decision): one quarter of the trend by group, as SMT saw it when that quarter was published. */
export interface TrendPoint {
  quarterId: string;
  label: string;
  totalAlerts: CountCell;
  byGroup: KeyedRow<string, CountCell>[];
}
