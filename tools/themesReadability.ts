/*
 * Issue 15's readability figures for one generated history (tools/themesHistory.ts), used by
 * `npm run measure:themes` and asserted by test/domain/themes/measure.test.ts: for the latest
 * publication's quarter and its rolling year, the share of alerts whose theme group SMT can read, the
 * share of theme mentions whose detailed theme SMT can read over the rolling year, and the share of
 * the quarter's non-zero cells shown. A row counts as read only when it is published under its own
 * key with a number (folded into a combined line, hidden or left out: not read).
 */
import { buildThemesReport, CountCell, KeyedRow } from '../src/domain/themes';
import { cellsOf } from '../src/domain/themes/cellPaths';
import { themeGroups } from '../src/referenceData';
import { generateHistory, HistoryPublication } from './themesHistory';

export interface Readability {
  seed: number;
  label: string;
  alerts: number;
  /** Share of the quarter's alerts (counted per group) whose group SMT can read. */
  group: number;
  /** Share of the rolling year's theme mentions whose detailed theme SMT can read. */
  theme: number;
  /** Share of the quarter's non-zero count cells shown with a number. */
  cells: number;
  publications: number;
  seconds: number;
  history: HistoryPublication[];
}

/** Share of the raw counts that SMT can read (see the notes at the top). */
export function readable(published: ReadonlyArray<KeyedRow<string, CountCell>>, raw: ReadonlyArray<KeyedRow<string, number>>): number {
  const shownKeys = new Set(published.filter((r) => r.count.kind === 'count').map((r) => r.key));
  let all = 0;
  let shown = 0;
  for (const r of raw) {
    all += r.count;
    if (shownKeys.has(r.key)) {
      shown += r.count;
    }
  }
  return all === 0 ? 1 : shown / all;
}

/** Generates one history and measures its latest publication. */
export function measureReadability(seed: number, quarters: number, republish: number = 0.35): Readability {
  const started = Date.now();
  const history = generateHistory({ seed, quarters, republish });
  const seconds = (Date.now() - started) / 1000;
  const last = history[history.length - 1];
  const raw = buildThemesReport(last.records, last.network, last.quarter, themeGroups);
  const report = last.report;
  const group = readable(report.current.byGroup ?? [], raw.current.byGroup ?? []);
  const year = (raw.periods ?? []).slice(-4);
  const yearThemes = (year[year.length - 1]?.byTheme ?? []).map((r) => ({
    key: r.key,
    count: year.reduce((s, p) => s + (p.byTheme.find((t) => t.key === r.key)?.count ?? 0), 0)
  }));
  const theme = readable(report.rollingYear?.byTheme ?? [], yearThemes);
  const truth = cellsOf(raw.current);
  let nonZero = 0;
  let shown = 0;
  cellsOf(report.current).forEach((cell, path) => {
    if ((truth.get(path) ?? 0) > 0) {
      nonZero++;
      shown += cell.kind === 'count' ? 1 : 0;
    }
  });
  return {
    seed,
    label: report.current.label,
    alerts: raw.current.totalAlerts,
    group,
    theme,
    cells: nonZero === 0 ? 1 : shown / nonZero,
    publications: history.length,
    seconds,
    history
  };
}
