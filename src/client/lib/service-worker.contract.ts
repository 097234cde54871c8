import { uiStrings } from '../../shared/client-script';

/** What the "new version" bar (service-worker.ts) may say. */
export const updateBarStrings = uiStrings(['offline.updateAvailable', 'offline.updateReload']);
