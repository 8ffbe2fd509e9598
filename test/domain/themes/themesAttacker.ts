// Test support: an "attacker" who holds a published themes report and tries to work out every
// suppressed count from every published number (R20). Two attackers:
//  - subtraction: repeatedly solves any published sum that has exactly one unknown left;
//  - exhaustive: integer search over all published sums, the change column and organisational
//    knowledge (which routes each service area uses, which office each team works from), with every
//    suppressed count known to be at least 1. A suppressed cell is recovered when only one value fits.
import type { Route } from '../../../src/domain/types';
import type {
  ChangeCell,
  CountCell,
  PublishedQuarterFigures,
  PublishedThemesReport,
  ThemeRecord
} from '../../../src/domain/themes';
import { cellsOf } from '../../../src/domain/themes/cellPaths';

export type Ref = { known: number } | { v: string };

interface Term {
  v: string;
  c: number;
}

export interface Equation {
  terms: Term[];
  rhs: number;
}

/** What the organisation (and so an SMT reader) knows, per quarter: which combinations exist. */
export interface Knowledge {
  areaRoutes: Array<[string, Route]>;
  teamLocations: Array<[string, string, string]>;
  singleTheme: boolean;
}

export function knowledgeOf(records: ThemeRecord[]): Knowledge {
  const areaRoutes = new Map<string, [string, Route]>();
  const teamLocations = new Map<string, [string, string, string]>();
  let singleTheme = true;
  for (const r of records) {
    areaRoutes.set(`${r.serviceAreaId}|${r.route}`, [r.serviceAreaId, r.route]);
    const team = r.teamId ?? 'notRecorded';
    const loc = r.locationId ?? 'notRecorded';
    teamLocations.set(`${r.serviceAreaId}|${team}|${loc}`, [r.serviceAreaId, team, loc]);
    if (new Set(r.themeIds).size > 1) {
      singleTheme = false;
    }
  }
  return { areaRoutes: [...areaRoutes.values()], teamLocations: [...teamLocations.values()], singleTheme };
}

/** Every count cell of a quarter's figures by a path name (the domain's own naming). */
export { cellsOf };

// Upper bound for a secret whose quarter total is suppressed: the random quarters in the tests hold at most 21 alerts.
const DEFAULT_CAP = 22;

export class Model {
  public readonly equations: Equation[] = [];
  public readonly caps: Map<string, number> = new Map();
  /** Suppressed published cells: the secrets. */
  public readonly secrets: string[] = [];

  /** One published quarter's cells and sums; `name` gives a suppressed cell's variable (default: prefix|path). */
  public quarter(prefix: string, f: PublishedQuarterFigures, k: Knowledge, name?: (path: string) => string): Map<string, Ref> {
    const cells = cellsOf(f);
    const total = f.totalAlerts.kind === 'count' ? f.totalAlerts.value : DEFAULT_CAP;
    const netTotal = f.networkThemes.total.kind === 'count' ? f.networkThemes.total.value : DEFAULT_CAP;
    const refs = new Map<string, Ref>();
    cells.forEach((cell, path) => {
      if (cell.kind === 'count') {
        refs.set(path, { known: cell.value });
      } else {
        const v = name === undefined ? `${prefix}|${path}` : name(path);
        this.caps.set(v, path.startsWith('net') ? netTotal : total);
        if (!this.secrets.includes(v)) {
          this.secrets.push(v);
        }
        refs.set(path, { v });
      }
    });
    const r = (path: string): Ref => {
      const ref = refs.get(path);
      if (ref === undefined) {
        throw new Error(`no cell ${path}`);
      }
      return ref;
    };
    const hidden = (name: string): Ref => {
      const v = `${prefix}|hidden:${name}`;
      this.caps.set(v, total);
      return { v };
    };
    const rows = (xs: Array<{ key: string }>, p: string): Ref[] => xs.map((x) => r(`${p}:${x.key}`));

    this.sum(r('total'), f.byServiceArea.map((a) => r(`area:${a.serviceAreaId}`)));
    for (const a of f.byServiceArea) {
      this.sum(r(`area:${a.serviceAreaId}`), a.teams.map((t) => r(`team:${a.serviceAreaId}:${t.teamId}`)));
    }
    this.sum(r('total'), rows(f.byLocation, 'loc'));
    this.sum(r('total'), rows(f.byRoute, 'route'));
    this.sum(r('total'), rows(f.byRag, 'rag'));
    this.sum(r('total'), rows(f.outcomes, 'out'));
    this.sum(r('total'), [r('fc:within'), r('fc:late'), r('fc:notYet')]);
    for (const t of f.byTheme) {
      this.sum(r(`theme:${t.key}`), f.byLocation.map((l) => r(`grid:${l.key}:${t.key}`)));
    }
    if (k.singleTheme) {
      this.sum(r('total'), rows(f.byTheme, 'theme'));
      for (const l of f.byLocation) {
        this.sum(r(`loc:${l.key}`), f.byTheme.map((t) => r(`grid:${l.key}:${t.key}`)));
      }
    }
    this.sum(r('net:total'), f.networkThemes.byNetwork.map((n) => r(`net:${n.network}`)));
    for (const n of f.networkThemes.byNetwork) {
      this.sum(r(`net:${n.network}`), n.themes.map((t) => r(`nettheme:${n.network}:${t.key}`)));
    }
    // Organisational knowledge: hidden two-way tables area x route and team x location.
    const areaParts = new Map<string, Ref[]>();
    const routeParts = new Map<string, Ref[]>();
    for (const [area, route] of k.areaRoutes) {
      const h = hidden(`ar:${area}:${route}`);
      areaParts.set(area, [...(areaParts.get(area) ?? []), h]);
      routeParts.set(route, [...(routeParts.get(route) ?? []), h]);
    }
    areaParts.forEach((parts, area) => this.sum(r(`area:${area}`), parts));
    routeParts.forEach((parts, route) => this.sum(r(`route:${route}`), parts));
    const teamParts = new Map<string, Ref[]>();
    const locParts = new Map<string, Ref[]>();
    for (const [area, team, loc] of k.teamLocations) {
      const h = hidden(`tl:${area}:${team}:${loc}`);
      teamParts.set(`${area}:${team}`, [...(teamParts.get(`${area}:${team}`) ?? []), h]);
      locParts.set(loc, [...(locParts.get(loc) ?? []), h]);
    }
    teamParts.forEach((parts, team) => this.sum(r(`team:${team}`), parts));
    locParts.forEach((parts, loc) => this.sum(r(`loc:${loc}`), parts));
    return refs;
  }

  /** total - sum(members) = 0, with known values moved to the right-hand side. */
  public sum(total: Ref, members: Ref[]): void {
    this.linear([
      [total, 1],
      ...members.map((m): [Ref, number] => [m, -1])
    ], 0);
  }

  public linear(parts: Array<[Ref, number]>, rhs0: number): void {
    let rhs = rhs0;
    const coef = new Map<string, number>();
    for (const [ref, c] of parts) {
      if ('known' in ref) {
        rhs -= c * ref.known;
      } else {
        coef.set(ref.v, (coef.get(ref.v) ?? 0) + c);
      }
    }
    const terms = [...coef.entries()].filter(([, c]) => c !== 0).map(([v, c]) => ({ v, c }));
    if (terms.length === 0) {
      if (rhs !== 0) {
        throw new Error('published numbers contradict each other');
      }
      return;
    }
    this.equations.push({ terms, rhs });
  }
}

export function buildAttackModel(
  report: PublishedThemesReport,
  current: Knowledge,
  previous: Knowledge
): Model {
  const model = new Model();
  const cur = model.quarter('cur', report.current, current);
  const prev = model.quarter('prev', report.previous, previous);
  cellsOf(report.change).forEach((change: ChangeCell, path) => {
    const a = cur.get(path);
    const b = prev.get(path);
    if (change.kind === 'change' && a !== undefined && b !== undefined) {
      model.linear(
        [
          [a, 1],
          [b, -1]
        ],
        change.value
      );
    }
  });
  return model;
}

/** The naive attacker: repeated subtraction. Returns the secrets it recovered. */
export function subtractionAttack(model: Model): Map<string, number> {
  const known = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of model.equations) {
      const unknown = eq.terms.filter((t) => !known.has(t.v));
      if (unknown.length !== 1) {
        continue;
      }
      let rhs = eq.rhs;
      for (const t of eq.terms) {
        if (known.has(t.v)) {
          rhs -= t.c * (known.get(t.v) as number);
        }
      }
      known.set(unknown[0].v, rhs / unknown[0].c);
      changed = true;
    }
  }
  return new Map([...known].filter(([v]) => model.secrets.includes(v)));
}

/**
 * The strong attacker: for each secret, is there more than one integer value (>= 1, <= cap) that
 * fits every equation? Returns the secrets with only one possible value. `only` limits the (costly)
 * proofs to some secrets, e.g. the truly small ones a test cares about.
 */
export function exhaustiveAttack(model: Model, only: (secret: string) => boolean = () => true): Map<string, number> {
  const eqsOf = new Map<string, number[]>();
  model.equations.forEach((eq, i) => eq.terms.forEach((t) => eqsOf.set(t.v, [...(eqsOf.get(t.v) ?? []), i])));
  const cap = (v: string): number => model.caps.get(v) ?? DEFAULT_CAP;

  // connected components of variables
  const component = new Map<string, number>();
  const components: string[][] = [];
  for (const start of eqsOf.keys()) {
    if (component.has(start)) {
      continue;
    }
    const members: string[] = [];
    const queue = [start];
    component.set(start, components.length);
    while (queue.length > 0) {
      const v = queue.shift() as string;
      members.push(v);
      for (const i of eqsOf.get(v) ?? []) {
        for (const t of model.equations[i].terms) {
          if (!component.has(t.v)) {
            component.set(t.v, components.length);
            queue.push(t.v);
          }
        }
      }
    }
    components.push(members);
  }

  /**
   * Tightens integer bounds through every equation until nothing changes (sound: it only removes
   * values no solution can take). Returns false if some unknown has no value left.
   */
  const propagate = (lo: Map<string, number>, hi: Map<string, number>, equations: Equation[]): boolean => {
    const L = (v: string): number => lo.get(v) as number;
    const H = (v: string): number => hi.get(v) as number;
    for (let changed = true; changed; ) {
      changed = false;
      for (const eq of equations) {
        let min = 0;
        let max = 0;
        for (const t of eq.terms) {
          min += t.c > 0 ? t.c * L(t.v) : t.c * H(t.v);
          max += t.c > 0 ? t.c * H(t.v) : t.c * L(t.v);
        }
        for (const t of eq.terms) {
          const own = t.c > 0 ? [t.c * L(t.v), t.c * H(t.v)] : [t.c * H(t.v), t.c * L(t.v)];
          const othersMin = min - own[0];
          const othersMax = max - own[1];
          const x1 = (eq.rhs - othersMax) / t.c;
          const x2 = (eq.rhs - othersMin) / t.c;
          const newLo = Math.ceil(Math.min(x1, x2) - 1e-9);
          const newHi = Math.floor(Math.max(x1, x2) + 1e-9);
          if (newLo > L(t.v)) {
            lo.set(t.v, newLo);
            changed = true;
          }
          if (newHi < H(t.v)) {
            hi.set(t.v, newHi);
            changed = true;
          }
          if (L(t.v) > H(t.v)) {
            return false;
          }
        }
        if (changed) {
          break; // recompute sums with the new bounds
        }
      }
    }
    return true;
  };

  const lo0 = new Map<string, number>();
  const hi0 = new Map<string, number>();
  eqsOf.forEach((_e, v) => {
    lo0.set(v, 1);
    hi0.set(v, cap(v));
  });
  if (!propagate(lo0, hi0, model.equations)) {
    throw new Error('no solution: the attack model is wrong');
  }

  /**
   * Search with bound propagation at every step; values nearest a reference solution are tried first,
   * since another solution usually differs in a few counts only.
   */
  const solve = (
    vars: string[],
    equations: Equation[],
    fixed?: [string, number],
    reference?: Map<string, number>
  ): Map<string, number> | undefined => {
    const step = (lo: Map<string, number>, hi: Map<string, number>): Map<string, number> | undefined => {
      if (!propagate(lo, hi, equations)) {
        return undefined;
      }
      let pick: string | undefined;
      for (const v of vars) {
        const width = (hi.get(v) as number) - (lo.get(v) as number);
        if (width > 0 && (pick === undefined || width < (hi.get(pick) as number) - (lo.get(pick) as number))) {
          pick = v;
        }
      }
      if (pick === undefined) {
        return lo;
      }
      const values: number[] = [];
      for (let x = lo.get(pick) as number; x <= (hi.get(pick) as number); x++) {
        values.push(x);
      }
      const r = reference?.get(pick);
      if (r !== undefined) {
        values.sort((a, b) => Math.abs(a - r) - Math.abs(b - r) || a - b);
      }
      for (const x of values) {
        const nextLo = new Map(lo);
        const nextHi = new Map(hi);
        nextLo.set(pick, x);
        nextHi.set(pick, x);
        const found = step(nextLo, nextHi);
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    };
    const lo = new Map<string, number>();
    const hi = new Map<string, number>();
    vars.forEach((v) => {
      lo.set(v, lo0.get(v) as number);
      hi.set(v, hi0.get(v) as number);
    });
    if (fixed !== undefined) {
      lo.set(fixed[0], fixed[1]);
      hi.set(fixed[0], fixed[1]);
    }
    return step(lo, hi);
  };

  const recovered = new Map<string, number>();
  for (const vars of components) {
    const eqSet = new Set<number>();
    vars.forEach((v) => (eqsOf.get(v) ?? []).forEach((e) => eqSet.add(e)));
    const equations = [...eqSet].map((e) => model.equations[e]);
    const first = solve(vars, equations);
    if (first === undefined) {
      throw new Error('no solution: the attack model is wrong');
    }
    const movable = new Set<string>();
    for (const v of vars) {
      if (!model.secrets.includes(v) || movable.has(v) || !only(v)) {
        continue;
      }
      const value = first.get(v) as number;
      let other: Map<string, number> | undefined;
      const candidates: number[] = [];
      for (let x = lo0.get(v) as number; x <= (hi0.get(v) as number); x++) {
        if (x !== value) {
          candidates.push(x);
        }
      }
      candidates.sort((a, b) => Math.abs(a - value) - Math.abs(b - value) || a - b);
      for (const x of candidates) {
        other = solve(vars, equations, [v, x], first);
        if (other !== undefined) {
          break;
        }
      }
      if (other === undefined) {
        recovered.set(v, value);
      } else {
        other.forEach((x, w) => {
          if (x !== first.get(w)) {
            movable.add(w);
          }
        });
      }
    }
  }
  return recovered;
}

/** Keeps only the primary suppression (what a naive report would do), for checking the attacker works. */
export function primaryOnly(f: PublishedQuarterFigures, raw: Map<string, number>, threshold: number): PublishedQuarterFigures {
  const copy = JSON.parse(JSON.stringify(f)) as PublishedQuarterFigures;
  const cells = cellsOf(copy);
  cells.forEach((cell, path) => {
    const v = raw.get(path) as number;
    const next: CountCell = v > 0 && v < threshold ? { kind: 'suppressed', threshold } : { kind: 'count', value: v };
    Object.keys(cell).forEach((k) => delete (cell as unknown as Record<string, unknown>)[k]);
    Object.assign(cell, next);
  });
  return copy;
}
