// R20: every count cell of a quarter's figures (or a rolling year) under a stable path name, so that
// the same cell can be found in every publication (versions, periods) and in the disclosure audit.

import type { QuarterFigures, RollingYearFigures } from './types';

/** Every count cell of a quarter's figures by a path name ("total", "theme:<id>", "group:<id>", ...). */
export function cellsOf<C, S, M>(f: QuarterFigures<C, S, M>): Map<string, C> {
  const m = new Map<string, C>();
  m.set('total', f.totalAlerts);
  for (const a of f.byServiceArea) {
    m.set(`area:${a.serviceAreaId}`, a.count);
    for (const t of a.teams) {
      m.set(`team:${a.serviceAreaId}:${t.teamId}`, t.count);
    }
  }
  f.byLocation.forEach((r) => m.set(`loc:${r.key}`, r.count));
  f.byTheme.forEach((r) => m.set(`theme:${r.key}`, r.count));
  (f.byGroup ?? []).forEach((r) => m.set(`group:${r.key}`, r.count));
  f.themesByLocation.forEach((l) => l.themes.forEach((t) => m.set(`grid:${l.locationId}:${t.key}`, t.count)));
  f.byRoute.forEach((r) => m.set(`route:${r.key}`, r.count));
  f.byRag.forEach((r) => m.set(`rag:${r.key}`, r.count));
  f.escalations.forEach((r) => m.set(`esc:${r.key}`, r.count));
  m.set('fc:within', f.firstContact.withinTarget);
  m.set('fc:late', f.firstContact.late);
  m.set('fc:notYet', f.firstContact.notYetContacted);
  m.set('red:onTime', f.redFollowUps.onTime);
  m.set('red:late', f.redFollowUps.late);
  f.outcomes.forEach((r) => m.set(`out:${r.key}`, r.count));
  m.set('net:total', f.networkThemes.total);
  for (const n of f.networkThemes.byNetwork) {
    m.set(`net:${n.network}`, n.count);
    n.themes.forEach((t) => m.set(`nettheme:${n.network}:${t.key}`, t.count));
  }
  return m;
}

/** The cells of a rolling year by the same path names as a quarter's ("total", "theme:..", "group:.."). */
export function rollingCellsOf<C>(r: Pick<RollingYearFigures<C>, 'totalAlerts' | 'byTheme' | 'byGroup'>): Map<string, C> {
  const m = new Map<string, C>();
  m.set('total', r.totalAlerts);
  r.byTheme.forEach((t) => m.set(`theme:${t.key}`, t.count));
  r.byGroup.forEach((g) => m.set(`group:${g.key}`, g.count));
  return m;
}

/** The paths a period's theme counts and a rolling year share. */
export function isPeriodPath(path: string): boolean {
  return path === 'total' || path.startsWith('theme:') || path.startsWith('group:');
}
