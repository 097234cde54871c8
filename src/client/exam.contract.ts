import { clientScript } from '../shared/client-script';
import { resultCodeStrings } from './quiz/result-code.contract';

/** An exam-mode pre-/post-test page's script (exam.ts). */
export const examScript = clientScript('exam', [
  ...resultCodeStrings.keys,
  'quiz.unansweredSome', 'quiz.questionShort', 'quiz.newAttemptConfirm', 'quiz.newAttemptDone',
]);
