import { clientScript } from '../shared/client-script';

/** The service worker's offline page script (offline-page.ts). */
export const offlinePageScript = clientScript('offline-page', ['offline.savedNone']);
