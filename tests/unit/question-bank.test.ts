import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs/lib/gift-parser.js';
import { moodleFraction, moodleFractions, moodlePercent } from '../../src/shared/question-bank/fractions';
import { categoryPath, giftEscape, writeGift } from '../../src/shared/question-bank/gift';
import { writeMoodleXml } from '../../src/shared/question-bank/moodle-xml';
import { questionBank, type BankQuizSource } from '../../src/shared/question-bank/model';
import type { ArrangedQuestion } from '../../src/shared/quiz-order';

const words = { scenario: 'Kasus', explanation: 'Pembahasan', source: 'Rujukan' };
/** Every character GIFT treats specially, and a backslash, in one text. */
const tricky = 'Pasal 3: a = b, ~c, #4 {dan} C:\\data\\berkas';
const cite = { section: 'x' };
const questions: ArrangedQuestion[] = [
  {
    id: 'q1',
    type: 'single',
    prompt: `Mana yang *benar*? ${tricky}`,
    explanation: `Karena ${tricky}`,
    cite,
    options: [
      { text: 'Salah satu', correct: false, feedback: `Bukan: ${tricky}` },
      { text: tricky, correct: true, feedback: 'Tepat.' },
      { text: 'Tanpa umpan balik', correct: false },
    ],
  },
  {
    id: 'q2',
    type: 'multiple',
    prompt: 'Pilih semua yang benar.',
    explanation: 'E',
    cite,
    options: [
      { text: 'A', correct: true },
      { text: 'B', correct: false, feedback: 'b' },
      { text: 'C', correct: true, feedback: 'c' },
      { text: 'D', correct: true },
      { text: 'E', correct: false },
    ],
  },
  { id: 'q3', type: 'truefalse', prompt: 'Pernyataan.', explanation: 'E', cite, answer: false, trueFeedback: 'Kurang tepat.', falseFeedback: 'Tepat.' },
  { id: 'q4', type: 'truefalse', prompt: 'Pernyataan lain.', explanation: 'E', cite, answer: true, falseFeedback: 'Kurang tepat.' },
  {
    id: 'q5',
    type: 'matching',
    prompt: 'Pasangkan.',
    explanation: 'E',
    cite,
    pairs: [
      { left: 'Kiri *satu*', right: 'Kanan: satu' },
      { left: 'Kiri dua', right: 'Kanan {dua}' },
    ],
    distractors: ['Pengecoh #1'],
  },
  {
    id: 'q6',
    type: 'scenario',
    scenario: 'Seorang camat ...',
    prompt: 'Apa yang tepat?',
    explanation: 'E',
    cite,
    options: [
      { text: 'Ya', correct: true },
      { text: 'Tidak', correct: false },
    ],
  },
];
const source: BankQuizSource = { id: 'contoh', path: ['Budaya Kerja ASN', 'Modul 1 – Contoh (Perpres 81/2010)'], questions, citations: questions.map(() => 'Perpres 81/2010 · Modul 1, bagian "X"') };
const bank = questionBank([source], words);

/** Moodle's own GIFT import turns escapes back into characters (escapedchar_pre/post in question/format/gift/format.php). */
const unescape = (text: string) => text.replace(/\\([\\:#=~{}n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
/**
 * gift-pegjs leaves the right item of a matching row with the placeholders both parsers use for
 * escaped characters (`&&058;` for `\:`); Moodle's importer decodes them (`escapedchar_post` on
 * each subanswer), so the test does too.
 */
const placeholders: Record<string, string> = { '&&092;': '\\', '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~', '&&010': '\n' };
const moodleSubanswer = (text: string) => text.replace(/&&(?:092;|058;|035;|061;|123;|125;|126;|010)/g, (p) => placeholders[p]!);

describe("Moodle's grade fractions", () => {
  it('are the list of question/engine/bank.php, from 1 to -1, and nothing else', () => {
    expect(moodleFractions).toContain(0.3333333);
    expect(moodleFractions).toContain(-0.1428571);
    expect(moodleFractions).toContain(0.05);
    expect(moodleFractions).toHaveLength(41);
  });

  it('turn shares into listed fractions, written with up to five decimals (33.33333, not 33.3)', () => {
    expect(moodleFraction(1, 3)).toBe(0.3333333);
    expect(moodlePercent(moodleFraction(1, 3))).toBe('33.33333');
    expect(moodlePercent(moodleFraction(-1, 6))).toBe('-16.66667');
    expect(moodlePercent(moodleFraction(1, 7))).toBe('14.28571');
    expect(moodlePercent(moodleFraction(1, 1))).toBe('100');
    expect(moodlePercent(moodleFraction(-1, 2))).toBe('-50');
  });

  it('refuse a share Moodle would refuse on import, naming it', () => {
    expect(() => moodleFraction(1, 11)).toThrow('1/11');
    expect(() => moodleFraction(2, 7)).toThrow('2/7');
  });
});

describe('GIFT escaping', () => {
  it("escapes backslash, then ~ = # { } : and line breaks, as Moodle's exporter (repchar) does", () => {
    expect(giftEscape('a\\b')).toBe('a\\\\b');
    expect(giftEscape('~=#{}:')).toBe('\\~\\=\\#\\{\\}\\:');
    expect(giftEscape('baris\nbaru\r\n')).toBe('baris\\nbaru\\n');
    expect(unescape(giftEscape(tricky))).toBe(tricky);
  });

  it('doubles a slash in a category name, which would otherwise start a subcategory', () => {
    expect(categoryPath(['Budaya Kerja ASN', 'Perpres 81/2010'])).toBe('$course$/top/Budaya Kerja ASN/Perpres 81//2010');
  });
});

describe('the question bank model', () => {
  it('grades a multiple-response question with equal shares: +1/k for right options, -1/w for wrong ones', () => {
    const q = bank[0]!.questions[1]!;
    if (q.type !== 'multichoice') throw new Error('multichoice expected');
    expect(q.single).toBe(false);
    expect(q.answers.map((a) => a.fraction)).toEqual([0.3333333, -0.5, 0.3333333, 0.3333333, -0.5]);
    expect(q.answers.reduce((s, a) => s + (a.fraction > 0 ? a.fraction : 0), 0)).toBeCloseTo(1, 5);
  });

  it('puts the explanation and the citation in the general feedback, and a case before its question', () => {
    const [first, , , , , scenario] = bank[0]!.questions;
    expect(first!.generalFeedback).toContain('<strong>Pembahasan:</strong> Karena');
    expect(first!.generalFeedback).toContain('<strong>Rujukan:</strong> Perpres 81/2010');
    expect(scenario!.html).toBe('<p><strong>Kasus:</strong> Seorang camat ...</p><p>Apa yang tepat?</p>');
    expect(first!.idnumber).toBe('contoh-q1');
  });
});

describe('the GIFT writer', () => {
  const text = writeGift(bank, ['Kepala berkas: 6 soal.']);
  const parsed = parseGift(text);
  const parsedQuestions = parsed.filter((q) => q.type !== 'Category');

  it('writes a file gift-pegjs parses: the category, then every question with its id', () => {
    expect(parsed[0]).toMatchObject({ type: 'Category', title: '$course$/top/Budaya Kerja ASN/Modul 1 – Contoh (Perpres 81//2010)' });
    expect(parsedQuestions.map((q) => q.id)).toEqual(questions.map((q) => `contoh-${q.id}`));
    expect(parsedQuestions.map((q) => q.type)).toEqual(['MC', 'MC', 'TF', 'TF', 'Matching', 'MC']);
  });

  it('keeps every special character through the round trip, in text, options and feedback', () => {
    const single = parsedQuestions[0] as Extract<(typeof parsed)[number], { type: 'MC' }>;
    expect(single.stem).toEqual({ format: 'html', text: `<p>Mana yang <em>benar</em>? ${tricky}</p>` });
    expect(single.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text ?? null])).toEqual([
      ['Salah satu', false, `Bukan: ${tricky}`],
      [tricky, true, 'Tepat.'],
      ['Tanpa umpan balik', false, null],
    ]);
    expect(single.globalFeedback?.text).toContain(`Karena ${tricky}`);
  });

  it('writes weights as percentages Moodle accepts, and true/false feedback as {FALSE#wrong#right}', () => {
    const multiple = parsedQuestions[1] as Extract<(typeof parsed)[number], { type: 'MC' }>;
    expect(multiple.choices.map((c) => c.weight)).toEqual([33.33333, -50, 33.33333, 33.33333, -50]);
    expect(text).toContain('{FALSE#Kurang tepat.#Tepat.####');
    // Only a "wrong" feedback on a TRUE question: the right one stays empty after a lone #.
    expect(text).toContain('{TRUE#Kurang tepat.####');
  });

  it('writes matching rows as =left -> right, a distractor as a row without a left item', () => {
    const matching = parsedQuestions[4] as Extract<(typeof parsed)[number], { type: 'Matching' }>;
    expect(matching.matchPairs.map((p) => [p.subquestion.text, moodleSubanswer(p.subanswer)])).toEqual([
      ['Kiri <em>satu</em>', 'Kanan: satu'],
      ['Kiri dua', 'Kanan {dua}'],
      ['', 'Pengecoh #1'],
    ]);
  });
});

describe('the Moodle XML writer', () => {
  const xml = writeMoodleXml(bank, 'Kepala -- berkas');
  const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) }).parse(xml) as {
    quiz: { question: Record<string, unknown>[] };
  };

  it('writes well-formed XML: a category pseudo-question, then the questions in order', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const types = doc.quiz.question.map((q) => q['@_type']);
    expect(types).toEqual(['category', 'multichoice', 'multichoice', 'truefalse', 'truefalse', 'matching', 'multichoice']);
  });

  it('keeps HTML and special characters intact, and grades on the same list as GIFT', () => {
    const [, single, multiple] = doc.quiz.question as { questiontext: { text: string }; answer: { '@_fraction': string; text: string }[] }[];
    expect(single!.questiontext.text).toBe(`<p>Mana yang <em>benar</em>? ${tricky}</p>`);
    expect(multiple!.answer.map((a) => a['@_fraction'])).toEqual(['33.33333', '-50', '33.33333', '33.33333', '-50']);
  });

  it('puts a text that contains "]]>" into two CDATA sections instead of breaking the file', () => {
    const odd = questionBank([{ ...source, questions: [{ ...questions[0]!, prompt: 'a ]]> b <c>' } as ArrangedQuestion] }], words);
    const text = writeMoodleXml(odd);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain(']]]]><![CDATA[>');
  });
});
