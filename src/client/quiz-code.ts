import { MarkupError, required } from './lib/markup';
import { uiFor } from './lib/ui-strings';
import type { quizCodeScript } from './quiz-code.contract';
import { PracticeQuiz } from './quiz/practice-quiz';
import { ResultCodeBox } from './quiz/result-code';

/**
 * A pre-/post-test that is not in exam mode: a practice quiz (src/client/quiz/practice-quiz.ts)
 * whose result offers the result code for the trainer's recap. "Coba lagi" hides the code and
 * clears the name, so the next person on a shared laptop cannot make a code under it.
 */
const ui = uiFor<typeof quizCodeScript>();
const root = document.querySelector<HTMLElement>('[data-bk-quiz]');
if (root) {
  const quiz = new PracticeQuiz(root, ui);
  const qrSrc = root.dataset.bkQrSrc;
  if (!qrSrc) throw new MarkupError('Quiz', 'data-bk-qr-src');
  const box = new ResultCodeBox(required(root, '[data-bk-code-box]', 'Quiz'), { id: quiz.id, model: quiz.key, qrSrc }, () => quiz.questions.map((q) => q.answer()), quiz.announce, ui);
  quiz.onRetry = () => box.reset();
  box.start();
  quiz.start();
}
