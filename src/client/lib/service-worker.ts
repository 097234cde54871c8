import type { Ui } from './ui-strings';
import type { updateBarStrings } from './service-worker.contract';

export type UpdateBarKey = (typeof updateBarStrings.keys)[number];

/**
 * Service worker registration without workbox-window (its 2+ KB gz would break the lesson page's
 * 3 KB JavaScript budget): register after load, and when a new version is waiting, show
 * "Versi baru tersedia" with a reload button that lets the new worker take over.
 */

/** Only where a service worker can exist: a secure http(s) origin (never file://, never a plain-HTTP LAN host). */
export function canUseServiceWorker(): boolean {
  return 'serviceWorker' in navigator && window.isSecureContext && /^https?:$/.test(location.protocol) && 'caches' in window;
}

function offerUpdate(worker: ServiceWorker | null, ui: Ui<UpdateBarKey>): void {
  if (!worker || !navigator.serviceWorker.controller || document.querySelector('[data-bk-update]')) return;
  const bar = document.createElement('div');
  bar.className = 'bk-update';
  bar.setAttribute('role', 'status');
  bar.dataset.bkUpdate = '';
  const text = document.createElement('strong');
  text.textContent = ui('offline.updateAvailable');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = ui('offline.updateReload');
  button.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  bar.append(text, button);
  document.body.append(bar);
}

/** Registers the worker once the page has loaded (it must not compete with the page for bandwidth). */
export function registerServiceWorker(url: string, ui: Ui<UpdateBarKey>): void {
  const start = () => {
    navigator.serviceWorker.register(url).then((reg) => {
      offerUpdate(reg.waiting, ui);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => worker.state === 'installed' && offerUpdate(worker, ui));
      });
      // Tabs stay open for days on phones: look for a new version every hour.
      setInterval(() => reg.update().catch(() => undefined), 3_600_000);
    }, () => undefined);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
}
