import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { readBlob, readEntries, readHeader } from './zim-archive';

/**
 * zimwriterfs stamps three random UUIDs into every ZIM it writes: the archive's own (header,
 * https://wiki.openzim.org/wiki/ZIM_file_format#Header) and one in each Xapian database it embeds
 * (full text and titles; a Xapian "glass" database starts with its version file: a 14-byte magic,
 * a 2-byte format version, then the 16-byte UUID — xapian-core backends/glass/glass_version.cc).
 * With one worker thread the rest is deterministic for a given file system (zimwriterfs packs
 * files in directory-listing order, which ext4 hashes with a per-file-system seed), so replacing the
 * three with values derived from the content, and rewriting the MD5 checksum that closes the file,
 * makes two builds of the same input on the same machine and day (the Date metadata) byte-identical. The UUIDs stay unique per content, which is what Kiwix
 * libraries key books by; Xapian only uses its UUID to tell replicas apart.
 */

const glassMagic = Buffer.from('\x0f\x0dXapian Glass', 'latin1');
const glassUuidOffset = glassMagic.length + 2;
const xapianEntries = ['fulltext/xapian', 'title/xapian'];

export interface StabilizeResult {
  /** The archive's UUID after the rewrite (hex, no dashes). */
  uuid: string;
  /** Xapian databases whose UUID was made stable. */
  stabilized: string[];
  /** Why something could not be made stable; the file is valid either way. */
  problems: string[];
}

/** The offsets of the UUIDs in a ZIM held in memory: header first, then each Xapian database found. */
export function uuidOffsets(buf: Buffer): { header: number; xapian: Map<string, number>; problems: string[] } {
  const header = readHeader(buf);
  const xapian = new Map<string, number>();
  const problems: string[] = [];
  const entries = readEntries(buf);
  for (const path of xapianEntries) {
    const entry = entries.find((e) => e.namespace === 'X' && e.path === path);
    if (!entry || entry.cluster === undefined || entry.blob === undefined) continue; // no index of this kind
    const blob = readBlob(buf, entry.cluster, entry.blob);
    if (blob.offset === undefined) problems.push(`X/${path}: disimpan terkompresi, UUID-nya tidak dapat diganti`);
    else if (!blob.data.subarray(0, glassMagic.length).equals(glassMagic)) problems.push(`X/${path}: bukan basis data Xapian glass yang dikenal`);
    else xapian.set(path, blob.offset + glassUuidOffset);
  }
  return { header: header.uuidOffset, xapian, problems };
}

/** A UUID with the version-8 ("custom") and RFC 4122 variant bits set. */
function asUuid(bytes: Buffer): Buffer {
  const uuid = Buffer.from(bytes.subarray(0, 16));
  uuid[6] = (uuid[6]! & 0x0f) | 0x80;
  uuid[8] = (uuid[8]! & 0x3f) | 0x80;
  return uuid;
}

/** Rewrites the UUIDs of a ZIM in memory from its content and recomputes its checksum. */
export function stabilizeBuffer(buf: Buffer): StabilizeResult {
  const header = readHeader(buf);
  const { header: headerUuid, xapian, problems } = uuidOffsets(buf);
  const all = [headerUuid, ...xapian.values()];
  for (const at of all) buf.fill(0, at, at + 16);
  const digest = createHash('sha256').update(buf.subarray(0, header.checksumPos)).digest();
  const uuid = asUuid(digest);
  uuid.copy(buf, headerUuid);
  for (const [path, at] of xapian) asUuid(createHash('sha256').update(digest).update(path).digest()).copy(buf, at);
  createHash('md5').update(buf.subarray(0, header.checksumPos)).digest().copy(buf, header.checksumPos);
  return { uuid: uuid.toString('hex'), stabilized: [...xapian.keys()], problems };
}

/** Makes a ZIM file on disk byte-stable (see above); the file stays a valid ZIM. */
export async function stabilizeZim(file: string): Promise<StabilizeResult> {
  const buf = await readFile(file);
  const result = stabilizeBuffer(buf);
  await writeFile(file, buf);
  return result;
}
