import * as fs from 'fs';
import * as path from 'path';

/*
 * Issue 14: no import circles in src/ (Board and CaseWork imported each other for the clock's words, and alert
 * and routing for a type). A circle makes load order matter and couples two modules that should not know each
 * other; type-only imports count too (they tie the files together just the same for a reader).
 */
const src = path.join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A relative import as the file it names (x.ts, x.tsx, x/index.ts, x/index.tsx), or undefined outside src/. */
function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => c.startsWith(src) && fs.existsSync(c) && fs.statSync(c).isFile() && /\.tsx?$/.test(c));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = Array.from(text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm), (m) => m[1]).concat(
    Array.from(text.matchAll(/\bimport\('([^']+)'\)/g), (m) => m[1])
  );
  return specs.filter((s) => s.startsWith('.')).map((s) => resolve(file, s)).filter((f): f is string => f !== undefined);
}

/** Every cycle found by a depth-first walk, each as the files around it (relative to src/). */
export function cyclesIn(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next).map((f) => path.relative(src, f)));
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (state.get(file) === undefined) visit(file);
  return cycles;
}

describe('import circles (issue 14)', () => {
  const graph = new Map(filesUnder(src).map((f) => [f, importsOf(f)]));

  it('finds the imports (the walk is not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(50);
    const board = path.join(src, 'webparts', 'triageBoard', 'components', 'board', 'Board.tsx');
    expect(graph.get(board)).toContain(path.join(src, 'webparts', 'triageBoard', 'components', 'board', 'CaseWork.tsx'));
  });

  it('would see a circle if there were one', () => {
    const a = path.join(src, 'a.ts');
    const b = path.join(src, 'b.ts');
    expect(cyclesIn(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('src/ has none', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });
});
