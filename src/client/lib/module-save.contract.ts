import { uiStrings } from '../../shared/client-script';

/** What the "save this module" box (module-save.ts) may say. */
export const moduleSaveStrings = uiStrings(['offline.saving', 'offline.saved', 'offline.saveFailed', 'offline.removed']);
