// The themes report as tables: one model that the screen (tables and charts), the print layout and the
// CSV export all draw from, so they can never disagree (R18). Only published figures come in
// (PublishedThemesReport, suppression already applied, R20); nothing here can undo a suppression.
import * as strings from 'WellbeingThemesWebPartStrings';
import {
  ChangeCell,
  ChangeFigures,
  CountCell,
  KeyedRow,
  NOT_RECORDED,
  PublishedQuarterFigures,
  PublishedThemesReport
} from '../../../domain/themes';
import type { EqualityNetwork } from '../../../domain/types';
import { themeById, themeGroupById, themeGroups } from '../../../referenceData';
import type { OrganisationNames } from '../../../components/organisation';
import { changeCell, countCell, hoursCell, ratioCell, ShownCell } from './format';

export type SectionId =
  | 'serviceAreas'
  | 'locations'
  | 'themes'
  | 'themesByLocation'
  | 'routes'
  | 'rag'
  | 'escalations'
  | 'firstContact'
  | 'redFollowUps'
  | 'outcomes'
  | 'networkThemes'
  | 'trend'
  | 'groups'
  | 'rollingYear';

/** How a bar is coloured; RAG rows always carry their word too (colour is never alone). */
export type BarTone = 'neutral' | 'green' | 'amber' | 'red' | 'grey';

export interface ReportRow {
  key: string;
  /** The row header as shown. */
  header: string;
  /** The row header in the CSV (a team row names its service area too, as the indentation does on screen). */
  csvHeader: string;
  /** 0: a row; 1: a part of the row above (a team of a service area, a theme of a network). */
  level: 0 | 1;
  /** The key of the row this one is part of, when the screen shows it behind that row's disclosure. */
  parent?: string;
  /** A total row (shown bold, never charted). */
  total?: boolean;
  cells: ShownCell[];
  /** Drawn in the chart (from the first column). */
  chart?: boolean;
  tone?: BarTone;
}

export interface ReportTable {
  id: SectionId;
  title: string;
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: ReportRow[];
  /** True when the table has rows for a chart. */
  hasChart: boolean;
}

const SECTIONS = strings.Sections;
const COMPARE = [strings.Columns.thisQuarter, strings.Columns.previousQuarter, strings.Columns.change];

// Issue 18: names from the organisation the site holds (a retired team keeps its name in an old report); a key it
// does not know reads "Unknown team", never the key.
export function serviceAreaName(id: string, names: OrganisationNames): string {
  return id === NOT_RECORDED ? strings.NotRecorded : names.serviceArea(id);
}

export function teamName(id: string, names: OrganisationNames): string {
  return id === NOT_RECORDED ? strings.NotRecorded : names.team(id);
}

export function locationName(id: string, names: OrganisationNames): string {
  return id === NOT_RECORDED ? strings.NotRecorded : names.office(id);
}

export function themeName(id: string): string {
  return id === NOT_RECORDED ? strings.NotRecorded : themeById(id)?.name ?? id;
}

export function groupName(id: string): string {
  return id === NOT_RECORDED ? strings.NotRecorded : themeGroupById(id)?.name ?? id;
}

/** The group a theme belongs to (reference data), or NOT_RECORDED. */
export function groupOfTheme(themeId: string): string {
  return themeGroups.find((g) => g.themeIds.indexOf(themeId) >= 0)?.id ?? NOT_RECORDED;
}

export function networkName(id: EqualityNetwork): string {
  return strings.Networks[id] ?? id;
}

const ZERO: CountCell = { kind: 'count', value: 0 };

function table(id: SectionId, rows: ReportRow[], columns: string[] = COMPARE): ReportTable {
  const s = SECTIONS[id];
  return { id, title: s.title, caption: s.caption, rowHeader: s.rowHeader, columns, rows, hasChart: rows.some((r) => r.chart) };
}

function row(
  key: string,
  header: string,
  cells: ShownCell[],
  extra: Partial<Pick<ReportRow, 'level' | 'total' | 'chart' | 'tone' | 'csvHeader' | 'parent'>> = {}
): ReportRow {
  return { key, header, csvHeader: extra.csvHeader ?? header, level: extra.level ?? 0, cells, ...extra };
}

/**
 * This quarter, the previous quarter and the change for keyed rows. The previous quarter may be the
 * snapshot SMT saw (withPublishedPrevious), so its rows are matched by key; a row it lacks was 0 there,
 * and a row only it has is listed with 0 this quarter (the change says so too).
 */
function compareRows<K extends string>(
  current: ReadonlyArray<KeyedRow<K, CountCell>>,
  previous: ReadonlyArray<KeyedRow<K, CountCell>>,
  change: ReadonlyArray<KeyedRow<K, ChangeCell>>,
  name: (key: K) => string,
  options: { chart?: boolean; tone?: (key: K) => BarTone; level?: 0 | 1; csvPrefix?: string } = {}
): ReportRow[] {
  const before = new Map<K, CountCell>(previous.map((r) => [r.key, r.count] as [K, CountCell]));
  const changed = new Map(change.map((r) => [r.key, r.count]));
  const keys = current.map((r) => r.key).concat(previous.map((r) => r.key).filter((k) => !current.some((c) => c.key === k)));
  const now = new Map<K, CountCell>(current.map((r) => [r.key, r.count] as [K, CountCell]));
  return keys.map((key) => {
    const cur = now.get(key) ?? ZERO;
    const prev = before.get(key) ?? ZERO;
    const diff = changed.get(key);
    const header = name(key);
    return row(
      key,
      header,
      [countCell(cur), countCell(prev), diff ? changeCell(diff) : differenceOf(cur, prev)],
      {
        chart: options.chart ?? true,
        tone: options.tone?.(key) ?? 'neutral',
        level: options.level ?? 0,
        csvHeader: options.csvPrefix ? `${options.csvPrefix}: ${header}` : header
      }
    );
  });
}

/** The change for a row only the previous quarter has: from the two published cells, as changeBetween does. */
function differenceOf(cur: CountCell, prev: CountCell): ShownCell {
  return cur.kind === 'suppressed' || prev.kind === 'suppressed'
    ? changeCell({ kind: 'suppressed', threshold: 0 })
    : changeCell({ kind: 'change', value: cur.value - prev.value });
}

const RAG_TONES: Record<string, BarTone> = { Green: 'green', Amber: 'amber', Red: 'red', NotRated: 'grey' };

function serviceAreaTable(cur: PublishedQuarterFigures, prev: PublishedQuarterFigures, change: ChangeFigures, names: OrganisationNames): ReportTable {
  const rows: ReportRow[] = [
    row('total', strings.AllAlerts, [countCell(cur.totalAlerts), countCell(prev.totalAlerts), changeCell(change.totalAlerts)], { total: true })
  ];
  const prevAreas = new Map(prev.byServiceArea.map((a) => [a.serviceAreaId, a]));
  const changeAreas = new Map(change.byServiceArea.map((a) => [a.serviceAreaId, a]));
  const areaIds = cur.byServiceArea.map((a) => a.serviceAreaId);
  prev.byServiceArea.forEach((a) => {
    if (areaIds.indexOf(a.serviceAreaId) < 0) {
      areaIds.push(a.serviceAreaId);
    }
  });
  for (const id of areaIds) {
    const a = cur.byServiceArea.find((x) => x.serviceAreaId === id) ?? { serviceAreaId: id, count: ZERO, teams: [] };
    const p = prevAreas.get(id) ?? { serviceAreaId: id, count: ZERO, teams: [] };
    const c = changeAreas.get(id);
    const name = serviceAreaName(id, names);
    rows.push(row(`area:${id}`, name, [countCell(a.count), countCell(p.count), c ? changeCell(c.count) : differenceOf(a.count, p.count)], { chart: true }));
    const teams = compareRows(
      a.teams.map((t) => ({ key: t.teamId, count: t.count })),
      p.teams.map((t) => ({ key: t.teamId, count: t.count })),
      (c?.teams ?? []).map((t) => ({ key: t.teamId, count: t.count })),
      (key) => teamName(key, names),
      { chart: false, level: 1, csvPrefix: name }
    );
    rows.push(...teams.map((t) => ({ ...t, key: `team:${id}:${t.key}`, parent: `area:${id}` })));
  }
  return table('serviceAreas', rows);
}

function themesByLocationTable(cur: PublishedQuarterFigures, names: OrganisationNames): ReportTable {
  const locations = cur.themesByLocation.map((l) => l.locationId);
  const rows = cur.byTheme.map((theme, j) =>
    row(
      theme.key,
      themeName(theme.key),
      cur.themesByLocation.map((l) => countCell(l.themes[j]?.count ?? ZERO)),
      { chart: false }
    )
  );
  return table('themesByLocation', rows, locations.map((l) => locationName(l, names)));
}

function firstContactTable(cur: PublishedQuarterFigures, prev: PublishedQuarterFigures, change: ChangeFigures): ReportTable {
  const f = cur.firstContact;
  const p = prev.firstContact;
  const c = change.firstContact;
  const names = strings.FirstContactRows;
  return table('firstContact', [
    row('withinTarget', names.withinTarget, [countCell(f.withinTarget), countCell(p.withinTarget), changeCell(c.withinTarget)], { chart: true, tone: 'green' }),
    row('late', names.late, [countCell(f.late), countCell(p.late), changeCell(c.late)], { chart: true, tone: 'red' }),
    row('notYetContacted', names.notYetContacted, [countCell(f.notYetContacted), countCell(p.notYetContacted), changeCell(c.notYetContacted)], {
      chart: true,
      tone: 'grey'
    }),
    row('shareWithinTarget', names.shareWithinTarget, [ratioCell(f.shareWithinTarget), ratioCell(p.shareWithinTarget), changeCell(c.shareWithinTarget, 'ratio')]),
    row('medianHours', names.medianHours, [hoursCell(f.medianHours), hoursCell(p.medianHours), changeCell(c.medianHours, 'hours')])
  ]);
}

function redFollowUpTable(cur: PublishedQuarterFigures, prev: PublishedQuarterFigures, change: ChangeFigures): ReportTable {
  const f = cur.redFollowUps;
  const p = prev.redFollowUps;
  const c = change.redFollowUps;
  const names = strings.RedFollowUpRows;
  return table('redFollowUps', [
    row('onTime', names.onTime, [countCell(f.onTime), countCell(p.onTime), changeCell(c.onTime)], { chart: true, tone: 'green' }),
    row('late', names.late, [countCell(f.late), countCell(p.late), changeCell(c.late)], { chart: true, tone: 'red' }),
    row('shareOnTime', names.shareOnTime, [ratioCell(f.shareOnTime), ratioCell(p.shareOnTime), changeCell(c.shareOnTime, 'ratio')])
  ]);
}

function networkTable(cur: PublishedQuarterFigures, prev: PublishedQuarterFigures, change: ChangeFigures): ReportTable {
  const n = cur.networkThemes;
  const p = prev.networkThemes;
  const c = change.networkThemes;
  const rows: ReportRow[] = [
    row('total', strings.AllNetworkThemes, [countCell(n.total), countCell(p.total), changeCell(c.total)], { total: true })
  ];
  for (const net of n.byNetwork) {
    const before = p.byNetwork.find((x) => x.network === net.network);
    const diff = c.byNetwork.find((x) => x.network === net.network);
    const name = networkName(net.network);
    const prevCount = before?.count ?? ZERO;
    rows.push(
      row(`net:${net.network}`, name, [countCell(net.count), countCell(prevCount), diff ? changeCell(diff.count) : differenceOf(net.count, prevCount)], {
        chart: true
      })
    );
    const themes = compareRows(net.themes, before?.themes ?? [], diff?.themes ?? [], themeName, { chart: false, level: 1, csvPrefix: name });
    rows.push(...themes.map((t) => ({ ...t, key: `nettheme:${net.network}:${t.key}` })));
  }
  return table('networkThemes', rows);
}

/** One quarter of the trend: its own latest published report, or nothing when it was not published. */
export interface TrendQuarter {
  quarterId: string;
  label: string;
  figures?: PublishedQuarterFigures;
}

export function trendTable(quarters: ReadonlyArray<TrendQuarter>): ReportTable {
  const notPublished: ShownCell = { text: strings.NotPublished, suppressed: false };
  const rows = quarters.map((q) => {
    const f = q.figures;
    const red = f?.byRag.find((r) => r.key === 'Red');
    return row(
      q.quarterId,
      q.label,
      f
        ? [countCell(f.totalAlerts), ratioCell(f.firstContact.shareWithinTarget), hoursCell(f.firstContact.medianHours), countCell(red?.count ?? ZERO)]
        : [notPublished, notPublished, notPublished, notPublished],
      { chart: f !== undefined }
    );
  });
  const t = strings.TrendColumns;
  return table('trend', rows, [t.alerts, t.shareWithin, t.medianHours, t.red]);
}

/**
 * R18 (decision): alerts by theme group this quarter, each group's themes as its parts (behind a
 * disclosure on screen). Reports published before groups existed have none.
 */
function groupsTable(report: PublishedThemesReport): ReportTable | undefined {
  const { current: cur, previous: prev, change } = report;
  if (cur.byGroup === undefined) {
    return undefined;
  }
  const groups = compareRows(cur.byGroup, prev.byGroup ?? [], change.byGroup ?? [], groupName);
  const rows: ReportRow[] = [];
  for (const g of groups) {
    const inGroup = <C>(list: ReadonlyArray<KeyedRow<string, C>>): KeyedRow<string, C>[] => list.filter((t) => groupOfTheme(t.key) === g.key);
    rows.push({ ...g, key: `group:${g.key}` });
    const themes = compareRows(inGroup(cur.byTheme), inGroup(prev.byTheme), inGroup(change.byTheme), themeName, { chart: false, level: 1, csvPrefix: g.header });
    rows.push(...themes.map((t) => ({ ...t, key: `gtheme:${g.key}:${t.key}`, parent: `group:${g.key}` })));
  }
  return table('groups', rows);
}

/** R18 (decision): the last four quarters together, by group and theme, so themes rare in one quarter show. */
function rollingYearTable(report: PublishedThemesReport): ReportTable | undefined {
  const year = report.rollingYear;
  if (year === undefined) {
    return undefined;
  }
  const rows: ReportRow[] = [row('total', strings.AllAlerts, [countCell(year.totalAlerts)], { total: true })];
  for (const g of year.byGroup) {
    const header = groupName(g.key);
    // no chart: the groups' chart of the quarter is just above, and the page should read in a minute
    rows.push(row(`group:${g.key}`, header, [countCell(g.count)], { chart: false }));
    for (const t of year.byTheme.filter((x) => groupOfTheme(x.key) === g.key)) {
      const name = themeName(t.key);
      rows.push(row(`ytheme:${g.key}:${t.key}`, name, [countCell(t.count)], { level: 1, parent: `group:${g.key}`, csvHeader: `${header}: ${name}` }));
    }
  }
  return table('rollingYear', rows, [strings.Columns.rollingYear]);
}

/** Every table of a published (or draft) report, in reading order; the trend last when given. */
export function reportTables(report: PublishedThemesReport, names: OrganisationNames, trend?: ReadonlyArray<TrendQuarter>): ReportTable[] {
  const { current: cur, previous: prev, change } = report;
  const tables: ReportTable[] = [
    ...[groupsTable(report), rollingYearTable(report)].filter((t): t is ReportTable => t !== undefined),
    serviceAreaTable(cur, prev, change, names),
    table('locations', compareRows(cur.byLocation, prev.byLocation, change.byLocation, (k) => locationName(k, names))),
    table('themes', compareRows(cur.byTheme, prev.byTheme, change.byTheme, themeName)),
    themesByLocationTable(cur, names),
    table('routes', compareRows(cur.byRoute, prev.byRoute, change.byRoute, (k) => strings.Routes[k])),
    table('rag', compareRows(cur.byRag, prev.byRag, change.byRag, (k) => strings.Rag[k], { tone: (k) => RAG_TONES[k] })),
    table('escalations', compareRows(cur.escalations, prev.escalations, change.escalations, (k) => strings.Escalations[k])),
    firstContactTable(cur, prev, change),
    redFollowUpTable(cur, prev, change),
    table('outcomes', compareRows(cur.outcomes, prev.outcomes, change.outcomes, (k) => strings.Outcomes[k])),
    networkTable(cur, prev, change)
  ];
  if (trend !== undefined && trend.length > 0) {
    tables.push(trendTable(trend));
  }
  return tables;
}

/** The figures a busy reader wants first (R18). */
export interface KeyFigure {
  label: string;
  cell: ShownCell;
}

export function keyFigures(report: PublishedThemesReport): KeyFigure[] {
  const k = strings.KeyFigures;
  const cur = report.current;
  const red = cur.byRag.find((r) => r.key === 'Red');
  return [
    { label: k.alerts, cell: countCell(cur.totalAlerts) },
    { label: k.changeSincePrevious, cell: changeCell(report.change.totalAlerts) },
    { label: k.shareWithin, cell: ratioCell(cur.firstContact.shareWithinTarget) },
    { label: k.medianHours, cell: hoursCell(cur.firstContact.medianHours) },
    { label: k.red, cell: countCell(red?.count ?? ZERO) }
  ];
}

