/* Jest runs the tests in test/ (never src/: the gulp build compiles everything under src/). */
'use strict';

const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];

const { locModuleFiles } = require('./tools/locModules');

function locModules() {
  return Object.fromEntries(Object.entries(locModuleFiles()).map(([name, file]) => [`^${name}$`, `<rootDir>/${file}`]));
}

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '/loc/[^/]+\\.js$': '<rootDir>/test/support/amdLocTransform.js',
    '^.+\\.tsx?$': tsJest,
    // PnPjs v4 ships ES modules only: let ts-jest turn them into CommonJS.
    '^.+\\.jsx?$': tsJest
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|jose)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    // SPFx loc modules (config/config.json "localizedResources") are AMD; tests load the en-gb file.
    ...locModules()
  },
  collectCoverageFrom: ['src/**/*.{ts,tsx}', 'emulator/**/*.ts', '!src/**/*.d.ts', '!src/webparts/**/*WebPart.ts'],
  coverageThreshold: {
    './src/domain/': { lines: 95 }
  },
  coverageReporters: ['text-summary', 'lcov']
};
