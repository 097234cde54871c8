import { clientScript } from '../shared/client-script';
import { searchScript } from './search.contract';

/**
 * The service worker's offline page script (offline-page.ts). It loads the search script of the
 * saved modules, whose strings therefore come with this page.
 */
export const offlinePageScript = clientScript('offline-page', ['offline.savedNone', ...searchScript.keys]);
