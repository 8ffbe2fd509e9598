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

module.exports = { locModuleFiles, amdToCommonJs, repoRoot: path.join(__dirname, '..') };
