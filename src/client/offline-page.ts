import { savedState } from '../browser/saved-modules';
import { uiFor } from './lib/ui-strings';
import type { offlinePageScript } from './offline-page.contract';

const ui = uiFor<typeof offlinePageScript>();

/** Offline fallback page: keeps in the list only the modules saved completely on this device. */
async function init(): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-bk-saved-list]');
  if (!list || !('caches' in window)) return;
  let saved = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-bk-saved-check]')) {
    const has = (await savedState(item.dataset.bkSavedCheck ?? '').catch(() => 'none')) === 'saved';
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
