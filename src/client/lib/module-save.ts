import type { Ui } from './ui-strings';
import type { moduleSaveStrings } from './module-save.contract';

export type ModuleSaveKey = (typeof moduleSaveStrings.keys)[number];

/** Cache name of one saved module; the service worker serves pages from every `bk-modul-*` cache. */
export const savedCacheName = (id: string) => `bk-modul-${id}`;

/** Files whose URL changes with their content: a copy cached for another module can be reused. */
const immutable = /\/_astro\/|[?&]v=|\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

/**
 * The "save this module" box on a lesson page: stores the module's pages and their files (the
 * list comes from the build, in `data-bk-save-urls`) in the module's own cache, or removes it.
 */
export function initModuleSave(box: HTMLElement, ui: Ui<ModuleSaveKey>): void {
  const id = box.dataset.bkSave ?? '';
  const urls = (box.dataset.bkSaveUrls ?? '').split(' ').filter(Boolean);
  const save = box.querySelector<HTMLButtonElement>('[data-bk-save-button]');
  const remove = box.querySelector<HTMLButtonElement>('[data-bk-remove-button]');
  const status = box.querySelector<HTMLElement>('[data-bk-save-status]');
  if (!id || !urls.length || !save || !remove || !status) return;
  const name = savedCacheName(id);
  const render = (saved: boolean, message?: string) => {
    save.hidden = saved;
    remove.hidden = !saved;
    status.textContent = message ?? (saved ? ui('offline.saved') : '');
  };
  box.hidden = false;
  caches.has(name).then((saved) => render(saved), () => render(false));
  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = ui('offline.saving');
    try {
      await navigator.serviceWorker.ready;
      const cache = await caches.open(name);
      for (const url of urls) {
        const copy = immutable.test(url) ? await caches.match(url) : undefined;
        if (copy) await cache.put(url, copy);
        else await cache.add(url);
      }
      render(true);
    } catch {
      await caches.delete(name).catch(() => undefined);
      render(false, ui('offline.saveFailed'));
    }
    save.disabled = false;
  });
  remove.addEventListener('click', async () => {
    await caches.delete(name).catch(() => undefined);
    render(false, ui('offline.removed'));
    save.focus();
  });
}
