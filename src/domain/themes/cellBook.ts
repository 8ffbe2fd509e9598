// R20: every count of a report as a numbered cell, with the sums (published and organisational)
// that tie the cells together. The protector works on this book only.

import {
  DisclosureLinkage,
  KeyedRow,
  QuarterFigures
} from './types';
import { nested, SEP } from './aggregate';


export function mapFigures<C1, S1, M1, C2, S2, M2>(
  f: QuarterFigures<C1, S1, M1>,
  count: (c: C1) => C2,
  ratio: (s: S1, which: 'firstContact' | 'redFollowUps') => S2,
  hours: (m: M1) => M2
): QuarterFigures<C2, S2, M2> {
  const rows = <K extends string>(rs: ReadonlyArray<KeyedRow<K, C1>>): KeyedRow<K, C2>[] =>
    rs.map((r) => ({ key: r.key, count: count(r.count) }));
  return {
    quarterId: f.quarterId,
    label: f.label,
    start: f.start,
    end: f.end,
    totalAlerts: count(f.totalAlerts),
    byServiceArea: f.byServiceArea.map((a) => ({
      serviceAreaId: a.serviceAreaId,
      count: count(a.count),
      teams: a.teams.map((t) => ({ teamId: t.teamId, count: count(t.count) }))
    })),
    byLocation: rows(f.byLocation),
    byTheme: rows(f.byTheme),
    ...(f.byGroup === undefined ? {} : { byGroup: rows(f.byGroup) }),
    themesByLocation: f.themesByLocation.map((l) => ({ locationId: l.locationId, themes: rows(l.themes) })),
    byRoute: rows(f.byRoute),
    byRag: rows(f.byRag),
    escalations: rows(f.escalations),
    firstContact: {
      withinTarget: count(f.firstContact.withinTarget),
      late: count(f.firstContact.late),
      notYetContacted: count(f.firstContact.notYetContacted),
      shareWithinTarget: ratio(f.firstContact.shareWithinTarget, 'firstContact'),
      medianHours: hours(f.firstContact.medianHours)
    },
    redFollowUps: {
      onTime: count(f.redFollowUps.onTime),
      late: count(f.redFollowUps.late),
      shareOnTime: ratio(f.redFollowUps.shareOnTime, 'redFollowUps')
    },
    outcomes: rows(f.outcomes),
    networkThemes: {
      total: count(f.networkThemes.total),
      byNetwork: f.networkThemes.byNetwork.map((n) => ({
        network: n.network,
        count: count(n.count),
        themes: rows(n.themes)
      }))
    }
  };
}

/** total = sum of members (cell indexes). */
export interface SumConstraint {
  total: number;
  members: number[];
}

/** Every count of one quarter as a numbered cell, with the sums that tie them together. */
export class CellBook {
  public readonly values: number[] = [];
  /**
   * Not published now: structure the reader may know (route of a service area, office of a team), or
   * a count of another period that only ties published counts together (R20: across publications).
   */
  public readonly hidden: boolean[] = [];
  /** A hidden count that is a real count of alerts: below the threshold it must stay unrecoverable. */
  public readonly protect: boolean[] = [];
  /** Already public (an earlier publication showed this very value), or an empty cell: a constant. */
  public readonly known: boolean[] = [];
  /** Differs from an earlier published value of the same cell by a small number (R20: versions). */
  public readonly deltaSensitive: boolean[] = [];
  /** Readers who know some counts themselves (R20: a network rep knows their own network's counts). */
  public readonly viewpoints: Array<Set<number>> = [];
  public readonly sums: SumConstraint[] = [];
  /** The report's headline totals: hidden only when nothing else will do. */
  public readonly headline: Set<number> = new Set<number>();

  public add(value: number, hidden: boolean = false, protect: boolean = false): number {
    this.values.push(value);
    this.hidden.push(hidden);
    this.protect.push(protect);
    this.known.push(false);
    this.deltaSensitive.push(false);
    return this.values.length - 1;
  }

  public sum(total: number, members: number[]): void {
    this.sums.push({ total, members });
  }
}

export type IndexedFigures = QuarterFigures<number, null, null>;

export function addSums(book: CellBook, f: IndexedFigures, linkage: DisclosureLinkage): void {
  const total = f.totalAlerts;
  const counts = <K extends string>(rs: ReadonlyArray<KeyedRow<K, number>>): number[] => rs.map((r) => r.count);

  book.sum(total, f.byServiceArea.map((a) => a.count));
  for (const a of f.byServiceArea) {
    book.sum(a.count, a.teams.map((t) => t.count));
  }
  book.sum(total, counts(f.byLocation));
  book.sum(total, counts(f.byRoute));
  book.sum(total, counts(f.byRag));
  book.sum(total, counts(f.outcomes));
  book.sum(total, [f.firstContact.withinTarget, f.firstContact.late, f.firstContact.notYetContacted]);

  // Themes by location: each alert sits in exactly one location row, so each theme column adds up.
  f.byTheme.forEach((theme, j) => {
    book.sum(theme.count, f.themesByLocation.map((row) => row.themes[j].count));
  });
  if (linkage.singleThemePerAlert) {
    book.sum(total, counts(f.byTheme));
    f.themesByLocation.forEach((row, i) => book.sum(f.byLocation[i].count, counts(row.themes)));
  }

  book.sum(f.networkThemes.total, f.networkThemes.byNetwork.map((n) => n.count));
  for (const n of f.networkThemes.byNetwork) {
    book.sum(n.count, counts(n.themes));
  }

  // Hidden links: service area -> route (R6), team -> office. Their cells are unknown to the reader,
  // but which of them are empty is assumed known (the safe assumption).
  const areaCell = new Map<string, number>();
  const teamCell = new Map<string, number>();
  for (const a of f.byServiceArea) {
    areaCell.set(a.serviceAreaId, a.count);
    for (const t of a.teams) {
      teamCell.set(a.serviceAreaId + SEP + t.teamId, t.count);
    }
  }
  const routeCell = new Map<string, number>(f.byRoute.map((r) => [r.key, r.count] as [string, number]));
  const locationCell = new Map<string, number>(f.byLocation.map((r) => [r.key, r.count] as [string, number]));
  linkSums(
    book,
    linkage.serviceAreaRoutes.map((l) => ({ left: areaCell.get(l.serviceAreaId), right: routeCell.get(l.route), count: l.count }))
  );
  linkSums(
    book,
    linkage.teamLocations.map((l) => ({
      left: teamCell.get(l.serviceAreaId + SEP + l.teamId),
      right: locationCell.get(l.locationId),
      count: l.count
    }))
  );
}

/** A hidden two-way table: each left cell is the sum of its row, each right cell of its column. */
function linkSums(book: CellBook, links: Array<{ left: number | undefined; right: number | undefined; count: number }>): void {
  const byLeft = new Map<number, number[]>();
  const byRight = new Map<number, number[]>();
  for (const l of links) {
    /* istanbul ignore if: linkage is built from the same records as the rows */
    if (l.left === undefined || l.right === undefined || l.count <= 0) {
      continue;
    }
    const h = book.add(l.count, true);
    nested(byLeft, l.left, () => []).push(h);
    nested(byRight, l.right, () => []).push(h);
  }
  byLeft.forEach((members, total) => book.sum(total, members));
  byRight.forEach((members, total) => book.sum(total, members));
}
