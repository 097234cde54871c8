import type { UiKey } from '../../i18n/t';

/**
 * The UI strings the SCORM adapter (src/client/scorm.ts) may show. Its contract lists them, and
 * the SCORM packaging step, which adds the adapter to its copies of the pages (the site's pages
 * never load it), writes them into those pages' `bk-ui` island.
 */
export const scormUiKeys = ['scorm.recorded', 'scorm.notSaved'] as const satisfies readonly UiKey[];
