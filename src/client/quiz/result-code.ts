import { cleanName, dayNumber, encodeResult, type Answer } from '../../shared/result-code';
import type { QuizKeyData } from '../../shared/quiz-model';
import { requireValue } from '../lib/field-error';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { QuizUiKey } from '../quiz.contract';

const component = 'Result code';

declare global {
  interface Window {
    /** Set by /js/qr.js: an SVG QR code of `text`, labelled for screen readers. */
    bkQrSvg?: (text: string, label: string) => SVGSVGElement;
  }
}

/**
 * The pre-/post-test result code: the participant's name, the code (answers packed with the
 * quiz's fingerprint, see src/shared/result-code.ts), a copy button, and a QR code whose encoder
 * (/js/qr.js) is loaded only when the first code is made.
 */
export class ResultCodeBox {
  private readonly name: HTMLInputElement;
  private readonly error: HTMLElement;
  private readonly out: HTMLElement;
  private readonly field: HTMLTextAreaElement;
  private readonly qr: HTMLElement;
  private readonly make: HTMLButtonElement;
  private readonly copy: HTMLButtonElement;

  constructor(
    box: HTMLElement,
    private readonly quiz: { id: string; key: QuizKeyData; qrSrc: string },
    private readonly answers: () => Answer[],
    private readonly announce: (text: string) => void,
    private readonly ui: Ui<QuizUiKey>,
  ) {
    this.name = required<HTMLInputElement>(box, '[data-bk-name]', component);
    this.error = required(box, '[data-bk-name-error]', component);
    this.out = required(box, '[data-bk-code-out]', component);
    this.field = required<HTMLTextAreaElement>(box, '[data-bk-code]', component);
    this.qr = required(box, '[data-bk-qr]', component);
    this.make = required<HTMLButtonElement>(box, '[data-bk-make-code]', component);
    this.copy = required<HTMLButtonElement>(box, '[data-bk-copy]', component);
  }

  start(): void {
    this.make.addEventListener('click', () => this.makeCode());
    this.copy.addEventListener('click', () => this.copyCode());
  }

  /** Hides the last code (after "Coba lagi", the answers it packs are gone). */
  hide(): void {
    this.out.hidden = true;
  }

  private makeCode(): void {
    const { ui, quiz } = this;
    const name = cleanName(this.name.value);
    if (!requireValue(this.name, this.error, name, ui('quiz.nameMissing'))) return;
    const code = encodeResult(
      { quiz: quiz.id, fingerprint: quiz.key.fingerprint, day: dayNumber(new Date()), name, answers: this.answers() },
      quiz.key.shapes,
    );
    this.field.value = code;
    this.out.hidden = false;
    this.announce(ui('quiz.codeReady'));
    this.drawQr(code);
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
