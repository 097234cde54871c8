import { uiStrings } from '../../shared/client-script';

/** What the "save this module" box (module-save.ts) may say. */
export const moduleSaveStrings = uiStrings([
  'offline.saving', 'offline.savingProgress', 'offline.saved', 'offline.saveFailed', 'offline.saveFull',
  'offline.interrupted', 'offline.busy', 'offline.removed',
]);
