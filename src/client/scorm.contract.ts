import { clientScript } from '../shared/client-script';
import { scormUiKeys } from '../shared/scorm/ui';

/**
 * The SCORM adapter (scorm.ts). No site page lists it: the SCORM packaging step adds the script
 * to its copies of the pages and writes these strings into their `bk-ui` island.
 */
export const scormScript = clientScript('scorm', scormUiKeys);
