import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';

/** The "Bukti Belajar Mandiri" page's script (certificate.ts). */
export const certificateScript = clientScript('certificate', [
  ...storageNoticeStrings.keys,
  'certificate.nameMissing', 'progress.scoreValue', 'progress.noScore', 'certificate.missingItem', 'certificate.date',
], { progress: true });
