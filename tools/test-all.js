#!/usr/bin/env node
/*
 * `npm test`: everything a change must pass, in the order a reviewer would look: lint (zero warnings),
 * a type check of everything, every Jest test, the production bundle and package, and a check of what the package carries.
 * Every step runs even when an earlier one fails, so one run shows every problem.
 * The last line is "N passed, N failed": Jest's tests plus one for each of the other steps.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(`SPFx 1.21.1 needs Node 22 and this is Node ${process.versions.node}. Run this through npm ` +
    '(npm test), which puts the project\'s own Node 22 (node_modules/.bin/node) first on the PATH.');
  process.exit(1);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const { ensureChromium } = require('./ensure-chromium');

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status})`}`);
  return ok;
}

const jestResults = path.join(root, 'temp', 'jest-results.json');
fs.mkdirSync(path.dirname(jestResults), { recursive: true });
fs.rmSync(jestResults, { force: true });

const steps = [];
// The end-to-end tests need Chromium: installed here when missing and the machine allows it, else the exact command.
steps.push(['Chromium for the end-to-end tests', ensureChromium()]);
steps.push(['lint', run('lint', 'npm', ['run', '--silent', 'lint'])]);
// ts-jest compiles each test file on its own (isolatedModules) and does not check types across files.
steps.push(['type check (src, emulator, tools, test)', run('type check', 'npm', ['run', '--silent', 'typecheck'])]);
run('unit, component and integration tests', bin('jest'), ['--coverage', '--json', `--outputFile=${jestResults}`]);
// Read Jest's results now: the package step's `gulp clean` empties temp/.
const jest = fs.existsSync(jestResults) ? JSON.parse(fs.readFileSync(jestResults, 'utf8')) : undefined;
steps.push(['production bundle and package', run('production bundle and package', 'npm', ['run', '--silent', 'package'])]);
steps.push(['package contents', run('package contents', 'node', ['tools/check-package.js'])]);
// Each web part's first-view download against its budget (tools/bundle-budgets.json), from the build just made.
steps.push(['first-view bundle budgets', run('first-view bundle budgets', 'npm', ['run', '--silent', 'measure:bundles', '--', '--check'])]);

let passed = 0;
let failed = 0;
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
  // A coverage threshold miss fails Jest without failing a test: count it.
  if (!jest.success && jest.numFailedTests === 0 && jest.numRuntimeErrorTestSuites === 0) {
    failed += 1;
    console.log('=== jest: failed without a failing test (coverage threshold?)');
  }
} else {
  failed += 1;
  console.log('=== jest: wrote no results');
}
for (const [label, ok] of steps) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`=== failed step: ${label}`);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
