/*
 * Council-volume histories of the quarterly themes (R18, R20), for the attacker test and
 * `npm run measure:themes`: 8 to 15 alerts a quarter, themes skewed the way real schemes are (a
 * comparable scheme saw about 12 contacts a quarter over 14 themes, most about workload and mental
 * health), a few service areas, teams and offices, and network themes from the reps. Every quarter is
 * published when it ends; some are republished after late changes (a network theme added, a theme
 * recorded late, an earlier quarter's record corrected), each publication protected within everything
 * published before it, as the publisher's page does. Seeded: the same seed gives the same history.
 */
import { addQuarters, parseQuarterId, Quarter, quarterId, quarterRange } from '../src/domain/quarters';
import {
  NetworkThemeRecord,
  PublishedThemesReport,
  publishThemesReport,
  ThemeRecord
} from '../src/domain/themes';
import type { CaseOutcome, EqualityNetwork, Rag } from '../src/domain/types';
import { locations, serviceAreas, themeGroups } from '../src/referenceData';

export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Themes with weights: workload and mental health lead, most themes are rare. */
const THEME_WEIGHTS: ReadonlyArray<[string, number]> = [
  ['workload-and-caseload', 30],
  ['mental-health', 16],
  ['concerns-about-line-manager', 9],
  ['bullying', 7],
  ['supervision', 7],
  ['vicarious-trauma-or-critical-incident', 5],
  ['race', 4],
  ['worries-within-team-or-service', 4],
  ['domestic-abuse', 3],
  ['financial-concern', 3],
  ['induction', 3],
  ['disability', 2],
  ['starting-a-conversation-with-manager', 2],
  ['lone-working-and-personal-safety', 2],
  ['lgbt', 1],
  ['other', 2]
];
const WEIGHT_TOTAL = THEME_WEIGHTS.reduce((s, [, w]) => s + w, 0);

const NETWORKS: ReadonlyArray<[EqualityNetwork, string[]]> = [
  ['BameNetwork', ['race', 'bullying', 'workload-and-caseload']],
  ['LgbtStaffNetwork', ['lgbt', 'mental-health']],
  ['DisabledWorkersGroup', ['disability', 'workload-and-caseload']]
];
const RAGS: ReadonlyArray<Rag> = ['Green', 'Green', 'Green', 'Amber', 'Amber', 'Red'];
const OUTCOMES: ReadonlyArray<CaseOutcome> = ['ResolvedWithManager', 'SignpostedToSupport', 'TargetedSupportArranged'];

function pick<T>(random: () => number, xs: ReadonlyArray<T>): T {
  return xs[Math.floor(random() * xs.length)];
}

function theme(random: () => number): string {
  let x = random() * WEIGHT_TOTAL;
  for (const [id, w] of THEME_WEIGHTS) {
    x -= w;
    if (x < 0) {
      return id;
    }
  }
  return 'other';
}

/** A few teams and offices per service area, as a county's alerts come from. */
const AREAS = serviceAreas.map((a, i) => ({
  id: a.id,
  route: a.route,
  teams: a.teams.slice(0, 3).map((t) => t.id),
  offices: locations.slice(i, i + 3).map((l) => l.id)
}));

function record(random: () => number, q: Quarter): ThemeRecord {
  const range = quarterRange(q);
  const start = range.startInstant.getTime();
  const span = range.endInstant.getTime() - start;
  const area = AREAS[random() < 0.65 ? 0 : 1];
  const first = theme(random);
  const second = random() < 0.1 ? theme(random) : first;
  const rag = pick(random, RAGS);
  const contacted = random() < 0.95;
  return {
    createdAt: new Date(start + Math.floor(random() * (span - 3600000))).toISOString(),
    serviceAreaId: area.id,
    teamId: random() < 0.1 ? undefined : pick(random, area.teams),
    locationId: random() < 0.1 ? undefined : pick(random, area.offices),
    route: random() < 0.05 ? 'RaceChampionLead' : area.route,
    themeIds: random() < 0.08 ? [] : first === second ? [first] : [first, second],
    rag,
    escalations: rag !== 'Green' && random() < 0.3 ? ['GreenToAmber'] : [],
    firstContactHours: contacted ? Math.floor(random() * 60) : undefined,
    redFollowUpOnTime: rag === 'Red' ? random() < 0.8 : undefined,
    outcome: random() < 0.85 ? pick(random, OUTCOMES) : undefined
  };
}

/** One publication of the history and the data it was made from. */
export interface HistoryPublication {
  quarter: Quarter;
  version: number;
  report: PublishedThemesReport;
  /** The records and network themes as they stood when it was published. */
  records: ThemeRecord[];
  network: NetworkThemeRecord[];
}

export interface HistoryOptions {
  seed: number;
  quarters: number;
  /** Share of quarters republished after a late change (0..1). */
  republish?: number;
  threshold?: number;
  /** The first quarter of the history. */
  first?: Quarter;
}

/** A seeded history of publications (see the notes at the top). */
export function generateHistory(options: HistoryOptions): HistoryPublication[] {
  const random = seeded(options.seed);
  const threshold = options.threshold ?? 3;
  const first = options.first ?? (parseQuarterId('FY2024Q1') as Quarter);
  const records: ThemeRecord[] = [];
  const network: NetworkThemeRecord[] = [];
  const published: HistoryPublication[] = [];
  const latest = new Map<string, PublishedThemesReport>();
  const publish = (q: Quarter, version: number): void => {
    const previous = latest.get(quarterId(addQuarters(q, -1)));
    const report = publishThemesReport(records, network, q, threshold, {
      groups: themeGroups,
      earlier: published.map((p) => p.report),
      previousPublished: previous?.current
    });
    latest.set(quarterId(q), report);
    published.push({ quarter: q, version, report, records: records.map((r) => ({ ...r, themeIds: [...r.themeIds] })), network: network.map((n) => ({ ...n })) });
  };
  for (let k = 0; k < options.quarters; k++) {
    const q = addQuarters(first, k);
    const id = quarterId(q);
    const count = 8 + Math.floor(random() * 8);
    const own: ThemeRecord[] = [];
    for (let i = 0; i < count; i++) {
      own.push(record(random, q));
    }
    records.push(...own);
    for (const [net, netThemes] of NETWORKS) {
      if (random() < 0.6) {
        network.push({ network: net, quarterId: id, themeId: pick(random, netThemes), count: 1 + Math.floor(random() * 3) });
      }
    }
    publish(q, 1);
    if (random() < (options.republish ?? 0.35)) {
      // A late change: a network theme passed on late, a theme recorded after the meeting, or a
      // correction to the quarter before.
      const change = random();
      if (change < 0.4) {
        const [net, netThemes] = pick(random, NETWORKS);
        network.push({ network: net, quarterId: id, themeId: pick(random, netThemes), count: 1 });
      } else if (change < 0.7) {
        const r = pick(random, own);
        r.themeIds = [theme(random)];
      } else {
        const before = records.filter((r) => r.createdAt < own[0].createdAt);
        const r = before.length > 0 ? before[before.length - 1] : own[0];
        r.themeIds = [theme(random)];
      }
      publish(q, 2);
    }
  }
  return published;
}
