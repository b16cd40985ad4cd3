import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Rgb = [number, number, number];

/** A real, decodable 8-bit RGB PNG, each pixel's colour given by `colour`. */
function png(width: number, height: number, colour: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) row.set(colour(x, y).map((c) => Math.max(0, Math.min(255, Math.round(c)))), 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One colour with a lighter band across it, as a picked file would be. */
export function solidPng(width: number, height: number, [r, g, b]: Rgb): Buffer {
  return png(width, height, (_x, y) => {
    const light = y > height / 3 && y < (height * 2) / 3 ? 60 : 0;
    return [r + light, g + light, b + light];
  });
}

/** A landscape at dusk (sky, sun and hills), so a screenshot shows a picture rather than a swatch. */
export function scenePng(width: number, height: number): Buffer {
  return png(width, height, (x, y) => {
    const u = x / width;
    const v = y / height;
    const hill = 0.62 + 0.08 * Math.sin(u * 5.5 + 0.6) + 0.04 * Math.sin(u * 13);
    if (v > hill) return [38 + 30 * u, 62 + 20 * v, 58];
    const sun = Math.hypot(u - 0.7, (v - 0.45) * (height / width)) * width;
    if (sun < width * 0.05) return [255, 226, 160];
    return [70 + 170 * v, 96 + 90 * v, 150 + 20 * v];
  });
}

/** Noise from a seed: a picture that does not compress, so a document of many of them is as large as real photos make it. */
export function noisePng(width: number, height: number, seed: number): Buffer {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 255;
  };
  return png(width, height, () => [next(), next(), next()]);
}
