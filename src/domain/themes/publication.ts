// R18, R20: one system of sums over a new publication and everything published before it.
//
// A quarter's report is no longer read alone: SMT and the reps hold every version of every quarter,
// the rolling years, the groups and the network themes. The cell book of a new publication therefore
// holds, besides the quarter's own cells and sums (cellBook.addSums):
//   - the theme, group and total counts of the quarter and the six before it (hidden "period" cells,
//     real counts: below the threshold they must stay unrecoverable), with the sums inside each
//     period (themes add up to the total when no alert has two, groups when no alert spans two,
//     each group is its themes when no alert has two themes of one group);
//   - the rolling year (R18 decision: the last four quarters) as sums of those periods, and the
//     rolling years published before it that share quarters with it;
//   - every earlier publication (every version of every quarter, their previous quarters and rolling
//     years): a cell whose published value still equals the count today is public knowledge (a
//     constant tying the system together, never worth hiding); a cell of the new publication whose
//     count differs from an earlier published value of the same cell by less than the threshold is
//     sensitive too, because the two versions together give that difference (issue 14, attack a);
//   - one viewpoint per equality network: a rep knows their own network's counts, so the audit is
//     repeated with those cells known (issue 14, attack b).
// Empty period cells are treated as known (the strict assumption, as for the organisational links).
// Bound: the audit covers the quarter and the six before it (each with its full tables) and the
// rolling years ending in the last four of them. Rolling years overlap, so a reader can in principle
// chain them further back; test/domain/themes/history.test.ts proves a rolling year of republished
// quarters safe, and longer chains are not yet covered (the whole history as one system is the fix).

import { groupIndex } from './aggregate';
import { addSums, CellBook, IndexedFigures, mapFigures } from './cellBook';
import { cellsOf, isPeriodPath, rollingCellsOf } from './cellPaths';
import {
  CountCell,
  NOT_RECORDED,
  PeriodThemeCounts,
  PublishedThemesReport,
  RawQuarterFigures,
  ThemeGroupDefinition
} from './types';

/** The quarters a rolling year spans. */
export const ROLLING_QUARTERS = 4;

export interface PublicationBook {
  book: CellBook;
  indexed: IndexedFigures;
  /** The new rolling year's cells by path (undefined without periods). */
  rolling?: Map<string, number>;
}

export interface PublicationContext {
  threshold: number;
  /** The quarter's theme counts and the six quarters before it, oldest first (buildThemesReport). */
  periods?: ReadonlyArray<PeriodThemeCounts>;
  groups?: ReadonlyArray<ThemeGroupDefinition>;
  /** Every report published before this one (all versions, all quarters). */
  earlier?: ReadonlyArray<PublishedThemesReport>;
  /** The full raw figures of the quarters before it, oldest first, aligned with the periods. */
  earlierFigures?: ReadonlyArray<RawQuarterFigures>;
}

/** The cell book of a new publication within everything published before it (see the notes above). */
export function publicationBook(raw: RawQuarterFigures, context: PublicationContext): PublicationBook {
  const book = new CellBook();
  const indexed: IndexedFigures = mapFigures(
    raw,
    (v: number) => book.add(v),
    () => null,
    () => null
  );
  addSums(book, indexed, raw.linkage);
  book.headline.add(indexed.totalAlerts);
  book.headline.add(indexed.networkThemes.total);
  for (const n of indexed.networkThemes.byNetwork) {
    book.viewpoints.push(new Set<number>([n.count, ...n.themes.map((t) => t.count)]));
  }
  const quarterCells = cellsOf(indexed);
  const periods = context.periods ?? [];
  // Each earlier quarter with its own full tables and sums (hidden now; published ones are marked below).
  const earlierCells = periods.map((_p, k) => {
    const f = k === periods.length - 1 ? undefined : context.earlierFigures?.[k];
    if (f === undefined) {
      return k === periods.length - 1 ? quarterCells : undefined;
    }
    const idx: IndexedFigures = mapFigures(
      f,
      (v: number) => {
        const c = book.add(v, true, true);
        book.known[c] = v === 0;
        return c;
      },
      () => null,
      () => null
    );
    addSums(book, idx, f.linkage);
    idx.networkThemes.byNetwork.forEach((n, i) => [n.count, ...n.themes.map((t) => t.count)].forEach((c) => book.viewpoints[i]?.add(c)));
    return cellsOf(idx);
  });
  const periodCells = periods.map((p, k) => addPeriod(book, p, earlierCells[k], context.groups ?? []));
  const rollingAt = new Map<number, Map<string, number>>();
  const rollingYear = (end: number): Map<string, number> | undefined => {
    if (end < ROLLING_QUARTERS - 1) {
      return undefined;
    }
    let cells = rollingAt.get(end);
    if (cells === undefined) {
      cells = addRollingYear(book, periodCells.slice(end - ROLLING_QUARTERS + 1, end + 1), end !== periods.length - 1);
      rollingAt.set(end, cells);
    }
    return cells;
  };
  const rolling = periods.length > 0 ? rollingYear(periods.length - 1) : undefined;

  const periodOf = new Map<string, number>(periods.map((p, k) => [p.quarterId, k] as [string, number]));
  const mark = (published: Map<string, CountCell>, target: Map<string, number> | undefined): void => {
    if (target === undefined) {
      return;
    }
    published.forEach((cell, path) => {
      const c = target.get(path);
      if (c === undefined || cell.kind !== 'count') {
        return;
      }
      const diff = Math.abs(cell.value - book.values[c]);
      if (diff === 0) {
        book.known[c] = true;
      } else if (diff < context.threshold) {
        book.deltaSensitive[c] = true;
      }
    });
  };
  for (const e of context.earlier ?? []) {
    for (const f of [e.current, e.previous]) {
      if (f.quarterId === raw.quarterId) {
        mark(cellsOf(f), quarterCells);
        continue;
      }
      const k = periodOf.get(f.quarterId);
      if (k !== undefined) {
        const full = earlierCells[k];
        mark(full === undefined ? new Map([...cellsOf(f)].filter(([path]) => isPeriodPath(path))) : cellsOf(f), full ?? periodCells[k]);
      }
    }
    if (e.rollingYear !== undefined) {
      const end = periodOf.get(e.rollingYear.quarterIds[e.rollingYear.quarterIds.length - 1]);
      if (end !== undefined) {
        mark(rollingCellsOf(e.rollingYear), rollingYear(end));
      }
    }
  }
  return { book, indexed, rolling };
}

/**
 * One period's theme, group and total counts as cells (the new quarter's own cells where it has them),
 * with the sums inside the period.
 */
function addPeriod(
  book: CellBook,
  p: PeriodThemeCounts,
  own: Map<string, number> | undefined,
  groups: ReadonlyArray<ThemeGroupDefinition>
): Map<string, number> {
  const cells = new Map<string, number>();
  const cell = (path: string, value: number): number => {
    const existing = own?.get(path);
    if (existing !== undefined) {
      return existing;
    }
    const c = book.add(value, true, true);
    book.known[c] = value === 0;
    return c;
  };
  cells.set('total', cell('total', p.totalAlerts));
  p.byTheme.forEach((r) => cells.set(`theme:${r.key}`, cell(`theme:${r.key}`, r.count)));
  p.byGroup.forEach((r) => cells.set(`group:${r.key}`, cell(`group:${r.key}`, r.count)));
  const total = cells.get('total') as number;
  const themeCells = p.byTheme.map((r) => cells.get(`theme:${r.key}`) as number);
  if (p.singleThemePerAlert) {
    book.sum(total, themeCells);
  }
  if (p.singleGroupPerAlert) {
    book.sum(total, p.byGroup.map((r) => cells.get(`group:${r.key}`) as number));
  }
  if (p.groupIsSumOfThemes) {
    const groupOf = groupIndex(groups);
    for (const g of p.byGroup) {
      const members = p.byTheme.filter((t) => (groupOf.get(t.key) ?? NOT_RECORDED) === g.key);
      book.sum(cells.get(`group:${g.key}`) as number, members.map((t) => cells.get(`theme:${t.key}`) as number));
    }
  }
  return cells;
}

/** A rolling year: each of its cells is the sum of the same cell in its four quarters. */
function addRollingYear(book: CellBook, quarters: Array<Map<string, number>>, hidden: boolean): Map<string, number> {
  const cells = new Map<string, number>();
  quarters[quarters.length - 1].forEach((_c, path) => {
    const parts = quarters.map((q) => q.get(path) as number);
    const value = parts.reduce((s, c) => s + book.values[c], 0);
    const c = book.add(value, hidden, hidden);
    if (hidden && value === 0) {
      book.known[c] = true;
    }
    book.sum(c, parts);
    cells.set(path, c);
  });
  return cells;
}
