/*
 * npm run bench:themes — how long the quarterly themes take for SMT (issue 7: 100,000 alerts in well
 * under a second; issue 17: at most 100 ms in all). Generates 100,000 records spread over two quarters from the
 * reference data with a seeded generator, then times building the report and suppressing it (R18, R20), the first
 * time (as a publish does it, code not yet warmed up) and the median of five more. Then the same 100,000 alerts
 * over eight quarters with theme groups, as the publish page runs it (the rolling year, and the six earlier
 * quarters' figures its audit ties to), to show what the disclosure audit costs at that size.
 * Prints, asserts nothing. `npm run bench:themes -- 20000` for another size.
 */
import { buildThemesReport, suppressSmallCounts, ThemeGroupDefinition, ThemeRecord } from '../src/domain/themes';
import { quarterOf, quarterRange, previousQuarter } from '../src/domain/quarters';
import { addQuarters } from '../src/domain/quarters';
import { CASE_OUTCOMES, ESCALATION_KINDS, RAGS } from '../src/domain/types';
import { locations, serviceAreas, themeGroups, themes } from '../src/referenceData';

const COUNT = Number(process.argv[2] ?? 100_000);

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const random = seeded(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const quarter = quarterOf(new Date('2026-11-22T12:00:00Z'));
const start = quarterRange(previousQuarter(quarter)).startInstant.getTime();

function generate(from: number): ThemeRecord[] {
  const span = quarterRange(quarter).endInstant.getTime() - from;
  const records: ThemeRecord[] = [];
  for (let i = 0; i < COUNT; i++) {
    const area = pick(serviceAreas);
    const rated = random() < 0.8;
    records.push({
      createdAt: new Date(from + Math.floor(random() * span)),
      serviceAreaId: area.id,
      teamId: pick(area.teams).id,
      locationId: pick(locations).id,
      route: area.route,
      themeIds: [pick(themes).id],
      rag: rated ? pick(RAGS) : undefined,
      escalations: rated && random() < 0.1 ? [pick(ESCALATION_KINDS)] : [],
      firstContactHours: random() < 0.9 ? Math.round(random() * 96) : undefined,
      outcome: random() < 0.6 ? pick(CASE_OUTCOMES) : undefined
    });
  }
  return records;
}

const ms = (a: bigint, b: bigint): number => Number(b - a) / 1e6;
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

function time(records: ThemeRecord[], groups?: ThemeGroupDefinition[]): { aggregate: number; suppress: number } {
  const t0 = process.hrtime.bigint();
  const report = buildThemesReport(records, [], quarter, groups);
  const t1 = process.hrtime.bigint();
  suppressSmallCounts(report, undefined, { groups });
  const t2 = process.hrtime.bigint();
  return { aggregate: ms(t0, t1), suppress: ms(t1, t2) };
}

function line(label: string, t: { aggregate: number; suppress: number }): string {
  return `${label}: aggregate ${t.aggregate.toFixed(0)} ms; suppress ${t.suppress.toFixed(0)} ms; total ${(t.aggregate + t.suppress).toFixed(0)} ms`;
}

const twoQuarters = generate(start);
console.log(`${COUNT.toLocaleString('en-GB')} alert records over two quarters`);
const first = time(twoQuarters);
console.log(line('first run', first));
const runs = Array.from({ length: 5 }, () => time(twoQuarters));
console.log(line('median of 5 more', { aggregate: median(runs.map((r) => r.aggregate)), suppress: median(runs.map((r) => r.suppress)) }));

const groups: ThemeGroupDefinition[] = themeGroups.map((g) => ({ id: g.id, themeIds: g.themeIds }));
const eightQuarters = generate(quarterRange(addQuarters(quarter, -7)).startInstant.getTime());
console.log(`\n${COUNT.toLocaleString('en-GB')} alert records over eight quarters, with theme groups (as publishing runs it)`);
console.log(line('first run', time(eightQuarters, groups)));
