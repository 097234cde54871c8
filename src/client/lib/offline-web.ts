import { canUseServiceWorker, registerServiceWorker } from './service-worker';
import { initModuleSave } from './module-save';

/**
 * Offline reading on the web site, for any page that carries the save box: registers the service
 * worker and enables "Simpan modul ini untuk dibaca offline". Does nothing on file://, on a
 * plain-HTTP LAN host, or in a browser without service workers (the box stays hidden).
 */
export function initOfflineWeb(): void {
  const box = document.querySelector<HTMLElement>('[data-bk-save]');
  const sw = box?.dataset.bkSwSrc;
  if (!box || !sw || !canUseServiceWorker()) return;
  registerServiceWorker(sw);
  initModuleSave(box);
}
