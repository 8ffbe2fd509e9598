/*
 * Bundles the preview's browser code (preview/client) with esbuild: the real web part components, the real
 * PnPjs store and Fluent UI, with the two things the SPFx toolchain would otherwise provide: loc modules
 * (AMD files named in config/config.json) and SCSS modules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { build, Plugin } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { locModuleFiles, amdToCommonJs, repoRoot } = require('../tools/locModules') as {
  locModuleFiles(locale?: string): Record<string, string>;
  amdToCommonJs(source: string): string;
  repoRoot: string;
};

export interface PreviewBundle {
  js: string;
  css: string;
}

/** `import * as strings from 'RaiseConcernWebPartStrings'` -> the en-gb file, as CommonJS. */
function locPlugin(): Plugin {
  const files = locModuleFiles('en-gb');
  const filter = new RegExp(`^(${Object.keys(files).join('|')})$`);
  return {
    name: 'spfx-loc',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: path.join(repoRoot, files[args.path]), namespace: 'spfx-loc' }));
      b.onLoad({ filter: /.*/, namespace: 'spfx-loc' }, (args) => ({
        contents: amdToCommonJs(fs.readFileSync(args.path, 'utf8')),
        loader: 'js',
        resolveDir: path.dirname(args.path)
      }));
    }
  };
}

/** The part of sass's API used here (its own typings are not reachable through its package exports). */
interface SassCompiler {
  compile(
    path: string,
    options: { loadPaths: string[]; importers: { findFileUrl(url: string): URL | null }[] }
  ): { css: string };
}

/** `import styles from './X.module.scss'`: compiled with sass (the SPFx toolchain's own), as CSS modules. */
function scssPlugin(): Plugin {
  return {
    name: 'spfx-scss',
    setup(b) {
      b.onLoad({ filter: /\.scss$/ }, async (args) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const sass = require('sass') as SassCompiler;
        const nodeModules = path.join(repoRoot, 'node_modules');
        const result = sass.compile(args.path, {
          loadPaths: [nodeModules],
          importers: [
            {
              findFileUrl: (url: string) => (url.startsWith('~') ? pathToFileURL(path.join(nodeModules, url.slice(1))) : null)
            }
          ]
        });
        return { contents: result.css, loader: args.path.endsWith('.module.scss') ? 'local-css' : 'css' };
      });
    }
  };
}

export async function bundlePreview(): Promise<PreviewBundle> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'preview', 'client', 'main.tsx')],
    bundle: true,
    write: false,
    outdir: path.join(repoRoot, 'temp', 'preview'),
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
    plugins: [locPlugin(), scssPlugin()]
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js) throw new Error('The preview bundle produced no JavaScript.');
  return { js: js.text, css: css ? css.text : '' };
}
