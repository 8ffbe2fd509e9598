// Test support: an attacker who holds EVERY themes report ever published (all quarters, all versions,
// their previous quarters, rolling years, groups and network themes) and tries to work out a small
// count (R20, issue 14 point 5, issue 15). Stricter than any real reader:
//  - it knows exactly which counts did not change between two publications (a count that stayed the
//    same is one unknown everywhere it appears), and which hidden counts are empty;
//  - it knows the organisation (routes of service areas, offices of teams) and the sums inside each
//    quarter (themes and groups add up where no alert has two);
//  - as a network rep it also knows every count of its own network.
// A secret is a count below the threshold (suppressed, or an unpublished count of a quarter inside a
// rolling year), or a small change of one count between two publications. It is recovered when the
// equations pin it: exact linear algebra (sparse elimination over the rationals) and integer bounds
// (every unknown count is at least 1) through the equations and their reduced forms.
import { buildThemesReport, PublishedThemesReport } from '../../../src/domain/themes';
import { cellsOf, isPeriodPath, rollingCellsOf } from '../../../src/domain/themes/cellPaths';
import { groupIndex } from '../../../src/domain/themes/aggregate';
import { addQuarters, Quarter, quarterId } from '../../../src/domain/quarters';
import type { EqualityNetwork } from '../../../src/domain/types';
import { themeGroups } from '../../../src/referenceData';
import type { HistoryPublication } from '../../../tools/themesHistory';
import { Equation, knowledgeOf, Model, Ref } from './themesAttacker';

export interface HistorySecrets {
  model: Model;
  /** Every unknown's true value. */
  truth: Map<string, number>;
  /** Small counts (0 < value < threshold) that must stay unrecoverable. */
  small: Set<string>;
  /** Pairs of unknowns (the same count in two publications) whose difference is small and not 0. */
  deltas: Array<[string, string, number]>;
}

/** The attack model of a history, as one reader (any reader, or a rep of one network) holds it. */
export function historyModel(history: ReadonlyArray<HistoryPublication>, rep?: EqualityNetwork, threshold: number = 3): HistorySecrets {
  const model = new Model();
  const truth = new Map<string, number>();
  const last = new Map<string, { name: string; value: number }>();
  const deltas: Array<[string, string, number]> = [];
  let epochs = 0;
  /** For a rep: what the network total holds besides their own network (what they do not know). */
  const rest = new Map<string, number>();
  const own = (path: string): boolean => rep !== undefined && (path === `net:${rep}` || path.startsWith(`nettheme:${rep}:`));
  /** The unknown for a count of a quarter as it stood at one publication. */
  const canon = (qid: string, path: string, value: number): string => {
    const key = `${qid}|${path}`;
    const before = last.get(key);
    if (before !== undefined && before.value === value) {
      return before.name;
    }
    const name = `${key}|e${epochs++}`;
    if (before !== undefined && Math.abs(value - before.value) < threshold) {
      deltas.push([before.name, name, value - before.value]);
    }
    last.set(key, { name, value });
    truth.set(name, value);
    if (value === 0 || own(path)) {
      model.linear([[{ v: name }, 1]], value);
    }
    return name;
  };
  const groupOf = groupIndex(themeGroups);
  const published: PublishedThemesReport[] = [];

  history.forEach((p, i) => {
    const raw = buildThemesReport(p.records, p.network, p.quarter, themeGroups);
    const quarterTruth = (q: Quarter): Map<string, number> =>
      quarterId(q) === raw.current.quarterId ? cellsOf(raw.current) : cellsOf(raw.previous);
    const link = (q: Quarter, refs: Map<string, Ref>, values: Map<string, number>): void => {
      refs.forEach((ref, path) => {
        const v = canon(quarterId(q), path, values.get(path) as number);
        if (rep !== undefined && path === 'net:total') {
          rest.set(v, (values.get(path) as number) - (values.get(`net:${rep}`) as number));
        }
        if ('known' in ref) {
          model.linear([[{ v }, 1]], ref.known);
        }
      });
    };
    const inQuarter = (q: Quarter): typeof p.records =>
      p.records.filter((r) => buildThemesReport([r], [], q).current.totalAlerts === 1);
    // The quarter itself.
    const cur = quarterTruth(p.quarter);
    link(p.quarter, model.quarter(`p${i}c`, p.report.current, knowledgeOf(inQuarter(p.quarter)), (path) => canon(raw.current.quarterId, path, cur.get(path) as number)), cur);
    // Its previous quarter, unless it repeats what SMT already saw.
    const prevQ = addQuarters(p.quarter, -1);
    const snapshot = published.some((e) => JSON.stringify(e.current) === JSON.stringify(p.report.previous));
    if (!snapshot) {
      const prev = quarterTruth(prevQ);
      link(prevQ, model.quarter(`p${i}p`, p.report.previous, knowledgeOf(inQuarter(prevQ)), (path) => canon(quarterId(prevQ), path, prev.get(path) as number)), prev);
    }
    // The rolling year: each of its counts is the sum of the same count in its four quarters, and
    // each quarter's themes and groups add up as far as the quarter's alerts allow.
    const periods = raw.periods ?? [];
    const year = periods.slice(-4);
    const periodVars = year.map((period) => {
      const vars = new Map<string, string>();
      const values = new Map<string, number>([['total', period.totalAlerts]]);
      period.byTheme.forEach((r) => values.set(`theme:${r.key}`, r.count));
      period.byGroup.forEach((r) => values.set(`group:${r.key}`, r.count));
      values.forEach((value, path) => vars.set(path, canon(period.quarterId, path, value)));
      const ref = (path: string): Ref => ({ v: vars.get(path) as string });
      const themes = period.byTheme.map((r) => ref(`theme:${r.key}`));
      if (period.singleThemePerAlert) {
        model.sum(ref('total'), themes);
      }
      if (period.singleGroupPerAlert) {
        model.sum(ref('total'), period.byGroup.map((g) => ref(`group:${g.key}`)));
      }
      if (period.groupIsSumOfThemes) {
        for (const g of period.byGroup) {
          model.sum(ref(`group:${g.key}`), period.byTheme.filter((t) => (groupOf.get(t.key) ?? 'notRecorded') === g.key).map((t) => ref(`theme:${t.key}`)));
        }
      }
      return vars;
    });
    if (p.report.rollingYear !== undefined && year.length === 4) {
      rollingCellsOf(p.report.rollingYear).forEach((cell, path) => {
        if (!isPeriodPath(path)) {
          return;
        }
        let ref: Ref;
        if (cell.kind === 'count') {
          ref = { known: cell.value };
        } else {
          const value = periodVars.reduce((s, vars) => s + (truth.get(vars.get(path) as string) as number), 0);
          ref = { v: canon(`R:${year[3].quarterId}`, path, value) };
          if (!model.secrets.includes(ref.v)) {
            model.secrets.push(ref.v);
          }
        }
        model.sum(ref, periodVars.map((vars) => ({ v: vars.get(path) as string })));
      });
    }
    published.push(p.report);
  });
  // A rep's own network is no secret to them; of the network total only the other networks' part is.
  const secretValue = (name: string): number | undefined => {
    const path = name.split('|')[1];
    return own(path) ? undefined : rest.get(name) ?? truth.get(name);
  };
  const small = new Set<string>();
  truth.forEach((_value, name) => {
    const value = secretValue(name);
    if (value !== undefined && value > 0 && value < threshold) {
      small.add(name);
    }
  });
  const changes = deltas
    .map(([a, b]): [string, string, number] => [a, b, (secretValue(b) ?? 0) - (secretValue(a) ?? 0)])
    .filter(([, , d]) => d !== 0 && Math.abs(d) < threshold);
  return { model, truth, small, deltas: changes };
}

/** Sparse elimination over the rationals (floating point on small whole numbers, checked against the truth). */
function reduce(equations: ReadonlyArray<Equation>): Array<{ coef: Map<string, number>; rhs: number }> {
  const pivots = new Map<string, { coef: Map<string, number>; rhs: number }>();
  const occurs = new Map<string, Set<string>>();
  const note = (pivot: string, row: Map<string, number>): void =>
    row.forEach((_k, v) => {
      let s = occurs.get(v);
      if (s === undefined) {
        s = new Set<string>();
        occurs.set(v, s);
      }
      s.add(pivot);
    });
  const subtract = (target: { coef: Map<string, number>; rhs: number }, source: { coef: Map<string, number>; rhs: number }, f: number): void => {
    source.coef.forEach((k, v) => {
      const next = (target.coef.get(v) ?? 0) - f * k;
      if (Math.abs(next) < 1e-9) {
        target.coef.delete(v);
      } else {
        target.coef.set(v, next);
      }
    });
    target.rhs -= f * source.rhs;
  };
  for (const eq of equations) {
    const row = { coef: new Map(eq.terms.map((t) => [t.v, t.c] as [string, number])), rhs: eq.rhs };
    for (const v of [...row.coef.keys()]) {
      const k = row.coef.get(v);
      const p = pivots.get(v);
      if (k !== undefined && p !== undefined) {
        subtract(row, p, k);
      }
    }
    if (row.coef.size === 0) {
      continue;
    }
    const [pivot, lead] = [...row.coef.entries()][0];
    row.coef.forEach((k, v) => row.coef.set(v, k / lead));
    row.rhs /= lead;
    for (const other of [...(occurs.get(pivot) ?? [])]) {
      const o = pivots.get(other);
      const k = o?.coef.get(pivot);
      if (o !== undefined && k !== undefined) {
        subtract(o, row, k);
        note(other, o.coef);
      }
    }
    pivots.set(pivot, row);
    note(pivot, row.coef);
  }
  return [...pivots.values()];
}

/** Integer bounds (every unknown at least 1 unless pinned to 0) through the rows until nothing changes. */
function bounds(rows: ReadonlyArray<{ coef: Map<string, number>; rhs: number }>): Map<string, [number, number]> {
  const b = new Map<string, [number, number]>();
  rows.forEach((r) => r.coef.forEach((_k, v) => b.set(v, [1, Infinity])));
  // Counts the reader knows outright (empty ones included) start at their value.
  rows.forEach((r) => {
    if (r.coef.size === 1) {
      const [v, k] = [...r.coef.entries()][0];
      b.set(v, [Math.round(r.rhs / k), Math.round(r.rhs / k)]);
    }
  });
  for (let round = 0, changed = true; changed && round < 50; round++) {
    changed = false;
    for (const r of rows) {
      r.coef.forEach((k, j) => {
        let min = 0;
        let max = 0;
        r.coef.forEach((ki, i) => {
          if (i !== j) {
            const [lo, hi] = b.get(i) as [number, number];
            min += ki > 0 ? ki * lo : ki * hi;
            max += ki > 0 ? ki * hi : ki * lo;
          }
        });
        const x1 = (r.rhs - max) / k;
        const x2 = (r.rhs - min) / k;
        const [lo, hi] = b.get(j) as [number, number];
        const newLo = Math.max(lo, Math.ceil(Math.min(x1, x2) - 1e-9));
        const newHi = Math.min(hi, Math.floor(Math.max(x1, x2) + 1e-9));
        if (newLo !== lo || newHi !== hi) {
          b.set(j, [newLo, newHi]);
          changed = true;
        }
      });
    }
  }
  return b;
}

/** What the reader can pin: every unknown with exactly one possible value. */
export function pinned(model: Model): Map<string, number> {
  const rows = reduce(model.equations);
  const found = new Map<string, number>();
  for (const r of rows) {
    if (r.coef.size === 1) {
      const [v, k] = [...r.coef.entries()][0];
      found.set(v, r.rhs / k);
    }
  }
  bounds([...model.equations.map((e) => ({ coef: new Map(e.terms.map((t) => [t.v, t.c] as [string, number])), rhs: e.rhs })), ...rows]).forEach(
    ([lo, hi], v) => {
      if (lo === hi) {
        found.set(v, lo);
      }
    }
  );
  return found;
}

/** The small counts and small changes the reader recovers (each checked against the truth). */
export function historyLeaks(h: HistorySecrets): string[] {
  const found = pinned(h.model);
  const leaks: string[] = [];
  found.forEach((value, v) => {
    const actual = h.truth.get(v);
    if (actual !== undefined && Math.abs(actual - value) > 1e-6) {
      throw new Error(`the attack model is wrong: ${v} is ${actual}, not ${value}`);
    }
    if (h.small.has(v)) {
      leaks.push(`${v} = ${actual}`);
    }
  });
  for (const [a, b, d] of h.deltas) {
    if (found.has(a) && found.has(b)) {
      leaks.push(`${b} - ${a} = ${d}`);
    }
  }
  return leaks;
}
