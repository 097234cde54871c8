import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { fileForPath, routes } from '../shared/links';
import { parseSaveList } from '../shared/save-list';
import { contentVersion } from '../asset-version';
import { listPages } from './dist-files';
import { HtmlPage } from './html-page';
import { loadedUrls } from './module-offline';
import { iconSizes, iconUrl, manifestUrl } from './web-app-manifest';

/**
 * The app shell must stay small: learners pay for every byte the service worker fetches.
 * `BK_MAX_PRECACHE_BYTES` raises the limit only for `npm run bench:scale`, which reports the size
 * instead (the progress page lists every module, so a course of hundreds of modules exceeds it).
 */
export const maxPrecacheBytes = Number(process.env.BK_MAX_PRECACHE_BYTES) || 128 * 1024;
export const serviceWorkerUrl = routes.asset('sw.js');

/**
 * Every `?v=` URL in the pages must name its file's content (src/asset-version.ts): the service
 * worker serves such URLs from a saved module without asking the network, which is only right when
 * the URL cannot mean other bytes. Reads every attribute that holds a root URL ending in `?v=…`
 * (src, href, data-* alike). Returns the problems found.
 */
export async function unversionedUrls(dist: string): Promise<string[]> {
  const problems: string[] = [];
  for (const page of await listPages(dist)) {
    const html = new HtmlPage(await readFile(path.join(dist, page), 'utf8'), page);
    for (const el of html.elements()) {
      for (const { value } of el.attributes) {
        const [, url = '', version = ''] = /^(\/[^?#]*)\?v=([^&#]*)$/.exec(value) ?? [];
        if (!url) continue;
        const file = path.join(dist, fileForPath(url));
        if (!existsSync(file)) problems.push(`${page}: ${url}?v=${version} (berkas tidak ada)`);
        else if (contentVersion(await readFile(file)) !== version) problems.push(`${page}: ${url}?v=${version} (isi berkas berbeda)`);
      }
    }
  }
  return problems;
}

/** The version of each module's save list, from dist/simpan/. */
async function moduleVersions(dist: string): Promise<Record<string, string>> {
  const dir = path.join(dist, path.dirname(fileForPath(routes.saveList('x'))));
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const list = parseSaveList(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
    out[list.module] = list.version;
  }
  return out;
}

/**
 * Builds dist/sw.js from src/sw/service-worker.ts with its precache list: the app shell only (the
 * offline fallback page and the progress page, with the stylesheets and scripts they load,
 * manifest, icons). Everything
 * else is stored only when a learner saves a module. Fails the build when a shell file is missing
 * or the shell grows too big, and refuses to build a worker without a real, unique version: one
 * `?v=` that does not name its file's content, and a saved module could pair pages with scripts of
 * another build. The worker's version is the digest of everything it can serve (the shell's
 * revisions and every module's save list), so any change to those files changes sw.js, which is
 * what makes browsers install the update and refresh saved modules.
 */
export async function buildServiceWorker(dist: string): Promise<{ entries: number; bytes: number; version: string }> {
  const problems = await unversionedUrls(dist);
  if (problems.length) throw new Error(`Service worker: URL ?v= tidak sesuai isi berkasnya:\n- ${problems.join('\n- ')}`);
  const modules = await moduleVersions(dist);
  const fallback = routes.offlineFallback();
  const fallbackFile = fileForPath(fallback);
  if (!existsSync(path.join(dist, fallbackFile))) throw new Error(`Service worker: halaman ${fallback} tidak ada di dist/`);
  // The shell is the offline page and exactly what it loads, under the URLs the page uses.
  const urlOfFile = new Map<string, string>([[fallbackFile, fallback], [fileForPath(manifestUrl), manifestUrl]]);
  // The progress page too (the header offers it on every page), with what it loads.
  for (const page of [routes.progress()]) {
    urlOfFile.set(fileForPath(page), page);
    for (const url of loadedUrls(await readFile(path.join(dist, fileForPath(page)), 'utf8'), fileForPath(page))) urlOfFile.set(fileForPath(url.replace(/\?.*$/, '')), url);
  }
  for (const size of iconSizes) urlOfFile.set(fileForPath(iconUrl(size)), iconUrl(size));
  for (const url of loadedUrls(await readFile(path.join(dist, fallbackFile), 'utf8'), fallbackFile)) urlOfFile.set(fileForPath(url.replace(/\?.*$/, '')), url);
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: [...urlOfFile.keys()],
    maximumFileSizeToCacheInBytes: maxPrecacheBytes,
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  if (size > maxPrecacheBytes) throw new Error(`Service worker: app shell ${size} byte, maksimal ${maxPrecacheBytes}`);
  const missing = [...urlOfFile.keys()].filter((f) => !manifestEntries?.some((e) => e.url === f));
  if (missing.length) throw new Error(`Service worker: berkas app shell tidak ada: ${missing.join(', ')}`);
  const entries = (manifestEntries ?? [])
    .map((e) => {
      const url = urlOfFile.get(e.url) ?? routes.asset(e.url);
      // URLs that name their content (hashed /_astro/ names, `?v=`) need no revision; the rest
      // carry Workbox's content revision.
      return { url, revision: url.startsWith('/_astro/') || /[?&]v=/.test(url) ? null : e.revision };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  const version = createHash('sha256')
    .update(JSON.stringify({ entries, modules }))
    .digest('hex')
    .slice(0, 16);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['es2020'],
    legalComments: 'none',
    write: false,
    define: {
      BK_PRECACHE: JSON.stringify(entries),
      BK_OFFLINE_PAGE: JSON.stringify(fallback),
      BK_PAGEFIND: JSON.stringify(routes.asset('pagefind/')),
      BK_VERSION: JSON.stringify(version),
      BK_MODULE_VERSIONS: JSON.stringify(modules),
      'process.env.NODE_ENV': '"production"',
    },
  });
  await writeFile(path.join(dist, serviceWorkerUrl.replace(/^\//, '')), result.outputFiles[0]!.contents);
  return { entries: entries.length, bytes: size, version };
}
