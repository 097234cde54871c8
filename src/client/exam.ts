import { uiFor } from './lib/ui-strings';
import { announcer } from './lib/live-region';
import { MarkupError, readIsland, required, requiredAll } from './lib/markup';
import type { QuizModelData } from '../shared/quiz-model';
import type { examScript } from './exam.contract';
import { answerOf } from './quiz/answer';
import { ResultCodeBox } from './quiz/result-code';

const ui = uiFor<typeof examScript>();
const component = 'Exam';

/** One question of an exam page: its answer, whether it has one, and its controls to lock or clear. */
class ExamQuestion {
  readonly id: string;
  private readonly inputs: HTMLInputElement[];
  private readonly selects: HTMLSelectElement[];

  constructor(readonly el: HTMLElement) {
    this.id = el.dataset.bkQ ?? '';
    this.inputs = Array.from(el.querySelectorAll('input'));
    this.selects = Array.from(el.querySelectorAll('select'));
    if (!this.inputs.length && !this.selects.length) throw new MarkupError(component, `${this.id}: inputs`);
  }

  answer() {
    return answerOf(this.inputs, this.selects);
  }

  answered(): boolean {
    return this.answer().some((v) => v >= 0);
  }

  lock(locked: boolean): void {
    for (const control of [...this.inputs, ...this.selects]) control.disabled = locked;
  }

  clear(): void {
    for (const input of this.inputs) input.checked = false;
    for (const select of this.selects) select.value = '';
  }

  focus(): void {
    (this.inputs[0] ?? this.selects[0])?.focus();
  }
}

/**
 * The pre-/post-test in exam mode (src/components/quiz/ExamQuiz.astro). The page holds no answer
 * key, so nothing here checks or scores: the participant answers, names themself and makes the
 * result code; unanswered questions are pointed out first. Once made, the answers lock (the code
 * is what was on screen), the review page opens with the code in its address, and "Mulai
 * percobaan baru" clears answers and name for a fresh attempt or the next participant.
 */
class Exam {
  private readonly questions: ExamQuestion[];
  private readonly code: ResultCodeBox;
  private readonly unanswered: HTMLElement;
  private readonly unansweredText: HTMLElement;
  private readonly unansweredList: HTMLElement;
  private readonly makeAnyway: HTMLButtonElement;
  private readonly review: HTMLAnchorElement;
  private readonly newAttempt: HTMLButtonElement;
  private readonly announce: (text: string) => void;

  constructor(private readonly root: HTMLElement) {
    const id = root.dataset.bkExam ?? '';
    const model = readIsland<QuizModelData>('bk-quiz-model', component);
    const elements = requiredAll(root, '[data-bk-q]', component);
    if (elements.map((el) => el.dataset.bkQ).join() !== model.ids.join()) throw new MarkupError(component, 'questions in the order of #bk-quiz-model');
    this.questions = elements.map((el) => new ExamQuestion(el));
    const qrSrc = root.dataset.bkQrSrc;
    if (!qrSrc) throw new MarkupError(component, 'data-bk-qr-src');
    this.announce = announcer(required(root, '[data-bk-live]', component));
    const box = required(root, '[data-bk-code-box]', component);
    this.code = new ResultCodeBox(box, { id, model, qrSrc }, () => this.questions.map((q) => q.answer()), this.announce, ui);
    this.unanswered = required(box, '[data-bk-unanswered]', component);
    this.unansweredText = required(box, '[data-bk-unanswered-text]', component);
    this.unansweredList = required(box, '[data-bk-unanswered-list]', component);
    this.makeAnyway = required<HTMLButtonElement>(box, '[data-bk-make-anyway]', component);
    this.review = required<HTMLAnchorElement>(box, '[data-bk-review-link]', component);
    this.newAttempt = required<HTMLButtonElement>(box, '[data-bk-new-attempt]', component);
  }

  start(): void {
    this.code.start(() => this.make(false));
    this.makeAnyway.addEventListener('click', () => this.make(true));
    this.newAttempt.addEventListener('click', () => this.startOver());
    // A new answer makes the list of unanswered questions stale.
    this.root.addEventListener('change', () => (this.unanswered.hidden = true));
    this.root.classList.add('is-ready');
  }

  /** Makes the code, unless questions are unanswered and the participant has not said to go on. */
  private make(anyway: boolean): void {
    if (!this.code.checkedName()) return;
    const open = this.questions.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => !q.answered());
    if (open.length && !anyway) {
      this.unansweredText.textContent = ui('quiz.unansweredSome', { n: open.length });
      this.unansweredList.replaceChildren(
        ...open.map(({ q, n }) => {
          const item = document.createElement('li');
          const jump = document.createElement('a');
          jump.href = `#soal-${q.id}`;
          jump.textContent = ui('quiz.questionShort', { n });
          item.append(jump);
          return item;
        }),
      );
      this.unanswered.hidden = false;
      this.announce(this.unansweredText.textContent);
      return;
    }
    this.unanswered.hidden = true;
    const code = this.code.make();
    if (!code) return;
    for (const q of this.questions) q.lock(true);
    this.code.lock();
    this.review.href = `${this.review.href.split('#')[0]}#${code}`;
  }

  private startOver(): void {
    if (!window.confirm(ui('quiz.newAttemptConfirm'))) return;
    for (const q of this.questions) {
      q.clear();
      q.lock(false);
    }
    this.code.reset();
    this.unanswered.hidden = true;
    this.announce(ui('quiz.newAttemptDone'));
    this.questions[0]?.focus();
  }
}

const examRoot = document.querySelector<HTMLElement>('[data-bk-exam]');
if (examRoot) new Exam(examRoot).start();
