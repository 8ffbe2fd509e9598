#!/usr/bin/env node
/*
 * Draws the Teams app icons for the web parts that run in Teams (triage board, wellbeing themes):
 * <componentId>_color.png (192x192, full colour) and <componentId>_outline.png (32x32, white on transparent),
 * the two files `gulp package-solution` looks for in teams/. Run once when a design changes; the PNGs are committed.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

// Glyphs in unit coordinates: true where the white mark is.
const glyphs = {
  // Triage board: three cards in columns.
  board: (x, y) =>
    [0.22, 0.42, 0.62].some((left) => x >= left && x <= left + 0.16 && y >= 0.24 && y <= (left === 0.42 ? 0.58 : 0.76)),
  // Themes: three rising bars.
  bars: (x, y) =>
    [
      [0.22, 0.56],
      [0.42, 0.36],
      [0.62, 0.2]
    ].some(([left, top]) => x >= left && x <= left + 0.16 && y >= top && y <= 0.78)
};

const icons = [
  { id: '4ebf4256-d484-4006-b2a7-19c80d59ac18', glyph: glyphs.board, colour: [0, 94, 115] },
  { id: '9897a255-847d-4f07-8e4b-53e261b36355', glyph: glyphs.bars, colour: [84, 46, 128] }
];

const outDir = path.join(__dirname, '..', 'teams');
fs.mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  const white = [255, 255, 255, 255];
  const colour = [...icon.colour, 255];
  fs.writeFileSync(path.join(outDir, `${icon.id}_color.png`), png(192, (x, y) => (icon.glyph(x, y) ? white : colour)));
  fs.writeFileSync(path.join(outDir, `${icon.id}_outline.png`), png(32, (x, y) => (icon.glyph(x, y) ? white : [0, 0, 0, 0])));
}
console.log(`Wrote ${icons.length * 2} icons to ${outDir}`);
