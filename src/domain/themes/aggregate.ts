// R17, R18, R19: from the records to the raw report of a quarter and the one before it (O(n)).

import type { EqualityNetwork, EscalationKind, Route } from '../types';
import { Quarter, previousQuarter, quarterId, quarterLabel, quarterRange } from '../quarters';
import {
  DisclosureLinkage,
  ESCALATION_KINDS,
  NETWORKS,
  NetworkThemeFigures,
  NetworkThemeRecord,
  NOT_RECORDED,
  OUTCOME_ROWS,
  OutcomeRow,
  RAG_ROWS,
  RagRow,
  RawQuarterFigures,
  ROUTES,
  ThemeRecord,
  ThemesReport
} from './types';

/** R10 default target used when a record gives hours but not whether the clock's target was met. */
const DEFAULT_FIRST_CONTACT_TARGET_HOURS = 48;

function bump<K>(map: Map<K, number>, key: K, by: number = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function nested<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

function zeroCounts<K extends string>(keys: ReadonlyArray<K>): Map<K, number> {
  return new Map<K, number>(keys.map((k) => [k, 0] as [K, number]));
}

function keyOrNotRecorded(value: string | undefined): string {
  return value === undefined || value === '' ? NOT_RECORDED : value;
}

export const SEP = '\u0000';

class QuarterAccumulator {
  public total: number = 0;
  public readonly areas: Map<string, Map<string, number>> = new Map();
  public readonly locations: Map<string, number> = new Map();
  public readonly themes: Map<string, number> = new Map();
  public readonly grid: Map<string, Map<string, number>> = new Map();
  public readonly routes: Map<Route, number> = zeroCounts(ROUTES);
  public readonly rag: Map<RagRow, number> = zeroCounts(RAG_ROWS);
  public readonly escalations: Map<EscalationKind, number> = zeroCounts(ESCALATION_KINDS);
  public readonly outcomes: Map<OutcomeRow, number> = zeroCounts(OUTCOME_ROWS);
  public withinTarget: number = 0;
  public late: number = 0;
  public notYetContacted: number = 0;
  public readonly hours: number[] = [];
  public redOnTime: number = 0;
  public redLate: number = 0;
  public multiTheme: boolean = false;
  public readonly areaRoutes: Map<string, number> = new Map();
  public readonly teamLocations: Map<string, number> = new Map();
  public readonly networks: Map<EqualityNetwork, Map<string, number>> = new Map();

  public add(r: ThemeRecord): void {
    if (typeof r.serviceAreaId !== 'string' || r.serviceAreaId === '') {
      throw new RangeError('R5: every alert must have a service area');
    }
    checkMember(this.routes, r.route, 'route');
    const rag: RagRow = r.rag ?? 'NotRated';
    checkMember(this.rag, rag, 'RAG');
    const outcome: OutcomeRow = r.outcome ?? 'Open';
    checkMember(this.outcomes, outcome, 'outcome');

    this.total++;
    const team = keyOrNotRecorded(r.teamId);
    const location = keyOrNotRecorded(r.locationId);
    bump(nested(this.areas, r.serviceAreaId, () => new Map<string, number>()), team);
    bump(this.locations, location);

    const row = nested(this.grid, location, () => new Map<string, number>());
    let distinct = 0;
    for (let i = 0; i < r.themeIds.length; i++) {
      const theme = r.themeIds[i];
      if (r.themeIds.indexOf(theme) !== i) {
        continue;
      }
      distinct++;
      bump(this.themes, theme);
      bump(row, theme);
    }
    if (distinct === 0) {
      bump(this.themes, NOT_RECORDED);
      bump(row, NOT_RECORDED);
    } else if (distinct > 1) {
      this.multiTheme = true;
    }

    bump(this.routes, r.route);
    bump(this.rag, rag);
    for (let i = 0; i < r.escalations.length; i++) {
      const kind = r.escalations[i];
      checkMember(this.escalations, kind, 'escalation');
      if (r.escalations.indexOf(kind) === i) {
        bump(this.escalations, kind);
      }
    }

    if (r.firstContactHours === undefined) {
      this.notYetContacted++;
    } else {
      if (!(r.firstContactHours >= 0)) {
        throw new RangeError('firstContactHours must be a number of hours, 0 or more');
      }
      this.hours.push(r.firstContactHours);
      const onTime = r.firstContactOnTime ?? r.firstContactHours <= DEFAULT_FIRST_CONTACT_TARGET_HOURS;
      if (onTime) {
        this.withinTarget++;
      } else {
        this.late++;
      }
    }

    if (r.redFollowUpOnTime === true) {
      this.redOnTime++;
    } else if (r.redFollowUpOnTime === false) {
      this.redLate++;
    }
    bump(this.outcomes, outcome);

    bump(this.areaRoutes, r.serviceAreaId + SEP + r.route);
    bump(this.teamLocations, r.serviceAreaId + SEP + team + SEP + location);
  }

  public addNetwork(r: NetworkThemeRecord): void {
    if (NETWORKS.indexOf(r.network) < 0) {
      throw new RangeError(`Unknown network: ${String(r.network)}`);
    }
    if (!Number.isInteger(r.count) || r.count < 0) {
      throw new RangeError('R19: a network theme count must be a whole number, 0 or more');
    }
    bump(nested(this.networks, r.network, () => new Map<string, number>()), keyOrNotRecorded(r.themeId), r.count);
  }
}

function checkMember<K>(map: Map<K, number>, key: K, what: string): void {
  if (!map.has(key)) {
    throw new RangeError(`Unknown ${what}: ${String(key)}`);
  }
}

function compareKeys(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  if (a === NOT_RECORDED) {
    return 1;
  }
  if (b === NOT_RECORDED) {
    return -1;
  }
  return a < b ? -1 : 1;
}

function unionKeys(...maps: Array<Map<string, unknown> | undefined>): string[] {
  const keys = new Set<string>();
  for (const m of maps) {
    if (m !== undefined) {
      m.forEach((_v, k) => keys.add(k));
    }
  }
  return Array.from(keys).sort(compareKeys);
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function share(part: number, other: number): number | null {
  return part + other === 0 ? null : part / (part + other);
}

function splitKey(key: string): string[] {
  return key.split(SEP);
}

function figuresOf(acc: QuarterAccumulator, other: QuarterAccumulator, q: Quarter): RawQuarterFigures {
  const range = quarterRange(q);
  const get = <K>(m: Map<K, number> | undefined, k: K): number => (m === undefined ? 0 : m.get(k) ?? 0);
  const themeKeys = unionKeys(acc.themes, other.themes);
  const locationKeys = unionKeys(acc.locations, other.locations);
  const areaKeys = unionKeys(acc.areas, other.areas);

  const serviceAreaRoutes: DisclosureLinkage['serviceAreaRoutes'] = [];
  acc.areaRoutes.forEach((count, key) => {
    const [serviceAreaId, route] = splitKey(key);
    serviceAreaRoutes.push({ serviceAreaId, route: route as Route, count });
  });
  const teamLocations: DisclosureLinkage['teamLocations'] = [];
  acc.teamLocations.forEach((count, key) => {
    const [serviceAreaId, teamId, locationId] = splitKey(key);
    teamLocations.push({ serviceAreaId, teamId, locationId, count });
  });

  return {
    quarterId: quarterId(q),
    label: quarterLabel(q),
    start: range.start,
    end: range.end,
    totalAlerts: acc.total,
    byServiceArea: areaKeys.map((serviceAreaId) => {
      const teams = acc.areas.get(serviceAreaId);
      let count = 0;
      teams?.forEach((n) => (count += n));
      return {
        serviceAreaId,
        count,
        teams: unionKeys(teams, other.areas.get(serviceAreaId)).map((teamId) => ({ teamId, count: get(teams, teamId) }))
      };
    }),
    byLocation: locationKeys.map((key) => ({ key, count: get(acc.locations, key) })),
    byTheme: themeKeys.map((key) => ({ key, count: get(acc.themes, key) })),
    themesByLocation: locationKeys.map((locationId) => {
      const row = acc.grid.get(locationId);
      return { locationId, themes: themeKeys.map((key) => ({ key, count: get(row, key) })) };
    }),
    byRoute: ROUTES.map((key) => ({ key, count: get(acc.routes, key) })),
    byRag: RAG_ROWS.map((key) => ({ key, count: get(acc.rag, key) })),
    escalations: ESCALATION_KINDS.map((key) => ({ key, count: get(acc.escalations, key) })),
    firstContact: {
      withinTarget: acc.withinTarget,
      late: acc.late,
      notYetContacted: acc.notYetContacted,
      shareWithinTarget: share(acc.withinTarget, acc.late),
      medianHours: median(acc.hours)
    },
    redFollowUps: { onTime: acc.redOnTime, late: acc.redLate, shareOnTime: share(acc.redOnTime, acc.redLate) },
    outcomes: OUTCOME_ROWS.map((key) => ({ key, count: get(acc.outcomes, key) })),
    networkThemes: networkFigures(acc, other),
    linkage: {
      singleThemePerAlert: !acc.multiTheme,
      serviceAreaRoutes: serviceAreaRoutes.sort(
        (a, b) => compareKeys(a.serviceAreaId, b.serviceAreaId) || ROUTES.indexOf(a.route) - ROUTES.indexOf(b.route)
      ),
      teamLocations: teamLocations.sort(
        (a, b) =>
          compareKeys(a.serviceAreaId, b.serviceAreaId) ||
          compareKeys(a.teamId, b.teamId) ||
          compareKeys(a.locationId, b.locationId)
      )
    }
  };
}

function networkFigures(acc: QuarterAccumulator, other: QuarterAccumulator): NetworkThemeFigures<number> {
  let total = 0;
  const byNetwork = NETWORKS.map((network) => {
    const themes = acc.networks.get(network);
    const keys = unionKeys(themes, other.networks.get(network));
    let count = 0;
    const rows = keys.map((key) => {
      const n = themes?.get(key) ?? 0;
      count += n;
      return { key, count: n };
    });
    total += count;
    return { network, count, themes: rows };
  });
  return { total, byNetwork };
}

function instantOf(value: Date | string): number {
  const t = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (isNaN(t)) {
    throw new RangeError(`Not a date: ${String(value)}`);
  }
  return t;
}

/**
 * R17, R18, R19: aggregates the quarter q and the one before it. Records outside both are ignored,
 * so the caller may pass a whole year. Both quarters list the same rows (every key seen in either).
 */
export function buildThemesReport(
  records: ReadonlyArray<ThemeRecord>,
  networkRecords: ReadonlyArray<NetworkThemeRecord>,
  quarter: Quarter
): ThemesReport {
  const prevQuarter = previousQuarter(quarter);
  const currentRange = quarterRange(quarter);
  const start = currentRange.startInstant.getTime();
  const end = currentRange.endInstant.getTime();
  const prevStart = quarterRange(prevQuarter).startInstant.getTime();
  const current = new QuarterAccumulator();
  const previous = new QuarterAccumulator();
  for (const r of records) {
    const t = instantOf(r.createdAt);
    if (t >= start && t < end) {
      current.add(r);
    } else if (t >= prevStart && t < start) {
      previous.add(r);
    }
  }
  const currentId = quarterId(quarter);
  const previousId = quarterId(prevQuarter);
  for (const n of networkRecords) {
    if (n.quarterId === currentId) {
      current.addNetwork(n);
    } else if (n.quarterId === previousId) {
      previous.addNetwork(n);
    }
  }
  return { current: figuresOf(current, previous, quarter), previous: figuresOf(previous, current, prevQuarter) };
}
