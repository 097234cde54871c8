import { uiStrings } from '../../shared/client-script';
import { storageNoticeStrings } from '../lib/notice.contract';

/** What a practice quiz (practice-quiz.ts and its questions and summary) may say; spread into each quiz page script's contract. */
export const practiceQuizStrings = uiStrings([
  ...storageNoticeStrings.keys,
  'quiz.resultCorrect', 'quiz.resultWrong', 'quiz.resultPartial', 'quiz.unanswered', 'quiz.chooseFirst',
  'quiz.isAnswer', 'quiz.missedOption', 'quiz.matchRowAnswer', 'quiz.liveQuestion', 'quiz.score', 'quiz.passed',
  'quiz.notPassed', 'quiz.best', 'quiz.missedNone', 'quiz.questionShort', 'quiz.retried',
]);

/** The keys the parts of a practice quiz in src/client/quiz/ may show. */
export type PracticeQuizKey = (typeof practiceQuizStrings.keys)[number];
