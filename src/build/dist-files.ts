import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir`, as sorted POSIX paths relative to it (sorted, so outputs are reproducible). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The HTML pages of a build, excluding error pages and redirects. */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html') && f !== '404.html');
}

/** `modul/x/index.html` → `/modul/x/`; `cari/index.html` → `/cari/`. */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}
