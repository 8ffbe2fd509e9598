/*
 * The end-to-end tests drive Debian's Chromium (browser downloads do not work here). `npm test` calls this first so
 * the README's two commands are the whole set-up: where Chromium is missing and this machine can install it (root,
 * apt-get), it installs it; otherwise it prints the exact command and says so. preview/browser.ts looks in the same
 * places (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL = 'apt-get install -y --no-install-recommends chromium fonts-dejavu-core';

/**
 * What to do, from what the machine has (no side effects, so test/tools/ensureChromium.test.ts covers every case):
 * `present` (nothing to do), `install` (root with apt-get: update, then `commands`), or `instruct` (print `message`,
 * which holds the exact commands, and fail the step).
 */
function decide({ chromium, isRoot, hasApt }) {
  if (chromium) return { action: 'present', chromium };
  if (isRoot && hasApt) {
    return { action: 'install', commands: ['apt-get update -qq', `${INSTALL} -qq`], message: `Chromium is not installed: installing it (${INSTALL}).` };
  }
  const why = !hasApt ? 'no apt-get' : 'not root';
  const command = hasApt ? `sudo apt-get update && sudo ${INSTALL}` : 'your system\'s package manager (Debian: apt-get install chromium)';
  return {
    action: 'instruct',
    message: `Chromium is not installed, and this machine cannot install it for you (${why}). ` +
      `Install it with \`${command}\`, or set CHROMIUM_PATH to a Chromium binary.`
  };
}

function machine() {
  return {
    chromium: CANDIDATES.find((candidate) => candidate && fs.existsSync(candidate)),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: fs.existsSync('/usr/bin/apt-get')
  };
}

function ensureChromium() {
  const decision = decide(machine());
  if (decision.action === 'present') return true;
  if (decision.action === 'instruct') {
    console.error(decision.message);
    return false;
  }
  console.log(decision.message);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const command of decision.commands) {
    const result = spawnSync('sh', ['-c', `${command} >/dev/null`], { stdio: 'inherit', env });
    if (result.status !== 0) break;
  }
  if (!machine().chromium) {
    console.error(`Installing Chromium failed. Run \`${INSTALL}\` yourself, or set CHROMIUM_PATH.`);
    return false;
  }
  return true;
}

module.exports = { decide, ensureChromium, INSTALL };

if (require.main === module) process.exit(ensureChromium() ? 0 : 1);
