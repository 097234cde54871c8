import { uiStrings } from '../../shared/client-script';

/** What the result-code box (result-code.ts) may say; spread into the contract of each script that shows it. */
export const resultCodeStrings = uiStrings(['quiz.nameMissing', 'quiz.copied', 'quiz.copyFailed', 'quiz.qrFailed', 'quiz.qrLabel', 'quiz.codeReady', 'quiz.attemptNote']);
