import { clientScript } from '../shared/client-script';
import { practiceQuizStrings } from './quiz/practice-quiz.contract';
import { resultCodeStrings } from './quiz/result-code.contract';

/** The script of a pre-/post-test not in exam mode (quiz-code.ts). */
export const quizCodeScript = clientScript('quiz-code', [...practiceQuizStrings.keys, ...resultCodeStrings.keys], { progress: true });
