// R20: the numeric kernel of the disclosure audit, with no knowledge of reports: which unknowns a
// system of sums determines (row reduction mod two primes), the exact reduced form over the rationals
// (for bounds no single sum shows), and a phase-one simplex feasibility check (can a count move?).

// Two primes below 2^26, so products stay exact in a double.
export const PRIMES: ReadonlyArray<number> = [67108859, 67108837];

function modInverse(a: number, p: number): number {
  let [oldR, r] = [a, p];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % p) + p) % p;
}

/** target -= factor * source (mod p). */
function subtractRow(target: Map<number, number>, source: Map<number, number>, factor: number, p: number): void {
  source.forEach((v, c) => {
    const next = ((target.get(c) ?? 0) - ((factor * v) % p) + p) % p;
    if (next === 0) {
      target.delete(c);
    } else {
      target.set(c, next);
    }
  });
}

/**
 * Which unknowns a system of linear equations determines uniquely: reduced row echelon form mod p;
 * an unknown is determined when its pivot row holds nothing else.
 */
export function determinedUnknowns(rows: Array<Map<number, number>>, p: number): Set<number> {
  const pivots = new Map<number, Map<number, number>>();
  for (const original of rows) {
    const row = new Map<number, number>();
    original.forEach((v, c) => row.set(c, ((v % p) + p) % p));
    for (const c of Array.from(row.keys())) {
      const coeff = row.get(c);
      const pivotRow = pivots.get(c);
      if (coeff !== undefined && pivotRow !== undefined) {
        subtractRow(row, pivotRow, coeff, p);
      }
    }
    if (row.size === 0) {
      continue;
    }
    let pivot = Infinity;
    row.forEach((_v, c) => (pivot = Math.min(pivot, c)));
    const inv = modInverse(row.get(pivot) as number, p);
    row.forEach((v, c) => row.set(c, (v * inv) % p));
    pivots.forEach((other) => {
      const coeff = other.get(pivot);
      if (coeff !== undefined) {
        subtractRow(other, row, coeff, p);
      }
    });
    pivots.set(pivot, row);
  }
  const determined = new Set<number>();
  pivots.forEach((row, c) => {
    if (row.size === 1) {
      determined.add(c);
    }
  });
  return determined;
}

/** coef . x = rhs over the unknown cells. */
export interface LinearRow {
  coef: Map<number, number>;
  rhs: number;
}

/** An exact fraction; throws if it outgrows exact double arithmetic. */
export class Fraction {
  public readonly n: number;
  public readonly d: number;

  public constructor(n: number, d: number = 1) {
    /* istanbul ignore if: only for systems far larger than a quarterly report */
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) {
      throw new RangeError('fraction overflow');
    }
    const g = gcd(Math.abs(n), Math.abs(d)) || 1;
    const sign = d < 0 ? -1 : 1;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  public minus(other: Fraction, factor: Fraction): Fraction {
    const fn = other.n * factor.n;
    const fd = other.d * factor.d;
    return new Fraction(this.n * fd - fn * this.d, this.d * fd);
  }

  public over(other: Fraction): Fraction {
    return new Fraction(this.n * other.d, this.d * other.n);
  }

  public value(): number {
    return this.n / this.d;
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}

/**
 * The reduced row echelon form of the rows over the rationals, constants included: each row then ties
 * one unknown to the free ones, which gives interval reasoning bounds that no single sum shows. If the
 * numbers outgrow exact arithmetic the extra rows are skipped (the modular check still holds).
 */
export function reducedRows(rows: LinearRow[]): ReducedSystem | undefined {
  const RHS = -1;
  try {
    const pivots = new Map<number, Map<number, Fraction>>();
    for (const original of rows) {
      const row = new Map<number, Fraction>();
      original.coef.forEach((k, c) => row.set(c, new Fraction(k)));
      row.set(RHS, new Fraction(original.rhs));
      for (const c of Array.from(row.keys())) {
        const coeff = row.get(c);
        const pivotRow = pivots.get(c);
        if (coeff !== undefined && pivotRow !== undefined) {
          subtractFractionRow(row, pivotRow, coeff);
        }
      }
      let pivot = Infinity;
      row.forEach((_v, c) => {
        if (c !== RHS) {
          pivot = Math.min(pivot, c);
        }
      });
      if (pivot === Infinity) {
        continue;
      }
      const lead = row.get(pivot) as Fraction;
      row.forEach((v, c) => row.set(c, v.over(lead)));
      pivots.forEach((other) => {
        const coeff = other.get(pivot);
        if (coeff !== undefined) {
          subtractFractionRow(other, row, coeff);
        }
      });
      pivots.set(pivot, row);
    }
    const result: ReducedSystem = { rows: [], pivots: new Map() };
    pivots.forEach((row, pivot) => {
      const coef = new Map<number, number>();
      let rhs = 0;
      row.forEach((v, c) => {
        if (c === RHS) {
          rhs = v.value();
        } else {
          coef.set(c, v.value());
        }
      });
      result.rows.push({ coef, rhs });
      result.pivots.set(pivot, coef);
    });
    return result;
  } catch {
    /* istanbul ignore next: only for systems far larger than a quarterly report */
    return undefined;
  }
}

export interface ReducedSystem {
  rows: LinearRow[];
  /** pivot unknown -> its row (pivot coefficient 1, the rest on free unknowns only). */
  pivots: Map<number, Map<number, number>>;
}

/**
 * Phase one of the simplex method (Bland's rule): is there x >= 0 with A x = b? Dense and small: the
 * systems here have tens of rows.
 */
export function feasible(a: number[][], b: number[]): boolean {
  const EPS = 1e-9;
  const m = a.length;
  const n = m === 0 ? 0 : a[0].length;
  // tableau: m rows of [A | I (artificials) | b], with rows flipped so that b >= 0
  const t: number[][] = a.map((row, i) => {
    const sign = b[i] < 0 ? -1 : 1;
    const r = row.map((x) => sign * x);
    for (let k = 0; k < m; k++) {
      r.push(k === i ? 1 : 0);
    }
    r.push(sign * b[i]);
    return r;
  });
  const width = n + m + 1;
  const basis = t.map((_r, i) => n + i);
  // reduced costs of "minimise the sum of artificials"
  const z: number[] = new Array<number>(width).fill(0);
  for (const r of t) {
    for (let c = 0; c < n; c++) {
      z[c] -= r[c];
    }
    z[width - 1] -= r[width - 1];
  }
  for (let iteration = 0; iteration < 10000; iteration++) {
    let enter = -1;
    for (let c = 0; c < n + m; c++) {
      if (z[c] < -EPS) {
        enter = c;
        break;
      }
    }
    if (enter < 0) {
      return -z[width - 1] < 1e-7;
    }
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      if (t[i][enter] > EPS) {
        const ratio = t[i][width - 1] / t[i][enter];
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
          best = ratio;
          leave = i;
        }
      }
    }
    /* istanbul ignore if: phase one is bounded below by 0 */
    if (leave < 0) {
      return true;
    }
    const pivotRow = t[leave];
    const pv = pivotRow[enter];
    for (let c = 0; c < width; c++) {
      pivotRow[c] /= pv;
    }
    for (let i = 0; i < m; i++) {
      const f = t[i][enter];
      if (i !== leave && f !== 0) {
        const r = t[i];
        for (let c = 0; c < width; c++) {
          r[c] -= f * pivotRow[c];
        }
      }
    }
    const fz = z[enter];
    for (let c = 0; c < width; c++) {
      z[c] -= fz * pivotRow[c];
    }
    basis[leave] = enter;
  }
  /* istanbul ignore next: Bland's rule cannot cycle */
  return false;
}

/** target -= factor * source, dropping zeros. */
function subtractFractionRow(target: Map<number, Fraction>, source: Map<number, Fraction>, factor: Fraction): void {
  source.forEach((v, c) => {
    const next = (target.get(c) ?? new Fraction(0)).minus(v, factor);
    if (next.n === 0) {
      target.delete(c);
    } else {
      target.set(c, next);
    }
  });
}
