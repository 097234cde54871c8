import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';

/** A quiz page's script (quiz.ts). */
export const quizScript = clientScript('quiz', [
  ...storageNoticeStrings.keys,
  'quiz.resultCorrect', 'quiz.resultWrong', 'quiz.resultPartial', 'quiz.unanswered', 'quiz.chooseFirst',
  'quiz.isAnswer', 'quiz.missedOption', 'quiz.matchRowAnswer', 'quiz.liveQuestion', 'quiz.score', 'quiz.passed',
  'quiz.notPassed', 'quiz.best', 'quiz.missedNone', 'quiz.questionShort', 'quiz.retried',
  'quiz.nameMissing', 'quiz.copied', 'quiz.copyFailed', 'quiz.qrFailed', 'quiz.qrLabel', 'quiz.codeReady',
], { progress: true });

/** The keys quiz.ts and its parts in src/client/quiz/ may show. */
export type QuizUiKey = (typeof quizScript.keys)[number];
