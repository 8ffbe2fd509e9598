/*
 * npm run measure:themes — how much SMT can read of the themes at a council's volumes (issue 15, R18,
 * R20). For several seeded histories (tools/themesHistory.ts: 8 to 15 alerts a quarter, skewed themes,
 * a few service areas, some quarters republished) it prints, for the latest publication's quarter and
 * its rolling year: the share of alerts whose theme group SMT can read, the share whose detailed theme
 * SMT can read, and the share of non-zero cells shown. Targets (issue 15): group readable for at least
 * 60% of a quarter's alerts, detailed theme for at least 60% of the rolling year's alerts. That no
 * small count can be recovered is proved by test/domain/themes/history.test.ts, not here. The page's
 * height is measured in the browser, not here. Prints, asserts nothing.
 *   npm run measure:themes -- [quarters per history, default 4] [seeds, default 1,2,3]
 */
import { buildThemesReport, CountCell, KeyedRow } from '../src/domain/themes';
import { cellsOf } from '../src/domain/themes/cellPaths';
import { themeGroups } from '../src/referenceData';
import { generateHistory } from './themesHistory';

const QUARTERS = Number(process.argv[2] ?? 4);
const SEEDS = (process.argv[3] ?? '1,2,3').split(',').map(Number);

/** Share of the raw counts (of rows with a count) that SMT can read. */
function readable(published: ReadonlyArray<KeyedRow<string, CountCell>>, raw: ReadonlyArray<KeyedRow<string, number>>): number {
  const counts = new Map(raw.map((r) => [r.key, r.count] as [string, number]));
  let all = 0;
  let shown = 0;
  for (const r of published) {
    const n = counts.get(r.key) ?? 0;
    all += n;
    if (r.count.kind === 'count') {
      shown += n;
    }
  }
  return all === 0 ? 1 : shown / all;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

console.log(`measure:themes: ${SEEDS.length} histories of ${QUARTERS} quarters (8 to 15 alerts a quarter)`);
const rows: string[][] = [['seed', 'quarter', 'alerts', 'groups readable (quarter)', 'themes readable (rolling year)', 'non-zero cells shown (quarter)', 'seconds']];
const totals = { group: 0, theme: 0, cells: 0 };
for (const seed of SEEDS) {
  const started = Date.now();
  const history = generateHistory({ seed, quarters: QUARTERS, republish: 0.35 });
  const seconds = (Date.now() - started) / 1000;
  const last = history[history.length - 1];
  const raw = buildThemesReport(last.records, last.network, last.quarter, themeGroups);
  const report = last.report;
  const group = readable(report.current.byGroup ?? [], raw.current.byGroup ?? []);
  const year = (raw.periods ?? []).slice(-4);
  const yearThemes = (report.rollingYear?.byTheme ?? []).map((r) => ({ key: r.key, count: year.reduce((s, p) => s + (p.byTheme.find((t) => t.key === r.key)?.count ?? 0), 0) }));
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
  const cells = nonZero === 0 ? 1 : shown / nonZero;
  totals.group += group;
  totals.theme += theme;
  totals.cells += cells;
  rows.push([String(seed), report.current.label, String(raw.current.totalAlerts), percent(group), percent(theme), percent(cells), seconds.toFixed(1)]);
}
const n = SEEDS.length;
rows.push(['mean', '', '', percent(totals.group / n), percent(totals.theme / n), percent(totals.cells / n), '']);
const widths = rows[0].map((_h, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) {
  console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}
console.log(`targets: groups readable >= 60% of a quarter's alerts (${totals.group / n >= 0.6 ? 'met' : 'NOT met'}), themes readable >= 60% of the rolling year's alerts (${totals.theme / n >= 0.6 ? 'met' : 'NOT met'})`);
console.log('page height: measured in the browser (not by this tool)');
