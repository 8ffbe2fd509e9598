// R20: the numeric kernel of the disclosure audit on systems small enough to check by hand.
import { determinedUnknowns, feasible, Fraction, PRIMES, reducedRows } from '../../../src/domain/themes/disclosureKernel';

/** Sparse row from [unknown, coefficient] pairs. */
function row(...pairs: Array<[number, number]>): Map<number, number> {
  return new Map(pairs);
}

describe('which unknowns a system of sums determines (row reduction mod p)', () => {
  it('a + b = known and a = known pins both; c + d = known pins neither', () => {
    for (const p of PRIMES) {
      const found = determinedUnknowns([row([0, 1], [1, 1]), row([0, 1]), row([2, 1], [3, 1])], p);
      expect([...found].sort()).toEqual([0, 1]);
    }
  });

  it('a difference of two sums pins what they do not share', () => {
    // x0 + x1 + x2 = s, x1 + x2 = t  => x0 = s - t
    const found = determinedUnknowns([row([0, 1], [1, 1], [2, 1]), row([1, 1], [2, 1])], PRIMES[0]);
    expect([...found]).toEqual([0]);
  });

  it('negative coefficients are reduced mod p', () => {
    // x0 - x1 = c and x0 + x1 = d pin both
    const found = determinedUnknowns([row([0, 1], [1, -1]), row([0, 1], [1, 1])], PRIMES[1]);
    expect([...found].sort()).toEqual([0, 1]);
  });
});

describe('exact fractions', () => {
  it('keeps fractions in lowest terms with a positive denominator', () => {
    const f = new Fraction(6, -4);
    expect([f.n, f.d]).toEqual([-3, 2]);
    expect(new Fraction(1, 3).over(new Fraction(2, 3)).value()).toBe(0.5);
    // 1/2 - (1/3 * 3/4) = 1/4
    const g = new Fraction(1, 2).minus(new Fraction(1, 3), new Fraction(3, 4));
    expect([g.n, g.d]).toEqual([1, 4]);
  });

  it('refuses to grow beyond exact double arithmetic', () => {
    expect(() => new Fraction(Number.MAX_SAFE_INTEGER * 2, 1)).toThrow(RangeError);
    expect(() => new Fraction(1, 0)).toThrow(RangeError);
  });
});

describe('reduced row echelon form over the rationals', () => {
  it('ties each pivot to the free unknowns, constants included', () => {
    // 2 x0 + x1 = 4 ; x1 + x2 = 3  =>  x0 = 1/2 + x2/2, x1 = 3 - x2
    const reduced = reducedRows([
      { coef: row([0, 2], [1, 1]), rhs: 4 },
      { coef: row([1, 1], [2, 1]), rhs: 3 }
    ]);
    expect(reduced).toBeDefined();
    const pivots = reduced?.pivots as Map<number, Map<number, number>>;
    expect([...pivots.keys()].sort()).toEqual([0, 1]);
    expect(Object.fromEntries(pivots.get(0) as Map<number, number>)).toEqual({ 0: 1, 2: -0.5 });
    expect(Object.fromEntries(pivots.get(1) as Map<number, number>)).toEqual({ 1: 1, 2: 1 });
    const rhs = (reduced?.rows ?? []).map((r) => r.rhs).sort();
    expect(rhs).toEqual([0.5, 3]);
  });

  it('drops a row that adds nothing', () => {
    const reduced = reducedRows([
      { coef: row([0, 1], [1, 1]), rhs: 2 },
      { coef: row([0, 2], [1, 2]), rhs: 4 }
    ]);
    expect(reduced?.rows.length).toBe(1);
  });
});

describe('phase-one simplex: is there x >= 0 with A x = b?', () => {
  it('x0 + x1 = 1 has a non-negative solution; x0 + x1 = -1 has none', () => {
    expect(feasible([[1, 1]], [1])).toBe(true);
    expect(feasible([[1, 1]], [-1])).toBe(false);
  });

  it('x0 - x1 = 2 with x1 - x0 = 1 is infeasible; with x1 = 3 it is feasible', () => {
    expect(
      feasible(
        [
          [1, -1],
          [-1, 1]
        ],
        [2, 1]
      )
    ).toBe(false);
    expect(
      feasible(
        [
          [1, -1],
          [0, 1]
        ],
        [2, 3]
      )
    ).toBe(true);
  });

  it('an empty system is feasible', () => {
    expect(feasible([], [])).toBe(true);
  });
});
