import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the app icon in code and encodes it as a PNG (no image tools, nothing downloaded): the
 * brand blue square (full bleed, so it also works as a maskable icon) with a white open book
 * inside the central safe zone. Deterministic: same size, same bytes.
 */
export function appIconPng(size: number): Buffer {
  const blue = [0x0b, 0x5c, 0xad];
  const white = [0xff, 0xff, 0xff];
  const rows: Buffer[] = [];
  const u = size / 32; // drawing grid: 32 × 32 units
  const inBook = (x: number, y: number): number[] | undefined => {
    const gx = x / u;
    const gy = y / u;
    if (gy < 9.5 || gy > 22.5 || gx < 7 || gx > 25) return undefined;
    if (Math.abs(gx - 16) < 0.6) return blue; // spine
    const lines = [12.5, 15.5, 18.5];
    const inPage = (gx > 9 && gx < 15) || (gx > 17 && gx < 23);
    if (inPage && lines.some((l) => Math.abs(gy - l) < 0.5)) return blue; // text lines
    return white;
  };
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) row.set(inBook(x + 0.5, y + 0.5) ?? blue, 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
