import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileForPath } from './shared/links';

/**
 * `?v=` values that name a file's content: the first hex digits of its SHA-256. A page that loads
 * `/js/lesson.js?v=<hash>` can then only ever get those bytes, from the network or from a saved
 * module, so a rebuild never pairs new pages with old scripts, whatever the build's version number.
 * Pages get these URLs through `scriptSrc()` / `versioned()` (src/build-info.ts); the service worker
 * step checks every `?v=` in dist/ against the file (src/build/service-worker.ts). Node, build time
 * only: it sits beside build-info.ts because pages (at render) and build steps both use it.
 */

export const assetVersionLength = 10;

/** The `?v=` value for these bytes. */
export function contentVersion(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, assetVersionLength);
}

const known = new Map<string, string>();

/**
 * The content version of the file from public/ that serves a root URL (`/js/lesson.js`). Client
 * scripts and reveal.js are written to public/ before pages render; a file that is not there yet
 * (one a post-build step writes) cannot be versioned by content and fails the build.
 */
export function publicFileVersion(url: string): string {
  const file = fileForPath(url.replace(/[?#].*$/, ''));
  let version = known.get(file);
  if (!version) {
    const source = path.resolve('public', file);
    if (!existsSync(source)) throw new Error(`Berkas public/${file} belum ada saat halaman dibuat`);
    version = contentVersion(readFileSync(source));
    known.set(file, version);
  }
  return version;
}
