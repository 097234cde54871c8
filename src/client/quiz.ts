import { uiFor } from './lib/ui-strings';
import type { quizScript } from './quiz.contract';
import { PracticeQuiz } from './quiz/practice-quiz';

/**
 * A module quiz page (`/kuis/<id>/`). The page works without it (inputs + answer keys in
 * <details>); src/client/quiz/practice-quiz.ts adds checking, feedback, score, retry and the
 * saved best score. Pre-/post-tests use quiz-code.ts (practice with a result code), exam.ts
 * (exam mode) and quiz-review.ts (the review page of an exam).
 */
const root = document.querySelector<HTMLElement>('[data-bk-quiz]');
if (root) new PracticeQuiz(root, uiFor<typeof quizScript>()).start();
