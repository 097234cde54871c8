import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { listFiles } from './dist-files';

export interface ZipResult {
  /** Bytes of the zip file. */
  bytes: number;
  /** Lower-case hex SHA-256 of the zip file. */
  sha256: string;
  /** Entry paths in the order written (files only). */
  entries: string[];
}

/**
 * A DOS timestamp is local wall-clock time with no zone, and yazl fills it from the Date's local
 * fields. Rebuilding the instant from its UTC fields makes the stored time the UTC time of
 * `date` on every machine, whatever its TZ.
 */
function zoneIndependent(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/**
 * Zips every file below `dir` into `out`, under one top folder `top/` (or at the zip's root when
 * `top` is empty, as a SCORM package needs its manifest), so that the same input gives the same
 * bytes on any machine: entries sorted by path, one fixed timestamp (no extended "UT" timestamp
 * field, which would carry the zone-dependent instant), fixed permissions, and the same deflate
 * level. Folder entries are written explicitly (old unzip tools expect them).
 */
export async function writeReproducibleZip({ dir, top, out, mtime }: { dir: string; top: string; out: string; mtime: Date }): Promise<ZipResult> {
  const files = await listFiles(dir);
  const zip = new ZipFile();
  const time = zoneIndependent(mtime);
  const prefix = top ? `${top}/` : '';
  const folders = new Set<string>(top ? [top] : []);
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(`${prefix}${parts.slice(0, i).join('/')}`);
  }
  const entries = [...[...folders].map((f) => `${f}/`), ...files.map((f) => `${prefix}${f}`)].sort();
  for (const entry of entries) {
    if (entry.endsWith('/')) {
      zip.addEmptyDirectory(entry, { mtime: time, mode: 0o40755, forceDosTimestamp: true });
    } else {
      const data = await readFile(path.join(dir, entry.slice(prefix.length)));
      zip.addBuffer(data, entry, { mtime: time, mode: 0o100644, forceDosTimestamp: true, compressionLevel: 9 });
    }
  }
  zip.end();
  const hash = createHash('sha256');
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(out);
    zip.outputStream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    zip.outputStream.on('error', reject);
    stream.on('error', reject);
    stream.on('close', () => resolve());
    zip.outputStream.pipe(stream);
  });
  return { bytes, sha256: hash.digest('hex'), entries: entries.filter((e) => !e.endsWith('/')) };
}
