import type { ArrangedQuestion } from '../quiz-order';
import { inlineHtml, matchingChoices, plainText } from '../quiz-model';
import { moodleFraction } from './fractions';

/**
 * The question bank as Moodle sees it, made once from the arranged quizzes (the same options in
 * the same order as the site) and written out by both the GIFT and the Moodle XML writer, so the
 * two files cannot disagree. Text is HTML (the site's inline emphasis, everything else escaped);
 * a matching question's choices are plain text, as Moodle stores them.
 */

export interface BankAnswer {
  /** The option, HTML. */
  html: string;
  /** Moodle's grade for choosing it, a fraction on its list (1, 0.3333333, -0.5 …). */
  fraction: number;
  /** Feedback for choosing it, HTML. */
  feedback?: string;
}

interface BankQuestionBase {
  /** The question's name in the bank: number and the start of the prompt. */
  name: string;
  /** Moodle's "ID number": `<quiz>-<question>`, stable across re-imports. */
  idnumber: string;
  /** The question text, HTML (a scenario's case first). */
  html: string;
  /** Moodle's general feedback: the explanation and the citation, HTML. */
  generalFeedback: string;
}

export type BankQuestion = BankQuestionBase &
  (
    | { type: 'multichoice'; single: boolean; answers: BankAnswer[] }
    | { type: 'truefalse'; answer: boolean; trueFeedback?: string; falseFeedback?: string }
    | {
        type: 'matching';
        /** Each row: left item (HTML) and its right item (plain text); a distractor has an empty left item. */
        pairs: { html: string; answer: string }[];
      }
  );

export interface BankCategory {
  /** The category path below the course's top category, e.g. ["Budaya Kerja ASN", "Modul 1 – …"]. */
  path: string[];
  questions: BankQuestion[];
}

/** What the bank needs of one quiz besides its arranged questions (resolved by the caller from the course). */
export interface BankQuizSource {
  id: string;
  /** The category path (see BankCategory). */
  path: string[];
  questions: readonly ArrangedQuestion[];
  /** Per question, the citation as a line of plain text ("Perpres 81/2010 · Modul 1, bagian …"). */
  citations: readonly string[];
}

/** The words the bank writes around course text; from the UI dictionary. */
export interface BankWords {
  /** "Kasus" */
  scenario: string;
  /** "Pembahasan" */
  explanation: string;
  /** "Rujukan" */
  source: string;
}

const nameLength = 60;

function questionName(number: number, prompt: string): string {
  const text = plainText(prompt).replace(/\s+/g, ' ').trim();
  const short = text.length > nameLength ? `${text.slice(0, nameLength - 1).trimEnd()}…` : text;
  return `${String(number).padStart(2, '0')}. ${short}`;
}

/**
 * Grades of a multiple-response question: each right option an equal share of 100 %, each wrong
 * option an equal share of -100 %, so ticking everything scores 0 and partial answers get partial
 * credit. Both shares must be on Moodle's list (at most 10 right or wrong options).
 */
function multipleFractions(correct: readonly boolean[]): number[] {
  const right = correct.filter(Boolean).length;
  const wrong = correct.length - right;
  return correct.map((c) => (c ? moodleFraction(1, right) : moodleFraction(-1, wrong)));
}

function questionOf(quizId: string, q: ArrangedQuestion, number: number, citation: string, words: BankWords): BankQuestion {
  const prompt = `<p>${inlineHtml(q.prompt)}</p>`;
  const base: BankQuestionBase = {
    name: questionName(number, q.prompt),
    idnumber: `${quizId}-${q.id}`,
    html: q.type === 'scenario' ? `<p><strong>${inlineHtml(words.scenario)}:</strong> ${inlineHtml(q.scenario)}</p>${prompt}` : prompt,
    generalFeedback:
      `<p><strong>${inlineHtml(words.explanation)}:</strong> ${inlineHtml(q.explanation)}</p>` +
      (citation ? `<p><strong>${inlineHtml(words.source)}:</strong> ${inlineHtml(citation)}</p>` : ''),
  };
  const feedback = (text: string | undefined) => (text ? inlineHtml(text) : undefined);
  switch (q.type) {
    case 'single':
    case 'scenario':
      return {
        ...base,
        type: 'multichoice',
        single: true,
        answers: q.options.map((o) => ({ html: inlineHtml(o.text), fraction: o.correct ? 1 : 0, feedback: feedback(o.feedback) })),
      };
    case 'multiple': {
      const fractions = multipleFractions(q.options.map((o) => o.correct));
      return {
        ...base,
        type: 'multichoice',
        single: false,
        answers: q.options.map((o, i) => ({ html: inlineHtml(o.text), fraction: fractions[i]!, feedback: feedback(o.feedback) })),
      };
    }
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: q.answer, trueFeedback: feedback(q.trueFeedback), falseFeedback: feedback(q.falseFeedback) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: [
          ...q.pairs.map((p) => ({ html: inlineHtml(p.left), answer: plainText(p.right) })),
          ...matchingChoices(q).slice(q.pairs.length).map((d) => ({ html: '', answer: plainText(d) })),
        ],
      };
  }
}

/** The bank: one category per quiz, its questions in the site's order. */
export function questionBank(quizzes: readonly BankQuizSource[], words: BankWords): BankCategory[] {
  return quizzes.map((quiz) => ({
    path: quiz.path,
    questions: quiz.questions.map((q, i) => questionOf(quiz.id, q, i + 1, quiz.citations[i] ?? '', words)),
  }));
}
