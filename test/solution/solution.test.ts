import * as fs from 'fs';
import * as path from 'path';
import { developerProblems } from '../../tools/teamsDeveloper';

const root = path.join(__dirname, '..', '..');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;

interface IManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  supportsThemeVariants: boolean;
  preconfiguredEntries: { title: { default: string }; description: { default: string }; officeFabricIconFontName: string; properties: Record<string, unknown> }[];
}
interface IConfig {
  bundles: Record<string, { components: { entrypoint: string; manifest: string }[] }>;
  localizedResources: Record<string, string>;
}

const config = readJson<IConfig>('config/config.json');
const components = Object.values(config.bundles).flatMap((b) => b.components);
const manifests = components.map((c) => readJson<IManifest>(c.manifest));
const byTitle = (title: string): IManifest => {
  const found = manifests.find((m) => m.preconfiguredEntries[0].title.default === title);
  if (!found) throw new Error(`No web part titled ${title}`);
  return found;
};

describe('the solution: four web parts in one package, deployable tenant-wide and in Teams', () => {
  it('registers the four web parts with their real titles, descriptions and icons', () => {
    expect(manifests.map((m) => m.preconfiguredEntries[0].title.default).sort()).toEqual([
      'Raise a wellbeing concern',
      'Triage board',
      'Wellbeing signposting',
      'Wellbeing themes'
    ]);
    for (const manifest of manifests) {
      const entry = manifest.preconfiguredEntries[0];
      expect(entry.description.default.length).toBeGreaterThan(30);
      expect(entry.officeFabricIconFontName).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(entry.properties).toHaveProperty('dataSiteUrl', '');
      expect(manifest.supportsThemeVariants).toBe(true);
      expect(manifest.supportedHosts).toContain('SharePointWebPart');
    }
    expect(new Set(manifests.map((m) => m.id)).size).toBe(4);
  });

  it('offers the triage board and the themes in Teams, and only those', () => {
    for (const title of ['Triage board', 'Wellbeing themes']) {
      expect(byTitle(title).supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    }
    for (const title of ['Raise a wellbeing concern', 'Wellbeing signposting']) {
      expect(byTitle(title).supportedHosts).not.toContain('TeamsPersonalApp');
    }
  });

  it('ships a colour (192px) and an outline (32px) Teams icon for every web part that runs in Teams', () => {
    const pngSize = (file: string): number[] => {
      const buf = fs.readFileSync(path.join(root, 'teams', file));
      expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
      return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
    };
    for (const manifest of manifests.filter((m) => m.supportedHosts.includes('TeamsTab'))) {
      expect(pngSize(`${manifest.id}_color.png`)).toEqual([192, 192]);
      expect(pngSize(`${manifest.id}_outline.png`)).toEqual([32, 32]);
    }
  });

  it('deploys tenant-wide and asks for the Graph permissions the process needs', () => {
    const pkg = readJson<{
      solution: { skipFeatureDeployment: boolean; includeClientSideAssets: boolean; webApiPermissionRequests: { resource: string; scope: string }[] };
      paths: { zippedPackage: string };
    }>('config/package-solution.json');
    expect(pkg.solution.skipFeatureDeployment).toBe(true);
    expect(pkg.solution.includeClientSideAssets).toBe(true);
    // R4 (a copy to the worker) and R14 (content-free notice to managers) send mail as the signed-in user.
    expect(pkg.solution.webApiPermissionRequests).toContainEqual({ resource: 'Microsoft Graph', scope: 'Mail.Send' });
    expect(pkg.paths.zippedPackage).toBe('solution/wellbeing-concern.sppkg');
  });

  it('carries the council\'s https addresses that Sync to Teams needs, and the check names each one that is not', () => {
    const pkg = readJson<{ solution: { developer: Record<string, unknown> } }>('config/package-solution.json');
    expect(developerProblems(pkg.solution.developer)).toEqual([]);
    // The same check the package check runs: empty (as the generator leaves them), http or not a URL all fail.
    const broken = developerProblems({ name: ' ', websiteUrl: '', privacyUrl: 'http://example.org/privacy', termsOfUseUrl: 'terms' });
    expect(broken).toHaveLength(4);
    for (const key of ['developer.name', 'developer.websiteUrl', 'developer.privacyUrl', 'developer.termsOfUseUrl']) {
      expect(broken.some((problem) => problem.startsWith(key))).toBe(true);
    }
    expect(developerProblems(undefined)).toHaveLength(1);
  });

  it('has an en-gb loc file for every localised module, matching its declared strings', () => {
    for (const [name, libPath] of Object.entries(config.localizedResources)) {
      const dir = path.join(root, path.dirname(libPath).replace(/^lib/, 'src'));
      const js = fs.readFileSync(path.join(dir, 'en-gb.js'), 'utf8');
      const dts = fs.readFileSync(path.join(dir, 'mystrings.d.ts'), 'utf8');
      expect(dts).toContain(`declare module '${name}'`);
      const declared = Array.from(dts.matchAll(/^ {2}(\w+):/gm), (m) => m[1]);
      for (const key of declared) {
        expect(js).toMatch(new RegExp(`^ {4}${key}:`, 'm'));
      }
    }
  });

  it('keeps web part classes thin (ARCHITECTURE: under ~100 lines)', () => {
    for (const component of components) {
      const file = component.entrypoint.replace('./lib/', 'src/').replace(/\.js$/, '.ts');
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n').length;
      expect(lines).toBeLessThan(100);
    }
  });
});
