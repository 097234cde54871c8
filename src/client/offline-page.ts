import { savedCacheName } from './lib/module-save';
import { uiFor } from './lib/ui-strings';
import type { offlinePageScript } from './offline-page.contract';

const ui = uiFor<typeof offlinePageScript>();

/** Offline fallback page: keeps in the list only the modules saved on this device. */
async function init(): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-bk-saved-list]');
  if (!list || !('caches' in window)) return;
  let saved = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-bk-saved-check]')) {
    const has = await caches.has(savedCacheName(item.dataset.bkSavedCheck ?? '')).catch(() => false);
    item.hidden = !has;
    if (has) saved++;
  }
  if (!saved) {
    const none = document.createElement('p');
    none.textContent = ui('offline.savedNone');
    list.replaceWith(none);
  }
}

void init();
