import { clientScript } from '../shared/client-script';
import { practiceQuizStrings } from './quiz/practice-quiz.contract';

/** A module quiz page's script (quiz.ts). */
export const quizScript = clientScript('quiz', [...practiceQuizStrings.keys], { progress: true });
