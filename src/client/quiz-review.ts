import { required } from './lib/markup';
import { uiFor } from './lib/ui-strings';
import { formatDate } from '../shared/dates';
import { dayToIso, decodeResult } from '../shared/result-code';
import type { quizReviewScript } from './quiz-review.contract';
import { PracticeQuiz } from './quiz/practice-quiz';

/**
 * The review page of an exam (`/kuis/<id>/pembahasan/`): a practice quiz with the key
 * (src/client/quiz/practice-quiz.ts) that, opened from the exam page's link with the result code
 * in its address (`#BK…`), fills in that code's answers, checks them and saves the score as the
 * best one. Practising afterwards saves nothing: the score of record is the code's.
 */
const ui = uiFor<typeof quizReviewScript>();
const root = document.querySelector<HTMLElement>('[data-bk-quiz]');
if (root) {
  const quiz = new PracticeQuiz(root, ui);
  quiz.saveScores = false;
  quiz.start();
  const raw = decodeURIComponent(location.hash.slice(1));
  if (/^bk/i.test(raw)) {
    const note = required(root, '[data-bk-from-code]', 'Quiz review');
    const result = decodeResult(raw, (id) => (id === quiz.id ? quiz.key : undefined));
    note.hidden = false;
    if (!result.ok) note.textContent = ui('quiz.reviewBadCode');
    else {
      const { name, attempt, day, answers } = result.value;
      note.textContent = ui('quiz.reviewFromCode', { name, attempt, date: formatDate(dayToIso(day)) });
      quiz.questions.forEach((q, i) => {
        q.fill(answers[i] ?? []);
        q.check();
      });
      quiz.finish(false, true);
    }
  }
}
