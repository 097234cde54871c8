import { clientScript } from '../shared/client-script';

/** The "Rekap kelas" page's script (recap.ts). */
export const recapScript = clientScript('recap', [
  'recap.reason.prefix', 'recap.reason.characters', 'recap.reason.length', 'recap.reason.checksum', 'recap.reason.version',
  'recap.reason.quiz', 'recap.reason.outdated', 'recap.reason.answers', 'recap.reason.name', 'recap.reason.empty',
  'recap.reason.duplicate', 'recap.replaced', 'recap.lineReason', 'recap.oneReason', 'recap.added', 'recap.scoreCell',
  'recap.none', 'recap.summary', 'recap.missCell', 'recap.clearConfirm', 'recap.cleared', 'recap.empty', 'recap.csvName',
  'recap.restored',
]);

/** The keys recap.ts and its parts in src/client/recap/ may show. */
export type RecapUiKey = (typeof recapScript.keys)[number];
