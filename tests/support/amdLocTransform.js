/*
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`) resolved by the SPFx loader.
 * Under Jest they become CommonJS: `define` hands the factory's result to module.exports.
 */
'use strict';

module.exports = {
  process(sourceText) {
    return { code: `var define = function (deps, factory) { module.exports = factory(); };\n${sourceText}` };
  }
};
