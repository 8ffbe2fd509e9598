/*
 * What a page downloads for a web part, read from the production build in dist/ (what SharePoint serves from the
 * package's client-side assets): the entry, its loc files, and the chunks its first view loads. The SPFx
 * framework libraries (React, sp-*) are the page's own and not counted. Used by measure:bundles and
 * measure:signposting, so both read the chunk graph the same way.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

const root = path.join(__dirname, '..');
export const dist = path.join(root, 'dist');

export interface Sized {
  file: string;
  bytes: number;
  gzip: number;
}

export function sized(file: string): Sized {
  const content = fs.readFileSync(path.join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

export const total = (files: Sized[]): { bytes: number; gzip: number } =>
  files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }), { bytes: 0, gzip: 0 });

interface Manifest {
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
}

export interface WebPartFiles {
  entry: Sized;
  loc: Sized[];
  /** Every chunk the named lazy chunks load with them (webpack loads a group together), each file once. */
  chunks: Sized[];
}

/**
 * The files of one web part: `manifest` is its source manifest (for the id), `lazyChunks` the webpackChunkName of
 * each lazy chunk its first view loads ('signposting-directory', 'raise-store'...).
 */
export function webPartFiles(manifest: string, lazyChunks: string[]): WebPartFiles {
  const { id } = JSON.parse(fs.readFileSync(path.join(root, manifest), 'utf8')) as { id: string };
  const manifestFile = path.join(dist, `${id}.manifest.json`);
  if (!fs.existsSync(manifestFile)) {
    throw new Error('No production build in dist/: run `npm run build` first.');
  }
  const { loaderConfig } = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const entryFile = loaderConfig.scriptResources[loaderConfig.entryModuleId].path as string;
  // dist/ keeps earlier builds' files: only the manifest's own (hashed) names are this build.
  const loc = Object.entries(loaderConfig.scriptResources)
    .filter(([name, resource]) => name !== loaderConfig.entryModuleId && resource.type === 'path')
    .map(([, resource]) => sized(resource.path as string));
  const entryText = fs.readFileSync(path.join(dist, entryFile), 'utf8');

  // webpack's runtime names each chunk file: "chunk." + (name or id) + "_" + {id: hash}[id] + ".js".
  const hashes = /\{((?:\d+:"[0-9a-f]+",?)+)\}\[\w+\]\+"\.js"/.exec(entryText);
  if (!hashes) {
    throw new Error(`Could not find the chunk map in ${entryFile}; has the SPFx webpack runtime changed?`);
  }
  const files = fs.readdirSync(dist);
  const fileOf = new Map<number, string>();
  for (const [, chunkId, hash] of Array.from(hashes[1].matchAll(/(\d+):"([0-9a-f]+)"/g))) {
    const file = files.find((f) => f.startsWith('chunk.') && f.endsWith(`_${hash}.js`));
    if (file) fileOf.set(Number(chunkId), file);
  }
  // The chunks loaded together with a named one: Promise.all([r.e(133), r.e(424)]) in the entry, or r.e(133).then.
  const groups = Array.from(entryText.matchAll(/Promise\.all\(\[((?:[\w$]+\.e\(\d+\),?)+)\]\)|[\w$]+\.e\((\d+)\)\.then/g), (m) =>
    m[2] !== undefined ? [Number(m[2])] : Array.from(m[1].matchAll(/\.e\((\d+)\)/g), (e) => Number(e[1]))
  );
  const chunkIds = new Set<number>();
  for (const name of lazyChunks) {
    const namedId = Array.from(fileOf.entries()).find(([, file]) => file.startsWith(`chunk.${name}_`))?.[0];
    if (namedId === undefined) {
      throw new Error(`No ${name} chunk in this build of ${manifest}.`);
    }
    for (const chunkId of groups.find((ids) => ids.indexOf(namedId) >= 0) ?? [namedId]) chunkIds.add(chunkId);
  }
  return { entry: sized(entryFile), loc, chunks: Array.from(chunkIds, (chunkId) => sized(fileOf.get(chunkId) as string)) };
}
