// Shared data for the themes tests: a small hand-computed data set and random small quarters.
import type { Rag, Route, CaseOutcome } from '../../../src/domain/types';
import {
  ChangeCell,
  CountCell,
  KeyedRow,
  NetworkThemeRecord,
  NOT_RECORDED,
  ThemeRecord,
  ThemesReport
} from '../../../src/domain/themes';
import { parseQuarterId, Quarter } from '../../../src/domain/quarters';
import { cellsOf } from './themesAttacker';

export const Q3 = parseQuarterId('FY2026Q3') as Quarter;

export function rec(partial: Partial<ThemeRecord> & Pick<ThemeRecord, 'createdAt' | 'serviceAreaId' | 'route'>): ThemeRecord {
  return { themeIds: [], escalations: [], ...partial };
}

// ----- the small fixed data set (hand-computed expectations below) ---------------------------------
export const CSC = 'csc';
export const CFWS = 'cfws';
export const HALL = 'loc-county-hall';
export const COAL = 'loc-coalville';
export const LOUGH = 'loc-loughborough';

export const currentRecords: ThemeRecord[] = [
  rec({ createdAt: '2026-10-05T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload', 'workload'], rag: 'Green', firstContactHours: 5, outcome: 'ResolvedWithManager' }),
  rec({ createdAt: '2026-10-12T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 20, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-11-02T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload', 'manager'], rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 30, outcome: 'TargetedSupportArranged' }),
  rec({ createdAt: '2026-11-20T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['mentalHealth'], rag: 'Red', escalations: ['GreenToAmber', 'AmberToRed', 'AmberToRed'], firstContactHours: 50, firstContactOnTime: false, redFollowUpOnTime: true, outcome: 'ManagementActionTaken' }),
  // last minute of the quarter (31 December is GMT)
  rec({ createdAt: '2026-12-31T23:59:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 10, outcome: 'ResolvedWithManager' }),
  rec({ createdAt: '2026-12-01T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'RaceChampionLead', themeIds: ['racism'], rag: 'Amber', firstContactHours: 12, firstContactOnTime: true }),
  rec({ createdAt: '2026-12-02T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-cit', locationId: COAL, route: 'PSW' }),
  rec({ createdAt: new Date('2026-10-20T09:00:00Z'), serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['workload'], rag: 'Green', firstContactHours: 40, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-11-11T09:00:00Z', serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['mentalHealth'], rag: 'Red', escalations: ['GreenToRed'], firstContactHours: 60, redFollowUpOnTime: false }),
  // 00:30 BST on 1 October: first minutes of the quarter; anonymous, no team or office recorded
  rec({ createdAt: '2026-09-30T23:30:00Z', serviceAreaId: CFWS, route: 'AP', themeIds: ['workload'], rag: 'Green', firstContactHours: 2, outcome: 'ResolvedWithManager' })
];

export const previousRecords: ThemeRecord[] = [
  rec({ createdAt: '2026-08-10T09:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 8, outcome: 'ResolvedWithManager' }),
  // 00:30 BST on 1 July: in the July quarter
  rec({ createdAt: '2026-06-30T23:30:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW', themeIds: ['workload'], rag: 'Green', firstContactHours: 9, outcome: 'SignpostedToSupport' }),
  rec({ createdAt: '2026-09-15T09:00:00Z', serviceAreaId: CFWS, teamId: 'cfws-north', locationId: LOUGH, route: 'AP', themeIds: ['mentalHealth'], rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 70 })
];

export const outsideRecords: ThemeRecord[] = [
  rec({ createdAt: '2027-01-01T00:00:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW' }),
  rec({ createdAt: '2026-06-30T22:59:00Z', serviceAreaId: CSC, teamId: 'csc-fr', locationId: HALL, route: 'PSW' })
];

export const networkRecords: NetworkThemeRecord[] = [
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 3 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'racism', count: 1 },
  { network: 'BameNetwork', quarterId: 'FY2026Q3', themeId: 'workload', count: 1 },
  { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q3', serviceAreaId: CSC, themeId: 'mentalHealth', count: 2 },
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'racism', count: 3 },
  { network: 'DisabledWorkersGroup', quarterId: 'FY2026Q1', themeId: 'workload', count: 5 }
];

export const allRecords = [...outsideRecords, ...currentRecords, ...previousRecords];

// ----- helpers to write expected reports literally -------------------------------------------------
export function rows<K extends string, C>(o: Record<K, C>): KeyedRow<K, C>[] {
  return (Object.keys(o) as K[]).map((key) => ({ key, count: o[key] }));
}
export const S = { kind: 'suppressed', threshold: 3 } as const;
export const n = (value: number): CountCell => ({ kind: 'count', value });
export const d = (value: number): ChangeCell => ({ kind: 'change', value });
export const NR = NOT_RECORDED;

/**
 * R20 protects counts below the threshold. A secondary suppression (a count of threshold or more hidden
 * only to protect a small one) may be worked out without harm, so the attackers' finds are checked
 * against the true values: no find may be a small count.
 */
export function smallCountsRecovered(recovered: Map<string, number>, raw: ThemesReport, threshold: number = 3): Map<string, number> {
  const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
  const small = new Map<string, number>();
  recovered.forEach((value, v) => {
    const [quarter, path] = v.split('|');
    const actual = (quarter === 'cur' ? truth.cur : truth.prev).get(path);
    expect(actual).toBe(value); // the attacker's find is right...
    if (value < threshold) {
      small.set(v, value); // ...and must never be a small count
    }
  });
  return small;
}

/** The secrets whose true value is below the threshold (what R20 protects). */
export function isSmall(raw: ThemesReport, threshold: number = 3): (secret: string) => boolean {
  const truth = { cur: cellsOf(raw.current), prev: cellsOf(raw.previous) };
  return (secret) => {
    const [quarter, path] = secret.split('|');
    return ((quarter === 'cur' ? truth.cur : truth.prev).get(path) ?? 0) < threshold;
  };
}

// ----- many small random quarters: the attackers must fail on every one ------------------------------
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const AREAS: Array<{ id: string; route: Route; teams: Array<[string, string]> }> = [
  { id: 'csc', route: 'PSW', teams: [['csc-fr', 'hall'], ['csc-cit', 'coalville'], ['csc-ld', 'hall']] },
  { id: 'cfws', route: 'AP', teams: [['cfws-n', 'lough'], ['cfws-s', 'hinckley']] },
  { id: 'res', route: 'PSW', teams: [['res-1', 'coalville']] }
];
export const THEMES = ['workload', 'manager', 'mentalHealth', 'racism', 'domesticAbuse'];
export const RAGS: Array<Rag | undefined> = ['Green', 'Amber', 'Red', undefined];
export const OUTCOMES: Array<CaseOutcome | undefined> = ['ResolvedWithManager', 'SignpostedToSupport', undefined];

export function randomQuarter(random: () => number, startIso: string, count: number): ThemeRecord[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const start = Date.parse(startIso);
  return Array.from({ length: count }, () => {
    const area = pick(AREAS);
    const [teamId, locationId] = pick(area.teams);
    const themes = random() < 0.15 ? [] : random() < 0.2 ? [pick(THEMES), pick(THEMES)] : [pick(THEMES)];
    const contacted = random() < 0.85;
    return rec({
      createdAt: new Date(start + Math.floor(random() * 80) * 86400000).toISOString(),
      serviceAreaId: area.id,
      teamId: random() < 0.1 ? undefined : teamId,
      locationId: random() < 0.1 ? undefined : locationId,
      route: random() < 0.1 ? 'RaceChampionLead' : area.route,
      themeIds: themes,
      rag: pick(RAGS),
      escalations: random() < 0.2 ? ['GreenToAmber'] : [],
      firstContactHours: contacted ? Math.floor(random() * 80) : undefined,
      redFollowUpOnTime: random() < 0.1 ? random() < 0.5 : undefined,
      outcome: pick(OUTCOMES)
    });
  });
}
