import { cleanName, dayNumber, encodeResult, type Answer } from '../../shared/result-code';
import type { QuizModelData } from '../../shared/quiz-model';
import { requireValue } from '../lib/field-error';
import { deviceMark, nextAttempt } from '../lib/exam-store';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { resultCodeStrings } from './result-code.contract';

const component = 'Result code';
type ResultCodeKey = (typeof resultCodeStrings.keys)[number];

declare global {
  interface Window {
    /** Set by /js/qr.js: an SVG QR code of `text`, labelled for screen readers. */
    bkQrSvg?: (text: string, label: string) => SVGSVGElement;
  }
}

/**
 * The pre-/post-test result code (markup: src/components/quiz/ResultCodeBox.astro): the
 * participant's name, the code (answers packed with the quiz's fingerprint, the attempt number
 * and this device's mark, see src/shared/result-code.ts), a copy button, and a QR code whose
 * encoder (/js/qr.js) is loaded only when the first code is made.
 */
export class ResultCodeBox {
  readonly name: HTMLInputElement;
  private readonly error: HTMLElement;
  private readonly makeRow: HTMLElement;
  private readonly out: HTMLElement;
  private readonly field: HTMLTextAreaElement;
  private readonly attempt: HTMLElement;
  private readonly qr: HTMLElement;
  readonly makeButton: HTMLButtonElement;
  private readonly copy: HTMLButtonElement;

  constructor(
    readonly box: HTMLElement,
    private readonly quiz: { id: string; model: QuizModelData; qrSrc: string },
    private readonly answers: () => Answer[],
    private readonly announce: (text: string) => void,
    private readonly ui: Ui<ResultCodeKey>,
  ) {
    this.name = required<HTMLInputElement>(box, '[data-bk-name]', component);
    this.error = required(box, '[data-bk-name-error]', component);
    this.makeRow = required(box, '[data-bk-make-row]', component);
    this.out = required(box, '[data-bk-code-out]', component);
    this.field = required<HTMLTextAreaElement>(box, '[data-bk-code]', component);
    this.attempt = required(box, '[data-bk-attempt]', component);
    this.qr = required(box, '[data-bk-qr]', component);
    this.makeButton = required<HTMLButtonElement>(box, '[data-bk-make-code]', component);
    this.copy = required<HTMLButtonElement>(box, '[data-bk-copy]', component);
  }

  start(onMake: () => void = () => void this.make()): void {
    this.makeButton.addEventListener('click', onMake);
    this.copy.addEventListener('click', () => this.copyCode());
  }

  /** The name as a code will carry it; asks for it (and returns '') when it is missing. */
  checkedName(): string {
    const name = cleanName(this.name.value);
    return requireValue(this.name, this.error, name, this.ui('quiz.nameMissing')) ? name : '';
  }

  /** Makes the code of the current answers and shows it; returns it, or undefined when the name is missing. */
  make(): string | undefined {
    const { ui, quiz } = this;
    const name = this.checkedName();
    if (!name) return undefined;
    const attempt = nextAttempt(quiz.id, name);
    const code = encodeResult(
      { quiz: quiz.id, fingerprint: quiz.model.fingerprint, day: dayNumber(new Date()), attempt, device: deviceMark(), name, answers: this.answers() },
      quiz.model.shapes,
    );
    this.field.value = code;
    this.attempt.textContent = ui('quiz.attemptNote', { attempt, name });
    this.out.hidden = false;
    this.announce(ui('quiz.codeReady'));
    this.drawQr(code);
    return code;
  }

  /** Locks the name and hides "Buat kode hasil" once an exam code is made. */
  lock(): void {
    this.name.readOnly = true;
    this.makeRow.hidden = true;
  }

  /**
   * Hides the last code and clears the name (after "Coba lagi" or for a new attempt): on a shared
   * laptop the next participant must type their own name, not make a code under the last one's.
   */
  reset(): void {
    this.out.hidden = true;
    this.field.value = '';
    this.name.value = '';
    this.name.readOnly = false;
    this.makeRow.hidden = false;
    this.error.hidden = true;
  }

  private copyCode(): void {
    const done = () => this.announce(this.ui('quiz.copied'));
    const fallback = () => {
      this.field.select();
      this.announce(this.ui(document.execCommand('copy') ? 'quiz.copied' : 'quiz.copyFailed'));
    };
    if (navigator.clipboard) navigator.clipboard.writeText(this.field.value).then(done, fallback);
    else fallback();
  }

  private drawQr(code: string): void {
    const { qr, ui } = this;
    qr.querySelectorAll('svg, .bk-field-error').forEach((e) => e.remove());
    const failed = () => {
      const p = document.createElement('p');
      p.className = 'bk-field-error';
      p.textContent = ui('quiz.qrFailed');
      qr.append(p);
    };
    const draw = () => {
      try {
        qr.prepend(window.bkQrSvg!(code, ui('quiz.qrLabel')));
      } catch {
        failed();
      }
    };
    if (window.bkQrSvg) return draw();
    // A classic script tag, not import(): it also loads from file:// (the offline package).
    const script = document.createElement('script');
    script.src = this.quiz.qrSrc;
    script.onload = draw;
    script.onerror = failed;
    document.head.append(script);
  }
}
