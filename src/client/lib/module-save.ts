import type { Ui } from './ui-strings';
import type { moduleSaveStrings } from './module-save.contract';

export type ModuleSaveKey = (typeof moduleSaveStrings.keys)[number];

/** Cache name of one saved module; the service worker serves pages from every `bk-modul-*` cache. */
export const savedCacheName = (id: string) => `bk-modul-${id}`;

/** Files whose URL changes with their content: a copy cached for another module can be reused. */
const immutable = /\/_astro\/|[?&]v=|\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

/**
 * Stores one module's pages and files (the list comes from the build) in the module's own cache,
 * all or nothing: on any failure the partial copy is deleted and the error thrown. Used by the
 * box on a lesson page and by "Simpan semua modul" on the home page.
 */
export async function saveModule(id: string, urls: readonly string[]): Promise<void> {
  await navigator.serviceWorker.ready;
  const name = savedCacheName(id);
  try {
    const cache = await caches.open(name);
    for (const url of urls) {
      const copy = immutable.test(url) ? await caches.match(url) : undefined;
      if (copy) await cache.put(url, copy);
      else await cache.add(url);
    }
  } catch (error) {
    await caches.delete(name).catch(() => undefined);
    throw error;
  }
}

/** Whether a module is saved on this device. */
export const isModuleSaved = (id: string): Promise<boolean> => caches.has(savedCacheName(id)).catch(() => false);

/** The URL list the build wrote into `data-bk-save-urls`. */
export const saveUrls = (el: HTMLElement): string[] => (el.dataset.bkSaveUrls ?? '').split(' ').filter(Boolean);

/**
 * The "save this module" box on a lesson page: stores the module (the list comes from the build,
 * in `data-bk-save-urls`), or removes it.
 */
export function initModuleSave(box: HTMLElement, ui: Ui<ModuleSaveKey>): void {
  const id = box.dataset.bkSave ?? '';
  const urls = saveUrls(box);
  const save = box.querySelector<HTMLButtonElement>('[data-bk-save-button]');
  const remove = box.querySelector<HTMLButtonElement>('[data-bk-remove-button]');
  const status = box.querySelector<HTMLElement>('[data-bk-save-status]');
  if (!id || !urls.length || !save || !remove || !status) return;
  const render = (saved: boolean, message?: string) => {
    save.hidden = saved;
    remove.hidden = !saved;
    status.textContent = message ?? (saved ? ui('offline.saved') : '');
  };
  box.hidden = false;
  void isModuleSaved(id).then(render);
  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = ui('offline.saving');
    try {
      await saveModule(id, urls);
      render(true);
    } catch {
      render(false, ui('offline.saveFailed'));
    }
    save.disabled = false;
  });
  remove.addEventListener('click', async () => {
    await caches.delete(savedCacheName(id)).catch(() => undefined);
    render(false, ui('offline.removed'));
    save.focus();
  });
}
