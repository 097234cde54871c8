import { clientScript } from '../shared/client-script';

/** The search page's script (search.ts). */
export const searchScript = clientScript('search', ['search.loading', 'search.results', 'search.none', 'search.error', 'search.sectionsLabel', 'search.empty', 'search.noWords']);
