// R20: secondary suppression over a cell book (see the notes in protect.ts).

import { CellBook, SumConstraint } from './cellBook';
import { determinedUnknowns, feasible, LinearRow, PRIMES, reducedRows, ReducedSystem } from './disclosureKernel';

/** Cells one reader knows beyond what is published (undefined: any reader, e.g. SMT). */
type View = Set<number> | undefined;

/** The protection state of a publication's cells. */
export class Protector {
  private readonly book: CellBook;
  private readonly threshold: number;
  public readonly suppressed: boolean[];
  private readonly sumsOf: number[][];
  private readonly viewSums: Map<Set<number>, SumConstraint[]> = new Map();
  /** Sensitive cells earlier publications already gave away (nothing to hide now would protect them). */
  public readonly lost: Set<number> = new Set<number>();

  public constructor(book: CellBook, threshold: number) {
    this.book = book;
    this.threshold = threshold;
    this.suppressed = book.values.map(
      (v, i) => !book.hidden[i] && !book.known[i] && ((v > 0 && v < threshold) || book.deltaSensitive[i])
    );
    this.sumsOf = book.values.map(() => []);
    book.sums.forEach((s, k) => {
      for (const c of [s.total, ...s.members]) {
        this.sumsOf[c].push(k);
      }
    });
  }

  /** The readers to protect against: any reader, then each one who knows some counts of their own. */
  private views(): View[] {
    return [undefined, ...this.book.viewpoints];
  }

  private unknown(c: number, view?: View): boolean {
    return !this.book.known[c] && (this.suppressed[c] || this.book.hidden[c]) && !(view?.has(c) ?? false);
  }

  /** A count published now that could still be hidden (and would then be unknown to this reader). */
  private publishedNonZero(c: number, view?: View): boolean {
    const { hidden, known, values } = this.book;
    return !this.suppressed[c] && !hidden[c] && !known[c] && values[c] > 0 && !(view?.has(c) ?? false);
  }

  /**
   * A count that must not be worked out: a small count (suppressed now, or a hidden count of another
   * period), or a count whose change since an earlier version is small. Secondary suppressions
   * (threshold or more) only protect these.
   */
  private sensitive(c: number, view?: View): boolean {
    if (!this.unknown(c, view)) {
      return false;
    }
    const { hidden, protect, deltaSensitive, values } = this.book;
    const small = values[c] < this.threshold || deltaSensitive[c];
    return hidden[c] ? protect[c] && (values[c] > 0 || deltaSensitive[c]) && small : small;
  }

  /** Smallest published non-zero cell among candidates (ties: lowest index). */
  private smallest(candidates: number[], view?: View): number | undefined {
    let best: number | undefined;
    for (const c of candidates) {
      if (this.publishedNonZero(c, view) && (best === undefined || this.book.values[c] < this.book.values[best])) {
        best = c;
      }
    }
    return best;
  }

  /** Classic secondary suppression: a sum with exactly one unknown part gives it away. */
  private applySumRule(): boolean {
    let changed = false;
    for (const view of this.views()) {
      for (const s of this.book.sums) {
        const cells = [s.total, ...s.members];
        const unknowns = cells.filter((c) => this.unknown(c, view));
        if (unknowns.length !== 1 || !this.sensitive(unknowns[0], view)) {
          continue;
        }
        const pick = this.smallest(s.members, view) ?? this.smallest([s.total], view);
        if (pick !== undefined) {
          this.suppressed[pick] = true;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Suppressed cells a reader could still work out: by linear algebra, or because they are >= 1. */
  /**
   * The first (lowest-numbered) sensitive cell this reader could work out, if any. Cells already lost
   * to earlier publications (nothing left to hide would protect them) are skipped.
   */
  private firstExposed(view: View): number | undefined {
    const { values } = this.book;
    const rows: LinearRow[] = [];
    for (const s of this.sumsSeenBy(view)) {
      const coef = new Map<number, number>();
      let rhs = 0;
      const add = (c: number, k: number): void => {
        if (this.unknown(c, view)) {
          coef.set(c, (coef.get(c) ?? 0) + k);
        } else {
          rhs -= k * values[c];
        }
      };
      add(s.total, 1);
      s.members.forEach((m) => add(m, -1));
      coef.forEach((k, c) => {
        /* istanbul ignore if: a cell is never both a sum and one of its own parts */
        if (k === 0) {
          coef.delete(c);
        }
      });
      if (coef.size > 0) {
        rows.push({ coef, rhs });
      }
    }
    let first = Infinity;
    const consider = (c: number): void => {
      if (c < first && this.sensitive(c, view) && !this.lost.has(c)) {
        first = c;
      }
    };
    for (const p of PRIMES) {
      determinedUnknowns(
        rows.map((r) => r.coef),
        p
      ).forEach(consider);
    }
    const reduced = reducedRows(rows);
    this.pinnedByBounds([...rows, ...(reduced === undefined ? [] : reduced.rows)], view).forEach(consider);
    if (reduced !== undefined) {
      const inRows = new Set<number>();
      rows.forEach((r) => r.coef.forEach((_k, c) => inRows.add(c)));
      // The costly exact check only for cells before the first one already found, in order.
      for (let c = 0; c < Math.min(first, values.length); c++) {
        if (inRows.has(c) && this.sensitive(c, view) && !this.lost.has(c) && this.pinnedByCone(c, reduced, view)) {
          first = c;
          break;
        }
      }
    }
    return first === Infinity ? undefined : first;
  }

  /** The sums a reader's own knowledge touches (any reader: all of them). */
  private sumsSeenBy(view: View): SumConstraint[] {
    if (view === undefined) {
      return this.book.sums;
    }
    let seen = this.viewSums.get(view);
    if (seen === undefined) {
      const sums = new Set<number>();
      const cells = new Set<number>(view);
      const queue = [...view];
      while (queue.length > 0) {
        const c = queue.pop() as number;
        for (const k of this.sumsOf[c]) {
          if (!sums.has(k)) {
            sums.add(k);
            const s = this.book.sums[k];
            for (const other of [s.total, ...s.members]) {
              if (!cells.has(other)) {
                cells.add(other);
                queue.push(other);
              }
            }
          }
        }
      }
      seen = [...sums].sort((a, b) => a - b).map((k) => this.book.sums[k]);
      this.viewSums.set(view, seen);
    }
    return seen;
  }

  /**
   * Exact check that a suppressed count can move: is there a direction that keeps every published
   * sum (a null-space direction of the sums) and changes this count, without pushing any count that
   * is already 1 below 1? Decided by linear programming in the few free unknowns. If it can move
   * neither up nor (when above 1) down, the count is pinned.
   */
  private pinnedByCone(cell: number, reduced: ReducedSystem, view: View): boolean {
    const { values } = this.book;
    // null-space coordinates: free unknowns are parameters, each pivot is minus its row
    const free: number[] = [];
    values.forEach((_v, c) => {
      if (this.unknown(c, view) && !reduced.pivots.has(c)) {
        free.push(c);
      }
    });
    const column = new Map<number, number>(free.map((f, k) => [f, k] as [number, number]));
    const direction = (c: number): number[] => {
      const d = new Array<number>(free.length).fill(0);
      const row = reduced.pivots.get(c);
      if (row === undefined) {
        d[column.get(c) as number] = 1;
      } else {
        row.forEach((k, f) => {
          if (f !== c) {
            d[column.get(f) as number] = -k;
          }
        });
      }
      return d;
    };
    const target = direction(cell);
    /* istanbul ignore if: a determined count is already caught by the modular check */
    if (target.every((x) => Math.abs(x) < 1e-12)) {
      return true;
    }
    const tight: number[][] = [];
    values.forEach((v, c) => {
      if (c !== cell && this.unknown(c, view) && v === 1) {
        const d = direction(c);
        if (d.some((x) => Math.abs(x) > 1e-12)) {
          tight.push(d);
        }
      }
    });
    // variables: w = p - q (2k), one surplus per tight row; rows: tight . w - s = 0, target . w = +-1
    const k = free.length;
    const width = 2 * k + tight.length;
    const canMove = (sign: number): boolean => {
      const a: number[][] = tight.map((d, i) => {
        const r = new Array<number>(width).fill(0);
        d.forEach((x, j) => {
          r[j] = x;
          r[k + j] = -x;
        });
        r[2 * k + i] = -1;
        return r;
      });
      const last = new Array<number>(width).fill(0);
      target.forEach((x, j) => {
        last[j] = x;
        last[k + j] = -x;
      });
      return feasible([...a, last], [...tight.map(() => 0), sign]);
    };
    return !canMove(1) && (values[cell] === 1 || !canMove(-1));
  }

  /**
   * Interval reasoning over the sums and their reduced forms: every unknown is a whole number of at
   * least 1. Cells whose lowest and highest possible values meet are pinned.
   */
  private pinnedByBounds(rows: LinearRow[], view: View): number[] {
    const { values } = this.book;
    const lo = values.map((v, c) => (this.unknown(c, view) ? 1 : v));
    const hi = values.map((v, c) => (this.unknown(c, view) ? Infinity : v));
    const EPS = 1e-9;
    for (let round = 0, changed = true; changed && round < 100; round++) {
      changed = false;
      for (const row of rows) {
        row.coef.forEach((k, j) => {
          // k * x_j = rhs - sum over the others of k_i * x_i
          let othersMin = 0;
          let othersMax = 0;
          row.coef.forEach((ki, i) => {
            if (i !== j) {
              othersMin += ki > 0 ? ki * lo[i] : ki * hi[i];
              othersMax += ki > 0 ? ki * hi[i] : ki * lo[i];
            }
          });
          const a = (row.rhs - othersMax) / k;
          const b = (row.rhs - othersMin) / k;
          const newLo = Math.ceil(Math.min(a, b) - EPS);
          const newHi = Math.floor(Math.max(a, b) + EPS);
          if (newLo > lo[j]) {
            lo[j] = newLo;
            changed = true;
          }
          if (newHi < hi[j]) {
            hi[j] = newHi;
            changed = true;
          }
        });
      }
    }
    return values.map((_v, c) => c).filter((c) => this.unknown(c, view) && lo[c] === hi[c]);
  }

  /**
   * The published non-zero cell to hide next to protect an exposed one: the nearest (through shared
   * sums) smallest part of a sum; failing that the nearest smallest sum; the report's headline totals
   * (all alerts, all network themes) only as a last resort.
   */
  private complementFor(cell: number, view: View): number | undefined {
    const seenCells = new Set<number>([cell]);
    const seenSums = new Set<number>();
    let frontier = [cell];
    const partLevels: number[][] = [];
    const totalLevels: number[][] = [];
    while (frontier.length > 0) {
      const parts: number[] = [];
      const totals: number[] = [];
      const next: number[] = [];
      for (const c of frontier) {
        for (const k of this.sumsOf[c]) {
          if (seenSums.has(k)) {
            continue;
          }
          seenSums.add(k);
          const s = this.book.sums[k];
          for (const other of [...s.members, s.total]) {
            if (seenCells.has(other)) {
              continue;
            }
            seenCells.add(other);
            if (this.publishedNonZero(other, view)) {
              (other === s.total ? totals : parts).push(other);
            }
            next.push(other);
          }
        }
      }
      partLevels.push(parts.sort((a, b) => a - b));
      totalLevels.push(totals.sort((a, b) => a - b));
      frontier = next;
    }
    for (const level of partLevels) {
      const pick = this.smallest(level, view);
      if (pick !== undefined) {
        return pick;
      }
    }
    for (const level of totalLevels) {
      const pick = this.smallest(
        level.filter((c) => !this.book.headline.has(c)),
        view
      );
      if (pick !== undefined) {
        return pick;
      }
    }
    for (const level of totalLevels) {
      const pick = this.smallest(level, view);
      if (pick !== undefined) {
        return pick;
      }
    }
    /* istanbul ignore next: an exposed count always shares a sum with some published count */
    return undefined;
  }

  public run(): void {
    for (let guard = 0; guard <= 2 * this.book.values.length; guard++) {
      if (this.applySumRule()) {
        continue;
      }
      let pick: number | undefined;
      let done = true;
      for (const view of this.views()) {
        const exposed = this.firstExposed(view);
        if (exposed !== undefined) {
          pick = this.complementFor(exposed, view);
          done = false;
          if (pick === undefined) {
            // Already given away by what was published before: nothing hidden now can change that.
            this.lost.add(exposed);
          }
          break;
        }
      }
      if (done) {
        return;
      }
      if (pick === undefined) {
        continue;
      }
      this.suppressed[pick] = true;
    }
    /* istanbul ignore next: last resort, never reached in practice; hide every non-zero count */
    this.book.values.forEach((v, c) => {
      if (!this.book.hidden[c] && !this.book.known[c] && v > 0) {
        this.suppressed[c] = true;
      }
    });
  }
}
