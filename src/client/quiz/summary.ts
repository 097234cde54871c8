import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { PracticeQuizKey } from './practice-quiz.contract';
import type { Question } from './question';

const component = 'Quiz summary';

/** The result block under a quiz: score, verdict against the pass mark, and the questions to read again. */
export class QuizSummary {
  private readonly score: HTMLElement;
  private readonly verdict: HTMLElement;
  private readonly missed: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(
    private readonly el: HTMLElement,
    /** The pass mark in percent; the pre-test has none, and then no verdict is given. */
    private readonly pass: number | undefined,
    private readonly ui: Ui<PracticeQuizKey>,
  ) {
    this.score = required(el, '[data-bk-score]', component);
    this.verdict = required(el, '[data-bk-verdict]', component);
    this.missed = required(el, '[data-bk-missed-list]', component);
    this.heading = required(el, 'h2', component);
  }

  /** Shows the result of `questions`; returns the score and the words to announce. */
  show(questions: readonly Question[], moveFocus: boolean): { score: number; total: number; percent: number; words: string } {
    const { ui } = this;
    const total = questions.length;
    const score = questions.filter((q) => q.right).length;
    const percent = Math.round((score * 100) / total);
    const scoreText = ui('quiz.score', { score, total, percent });
    const verdict = this.pass === undefined ? '' : ui(percent >= this.pass ? 'quiz.passed' : 'quiz.notPassed', { pass: this.pass });
    this.score.textContent = scoreText;
    this.verdict.textContent = verdict;
    this.verdict.hidden = !verdict;
    this.missed.replaceChildren(
      ...questions.filter((q) => !q.right).map((q) => {
        const item = document.createElement('li');
        const jump = document.createElement('a');
        jump.href = `#soal-${q.id}`;
        jump.textContent = ui('quiz.questionShort', { n: q.number });
        item.append(jump);
        if (q.lessonLink) item.append(' — ', q.lessonLink.cloneNode(true));
        return item;
      }),
    );
    if (!this.missed.children.length) {
      const none = document.createElement('li');
      none.textContent = ui('quiz.missedNone');
      this.missed.append(none);
    }
    this.el.hidden = false;
    if (moveFocus) this.heading.focus();
    return { score, total, percent, words: `${scoreText} ${verdict}`.trim() };
  }

  hide(): void {
    this.el.hidden = true;
  }
}
