import { canUseServiceWorker, registerServiceWorker, type UpdateBarKey } from './service-worker';
import { initModuleSave, type ModuleSaveKey } from './module-save';
import type { Ui } from './ui-strings';

/**
 * Offline reading on the web site, for any page that carries the save box: registers the service
 * worker and enables "Simpan modul ini untuk dibaca offline". Does nothing on file://, on a
 * plain-HTTP LAN host, or in a browser without service workers (the box stays hidden).
 */
export function initOfflineWeb(ui: Ui<ModuleSaveKey | UpdateBarKey>): void {
  const box = document.querySelector<HTMLElement>('[data-bk-save]');
  const sw = box?.dataset.bkSwSrc;
  if (!box || !sw || !canUseServiceWorker()) return;
  registerServiceWorker(sw, ui);
  initModuleSave(box, ui);
}
