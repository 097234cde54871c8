/**
 * The site's service worker (web only: HTTPS or localhost; never on file://). Bundled by
 * src/build/service-worker.ts with esbuild; the constants below are filled in at build time.
 *
 * - Precache: only the app shell (stylesheets, the site's own small scripts, the offline fallback
 *   page, manifest, icons). Learners pay for data, so nothing else is fetched ahead of time.
 * - Pages: network first. A page is stored only when the learner saved its module ("Simpan
 *   modul ini untuk dibaca offline" writes a `bk-modul-<id>` cache from the page); a saved copy is
 *   refreshed whenever the page is fetched online. Offline, a saved page is served from the cache;
 *   anything else gets the friendly offline page.
 * - Assets: versioned URLs (hashed `/_astro/`, `?v=`) from cache first; others network first.
 * - Pagefind: network first into its own cache, keyed without the query string, so search keeps
 *   working from what was fetched or saved (Pagefind's `metaCacheTag` keeps the meta URL stable).
 * - Updates: a new worker waits until the page asks it to take over ("Versi baru tersedia").
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare const BK_PRECACHE: PrecacheEntry[];
declare const BK_OFFLINE_PAGE: string;
declare const BK_PAGEFIND: string;

/** The parts of ServiceWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
interface Waitable {
  waitUntil(promise: Promise<unknown>): void;
}
const scope = self as unknown as WorkerScope;

/** Caches written by the "save module" button on lesson pages. */
const savedPrefix = 'bk-modul-';
const pagefindCache = 'bk-pagefind';
/** On a very slow network, a saved copy is shown after this long instead of waiting on. */
const networkTimeoutMs = 6000;

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void scope.skipWaiting();
});

cleanupOutdatedCaches();
precacheAndRoute(BK_PRECACHE, { ignoreURLParametersMatching: [/^utm_/] });

/** Puts a fresh response into every saved-module cache that already holds this URL. */
async function refreshSaved(request: Request, response: Response): Promise<void> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(savedPrefix)) continue;
    const cache = await caches.open(name);
    if (await cache.match(request)) await cache.put(request, response.clone());
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fromNetwork(request: Request, event: Waitable | undefined, refresh: boolean): Promise<Response> {
  const response = await fetch(request);
  if (refresh && response.ok && response.type === 'basic') event?.waitUntil(refreshSaved(request, response.clone()));
  return response;
}

// Pages: network first, then a saved copy (a query such as ?presenter or ?print-pdf reuses the
// saved page), then the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, event }) => {
    const saved = caches.match(request, { ignoreSearch: true });
    const network = fromNetwork(request, event as unknown as Waitable, !new URL(request.url).search);
    try {
      return await Promise.race([network, delay(networkTimeoutMs).then(async () => (await saved) ?? network)]);
    } catch {
      return (await saved) ?? (await matchPrecache(BK_OFFLINE_PAGE)) ?? Response.error();
    }
  },
);

// Pagefind: everything fetched is kept (it cost data already), keyed without the query string.
registerRoute(
  ({ url }) => url.origin === scope.location.origin && url.pathname.startsWith(BK_PAGEFIND),
  async ({ request }) => {
    const key = request.url.replace(/[?#].*$/, '');
    try {
      const response = await fetch(request);
      if (response.ok) await (await caches.open(pagefindCache)).put(key, response.clone());
      return response;
    } catch (error) {
      const hit = await caches.match(key);
      if (hit) return hit;
      throw error;
    }
  },
);

// Other same-origin files (reveal.js, images, scripts of saved pages).
registerRoute(
  ({ url }) => url.origin === scope.location.origin,
  async ({ request, event }) => {
    const versioned = /\/_astro\/|[?&]v=/.test(request.url);
    if (versioned) {
      const hit = await caches.match(request);
      if (hit) return hit;
    }
    try {
      return await fromNetwork(request, event as unknown as Waitable, !versioned);
    } catch (error) {
      const hit = await caches.match(request);
      if (hit) return hit;
      throw error;
    }
  },
);
