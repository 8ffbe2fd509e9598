/*
 * SPFx loc modules: config/config.json "localizedResources" names each module and where its files are; each
 * file is AMD (`define([], function () { return {...}; })`), resolved at run time by the SPFx loader.
 * Jest and the local preview's bundler have no SPFx loader, so they use these two helpers to load the
 * en-gb file as CommonJS.
 */
'use strict';

const path = require('path');

/** Module name -> source file (src/, not lib/) for one locale, relative to the repo root. */
function locModuleFiles(locale = 'en-gb') {
  const { localizedResources } = require('../config/config.json');
  return Object.fromEntries(
    Object.entries(localizedResources).map(([name, file]) => [
      name,
      file.replace(/^lib\//, 'src/').replace('{locale}', locale)
    ])
  );
}

/** An AMD loc file as CommonJS: `define` hands the factory's result to module.exports. */
function amdToCommonJs(sourceText) {
  return `var define = function (deps, factory) { module.exports = (typeof deps === 'function' ? deps : factory)(); };\n${sourceText}`;
}

/**
 * Lets plain Node (tsx: `npm start`, the measure and provisioning scripts) load loc modules by name, as Jest
 * (moduleNameMapper) and the preview's bundler (an esbuild plugin) do: code below the web parts, such as the
 * notification texts, reads its words from the loc files too. Idempotent.
 */
function registerLocModules(locale = 'en-gb') {
  const Module = require('module');
  if (Module._load.wellbeingLoc) return;
  const fs = require('fs');
  const root = path.join(__dirname, '..');
  const files = locModuleFiles(locale);
  const loaded = new Map();
  const originalLoad = Module._load;
  const load = function (request, parent, isMain) {
    if (!Object.prototype.hasOwnProperty.call(files, request)) return originalLoad.call(this, request, parent, isMain);
    if (!loaded.has(request)) {
      const file = path.join(root, files[request]);
      const m = new Module(file, parent);
      m.filename = file;
      m._compile(amdToCommonJs(fs.readFileSync(file, 'utf8')), file);
      loaded.set(request, m.exports);
    }
    return loaded.get(request);
  };
  load.wellbeingLoc = true;
  Module._load = load;
}

module.exports = { locModuleFiles, amdToCommonJs, registerLocModules, repoRoot: path.join(__dirname, '..') };
