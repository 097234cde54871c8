import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';

/** One entry of a zip file as its central directory lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  compressedSize: number;
  dosTime: number;
  dosDate: number;
  data: Buffer;
}

/**
 * A small, independent zip reader for the tests (store and deflate, no zip64): it reads the
 * central directory, inflates every entry and checks its CRC-32, so the tests do not trust the
 * writer that made the file.
 */
export function readZip(file: string): ZipEntry[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: bad central directory record ${i}`);
    const method = buf.readUInt16LE(offset + 10);
    const dosTime = buf.readUInt16LE(offset + 12);
    const dosDate = buf.readUInt16LE(offset + 14);
    const crc = buf.readUInt32LE(offset + 16);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const local = buf.readUInt32LE(offset + 42);
    const name = buf.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const localData = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(localData, localData + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (data.length !== size || crc32(data) >>> 0 !== crc) throw new Error(`${file}: ${name} is corrupt (size or CRC-32)`);
    entries.push({ name, method, crc, size, compressedSize, dosTime, dosDate, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Unpacks a zip into `dir` (which must exist); returns the entries. */
export function unzip(file: string, dir: string): ZipEntry[] {
  const entries = readZip(file);
  for (const e of entries) {
    const target = path.join(dir, e.name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`zip entry escapes its folder: ${e.name}`);
    if (e.name.endsWith('/')) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, e.data);
    }
  }
  return entries;
}
