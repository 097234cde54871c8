import { uiStrings } from '../../shared/client-script';

/** What the storage notice (notice.ts) may say; spread into the contract of every script that calls it. */
export const storageNoticeStrings = uiStrings(['storage.unavailable', 'storage.full', 'storage.reset', 'storage.dropped', 'storage.fileIsolated']);
