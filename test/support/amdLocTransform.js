/* SPFx loc files are AMD modules; under Jest they become CommonJS (tools/locModules.js). */
'use strict';

const { amdToCommonJs } = require('../../tools/locModules');

module.exports = {
  process(sourceText) {
    return { code: amdToCommonJs(sourceText) };
  }
};
