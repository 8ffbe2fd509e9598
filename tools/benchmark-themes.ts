/*
 * npm run bench:themes — how long the quarterly themes take for SMT (issue 7: 100,000 alerts in well
 * under a second). Generates 100,000 records spread over two quarters from the reference data with a
 * seeded generator, then times building the report and suppressing it (R18, R20). Prints, asserts nothing.
 */
import { buildThemesReport, suppressSmallCounts, ThemeRecord } from '../src/domain/themes';
import { quarterOf, quarterRange, previousQuarter } from '../src/domain/quarters';
import { CASE_OUTCOMES, ESCALATION_KINDS, RAGS } from '../src/domain/types';
import { locations, serviceAreas, themes } from '../src/referenceData';

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
const span = quarterRange(quarter).endInstant.getTime() - start;

const records: ThemeRecord[] = [];
for (let i = 0; i < COUNT; i++) {
  const area = pick(serviceAreas);
  const rated = random() < 0.8;
  records.push({
    createdAt: new Date(start + Math.floor(random() * span)),
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

const t0 = process.hrtime.bigint();
const report = buildThemesReport(records, [], quarter);
const t1 = process.hrtime.bigint();
suppressSmallCounts(report);
const t2 = process.hrtime.bigint();
const ms = (a: bigint, b: bigint): string => (Number(b - a) / 1e6).toFixed(0);
console.log(`${COUNT.toLocaleString('en-GB')} alert records over two quarters`);
console.log(`aggregate: ${ms(t0, t1)} ms; suppress: ${ms(t1, t2)} ms; total: ${ms(t0, t2)} ms`);
