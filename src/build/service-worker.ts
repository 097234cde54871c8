import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { buildVersion } from '../lib/build-info';
import { routes } from '../lib/links';

/** The app shell must stay small: learners pay for every byte the service worker fetches. */
export const maxPrecacheBytes = 256 * 1024;
export const serviceWorkerUrl = routes.asset('sw.js');

/**
 * Builds dist/sw.js from src/sw/service-worker.ts with its precache list: the app shell only
 * (stylesheets, the site's own scripts under the `?v=` URL pages use, the offline fallback page,
 * manifest, icons). Fails the build when a precached file is missing or the shell grows too big.
 */
export async function buildServiceWorker(dist: string): Promise<{ entries: number; bytes: number }> {
  const fallback = routes.offlineFallback();
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['_astro/*.css', 'js/*.js', `${fallback.replace(/^\//, '')}index.html`, 'manifest.webmanifest', 'icons/*.png'],
    maximumFileSizeToCacheInBytes: maxPrecacheBytes,
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  if (size > maxPrecacheBytes) throw new Error(`Service worker: app shell ${size} byte, maksimal ${maxPrecacheBytes}`);
  if (!manifestEntries?.some((e) => `/${e.url}` === `${fallback}index.html`)) throw new Error(`Service worker: halaman ${fallback} tidak ada di dist/`);
  const entries = (manifestEntries ?? [])
    .map((e) => {
      if (e.url.startsWith('js/')) return { url: `${routes.asset(`${e.url}?v=${buildVersion}`)}`, revision: e.revision };
      if (e.url.startsWith('_astro/')) return { url: routes.asset(e.url), revision: null }; // hashed names
      if (e.url.endsWith('index.html')) return { url: `/${e.url.replace(/index\.html$/, '')}`, revision: e.revision };
      return { url: routes.asset(e.url), revision: e.revision };
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
