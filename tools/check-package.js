#!/usr/bin/env node
/*
 * Opens sharepoint/solution/wellbeing-concern.sppkg (a zip) and checks that it carries what a tenant admin
 * deploys: the four web part manifests (with their titles), the Teams icons and
 * the developer addresses Sync to Teams needs (https, see teamsDeveloper.js). Exits non-zero when not.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { developerProblems } = require('./teamsDeveloper');

const root = path.join(__dirname, '..');
const pkgConfig = require(path.join(root, 'config/package-solution.json'));
const config = require(path.join(root, 'config/config.json'));
const sppkg = path.join(root, 'sharepoint', pkgConfig.paths.zippedPackage);

/** Reads a zip's central directory: name -> () => contents. */
function readZip(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const localHeader = buf.readUInt32LE(offset + 42);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => {
      const start = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
      const data = buf.subarray(start, start + compressedSize);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];
let checks = 0;
function check(ok, message) {
  checks++;
  if (!ok) problems.push(message);
}

if (!fs.existsSync(sppkg)) {
  console.error(`No package at ${sppkg}: run "npm run package" first.`);
  process.exit(1);
}
const entries = readZip(sppkg);
const names = [...entries.keys()];
for (const component of Object.values(config.bundles).flatMap((b) => b.components)) {
  const manifest = require(path.join(root, component.manifest));
  const title = manifest.preconfiguredEntries[0].title.default;
  const xmlName = names.find((n) => n.endsWith(`WebPart_${manifest.id}.xml`));
  check(Boolean(xmlName), `the package has no manifest for "${title}" (${manifest.id})`);
  if (xmlName) {
    check(entries.get(xmlName)().toString('utf8').includes(title), `the manifest of ${manifest.id} does not carry the title "${title}"`);
  }
  if (manifest.supportedHosts.includes('TeamsTab')) {
    for (const icon of [`${manifest.id}_color.png`, `${manifest.id}_outline.png`]) {
      check(names.some((n) => n.endsWith(icon)), `the package has no Teams icon ${icon} for "${title}"`);
    }
  }
}
check(names.includes('AppManifest.xml'), 'the package has no AppManifest.xml');
const teamsProblems = developerProblems(pkgConfig.solution.developer);
check(teamsProblems.length === 0, `Sync to Teams would fail: ${teamsProblems.join('; ')}`);

const size = fs.statSync(sppkg).size;
if (problems.length) {
  console.error(`Package check failed (${problems.length} of ${checks} checks):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package check: ${checks} checks passed on ${path.relative(root, sppkg)} (${(size / 1024).toFixed(0)} KiB, ${names.length} files).`);
