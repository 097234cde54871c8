import { zstdDecompressSync } from 'node:zlib';

/**
 * A minimal reader of the ZIM container (https://wiki.openzim.org/wiki/ZIM_file_format), enough
 * for the build to find where zimwriterfs left its random UUIDs and for the tests to read the
 * metadata and the list of pages without trusting the tools under test. Reads a whole file held
 * in memory (our ZIM is a few hundred KB). Node only.
 */

export interface ZimHeader {
  majorVersion: number;
  minorVersion: number;
  /** Byte offset of the 16-byte UUID in the header. */
  uuidOffset: number;
  entryCount: number;
  clusterCount: number;
  pathPtrPos: number;
  titlePtrPos: number;
  clusterPtrPos: number;
  mimeListPos: number;
  mainPage: number;
  checksumPos: number;
}

export interface ZimEntry {
  /** Position in the path-ordered entry list. */
  index: number;
  namespace: string;
  path: string;
  title: string;
  /** MIME type, or undefined for a redirect. */
  mimeType?: string;
  cluster?: number;
  blob?: number;
  /** Index of the target entry, for a redirect. */
  redirect?: number;
}

export interface ZimBlob {
  /** Absolute byte offset of the blob in the file, when its cluster is stored uncompressed. */
  offset?: number;
  data: Buffer;
}

const zimMagic = 72173914;
const redirectMime = 0xffff;

const u64 = (buf: Buffer, at: number): number => Number(buf.readBigUInt64LE(at));

export function readHeader(buf: Buffer): ZimHeader {
  if (buf.length < 80 || buf.readUInt32LE(0) !== zimMagic) throw new Error('Bukan berkas ZIM (magic number salah)');
  return {
    majorVersion: buf.readUInt16LE(4),
    minorVersion: buf.readUInt16LE(6),
    uuidOffset: 8,
    entryCount: buf.readUInt32LE(24),
    clusterCount: buf.readUInt32LE(28),
    pathPtrPos: u64(buf, 32),
    titlePtrPos: u64(buf, 40),
    clusterPtrPos: u64(buf, 48),
    mimeListPos: u64(buf, 56),
    mainPage: buf.readUInt32LE(64),
    checksumPos: u64(buf, 72),
  };
}

function readString(buf: Buffer, at: number): [string, number] {
  const end = buf.indexOf(0, at);
  if (end < 0) throw new Error(`ZIM: string tanpa akhir pada byte ${at}`);
  return [buf.toString('utf8', at, end), end + 1];
}

function mimeTypes(buf: Buffer, header: ZimHeader): string[] {
  const types: string[] = [];
  let at = header.mimeListPos;
  for (;;) {
    const [type, next] = readString(buf, at);
    if (!type) return types;
    types.push(type);
    at = next;
  }
}

/** Every entry, in path order (namespace, then path), as the path pointer list gives them. */
export function readEntries(buf: Buffer): ZimEntry[] {
  const header = readHeader(buf);
  const types = mimeTypes(buf, header);
  const entries: ZimEntry[] = [];
  for (let index = 0; index < header.entryCount; index++) {
    const at = u64(buf, header.pathPtrPos + index * 8);
    const mime = buf.readUInt16LE(at);
    const namespace = String.fromCharCode(buf[at + 3]!);
    const isRedirect = mime === redirectMime;
    const [path, afterPath] = readString(buf, at + (isRedirect ? 12 : 16));
    const [title] = readString(buf, afterPath);
    const entry: ZimEntry = { index, namespace, path, title: title || path };
    if (isRedirect) entry.redirect = buf.readUInt32LE(at + 8);
    else {
      entry.mimeType = types[mime];
      entry.cluster = buf.readUInt32LE(at + 8);
      entry.blob = buf.readUInt32LE(at + 12);
    }
    entries.push(entry);
  }
  return entries;
}

/** Where a cluster ends: the nearest known structure that starts after it. */
function clusterEnd(buf: Buffer, header: ZimHeader, start: number): number {
  const starts = [header.pathPtrPos, header.titlePtrPos, header.clusterPtrPos, header.mimeListPos, header.checksumPos, buf.length];
  for (let i = 0; i < header.clusterCount; i++) starts.push(u64(buf, header.clusterPtrPos + i * 8));
  for (let i = 0; i < header.entryCount; i++) starts.push(u64(buf, header.pathPtrPos + i * 8));
  return Math.min(...starts.filter((s) => s > start));
}

/**
 * The bytes of one blob. Clusters are stored raw (compression 1) or zstd-compressed (5, libzim's
 * default); xz (4) from very old writers is refused. Raw blobs also report their file offset.
 */
export function readBlob(buf: Buffer, cluster: number, blob: number): ZimBlob {
  const header = readHeader(buf);
  if (cluster >= header.clusterCount) throw new Error(`ZIM: cluster ${cluster} tidak ada`);
  const start = u64(buf, header.clusterPtrPos + cluster * 8);
  const info = buf[start]!;
  const compression = info & 0x0f;
  const offsetSize = info & 0x10 ? 8 : 4;
  const raw = compression <= 1;
  let data: Buffer;
  if (raw) data = buf.subarray(start + 1, clusterEnd(buf, header, start));
  else if (compression === 5) {
    if (typeof zstdDecompressSync !== 'function') throw new Error('ZIM: membaca cluster zstd butuh Node.js ≥ 22.15 (jalankan lewat npm run/npm test)');
    data = zstdDecompressSync(buf.subarray(start + 1, clusterEnd(buf, header, start)));
  } else throw new Error(`ZIM: kompresi cluster ${compression} tidak didukung`);
  const offsetAt = (i: number) => (offsetSize === 8 ? Number(data.readBigUInt64LE(i * 8)) : data.readUInt32LE(i * 4));
  const blobs = offsetAt(0) / offsetSize - 1;
  if (blob >= blobs) throw new Error(`ZIM: blob ${blob} tidak ada di cluster ${cluster}`);
  const from = offsetAt(blob);
  const to = offsetAt(blob + 1);
  return { offset: raw ? start + 1 + from : undefined, data: data.subarray(from, to) };
}

/** Follows redirects to the entry that holds content. */
export function resolveEntry(entries: readonly ZimEntry[], entry: ZimEntry): ZimEntry {
  let current = entry;
  for (let hops = 0; current.redirect !== undefined; hops++) {
    if (hops > 10) throw new Error(`ZIM: redirect berputar di ${entry.namespace}/${entry.path}`);
    current = entries[current.redirect]!;
  }
  return current;
}

/** The metadata (namespace M) as text, except binary values such as the illustration. */
export function readMetadata(buf: Buffer): Record<string, string> {
  const entries = readEntries(buf);
  const meta: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.namespace === 'M')) {
    const target = resolveEntry(entries, entry);
    if (target.mimeType?.startsWith('text/')) meta[entry.path] = readBlob(buf, target.cluster!, target.blob!).data.toString('utf8');
  }
  return meta;
}

/** The content of one entry, e.g. `M/Illustration_48x48@1` or `C/index.html`. */
export function readEntry(buf: Buffer, namespace: string, path: string): Buffer | undefined {
  const entries = readEntries(buf);
  const entry = entries.find((e) => e.namespace === namespace && e.path === path);
  if (!entry) return undefined;
  const target = resolveEntry(entries, entry);
  return readBlob(buf, target.cluster!, target.blob!).data;
}
