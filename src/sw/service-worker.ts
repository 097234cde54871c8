/**
 * The site's service worker (web only: HTTPS or localhost; never on file://). Bundled by
 * src/build/service-worker.ts with esbuild; the constants below are filled in at build time.
 * Strategies are Workbox's (https://developer.chrome.com/docs/workbox/modules/workbox-strategies),
 * bent by plugins to this site's rule: nothing is stored on a visit, only when a learner saves a module.
 *
 * - Precache: only the app shell (the offline fallback page and the progress page with what they
 *   load, manifest, icons).
 * - Saved modules: "Simpan modul ini untuk dibaca offline" asks this worker to save the module,
 *   all or nothing (src/sw/save-module.ts), into a cache that counts only once its completion
 *   marker is written. Only complete saves are ever served; the newest first.
 * - Pages: network first (6 s, then a saved copy if there is one). A network error or a 5xx from
 *   the server falls back to the saved copy, else to the offline page (network error) or the
 *   server's own error page (5xx, when nothing is saved).
 * - Assets whose URL names their content (`/_astro/`, `?v=<hash>`, Pagefind chunks): from a saved
 *   module first, since those bytes cannot differ; other assets network first.
 * - Pagefind: network first into its own cache, keyed without the query string, emptied on each
 *   new version.
 * - Updates: a new worker installs only after it has refreshed every saved module to its own
 *   version (each one whole, or left as it was); it then waits until the page asks it to take
 *   over ("Versi baru tersedia"). So a reload after the prompt shows one version, never a mix.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { moduleOfCache, readMarker, type SaveMarker } from '../browser/saved-modules';
import { contentAddressed, saveModule, SaveError, withSaveLock } from './save-module';

declare const BK_PRECACHE: PrecacheEntry[];
declare const BK_OFFLINE_PAGE: string;
declare const BK_PAGEFIND: string;
/** Digest of everything this worker can serve: a new build with other files is a new worker. */
declare const BK_VERSION: string;
/** The save-list version of every module in this build. */
declare const BK_MODULE_VERSIONS: Record<string, string>;

/** The parts of ServiceWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface Waitable {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerMessage extends Waitable {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { matchAll(options: { type: 'window' }): Promise<{ postMessage(message: unknown): void }[]> };
  addEventListener(type: 'message', listener: (event: WorkerMessage) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: Waitable) => void): void;
}
const scope = self as unknown as WorkerScope;

const pagefindCache = 'bk-pagefind';
/** Strategies need a cache name; nothing is ever written under this one. */
const noCache = 'bk-tidak-disimpan';
/** On a very slow network, a saved copy is shown after this long instead of waiting on. */
const networkTimeoutSeconds = 6;

/** Complete saved modules' caches, the most recently saved first. */
async function savedCaches(): Promise<string[]> {
  const found: { name: string; at: number }[] = [];
  for (const name of await caches.keys()) {
    if (!moduleOfCache(name)) continue;
    const marker = await readMarker(name);
    if (marker) found.push({ name, at: marker.savedAt });
  }
  return found.sort((a, b) => b.at - a.at).map((f) => f.name);
}

async function matchSaved(request: Request, ignoreSearch: boolean): Promise<Response | undefined> {
  for (const cacheName of await savedCaches()) {
    const hit = await caches.match(request, { cacheName, ignoreSearch });
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Saved modules whose copy is not of this worker's version: saved again, each whole or not at all.
 * When the server already has a newer build than this worker, its list decides; a copy of that
 * version is left alone (one small request), so a waiting update does not cause downloads again.
 */
async function refreshSavedModules(): Promise<void> {
  const outdated = new Map<string, SaveMarker>();
  for (const name of await savedCaches()) {
    const marker = await readMarker(name);
    const current = marker && BK_MODULE_VERSIONS[marker.module];
    if (marker && current && marker.version !== current && !outdated.has(marker.module)) outdated.set(marker.module, marker);
  }
  for (const [id, marker] of outdated) {
    try {
      const saved = await withSaveLock(id, () => saveModule(id, undefined, marker));
      if (saved !== marker) await announceSaved(id);
    } catch {
      // offline, busy or out of space: the previous copy stays, complete; tried again later
    }
  }
}

async function announceSaved(id: string): Promise<void> {
  for (const client of await scope.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'bk-saved', module: id });
}

/** A visit never stores anything: only a save does. */
const neverStore: WorkboxPlugin = { cacheWillUpdate: async () => null };

/** The newest complete saved copy, before whatever the strategy's own cache holds. */
const savedCopy = (ignoreSearch: boolean): WorkboxPlugin => ({
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (await matchSaved(request, ignoreSearch)) ?? cachedResponse ?? null,
});

/**
 * A 5xx is a failure like a network error (so the saved copy is used); with nothing saved the
 * server's own answer goes through, else `fallback()`.
 */
const serverErrorsFail = (fallback: () => Promise<Response | undefined> = async () => undefined): WorkboxPlugin => ({
  fetchDidSucceed: async ({ response, state }) => {
    if (response.status >= 500) {
      if (state) state.serverError = response;
      throw new Error(`HTTP ${response.status}`);
    }
    return response;
  },
  handlerDidError: async ({ state }) => (state?.serverError as Response | undefined) ?? (await fallback()),
});

/** After an update that could not refresh saved modules (offline during install), try on the next online visit. */
let lastRefresh = 0;
const refreshWhenOnline: WorkboxPlugin = {
  fetchDidSucceed: async ({ response, event }) => {
    if (response.ok && Date.now() - lastRefresh > 600_000) {
      lastRefresh = Date.now();
      (event as unknown as Waitable | undefined)?.waitUntil(refreshSavedModules());
    }
    return response;
  },
};

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: string; module?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
  if (data?.type === 'bk-save' && typeof data.module === 'string' && /^[a-z0-9-]+$/.test(data.module)) {
    const id = data.module;
    const port = event.ports[0];
    event.waitUntil(
      withSaveLock(id, () => saveModule(id, (done, total) => port?.postMessage({ type: 'progress', done, total })))
        .then(async () => {
          port?.postMessage({ type: 'saved' });
          await announceSaved(id);
        })
        .catch((error: unknown) => port?.postMessage({ type: 'failed', reason: error instanceof SaveError ? error.reason : 'network' })),
    );
  }
  // Which build a phone runs: lets whoever helps a learner check it from the browser console.
  if (data?.type === 'bk-version') event.ports[0]?.postMessage({ type: 'version', version: BK_VERSION });
});

scope.addEventListener('install', (event) => event.waitUntil(refreshSavedModules()));
// Pagefind files fetched under the previous version must not meet this version's index.
scope.addEventListener('activate', (event) => event.waitUntil(caches.delete(pagefindCache)));

cleanupOutdatedCaches();
precacheAndRoute(BK_PRECACHE, { ignoreURLParametersMatching: [/^utm_/] });

// Pages (a query such as ?presenter or ?print-pdf reuses the saved page).
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: noCache,
    networkTimeoutSeconds,
    plugins: [neverStore, serverErrorsFail(() => matchPrecache(BK_OFFLINE_PAGE)), savedCopy(true), refreshWhenOnline],
  }),
);

// Pagefind: everything fetched is kept (it cost data already), keyed without the query string.
registerRoute(
  ({ url }) => url.origin === scope.location.origin && url.pathname.startsWith(BK_PAGEFIND),
  new NetworkFirst({
    cacheName: pagefindCache,
    plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.replace(/[?#].*$/, '') }, serverErrorsFail(), savedCopy(true)],
  }),
);

// Files whose URL names their content: a saved copy is exactly what the network would send.
registerRoute(
  ({ url }) => url.origin === scope.location.origin && contentAddressed.test(url.pathname + url.search),
  new CacheFirst({ cacheName: noCache, plugins: [neverStore, savedCopy(false), serverErrorsFail()] }),
);

// Other same-origin files (icons, the manifest): network first, then a saved copy.
registerRoute(
  ({ url }) => url.origin === scope.location.origin,
  new NetworkFirst({ cacheName: noCache, plugins: [neverStore, serverErrorsFail(), savedCopy(false)] }),
);
