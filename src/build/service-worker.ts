import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { fileForPath, routes } from '../shared/links';
import { loadedUrls } from './module-offline';
import { iconSizes, iconUrl, manifestUrl } from './web-app-manifest';

/** The app shell must stay small: learners pay for every byte the service worker fetches. */
export const maxPrecacheBytes = 128 * 1024;
export const serviceWorkerUrl = routes.asset('sw.js');

/**
 * Builds dist/sw.js from src/sw/service-worker.ts with its precache list: the app shell only (the
 * offline fallback page and the progress page, with the stylesheets and scripts they load,
 * manifest, icons). Everything
 * else is stored only when a learner saves a module. Fails the build when a shell file is missing
 * or the shell grows too big.
 */
export async function buildServiceWorker(dist: string): Promise<{ entries: number; bytes: number }> {
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
      // Hashed file names change with their content; the rest carry a content revision (a `?v=`
      // URL too: two builds of one commit with local changes share the version).
      return { url, revision: url.startsWith('/_astro/') ? null : e.revision };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
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
      'process.env.NODE_ENV': '"production"',
    },
  });
  await writeFile(path.join(dist, serviceWorkerUrl.replace(/^\//, '')), result.outputFiles[0]!.contents);
  return { entries: entries.length, bytes: size };
}
