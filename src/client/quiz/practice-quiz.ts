import { loadProgress, today, updateProgress, type Progress } from '../lib/progress-store';
import { showStorageNotice } from '../lib/notice';
import { announcer } from '../lib/live-region';
import { dataNumber, MarkupError, readIsland, required, requiredAll } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import { formatDate } from '../../shared/dates';
import type { QuizKeyData } from '../../shared/quiz-model';
import type { practiceQuizStrings } from './practice-quiz.contract';
import { Question } from './question';
import { QuizSummary } from './summary';
import { quizResultEvent, type QuizResultDetail } from '../../shared/scorm/events';

const component = 'Quiz';
type PracticeKey = (typeof practiceQuizStrings.keys)[number];

/**
 * A quiz to practise with (markup: src/components/quiz/PracticeQuiz.astro): checking per question
 * or all at once, feedback per option in words and an icon, the explanation and score announced
 * in a live region, "Coba lagi" with shuffled options, links back to the lesson for each miss and
 * the saved best score. The answer key comes from the page's quiz data (`#bk-quiz-key`, see
 * `quizKeyData` in src/shared/quiz-model.ts). The page scripts that use it (src/client/quiz.ts,
 * quiz-code.ts, quiz-review.ts) add what their page has besides.
 */
export class PracticeQuiz {
  readonly id: string;
  readonly key: QuizKeyData;
  readonly questions: Question[];
  readonly announce: (text: string) => void;
  private readonly summary: QuizSummary;
  private readonly best: HTMLElement;
  private readonly checkAll: HTMLButtonElement;
  private readonly retry: HTMLButtonElement;
  /** Called after "Coba lagi" has cleared the answers. */
  onRetry = () => {};
  /** Whether checking everything saves the score as the best one (not on a review page). */
  saveScores = true;
  /** The pass mark in percent; none for the pre-test. */
  readonly pass: number | undefined;

  constructor(
    readonly root: HTMLElement,
    private readonly ui: Ui<PracticeKey>,
  ) {
    this.id = root.dataset.bkQuiz ?? '';
    const key = (this.key = readIsland<QuizKeyData>('bk-quiz-key', component));
    const elements = requiredAll(root, '[data-bk-q]', component);
    if (elements.map((el) => el.dataset.bkQ).join() !== key.ids.join()) throw new MarkupError(component, 'questions in the order of #bk-quiz-key');
    this.questions = elements.map((el, i) => new Question(el, i + 1, key.shapes[i]!, key.keys[i]!, ui));
    const pass = (this.pass = root.dataset.bkPass === undefined ? undefined : dataNumber(root, 'bkPass', component));
    this.summary = new QuizSummary(required(root, '[data-bk-summary]', component), pass, ui);
    this.best = required(root, '[data-bk-best]', component);
    this.checkAll = required<HTMLButtonElement>(root, '[data-bk-check-all]', component);
    this.retry = required<HTMLButtonElement>(root, '[data-bk-retry]', component);
    this.announce = announcer(required(root, '[data-bk-live]', component));
  }

  start(): void {
    const { ui } = this;
    for (const q of this.questions) q.onCheck(() => this.checkOne(q));
    this.checkAll.addEventListener('click', () => {
      this.questions.filter((q) => !q.checked).forEach((q) => q.check());
      this.announce(this.finish(true, this.saveScores));
    });
    this.retry.addEventListener('click', () => {
      for (const q of this.questions) q.reset();
      this.summary.hide();
      this.onRetry();
      this.announce(ui('quiz.retried'));
      this.questions[0]?.focus();
    });
    const { progress, notice } = loadProgress();
    showStorageNotice(notice, ui);
    this.renderBest(progress);
    this.root.classList.add('is-ready');
  }

  /**
   * Shows the score and the sections to read again, saves the best score when `save`; returns the
   * words to announce. Tells the page (`bk:quiz-result` on the quiz, see QuizResultDetail): the
   * SCORM adapter reports a score of record (`saved`) to the LMS.
   */
  finish(moveFocus: boolean, save: boolean): string {
    const result = this.summary.show(this.questions, moveFocus);
    const detail: QuizResultDetail = { quiz: this.id, score: result.score, total: result.total, percent: result.percent, pass: this.pass, saved: save };
    this.root.dispatchEvent(new CustomEvent(quizResultEvent, { bubbles: true, detail }));
    if (!save) return result.words;
    const saved = updateProgress((p) => {
      const old = p.quizzes[this.id];
      if (!old || result.percent >= old.best) p.quizzes[this.id] = { best: result.percent, score: result.score, total: result.total, date: today() };
    });
    showStorageNotice(saved.notice, this.ui);
    this.renderBest(saved.progress);
    return result.words;
  }

  private checkOne(q: Question): void {
    const { ui } = this;
    if (q.checked) return this.announce(q.resultText());
    if (!q.answered()) {
      q.showResult('is-wrong', ui('quiz.chooseFirst'));
      return this.announce(ui('quiz.chooseFirst'));
    }
    const words = q.check();
    this.announce(this.questions.every((x) => x.checked) ? `${words} ${this.finish(false, this.saveScores)}` : words);
  }

  private renderBest(progress: Progress): void {
    const record = progress.quizzes[this.id];
    this.best.hidden = !record;
    if (record) this.best.textContent = this.ui('quiz.best', { percent: record.best, date: formatDate(record.date) });
  }
}
