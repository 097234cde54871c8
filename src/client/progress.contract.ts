import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';

/** The "Kemajuan belajar" page's script (progress.ts). */
export const progressScript = clientScript('progress', [
  ...storageNoticeStrings.keys,
  'progress.read', 'progress.notRead', 'progress.noScore', 'progress.scoreValue', 'progress.done', 'progress.notDone',
  'progress.summary', 'progress.nextRead', 'progress.nextQuiz', 'progress.nextCertificate', 'progress.imported',
  'progress.importFailed', 'progress.resetConfirm', 'progress.resetDone', 'progress.exported', 'progress.importSkipped',
  'progress.importUnknown', 'progress.importNotSaved', 'progress.resetNotSaved', 'progress.backupInfo', 'progress.backupRestored',
  'progress.backupUnreadable', 'progress.backupRemoved',
], { progress: true });
