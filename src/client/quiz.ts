import { loadProgress, today, updateProgress, type Progress } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import { announcer } from './lib/live-region';
import { dataNumber, MarkupError, readIsland, required, requiredAll } from './lib/markup';
import { formatDate } from '../shared/dates';
import type { QuizKeyData } from '../shared/quiz-model';
import type { quizScript } from './quiz.contract';
import { Question } from './quiz/question';
import { QuizSummary } from './quiz/summary';
import { ResultCodeBox } from './quiz/result-code';

const ui = uiFor<typeof quizScript>();
const component = 'Quiz';

/**
 * Quiz page enhancer. The page works without it (inputs + answer keys in <details>); this adds
 * checking per question or all at once, feedback per option in words and an icon, the explanation
 * and score announced in a live region, "Coba lagi" with shuffled options, links back to the
 * lesson for each miss, the saved best score, and on the pre-/post-test a result code. The answer
 * key comes from the page's quiz data (`#bk-quiz-key`, see `quizKeyData` in src/shared/quiz-model.ts);
 * the parts live in src/client/quiz/.
 */
class Quiz {
  private readonly id: string;
  private readonly questions: Question[];
  private readonly summary: QuizSummary;
  private readonly best: HTMLElement;
  private readonly checkAll: HTMLButtonElement;
  private readonly retry: HTMLButtonElement;
  private readonly announce: (text: string) => void;
  private readonly code?: ResultCodeBox;

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.bkQuiz ?? '';
    const key = readIsland<QuizKeyData>('bk-quiz-key', component);
    const elements = requiredAll(root, '[data-bk-q]', component);
    if (elements.map((el) => el.dataset.bkQ).join() !== key.ids.join()) throw new MarkupError(component, 'questions in the order of #bk-quiz-key');
    this.questions = elements.map((el, i) => new Question(el, i + 1, key.shapes[i]!, key.keys[i]!, ui));
    this.summary = new QuizSummary(required(root, '[data-bk-summary]', component), dataNumber(root, 'bkPass', component), ui);
    this.best = required(root, '[data-bk-best]', component);
    this.checkAll = required<HTMLButtonElement>(root, '[data-bk-check-all]', component);
    this.retry = required<HTMLButtonElement>(root, '[data-bk-retry]', component);
    this.announce = announcer(required(root, '[data-bk-live]', component));
    const box = root.querySelector<HTMLElement>('[data-bk-code-box]');
    if (box) {
      const qrSrc = root.dataset.bkQrSrc;
      if (!qrSrc) throw new MarkupError(component, 'data-bk-qr-src');
      this.code = new ResultCodeBox(box, { id: this.id, key, qrSrc }, () => this.questions.map((q) => q.answer()), this.announce, ui);
    }
  }

  start(): void {
    for (const q of this.questions) q.onCheck(() => this.checkOne(q));
    this.checkAll.addEventListener('click', () => {
      this.questions.filter((q) => !q.checked).forEach((q) => q.check());
      this.announce(this.finish(true));
    });
    this.retry.addEventListener('click', () => this.tryAgain());
    this.code?.start();
    const { progress, notice } = loadProgress();
    showStorageNotice(notice, ui);
    this.renderBest(progress);
    this.root.classList.add('is-ready');
  }

  private checkOne(q: Question): void {
    if (q.checked) return this.announce(q.resultText());
    if (!q.answered()) {
      q.showResult('is-wrong', ui('quiz.chooseFirst'));
      return this.announce(ui('quiz.chooseFirst'));
    }
    const words = q.check();
    this.announce(this.questions.every((x) => x.checked) ? `${words} ${this.finish(false)}` : words);
  }

  /** Shows the score and the sections to read again, saves the best score; returns the words to announce. */
  private finish(moveFocus: boolean): string {
    const result = this.summary.show(this.questions, moveFocus);
    const saved = updateProgress((p) => {
      const old = p.quizzes[this.id];
      if (!old || result.percent >= old.best) p.quizzes[this.id] = { best: result.percent, score: result.score, total: result.total, date: today() };
    });
    showStorageNotice(saved.notice, ui);
    this.renderBest(saved.progress);
    return result.words;
  }

  private tryAgain(): void {
    for (const q of this.questions) q.reset();
    this.summary.hide();
    this.code?.hide();
    this.announce(ui('quiz.retried'));
    this.questions[0]?.focus();
  }

  private renderBest(progress: Progress): void {
    const record = progress.quizzes[this.id];
    this.best.hidden = !record;
    if (record) this.best.textContent = ui('quiz.best', { percent: record.best, date: formatDate(record.date) });
  }
}

const quizRoot = document.querySelector<HTMLElement>('[data-bk-quiz]');
if (quizRoot) new Quiz(quizRoot).start();
