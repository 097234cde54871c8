import { loadProgress, today, updateProgress, type Progress } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { ui } from './lib/ui-strings';
import { formatIsoDate } from '../shared/dates';
import { cleanName, dayNumber, encodeResult, isCorrect, rightParts, type Answer, type AnswerShape } from '../shared/result-code';
import { requireValue } from './lib/field-error';

/**
 * Quiz page enhancer. The page works without it (inputs + answer keys in <details>); this adds
 * checking per question or all at once, feedback per option in words and an icon, the explanation
 * and score announced in a live region, "Coba lagi" with shuffled options, links back to the
 * lesson for each miss, the saved best score, and on the pre-/post-test a result code (its QR
 * encoder is a separate script, loaded only when a code is made). Everything it needs is in the
 * markup rendered by src/components/quiz/QuizQuestion.astro.
 */

interface Question {
  el: HTMLElement;
  id: string;
  type: string;
  n: number;
  inputs: HTMLInputElement[];
  selects: HTMLSelectElement[];
  button: HTMLButtonElement;
  checked: boolean;
  right: boolean;
}

const $ = <T extends Element>(sel: string, from: ParentNode = document) => from.querySelector<T>(sel);
const $$ = <T extends Element>(sel: string, from: ParentNode = document) => Array.from(from.querySelectorAll<T>(sel));

function make(tag: string, className: string, text = ''): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

function init(root: HTMLElement): void {
  const quizId = root.dataset.bkQuiz ?? '';
  const pass = Number(root.dataset.bkPass ?? 70);
  const live = $<HTMLElement>('[data-bk-live]', root)!;
  const summary = $<HTMLElement>('[data-bk-summary]', root)!;
  const best = $<HTMLElement>('[data-bk-best]', root)!;

  const questions: Question[] = $$<HTMLElement>('[data-bk-q]', root).map((el, i) => ({
    el,
    id: el.dataset.bkQ ?? '',
    type: el.dataset.bkType ?? '',
    n: i + 1,
    inputs: $$<HTMLInputElement>('input', el),
    selects: $$<HTMLSelectElement>('select', el),
    button: $<HTMLButtonElement>('[data-bk-check]', el)!,
    checked: false,
    right: false,
  }));

  /** Clears then sets the live region, so the same words are announced again. */
  const announce = (text: string) => {
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 50);
  };

  const answerOf = (q: Question): Answer =>
    q.selects.length
      ? q.selects.map((s) => (s.value === '' ? -1 : Number(s.value)))
      : q.inputs.filter((i) => i.checked).map((i) => Number(i.value)).sort((a, b) => a - b);

  const keyOf = (q: Question): Answer =>
    q.selects.length
      ? q.selects.map((s) => Number(s.dataset.bkAnswer))
      : q.inputs.filter((i) => i.hasAttribute('data-bk-correct')).map((i) => Number(i.value)).sort((a, b) => a - b);

  const shapeOf = (q: Question): AnswerShape =>
    q.type === 'matching'
      ? { t: 'match', rows: q.selects.length, choices: q.selects[0]!.options.length - 1 }
      : q.type === 'truefalse'
        ? { t: 'tf' }
        : { t: q.type === 'multiple' ? 'many' : 'one', n: q.inputs.length };

  const answered = (q: Question) => answerOf(q).some((v) => v >= 0);

  const feedbackText = (q: Question, value: string) => $(`#${q.id}-fb${value} .bk-key__fbtext`)?.textContent ?? '';

  /** Writes feedback under an input or select, tied to it with aria-describedby. */
  const setFeedback = (control: HTMLElement, right: boolean, text: string) => {
    const id = `${control.id || (control as HTMLInputElement).name + '-' + (control as HTMLInputElement).value}-fb`;
    const fb = make('span', `bk-fb ${right ? 'is-right' : 'is-wrong'}`, text);
    fb.id = id;
    control.closest('li')!.append(fb);
    control.setAttribute('aria-describedby', id);
  };

  const setResult = (q: Question, className: string, text: string) => {
    $('.bk-q__result', q.el)?.remove();
    q.button.parentElement!.after(make('p', `bk-q__result ${className}`, text));
  };

  /** Checks one question, shows its feedback and key; returns the words for the live region. */
  const check = (q: Question): string => {
    const answer = answerOf(q);
    const key = keyOf(q);
    q.checked = true;
    q.right = isCorrect(answer, key);
    q.el.classList.add('is-checked');
    q.button.setAttribute('aria-disabled', 'true');
    const chosenFeedback: string[] = [];
    if (q.selects.length) {
      q.selects.forEach((s, r) => {
        const right = answer[r] === key[r];
        const correctText = $<HTMLOptionElement>(`option[value="${key[r]}"]`, s)?.textContent ?? '';
        setFeedback(s, right, right ? ui('quiz.resultCorrect') : `${ui('quiz.resultWrong')} ${ui('quiz.matchRowAnswer', { answer: correctText })}`);
      });
    } else {
      for (const input of q.inputs) {
        const correct = input.hasAttribute('data-bk-correct');
        const text = feedbackText(q, input.value);
        if (input.checked) {
          if (text) chosenFeedback.push(text);
          setFeedback(input, correct, `${ui(correct ? 'quiz.resultCorrect' : 'quiz.resultWrong')} ${text}`.trim());
        } else if (correct) {
          setFeedback(input, true, ui(q.type === 'multiple' ? 'quiz.missedOption' : 'quiz.isAnswer'));
        }
      }
    }
    [...q.inputs, ...q.selects].forEach((c) => (c.disabled = true));
    const partial = q.selects.length > 1 && !q.right && rightParts(answer, key) > 0;
    const verdict = ui(
      q.right ? 'quiz.resultCorrect' : !answered(q) ? 'quiz.unanswered' : partial ? 'quiz.resultPartial' : 'quiz.resultWrong',
    );
    setResult(q, q.right ? 'is-right' : partial ? 'is-partial' : 'is-wrong', verdict);
    const details = $<HTMLDetailsElement>('details', q.el);
    if (details) details.open = true;
    const explanation = $('[data-bk-explain]', q.el)?.textContent ?? '';
    return ui('quiz.liveQuestion', { n: q.n, verdict, feedback: chosenFeedback.join(' '), explanation });
  };

  const renderBest = (progress: Progress) => {
    const record = progress.quizzes[quizId];
    best.hidden = !record;
    if (record) best.textContent = ui('quiz.best', { percent: record.best, date: formatIsoDate(record.date) });
  };

  /** Shows the score and the sections to read again, saves the best score; returns the words to announce. */
  const finish = (moveFocus: boolean): string => {
    const total = questions.length;
    const score = questions.filter((q) => q.right).length;
    const percent = Math.round((score * 100) / total);
    const scoreText = ui('quiz.score', { score, total, percent });
    $('[data-bk-score]', summary)!.textContent = scoreText;
    const verdict = ui(percent >= pass ? 'quiz.passed' : 'quiz.notPassed', { pass });
    $('[data-bk-verdict]', summary)!.textContent = verdict;
    const list = $<HTMLElement>('[data-bk-missed-list]', summary)!;
    list.replaceChildren();
    for (const q of questions.filter((x) => !x.right)) {
      const item = document.createElement('li');
      const jump = make('a', '', ui('quiz.questionShort', { n: q.n })) as HTMLAnchorElement;
      jump.href = `#soal-${q.id}`;
      item.append(jump);
      const lesson = $<HTMLAnchorElement>('[data-bk-lesson-link]', q.el);
      if (lesson) item.append(' — ', lesson.cloneNode(true));
      list.append(item);
    }
    if (!list.children.length) list.append(make('li', '', ui('quiz.missedNone')));
    summary.hidden = false;
    const saved = updateProgress((p) => {
      const old = p.quizzes[quizId];
      if (!old || percent >= old.best) p.quizzes[quizId] = { best: percent, score, total, date: today() };
    });
    showStorageNotice(saved.notice);
    renderBest(saved.progress);
    if (moveFocus) $<HTMLElement>('h2', summary)!.focus();
    return `${scoreText} ${verdict}`;
  };

  for (const q of questions) {
    q.button.addEventListener('click', () => {
      if (q.checked) return announce($('.bk-q__result', q.el)?.textContent ?? '');
      if (!answered(q)) {
        setResult(q, 'is-wrong', ui('quiz.chooseFirst'));
        return announce(ui('quiz.chooseFirst'));
      }
      const words = check(q);
      announce(questions.every((x) => x.checked) ? `${words} ${finish(false)}` : words);
    });
  }

  $('[data-bk-check-all]', root)!.addEventListener('click', () => {
    questions.filter((q) => !q.checked).forEach(check);
    announce(finish(true));
  });

  $('[data-bk-retry]', root)!.addEventListener('click', () => {
    for (const q of questions) {
      q.checked = q.right = false;
      q.el.classList.remove('is-checked');
      q.button.removeAttribute('aria-disabled');
      $$('.bk-fb, .bk-q__result', q.el).forEach((e) => e.remove());
      for (const c of [...q.inputs, ...q.selects]) {
        c.disabled = false;
        c.removeAttribute('aria-describedby');
        if (c instanceof HTMLInputElement) c.checked = false;
        else c.value = '';
      }
      $<HTMLDetailsElement>('details', q.el)!.open = false;
      if (q.type !== 'truefalse') shuffle($<HTMLElement>('[data-bk-list]', q.el)!);
    }
    summary.hidden = true;
    const out = $<HTMLElement>('[data-bk-code-out]', root);
    if (out) out.hidden = true;
    announce(ui('quiz.retried'));
    (questions[0]?.inputs[0] ?? questions[0]?.selects[0])?.focus();
  });

  const codeBox = $<HTMLElement>('[data-bk-code-box]', root);
  if (codeBox) initResultCode(codeBox, root, quizId, () => questions.map(answerOf), () => questions.map(shapeOf), announce);

  const { progress, notice } = loadProgress();
  showStorageNotice(notice);
  renderBest(progress);
  root.classList.add('is-ready');
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

declare global {
  interface Window {
    /** Set by /js/qr.js: an SVG QR code of `text`, labelled for screen readers. */
    bkQrSvg?: (text: string, label: string) => SVGSVGElement;
  }
}

/** The pre-/post-test result code: name, code, copy button and (loaded on demand) QR code. */
function initResultCode(
  box: HTMLElement,
  root: HTMLElement,
  quizId: string,
  answers: () => Answer[],
  shapes: () => AnswerShape[],
  announce: (text: string) => void,
): void {
  const nameInput = $<HTMLInputElement>('[data-bk-name]', box)!;
  const error = $<HTMLElement>('[data-bk-name-error]', box)!;
  const out = $<HTMLElement>('[data-bk-code-out]', box)!;
  const field = $<HTMLTextAreaElement>('[data-bk-code]', box)!;
  const qr = $<HTMLElement>('[data-bk-qr]', box)!;
  error.id = 'nama-peserta-galat';

  const drawQr = (code: string) => {
    $$('svg, .bk-field-error', qr).forEach((e) => e.remove());
    const failed = () => qr.append(make('p', 'bk-field-error', ui('quiz.qrFailed')));
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
    script.src = root.dataset.bkQrSrc ?? '';
    script.onload = draw;
    script.onerror = failed;
    document.head.append(script);
  };

  $('[data-bk-make-code]', box)!.addEventListener('click', () => {
    const name = cleanName(nameInput.value);
    if (!requireValue(nameInput, error, name, ui('quiz.nameMissing'))) return;
    const code = encodeResult(
      { quiz: quizId, fingerprint: Number(root.dataset.bkFp), day: dayNumber(new Date()), name, answers: answers() },
      shapes(),
    );
    field.value = code;
    out.hidden = false;
    announce(ui('quiz.codeReady'));
    drawQr(code);
  });

  $('[data-bk-copy]', box)!.addEventListener('click', () => {
    const done = () => announce(ui('quiz.copied'));
    const fallback = () => {
      field.select();
      announce(ui(document.execCommand('copy') ? 'quiz.copied' : 'quiz.copyFailed'));
    };
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, fallback);
    else fallback();
  });
}

const quizRoot = $<HTMLElement>('[data-bk-quiz]');
if (quizRoot) init(quizRoot);
