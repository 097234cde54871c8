import { uiFor } from './lib/ui-strings';
import type { scormScript } from './scorm.contract';
import { startShell } from './scorm/shell';
import { startPage } from './scorm/page';

/**
 * The SCORM 1.2 adapter, loaded only by the SCORM packages' copies of the pages (added by
 * src/build/scorm/): in a SCO's launch frame it keeps the LMS session (scorm/shell.ts); in the
 * SCO's pages it reports reading, scores and unfinished answers (scorm/page.ts). With no LMS
 * around (file://, plain http) it leaves the pages as they are.
 */
const frame = document.querySelector<HTMLIFrameElement>('[data-bk-sco-frame]');
if (frame) startShell(frame);
else startPage(uiFor<typeof scormScript>());
