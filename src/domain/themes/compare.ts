// R18, R20: change between two published quarters, and the previous quarter as SMT already saw it.

import type { EqualityNetwork } from '../types';
import {
  ChangeCell,
  ChangeFigures,
  CountCell,
  CountValue,
  DEFAULT_SUPPRESSION_THRESHOLD,
  HoursCell,
  KeyedRow,
  LocationThemesRow,
  NetworkRow,
  PublishedQuarterFigures,
  PublishedThemesReport,
  RatioCell,
  ServiceAreaRow,
  SuppressedCell,
  TrendPoint
} from './types';

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
    ...(current.byGroup === undefined ? {} : { byGroup: rows(current.byGroup, previous.byGroup) }),
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

/**
 * R18 (decision): the trend by group over the last four quarters, each earlier quarter exactly as SMT
 * saw it (its latest published version with groups), so the trend publishes nothing new (R20).
 * Quarters never published with groups are left out.
 */
export function trendOf(report: PublishedThemesReport, earlier: ReadonlyArray<PublishedThemesReport>): TrendPoint[] {
  const quarterIds = report.rollingYear?.quarterIds ?? [report.current.quarterId];
  const latest = new Map<string, PublishedQuarterFigures>();
  for (const e of earlier) {
    if (e.current.byGroup !== undefined) {
      latest.set(e.current.quarterId, e.current);
    }
  }
  const points: TrendPoint[] = [];
  for (const id of quarterIds) {
    const f = id === report.current.quarterId ? report.current : latest.get(id);
    if (f?.byGroup !== undefined) {
      points.push(JSON.parse(JSON.stringify({ quarterId: f.quarterId, label: f.label, totalAlerts: f.totalAlerts, byGroup: f.byGroup })) as TrendPoint);
    }
  }
  return points;
}
