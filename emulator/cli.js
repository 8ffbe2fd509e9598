#!/usr/bin/env node
/*
 * Starts the local SharePoint emulator:
 *   node emulator/cli.js [--port 0] [--db emulator.sqlite] [--seed emulator/seed/users.json] [--threshold 5000] [--site /sites/wellbeing]
 * The emulator is TypeScript; tsx (a dev dependency) lets Node load it directly.
 */
'use strict';
require('tsx/cjs');
const fs = require('fs');
const path = require('path');
const { startEmulator } = require('./server.ts');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const seedPath = path.resolve(arg('seed', path.join(__dirname, 'seed', 'users.json')));
  const seed = JSON.parse(fs.readFileSync(seedPath, 'utf8'));
  const emulator = await startEmulator({
    port: Number(arg('port', '0')),
    host: arg('host', '127.0.0.1'),
    dbPath: arg('db', ':memory:'),
    users: seed.users,
    listViewThreshold: Number(arg('threshold', '5000')),
    sitePath: arg('site', '/sites/wellbeing')
  });
  console.log(`SharePoint emulator listening: ${emulator.url}`);
  const stop = () => emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
