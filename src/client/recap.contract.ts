import { clientScript } from '../shared/client-script';

/** The "Rekap kelas" page's script (recap.ts). */
export const recapScript = clientScript('recap', [
  'recap.reason.prefix', 'recap.reason.characters', 'recap.reason.length', 'recap.reason.checksum', 'recap.reason.version',
  'recap.reason.quiz', 'recap.reason.outdated', 'recap.reason.answers', 'recap.reason.name', 'recap.reason.empty',
  'recap.reason.duplicate', 'recap.lineReason', 'recap.oneReason', 'recap.added', 'recap.restored', 'recap.recovered', 'recap.kept',
  'recap.clearConfirm', 'recap.cleared', 'recap.empty', 'recap.none', 'recap.scoreCell',
  'recap.classOnlyOn', 'recap.classOnlyOff', 'recap.saveFailed', 'recap.savedAgain', 'recap.otherTab',
  'recap.staleItem', 'recap.staleCopied', 'recap.supersededSummary', 'recap.supersededItem',
  'recap.blank', 'recap.signPlace', 'recap.signBlankName',
  'recap.summaryLine', 'recap.figParticipants', 'recap.figPre', 'recap.figPost', 'recap.figBoth', 'recap.figAvgPre',
  'recap.figAvgPost', 'recap.figGain', 'recap.percent', 'recap.points', 'recap.range', 'recap.people', 'recap.chartLabel',
  'recap.legendPre', 'recap.legendPost', 'recap.skillCell', 'recap.rightCell', 'recap.weakestPre', 'recap.weakestPost', 'recap.weakItem',
  'recap.csvPeople', 'recap.csvSkills',
  'recap.scanStarting', 'recap.scanReady', 'recap.scanStopped', 'recap.scanNoCamera',
  'recap.scanDenied', 'recap.scanBusy', 'recap.scanUnsupported', 'recap.scanFailed',
]);

/** The keys recap.ts and its parts in src/client/recap/ may show. */
export type RecapUiKey = (typeof recapScript.keys)[number];
