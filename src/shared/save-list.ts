/**
 * The list of files "Simpan modul ini untuk dibaca offline" stores for one module: written by the
 * build (src/build/module-offline.ts) to `/simpan/<id>.json`, read by the service worker when it
 * saves or refreshes the module. Every file carries its SHA-256 (as a Subresource Integrity value,
 * which `fetch()` checks), so a saved module is byte for byte one build, never a mix. The format
 * has a number: change the shape here, bump it, and both sides follow.
 */

export const saveListFormat = 1;

export interface SaveListFile {
  /** Root-absolute URL as pages request it (`/js/lesson.js?v=…`, `/modul/x/`). */
  url: string;
  /** `sha256-<base64>` of the file's bytes. */
  integrity: string;
  /** Bytes on the wire (gzip for text), for the size shown on the lesson page. */
  bytes: number;
}

export interface SaveList {
  format: typeof saveListFormat;
  module: string;
  /** Changes whenever any file of the list does: the digest of every URL and integrity. */
  version: string;
  bytes: number;
  files: SaveListFile[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed list; throws on anything else (a half-written or foreign file). */
export function parseSaveList(value: unknown): SaveList {
  if (!isRecord(value) || value.format !== saveListFormat) throw new Error('daftar simpan: format tidak dikenal');
  const { module, version, bytes, files } = value;
  if (typeof module !== 'string' || typeof version !== 'string' || typeof bytes !== 'number' || !Array.isArray(files) || !files.length) {
    throw new Error('daftar simpan: isi tidak lengkap');
  }
  for (const f of files) {
    if (!isRecord(f) || typeof f.url !== 'string' || !f.url.startsWith('/') || typeof f.integrity !== 'string' || !/^sha256-[A-Za-z0-9+/]+=*$/.test(f.integrity) || typeof f.bytes !== 'number') {
      throw new Error('daftar simpan: berkas tidak sah');
    }
  }
  return value as unknown as SaveList;
}
