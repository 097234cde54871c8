/**
 * What a quiz page tells whoever listens (the SCORM adapter, src/client/scorm.ts) when a quiz is
 * scored: a `bk:quiz-result` CustomEvent that bubbles from the quiz, with this detail. The quiz
 * scripts do not know about SCORM; the adapter only exists in the SCORM copies of the pages.
 */
export const quizResultEvent = 'bk:quiz-result';

export interface QuizResultDetail {
  /** The quiz id (`data-bk-quiz`). */
  quiz: string;
  score: number;
  total: number;
  /** Rounded percentage, as the page shows it. */
  percent: number;
  /** The pass mark in percent; none for the pre-test. */
  pass?: number;
  /** A score of record: a module quiz checked in full, or a result code scored on a review page (not practice after it). */
  saved: boolean;
}
