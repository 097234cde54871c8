import { routes } from '../shared/links';
import { parseSaveList, type SaveList } from '../shared/save-list';
import { moduleCaches, saveLockName, saveMarkerUrl, savedCachePrefix, type SaveMarker } from '../browser/saved-modules';

/**
 * Saving one module for offline reading, all or nothing (run by the service worker, for the
 * "Simpan" button and to refresh saved modules after an update):
 * 1. fetch the module's save list from the server (never from a cache);
 * 2. fetch every file with its integrity, so the browser refuses bytes of another build;
 * 3. store them in a fresh cache, then write the completion marker last;
 * 4. only then delete the module's older copies.
 * A failure deletes the fresh cache and keeps the previous copy; a save cut off half-way (the
 * browser closed) leaves a cache without a marker, which counts as interrupted, never as saved.
 */

export type SaveFailure = 'busy' | 'network' | 'storage';

export class SaveError extends Error {
  constructor(readonly reason: SaveFailure) {
    super(reason);
  }
}

/** Files whose URL names their content: an HTTP-cached copy is the same bytes, no need to revalidate. */
export const contentAddressed = /\/_astro\/|[?&]v=[0-9a-f]{10}\b|\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

/** Parallel downloads per save: enough to hide latency on 3G, few enough to leave room for the page. */
const parallel = 3;

async function fetchList(id: string): Promise<SaveList> {
  const response = await fetch(routes.saveList(id), { cache: 'no-store' });
  if (!response.ok) throw new SaveError('network');
  const list = parseSaveList(await response.json());
  if (list.module !== id) throw new SaveError('network');
  return list;
}

/** Runs `save` holding the module's lock; `busy` when someone else holds it. Without Web Locks, just runs. */
export async function withSaveLock<T>(id: string, save: () => Promise<T>): Promise<T> {
  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return save();
  return locks.request(saveLockName(id), { ifAvailable: true }, async (lock) => {
    if (!lock) throw new SaveError('busy');
    return save();
  });
}

/**
 * Saves module `id` as the server's list describes it now. With `current` (the copy already
 * saved), a list of the same version ends the refresh after one small request.
 */
export async function saveModule(id: string, onProgress: (done: number, total: number) => void = () => undefined, current?: SaveMarker): Promise<SaveMarker> {
  const list = await fetchList(id).catch((e: unknown) => {
    throw e instanceof SaveError ? e : new SaveError('network');
  });
  if (current && current.version === list.version) return current;
  const name = `${savedCachePrefix}${id}~${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const cache = await caches.open(name);
  const stop = new AbortController();
  try {
    let done = 0;
    const queue = [...list.files];
    onProgress(0, queue.length);
    const worker = async () => {
      for (let file = queue.shift(); file && !stop.signal.aborted; file = queue.shift()) {
        const response = await fetch(file.url, {
          integrity: file.integrity,
          cache: contentAddressed.test(file.url) ? 'default' : 'no-cache',
          signal: stop.signal,
        });
        if (!response.ok) throw new SaveError('network');
        await cache.put(file.url, response);
        onProgress(++done, list.files.length);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    const marker: SaveMarker = { module: id, version: list.version, savedAt: Date.now(), files: list.files.length };
    // Last: from here on the module counts as saved.
    await cache.put(saveMarkerUrl, new Response(JSON.stringify(marker), { headers: { 'content-type': 'application/json' } }));
    for (const other of await moduleCaches(id)) if (other !== name) await caches.delete(other);
    return marker;
  } catch (error) {
    // One failure stops the other downloads: the learner pays for every byte.
    stop.abort();
    await caches.delete(name).catch(() => undefined);
    if (error instanceof SaveError) throw error;
    throw new SaveError(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'network');
  }
}
