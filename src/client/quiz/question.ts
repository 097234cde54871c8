import { isCorrect, rightParts, type Answer, type AnswerShape } from '../../shared/result-code';
import { MarkupError, required } from '../lib/markup';
import { answerOf, setAnswer } from './answer';
import type { Ui } from '../lib/ui-strings';
import type { PracticeQuizKey } from './practice-quiz.contract';

const component = 'Quiz question';

function make(tag: string, className: string, text = ''): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * One question of a quiz page (markup: src/components/quiz/QuizQuestion.astro): reads the
 * learner's answer from its inputs or dropdowns, checks it against the key from the page's quiz
 * data, writes feedback under each option, opens the answer key, and resets for "Coba lagi".
 * Inputs carry display indices as values, the same indices as the key and the result code.
 */
export class Question {
  readonly id: string;
  checked = false;
  right = false;
  private readonly inputs: HTMLInputElement[];
  private readonly selects: HTMLSelectElement[];
  private readonly button: HTMLButtonElement;
  private readonly details: HTMLDetailsElement;
  private readonly list: HTMLElement;
  private readonly explanation: HTMLElement;
  /** The link back to the lesson section the question cites, when it cites one. */
  readonly lessonLink: HTMLAnchorElement | null;

  constructor(
    readonly el: HTMLElement,
    /** 1-based position on the page. */
    readonly number: number,
    private readonly shape: AnswerShape,
    private readonly key: Answer,
    private readonly ui: Ui<PracticeQuizKey>,
  ) {
    this.id = el.dataset.bkQ ?? '';
    this.inputs = Array.from(el.querySelectorAll<HTMLInputElement>('input'));
    this.selects = Array.from(el.querySelectorAll<HTMLSelectElement>('select'));
    const expected = shape.t === 'match' ? this.selects.length === shape.rows : this.inputs.length === (shape.t === 'tf' ? 2 : shape.n);
    if (!expected) throw new MarkupError(component, `${this.id}: the inputs its key expects`);
    this.button = required<HTMLButtonElement>(el, '[data-bk-check]', component);
    this.details = required<HTMLDetailsElement>(el, 'details', component);
    this.list = required(el, '[data-bk-list]', component);
    this.explanation = required(el, '[data-bk-explain]', component);
    this.lessonLink = el.querySelector<HTMLAnchorElement>('[data-bk-lesson-link]');
  }

  /** The answer as the key and the result code write it (see `Answer` in src/shared/result-code.ts). */
  answer(): Answer {
    return answerOf(this.inputs, this.selects);
  }

  /** Fills in an answer (from a result code, on the review page). */
  fill(answer: Answer): void {
    setAnswer(this.inputs, this.selects, answer);
  }

  answered(): boolean {
    return this.answer().some((v) => v >= 0);
  }

  onCheck(listener: () => void): void {
    this.button.addEventListener('click', listener);
  }

  /** Checks the answer, shows feedback and the key; returns the words for the live region. */
  check(): string {
    const { ui, key } = this;
    const answer = this.answer();
    this.checked = true;
    this.right = isCorrect(answer, key);
    this.el.classList.add('is-checked');
    this.button.setAttribute('aria-disabled', 'true');
    const chosenFeedback: string[] = [];
    if (this.selects.length) {
      this.selects.forEach((s, r) => {
        const right = answer[r] === key[r];
        const correctText = Array.from(s.options).find((o) => o.value === String(key[r]))?.textContent ?? '';
        this.setFeedback(s, right, right ? ui('quiz.resultCorrect') : `${ui('quiz.resultWrong')} ${ui('quiz.matchRowAnswer', { answer: correctText })}`);
      });
    } else {
      for (const input of this.inputs) {
        const correct = key.includes(Number(input.value));
        const text = this.optionFeedback(input.value);
        if (input.checked) {
          if (text) chosenFeedback.push(text);
          this.setFeedback(input, correct, `${ui(correct ? 'quiz.resultCorrect' : 'quiz.resultWrong')} ${text}`.trim());
        } else if (correct) {
          this.setFeedback(input, true, ui(this.shape.t === 'many' ? 'quiz.missedOption' : 'quiz.isAnswer'));
        }
      }
    }
    for (const control of this.controls()) control.disabled = true;
    const partial = this.selects.length > 1 && !this.right && rightParts(answer, key) > 0;
    const verdict = ui(this.right ? 'quiz.resultCorrect' : !this.answered() ? 'quiz.unanswered' : partial ? 'quiz.resultPartial' : 'quiz.resultWrong');
    this.showResult(this.right ? 'is-right' : partial ? 'is-partial' : 'is-wrong', verdict);
    this.details.open = true;
    return ui('quiz.liveQuestion', { n: this.number, verdict, feedback: chosenFeedback.join(' '), explanation: this.explanation.textContent ?? '' });
  }

  /** The verdict line under the check button (also "choose an answer first"). */
  showResult(className: string, text: string): void {
    this.el.querySelector('.bk-q__result')?.remove();
    this.button.parentElement!.after(make('p', `bk-q__result ${className}`, text));
  }

  resultText(): string {
    return this.el.querySelector('.bk-q__result')?.textContent ?? '';
  }

  /** Back to unanswered, with the options (not true/false) in a new order. */
  reset(): void {
    this.checked = this.right = false;
    this.el.classList.remove('is-checked');
    this.button.removeAttribute('aria-disabled');
    this.el.querySelectorAll('.bk-fb, .bk-q__result').forEach((e) => e.remove());
    for (const control of this.controls()) {
      control.disabled = false;
      control.removeAttribute('aria-describedby');
      if (control instanceof HTMLInputElement) control.checked = false;
      else control.value = '';
    }
    this.details.open = false;
    if (this.shape.t !== 'tf') shuffle(this.list);
  }

  focus(): void {
    (this.inputs[0] ?? this.selects[0])?.focus();
  }

  private controls(): (HTMLInputElement | HTMLSelectElement)[] {
    return [...this.inputs, ...this.selects];
  }

  /** The authored feedback of an option, from the answer key (`#<question>-fb<value>`). */
  private optionFeedback(value: string): string {
    return document.getElementById(`${this.id}-fb${value}`)?.querySelector('.bk-key__fbtext')?.textContent ?? '';
  }

  /** Writes feedback under an input or select, tied to it with aria-describedby. */
  private setFeedback(control: HTMLInputElement | HTMLSelectElement, right: boolean, text: string): void {
    const id = `${control.id || `${control.name}-${control.value}`}-fb`;
    const fb = make('span', `bk-fb ${right ? 'is-right' : 'is-wrong'}`, text);
    fb.id = id;
    control.closest('li')!.append(fb);
    control.setAttribute('aria-describedby', id);
  }
}

/** Reorders a list's items at random, always into an order different from the current one. */
function shuffle(list: HTMLElement): void {
  const items = Array.from(list.children);
  if (items.length < 2) return;
  let next = items;
  while (next.every((item, i) => item === items[i])) {
    next = [...items];
    for (let i = next.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [next[i], next[j]] = [next[j]!, next[i]!];
    }
  }
  list.append(...next);
}
