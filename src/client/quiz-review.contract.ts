import { clientScript } from '../shared/client-script';
import { practiceQuizStrings } from './quiz/practice-quiz.contract';

/** The script of an exam's review page (quiz-review.ts). */
export const quizReviewScript = clientScript('quiz-review', [...practiceQuizStrings.keys, 'quiz.reviewFromCode', 'quiz.reviewBadCode'], { progress: true });
