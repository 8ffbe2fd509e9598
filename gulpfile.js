'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// Tests live in test/ and run under Jest; the SPFx build must not try to compile or run them.
build.tslintCmd.enabled = false;

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// `BUNDLE_STATS=1 npm run build` also writes temp/bundle-stats.json (webpack's module and chunk graph), which
// `npm run measure:bundles -- --modules` reads to say what each first view carries, module by module.
if (process.env.BUNDLE_STATS === '1') {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      config.plugins.push({
        apply: (compiler) =>
          compiler.hooks.done.tap('WellbeingBundleStats', (stats) => {
            const fs = require('fs');
            const path = require('path');
            const json = stats.toJson({ all: false, ids: true, chunks: true, chunkModules: true, nestedModules: true, cachedModules: true, dependentModules: true, orphanModules: false, groupModulesByType: false, groupModulesByPath: false, groupModulesByExtension: false, groupModulesByAttributes: false, groupModulesByCacheStatus: false, groupModulesByLayer: false, chunkModulesSpace: 100000, nestedModulesSpace: 100000, modulesSpace: 100000 });
            fs.mkdirSync(path.join(__dirname, 'temp'), { recursive: true });
            fs.writeFileSync(path.join(__dirname, 'temp', 'bundle-stats.json'), JSON.stringify(json));
          })
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
