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

function found() {
  return CANDIDATES.find((candidate) => candidate && fs.existsSync(candidate));
}

function ensureChromium() {
  if (found()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`Chromium is not installed, and this machine cannot install it for you (${isRoot ? 'no apt-get' : 'not root'}). ` +
      `Install it with \`sudo apt-get update && sudo ${INSTALL}\`, or set CHROMIUM_PATH to a Chromium binary.`);
    return false;
  }
  console.log(`Chromium is not installed: installing it (${INSTALL}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('sh', ['-c', `${INSTALL} -qq >/dev/null`], { stdio: 'inherit', env }) : update;
  if (install.status !== 0 || !found()) {
    console.error(`Installing Chromium failed. Run \`${INSTALL}\` yourself, or set CHROMIUM_PATH.`);
    return false;
  }
  return true;
}

module.exports = { ensureChromium };

if (require.main === module) process.exit(ensureChromium() ? 0 : 1);
