import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../src/site';

/** Paths of the build outputs the tests read. */
export const root = path.resolve(import.meta.dirname, '../..');
export const dist = path.join(root, 'dist');
export const offlineDir = path.join(root, 'dist-offline', site.files.folder);

/** URL paths listed in dist/sitemap.xml (e.g. `/modul/grand-design/`). */
export function sitemapPaths(): string[] {
  const file = path.join(dist, 'sitemap.xml');
  if (!existsSync(file)) throw new Error('dist/sitemap.xml tidak ada: jalankan npm run build dulu');
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** All files below a folder, relative, POSIX separators. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** HTML files of a build folder. */
export function htmlFiles(dir: string): string[] {
  return filesBelow(dir).filter((f) => f.endsWith('.html'));
}
