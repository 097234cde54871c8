import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routes } from './links';

/**
 * `?v=` values that name a file's content: the first hex digits of its SHA-256. A page that loads
 * `/js/lesson.js?v=<hash>` can then only ever get those bytes, from the network or from a saved
 * module, so a rebuild never pairs new pages with old scripts, whatever the build's version number.
 * The service worker build checks every `?v=` in dist/ against the file (src/build/service-worker.ts).
 */

export const assetVersionLength = 10;

/** The `?v=` value for these bytes. */
export function contentVersion(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, assetVersionLength);
}

const known = new Map<string, string>();

/**
 * The URL of a file from public/ with its content version, e.g. `js/lesson.js` →
 * `/js/lesson.js?v=3f2a…`. Client scripts and reveal.js are written to public/ before pages render.
 */
export function versionedAsset(file: string): string {
  let version = known.get(file);
  if (!version) {
    const source = path.resolve('public', file);
    if (!existsSync(source)) throw new Error(`Berkas public/${file} belum ada saat halaman dibuat`);
    version = contentVersion(readFileSync(source));
    known.set(file, version);
  }
  return `${routes.asset(file)}?v=${version}`;
}
