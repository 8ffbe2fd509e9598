/*
 * npm run measure:themes — how much SMT can read of the themes at a council's volumes (issue 15, R18,
 * R20). For several seeded histories (tools/themesHistory.ts: 8 to 15 alerts a quarter, skewed themes,
 * a few service areas, some quarters republished) it prints, for the latest publication's quarter and
 * its rolling year, the four figures of issue 15 (tools/themesReadability.ts): the share of alerts
 * whose theme group SMT can read, the share whose detailed theme SMT can read over the rolling year,
 * the share of non-zero cells shown, and the page's height. Targets: group readable for at least 60%
 * of a quarter's alerts, detailed theme for at least 60% of the rolling year's alerts. That no small
 * count can be recovered is proved by test/domain/themes/history.test.ts and measure.test.ts. The
 * page's height is measured in the browser by the preview e2e: this tool prints "not measured here"
 * rather than a made-up number. Prints, asserts nothing.
 *   npm run measure:themes -- [quarters per history, default 8] [seeds, default 1,2,3,4]
 */
import { measureReadability } from './themesReadability';

const QUARTERS = Number(process.argv[2] ?? 8);
const SEEDS = (process.argv[3] ?? '1,2,3,4').split(',').map(Number);

const percent = (x: number): string => `${Math.round(x * 100)}%`;

console.log(`measure:themes: ${SEEDS.length} histories of ${QUARTERS} quarters (8 to 15 alerts a quarter)`);
const rows: string[][] = [
  ['seed', 'quarter', 'alerts', 'publications', 'groups readable (quarter)', 'themes readable (rolling year)', 'non-zero cells shown (quarter)', 'seconds']
];
const totals = { group: 0, theme: 0, cells: 0 };
let worst = { group: 1, theme: 1 };
for (const seed of SEEDS) {
  const m = measureReadability(seed, QUARTERS);
  totals.group += m.group;
  totals.theme += m.theme;
  totals.cells += m.cells;
  worst = { group: Math.min(worst.group, m.group), theme: Math.min(worst.theme, m.theme) };
  rows.push([String(seed), m.label, String(m.alerts), String(m.publications), percent(m.group), percent(m.theme), percent(m.cells), m.seconds.toFixed(1)]);
}
const n = SEEDS.length;
rows.push(['mean', '', '', '', percent(totals.group / n), percent(totals.theme / n), percent(totals.cells / n), '']);
const widths = rows[0].map((_h, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) {
  console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}
const met = (x: number): string => (x >= 0.6 ? 'met' : 'NOT met');
console.log(
  `targets (every seed): groups readable >= 60% of a quarter's alerts (${met(worst.group)}, lowest ${percent(worst.group)}), ` +
    `themes readable >= 60% of the rolling year's alerts (${met(worst.theme)}, lowest ${percent(worst.theme)})`
);
console.log('page height: not measured here (the preview e2e measures it in the browser)');
