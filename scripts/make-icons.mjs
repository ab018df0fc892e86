// Draws the add-in icons (assets/icon-16.png … icon-80.png): a blue check mark over a grid on a
// white tile. Deterministic (same bytes on every run); PNGs written with node:zlib only.
// Usage: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GRID = [0xa9, 0xc9, 0xe8];
const SUBSAMPLES = 4;

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Signed distance to a rounded square from `m` to `1 - m` (negative inside). */
function tileDistance(x, y, m, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - m - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - m - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const CHECK = [
  [0.25, 0.53],
  [0.43, 0.71],
  [0.77, 0.31],
];

function checkDistance(x, y) {
  return Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2]));
}

/** Colour of one sample point of an icon of `size` pixels (coordinates in 0..1), or null (transparent). */
function colourAt(x, y, size) {
  const px = 1 / size;
  const tile = tileDistance(x, y, 0.06, 0.14);
  if (tile > 0) return null;
  const check = checkDistance(x, y);
  const checkHalf = Math.max(0.065, 0.9 * px);
  if (check <= checkHalf) return BLUE;
  if (check <= checkHalf + Math.max(0.05, px)) return WHITE;
  if (tile > -Math.max(0.055, px)) return BLUE;
  const cells = size < 32 ? 2 : 3;
  const line = Math.max(0.02, 0.5 * px);
  const inner = (v) => Math.abs(((v - 0.06) / 0.88) * cells - Math.round(((v - 0.06) / 0.88) * cells));
  if (inner(x) * (0.88 / cells) <= line || inner(y) * (0.88 / cells) <= line) return GRID;
  return WHITE;
}

/** RGBA pixels, each pixel the average of SUBSAMPLES² samples (premultiplied, then straightened). */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const c = colourAt((col + (sx + 0.5) / SUBSAMPLES) / size, (row + (sy + 0.5) / SUBSAMPLES) / size, size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const at = (row * size + col) * 4;
      if (sum[3] === 0) continue;
      pixels[at] = Math.round(sum[0] / sum[3]);
      pixels[at + 1] = Math.round(sum[1] / sum[3]);
      pixels[at + 2] = Math.round(sum[2] / sum[3]);
      pixels[at + 3] = Math.round((255 * sum[3]) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG file: 8-bit RGBA, no interlace, filter 0 on every scanline. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    pixels.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const size of SIZES) {
  const file = `assets/icon-${size}.png`;
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`${file} : ${size} × ${size} pixels`);
}
