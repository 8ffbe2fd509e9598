import * as fs from 'fs';
import * as path from 'path';

/*
 * ARCHITECTURE.md: imports point down only.
 *   webparts -> components -> workflows -> services -> schema / referenceData -> domain
 * domain/ is pure TypeScript: no SPFx, PnPjs or React.
 */
const src = path.join(__dirname, '..', '..', 'src');
const LAYERS = ['domain', 'referenceData', 'schema', 'services', 'workflows', 'components', 'webparts'] as const;
type Layer = (typeof LAYERS)[number];
const RANK: Record<Layer, number> = { domain: 0, referenceData: 1, schema: 2, services: 3, workflows: 4, components: 5, webparts: 6 };

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return Array.from(text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm), (m) => m[1]).concat(
    Array.from(text.matchAll(/\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/g), (m) => m[1] ?? m[2])
  );
}

function layerOf(file: string): Layer {
  const top = path.relative(src, file).split(path.sep)[0];
  if (!(LAYERS as readonly string[]).includes(top)) {
    throw new Error(`${file} is outside the known layers`);
  }
  return top as Layer;
}

const allFiles = LAYERS.flatMap((layer) => filesUnder(path.join(src, layer)));

describe('layers (ARCHITECTURE.md: imports point down only)', () => {
  it('finds the source files', () => {
    expect(allFiles.length).toBeGreaterThan(10);
  });

  it('domain/ imports nothing from SPFx, PnPjs, React or Fluent UI, only other domain files', () => {
    for (const file of allFiles.filter((f) => layerOf(f) === 'domain')) {
      for (const spec of importsOf(file)) {
        // Relative, and resolving inside domain/ (domain/themes/ may import ../types, never ../../services).
        const inside = spec.startsWith('.') && !path.relative(path.join(src, 'domain'), path.resolve(path.dirname(file), spec)).startsWith('..');
        expect({ file: path.relative(src, file), spec, ok: inside }).toEqual({
          file: path.relative(src, file),
          spec,
          ok: true
        });
      }
    }
  });

  it('schema/ and referenceData/ are pure too (they feed the provisioner, the store and the emulator)', () => {
    for (const file of allFiles.filter((f) => ['schema', 'referenceData'].includes(layerOf(f)))) {
      for (const spec of importsOf(file)) {
        expect({ file: path.relative(src, file), spec, external: !spec.startsWith('.') }).toEqual({
          file: path.relative(src, file),
          spec,
          external: false
        });
      }
    }
  });

  it('workflows/ render nothing and call no SharePoint themselves: no React, Fluent UI, SPFx or PnPjs, only the store interfaces', () => {
    const workflows = allFiles.filter((f) => layerOf(f) === 'workflows');
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      for (const spec of importsOf(file)) {
        expect({ file: path.relative(src, file), spec, external: !spec.startsWith('.') }).toEqual({ file: path.relative(src, file), spec, external: false });
      }
    }
  });

  it('no file imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const file of allFiles) {
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(src)) continue;
        const targetLayer = layerOf(target);
        if (RANK[targetLayer] > RANK[layerOf(file)]) {
          upward.push(`${path.relative(src, file)} -> ${spec}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });
});
