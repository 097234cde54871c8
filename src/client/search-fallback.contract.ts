import { clientScript } from '../shared/client-script';

/** The file:// search engine (search-fallback.ts), loaded by search.ts only when search opens offline. */
export const searchFallbackScript = clientScript('search-fallback');
