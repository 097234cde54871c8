import type { Question, Quiz } from '../schemas/quiz';
import { quizFingerprint, type Answer, type AnswerShape, type QuizKey } from './result-code';

/**
 * The quiz key model, derived once from the arranged quiz (options in the order the build shows
 * them, see src/shared/quiz-order.ts): each question's answer shape and key in display indices
 * (the same indices the inputs' values and result codes use), and the choices of a matching
 * question. Pages embed it as data (`quizKeyData`) wherever something scores: the quiz page, the
 * recap page (and later the SCORM package); no script reads a key from markup. An exam page
 * embeds only `quizModelData`: what a code needs, without the key.
 */

/**
 * The dropdown choices of a matching question in their canonical order (the pairs' right items,
 * then the distractors): row i's answer is choice i. Shown sorted, so the order gives nothing away.
 */
export function matchingChoices(q: Extract<Question, { type: 'matching' }>): string[] {
  return [...q.pairs.map((p) => p.right), ...q.distractors];
}

export function shapeOf(q: Question): AnswerShape {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return { t: 'one', n: q.options.length };
    case 'multiple':
      return { t: 'many', n: q.options.length };
    case 'truefalse':
      return { t: 'tf' };
    case 'matching':
      return { t: 'match', rows: q.pairs.length, choices: matchingChoices(q).length };
  }
}

export function keyOf(q: Question): Answer {
  switch (q.type) {
    case 'single':
    case 'scenario':
    case 'multiple':
      return q.options.flatMap((o, i) => (o.correct ? [i] : []));
    case 'truefalse':
      return [q.answer ? 1 : 0];
    case 'matching':
      return q.pairs.map((_, i) => i);
  }
}

/** What the result-code decoder needs of a quiz; the fingerprint covers ids, shapes and keys. */
export function quizKey(id: string, quiz: Quiz): QuizKey {
  const shapes = quiz.questions.map(shapeOf);
  return { fingerprint: quizFingerprint(id, quiz.questions.map((q) => q.id), shapes, quiz.questions.map(keyOf)), shapes };
}

/** What a page that makes result codes needs of a quiz, without its key (an exam page embeds this). */
export interface QuizModelData extends QuizKey {
  /** Question ids, the `data-bk-q` of each question on the quiz page. */
  ids: string[];
}

/** Everything a scorer needs of a quiz, in question order; what the pages embed as JSON. */
export interface QuizKeyData extends QuizModelData {
  /** The right answer of each question. */
  keys: Answer[];
}

export function quizModelData(id: string, quiz: Quiz): QuizModelData {
  return { ...quizKey(id, quiz), ids: quiz.questions.map((q) => q.id) };
}

export function quizKeyData(id: string, quiz: Quiz): QuizKeyData {
  return { ...quizModelData(id, quiz), keys: quiz.questions.map(keyOf) };
}

/**
 * Inline emphasis as authors write it in quiz YAML (`*outcome*`), as safe HTML: everything else is
 * escaped. Quiz text is ours (not learner input), but escaping keeps a stray `<` harmless.
 */
export function inlineHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/\*([^*\s][^*]*?)\*/g, '<em>$1</em>');
}

/** The same text without markup, for places that take plain text (CSV, data attributes). */
export function plainText(text: string): string {
  return text.replace(/\*([^*\s][^*]*?)\*/g, '$1');
}
