import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs/lib/gift-parser.js';
import { dist } from '../support/dist';
import { quizzesOf } from '../support/content';
import { inlineHtml, plainText } from '../../src/shared/quiz-model';
import { moodleFractions } from '../../src/shared/question-bank/fractions';

// The question banks in dist/unduh/, read back with independent parsers and compared with what
// the authors wrote in content/quizzes/*.yaml.

const gift = readFileSync(path.join(dist, 'unduh', 'bank-soal.gift.txt'), 'utf8');
const xml = readFileSync(path.join(dist, 'unduh', 'bank-soal.moodle.xml'), 'utf8');
const quizzes = quizzesOf();
const parsed = parseGift(gift);

/** gift-pegjs leaves escaped characters of a matching row's right item as placeholders; Moodle's importer decodes them. */
const placeholders: Record<string, string> = { '&&092;': '\\', '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~', '&&010': '\n' };
const decoded = (text: string) => text.replace(/&&(?:092;|058;|035;|061;|123;|125;|126;|010)/g, (p) => placeholders[p]!);
/** Moodle's grade of an option from gift-pegjs: `=` is 100, `~` without a weight 0. */
const weightOf = (c: { isCorrect: boolean; weight: number | null }) => c.weight ?? (c.isCorrect ? 100 : 0);

type Question = Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;

/** Questions of the GIFT file by their ID number (`<quiz>-<question>`), with the category they sit in. */
function giftQuestions(): Map<string, { category: string; q: Question }> {
  const out = new Map<string, { category: string; q: Question }>();
  let category = '';
  for (const q of parsed) {
    if (q.type === 'Category') category = q.title;
    else if (q.type !== 'Description') out.set(q.id ?? '', { category, q });
  }
  return out;
}

test('the GIFT file holds every quiz in its own category: the pre-test, one per module, the post-test, and as many questions as the site', () => {
  const categories = parsed.filter((q) => q.type === 'Category').map((q) => q.title);
  expect(categories).toHaveLength(quizzes.length);
  expect(categories[0]).toBe('$course$/top/Budaya Kerja ASN/Pre-test Budaya Kerja ASN');
  expect(categories.at(-1)).toBe('$course$/top/Budaya Kerja ASN/Post-test Budaya Kerja ASN');
  expect(categories.slice(1, -1).every((c) => /^\$course\$\/top\/Budaya Kerja ASN\/Modul \d – /.test(c))).toBe(true);
  const inBank = giftQuestions();
  for (const { id, quiz } of quizzes) {
    const page = readFileSync(path.join(dist, 'kuis', id, 'index.html'), 'utf8');
    const onSite = page.match(/data-bk-q="/g)?.length ?? 0;
    const banked = quiz.questions.filter((q) => inBank.has(`${id}-${q.id}`)).length;
    expect([banked, quiz.questions.length], id).toEqual([onSite, onSite]);
  }
  expect(inBank.size).toBe(quizzes.reduce((n, q) => n + q.quiz.questions.length, 0));
});

test('every question of the GIFT file matches its YAML source: text, options, grades, feedback, explanation', () => {
  const found = giftQuestions();
  const problems: string[] = [];
  for (const { id: quizId, quiz } of quizzes) {
    for (const source of quiz.questions) {
      const key = `${quizId}-${source.id}`;
      const entry = found.get(key);
      if (!entry) {
        problems.push(`${key}: tidak ada`);
        continue;
      }
      const { q } = entry;
      const check = (what: string, actual: unknown, expected: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${key} ${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      };
      check('stem', q.stem.text.includes(inlineHtml(source.prompt)) && (source.type !== 'scenario' || q.stem.text.includes(inlineHtml(source.scenario))), true);
      check('general feedback', q.globalFeedback?.text.includes(inlineHtml(source.explanation)), true);
      if (source.type === 'single' || source.type === 'scenario' || source.type === 'multiple') {
        if (q.type !== 'MC') {
          check('type', q.type, 'MC');
          continue;
        }
        const right = source.options.filter((o) => o.correct).length;
        const wrong = source.options.length - right;
        const grade = (correct: boolean) =>
          source.type === 'multiple' ? Math.round((correct ? 100 / right : -100 / wrong) * 1e5) / 1e5 : correct ? 100 : 0;
        const expected = source.options.map((o) => [inlineHtml(o.text), grade(o.correct), o.feedback ? inlineHtml(o.feedback) : null]).sort();
        const actual = q.choices.map((c) => [c.text.text, weightOf(c), c.feedback?.text ?? null]).sort();
        check('options', actual, expected);
      } else if (source.type === 'truefalse') {
        if (q.type !== 'TF') {
          check('type', q.type, 'TF');
          continue;
        }
        check('answer', q.isTrue, source.answer);
        // GIFT writes {TRUE#feedback when wrong#feedback when right}; gift-pegjs names the two
        // "trueFeedback" and "falseFeedback" in that order.
        const whenWrong = source.answer ? source.falseFeedback : source.trueFeedback;
        const whenRight = source.answer ? source.trueFeedback : source.falseFeedback;
        check('feedback', [q.trueFeedback?.text ?? null, q.falseFeedback?.text ?? null], [whenWrong ? inlineHtml(whenWrong) : null, whenRight ? inlineHtml(whenRight) : null]);
      } else if (source.type === 'matching') {
        if (q.type !== 'Matching') {
          check('type', q.type, 'Matching');
          continue;
        }
        const expected = [...source.pairs.map((p) => [inlineHtml(p.left), plainText(p.right)]), ...(source.distractors ?? []).map((d) => ['', plainText(d)])];
        check('pairs', q.matchPairs.map((p) => [p.subquestion.text, decoded(p.subanswer)]), expected);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(found.size).toBe(quizzes.reduce((n, q) => n + q.quiz.questions.length, 0));
});

test("every grade in the GIFT file is on Moodle's list, so its importer takes every question", () => {
  const weights = [...giftQuestions().values()].flatMap(({ q }) => (q.type === 'MC' ? q.choices.map(weightOf) : []));
  expect(weights.filter((w) => !moodleFractions.some((f) => Math.abs(f - w / 100) < 0.00001))).toEqual([]);
  expect(weights.some((w) => w < 0 && w > -100)).toBe(true);
});

test('the Moodle XML file is well-formed and carries the same questions as the GIFT file', () => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) }).parse(xml) as {
    quiz: { question: Record<string, any>[] };
  };
  const questions = doc.quiz.question.filter((q) => q['@_type'] !== 'category');
  const categories = doc.quiz.question.filter((q) => q['@_type'] === 'category').map((q) => q.category.text as string);
  expect(categories).toEqual(parsed.filter((q) => q.type === 'Category').map((q) => q.title));
  const fromGift = giftQuestions();
  expect(questions.map((q) => q.idnumber)).toEqual([...fromGift.keys()]);
  for (const q of questions) {
    const g = fromGift.get(q.idnumber)!.q;
    expect(q.questiontext.text, q.idnumber).toBe(g.stem.text);
    expect(q.generalfeedback.text, q.idnumber).toBe(g.globalFeedback?.text);
    if (g.type === 'MC') {
      expect(q['@_type']).toBe('multichoice');
      expect(q.answer.map((a: any) => [a.text, Number(a['@_fraction'])]), q.idnumber).toEqual(g.choices.map((c) => [c.text.text, weightOf(c)]));
    } else if (g.type === 'TF') {
      expect(q['@_type']).toBe('truefalse');
      expect(q.answer.find((a: any) => a['@_fraction'] === '100').text).toBe(String(g.isTrue));
    } else if (g.type === 'Matching') {
      expect(q['@_type']).toBe('matching');
      expect(q.subquestion.map((s: any) => [s.text, s.answer[0].text])).toEqual(g.matchPairs.map((p) => [p.subquestion.text, decoded(p.subanswer)]));
    }
  }
});
