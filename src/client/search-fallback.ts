import { createFallbackEngine, type FallbackIndex } from '../shared/search/fallback-engine';

/**
 * The search engine for file:// (where Pagefind cannot run): a classic script that the search page
 * inserts only when search is opened, together with the index script (`search/indeks.js`, which
 * defines `window.bkSearchIndex`). It hands the page a factory through one global.
 */
declare global {
  interface Window {
    bkSearchFallback?: { create: (index: FallbackIndex) => ReturnType<typeof createFallbackEngine> };
    bkSearchIndex?: FallbackIndex;
    /** The indexes of saved modules (`/search/modul/<id>.js`), on the phone's offline page. */
    bkSearchIndexes?: FallbackIndex[];
  }
}

window.bkSearchFallback = { create: createFallbackEngine };
