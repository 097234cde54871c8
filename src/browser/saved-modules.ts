/**
 * Where modules saved for offline reading live, shared by the lesson page, the offline page and the
 * service worker. Each save writes a fresh cache `bk-modul-<id>~<stamp>` and, last of all, a
 * completion marker into it; only a cache with its marker counts as saved, so a save cut short
 * (tab closed, phone asleep, disk full) is never mistaken for a saved module. A module's cache
 * without a marker is an interrupted save, offered again. Reads never use `caches.open()`, which
 * would create the cache it looks for.
 */

export const savedCachePrefix = 'bk-modul-';
/** A URL no page uses: the completion marker inside a module's cache. */
export const saveMarkerUrl = '/__bk/simpan-selesai';

/** The Web Lock held while a module is being saved or removed (by the service worker or a page). */
export const saveLockName = (id: string) => `bk-simpan-${id}`;

/** The module a cache belongs to (`bk-modul-x~abc` → `x`), or null for other caches. */
export function moduleOfCache(name: string): string | null {
  return name.startsWith(savedCachePrefix) ? name.slice(savedCachePrefix.length).replace(/~.*$/, '') : null;
}

export interface SaveMarker {
  module: string;
  /** The version of the save list it was made from. */
  version: string;
  savedAt: number;
  files: number;
}

/** The completion marker of a cache, or null (no cache, no marker, or unreadable). */
export async function readMarker(cacheName: string): Promise<SaveMarker | null> {
  try {
    const response = await caches.match(saveMarkerUrl, { cacheName });
    const marker = (await response?.json()) as Partial<SaveMarker> | undefined;
    return marker && typeof marker.module === 'string' && typeof marker.savedAt === 'number' && typeof marker.version === 'string' ? (marker as SaveMarker) : null;
  } catch {
    return null;
  }
}

/** Every cache of one module (complete or not). */
export async function moduleCaches(id: string): Promise<string[]> {
  return (await caches.keys()).filter((name) => moduleOfCache(name) === id);
}

/** Saved (a cache with its marker), interrupted (caches without one), or none. */
export async function savedState(id: string): Promise<'saved' | 'interrupted' | 'none'> {
  const names = await moduleCaches(id);
  for (const name of names) if (await readMarker(name)) return 'saved';
  return names.length ? 'interrupted' : 'none';
}
