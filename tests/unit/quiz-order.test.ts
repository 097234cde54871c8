import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { quizShape, type Quiz } from '../../src/schemas/quiz';
import { arrangeQuiz, keyPosition, keyPositionProblems, type ArrangedQuiz } from '../../src/shared/quiz-order';
import { keyOf, shapeOf } from '../../src/shared/quiz-model';
import { isCorrect, type Answer } from '../../src/shared/result-code';
import { site } from '../../src/site';

const dir = path.resolve(import.meta.dirname, '../../content/quizzes');
const quizzes = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), quiz: quizShape.parse(load(readFileSync(path.join(dir, f), 'utf8'))) as Quiz }));

const option = (text: string, correct = false) => ({ text, correct });
const single = (id: string, n = 4) => ({
  id,
  type: 'single' as const,
  prompt: 'Soal',
  explanation: 'Pembahasan',
  cite: { section: 'x' },
  options: [option('Benar', true), ...Array.from({ length: n - 1 }, (_, i) => option(`Salah ${i + 1}`))],
});
const trueFalse = (id: string, answer: boolean) => ({ id, type: 'truefalse' as const, prompt: 'Pernyataan', explanation: 'P', cite: { section: 'x' }, answer });
const quizOf = (questions: Quiz['questions']): Quiz => ({ title: 'Kuis', kind: 'module', lesson: 'x', exam: false, questions });

/** The answer a participant gives by always taking the first option (and `tf` on true/false), in display indices. */
function strategy(quiz: ArrangedQuiz, tf: 'first' | 'false' | 'true'): Answer[] {
  return quiz.questions.map((q) => {
    switch (q.type) {
      case 'single':
      case 'scenario':
      case 'multiple':
        return [0];
      case 'truefalse':
        return tf === 'first' ? [q.falseFirst ? 0 : 1] : [tf === 'true' ? 1 : 0];
      case 'matching':
        // The first entry of each dropdown: choices are listed alphabetically.
        return q.pairs.map(() => {
          const choices = [...q.pairs.map((p) => p.right), ...q.distractors];
          const first = [...choices].sort((a, b) => a.localeCompare(b, 'id'))[0]!;
          return choices.indexOf(first);
        });
    }
  });
}

describe('answer order', () => {
  it('is the same on every build, keeps every option, and keeps the key on the option the author marked', () => {
    for (const { id, quiz } of quizzes) {
      const a = arrangeQuiz(id, quiz);
      expect(arrangeQuiz(id, quiz)).toEqual(a);
      a.questions.forEach((q, i) => {
        const authored = quiz.questions[i]!;
        if ('options' in q && 'options' in authored) {
          expect(q.options.map((o) => o.text).sort()).toEqual(authored.options.map((o) => o.text).sort());
          expect(q.options.filter((o) => o.correct).map((o) => o.text).sort()).toEqual(authored.options.filter((o) => o.correct).map((o) => o.text).sort());
        }
      });
    }
  });

  it('moves the keys away from the first position the authors wrote them in', () => {
    const all = quizzes.flatMap(({ id, quiz }) => arrangeQuiz(id, quiz).questions);
    const positions = all.map(keyPosition).filter((p) => p !== undefined);
    expect(positions.filter((p) => p === 0).length).toBeLessThan(positions.length / 2);
    const multiple = all.filter((q) => q.type === 'multiple');
    const keysFirst = multiple.filter((q) => 'options' in q && q.options.slice(0, q.options.filter((o) => o.correct).length).every((o) => o.correct));
    expect(keysFirst.length).toBeLessThan(multiple.length);
  });

  it('spreads single-choice keys over the positions and balances true/false in every quiz', () => {
    for (const { id, quiz } of quizzes) {
      const arranged = arrangeQuiz(id, quiz);
      expect(keyPositionProblems(arranged), id).toEqual([]);
      const tf = arranged.questions.filter((q) => q.type === 'truefalse').map(keyPosition);
      expect(Math.abs(tf.filter((p) => p === 0).length * 2 - tf.length), id).toBeLessThanOrEqual(1);
    }
  });

  it('depends on the question id, not on where the question stands', () => {
    const a = arrangeQuiz('q', quizOf([single('a'), single('b'), single('c')]));
    const b = arrangeQuiz('q', quizOf([single('c'), single('a'), single('b')]));
    const byId = (x: ArrangedQuiz) => Object.fromEntries(x.questions.map((q) => [q.id, keyPosition(q)]));
    expect(byId(a)).toEqual(byId(b));
  });

  it('fails the build check when more than half of the single-choice keys share a position, or true/false leans one way', () => {
    const skewed: ArrangedQuiz = quizOf([single('a'), single('b'), single('c')]);
    expect(keyPositionProblems(skewed)).toEqual([
      'kunci 3 dari 3 soal pilihan tunggal ada di pilihan ke-1, lebih dari separuh: tambahkan pilihan jawaban pada soal yang pilihannya sedikit agar posisi kunci bisa dibagi rata',
    ]);
    const leaning: ArrangedQuiz = quizOf([trueFalse('a', false), trueFalse('b', false), trueFalse('c', false)]);
    expect(keyPositionProblems(leaning)).toEqual(['jawaban benar soal benar-salah ada di pilihan pertama pada 0 dari 3 soal; harus seimbang']);
    expect(keyPositionProblems(arrangeQuiz('q', leaning as Quiz))).toEqual([]);
  });

  it('leaves no quiz passable by always taking the first option, with "Salah", "Benar" or the first option on true/false', () => {
    for (const { id, quiz } of quizzes) {
      const arranged = arrangeQuiz(id, quiz);
      const keys = arranged.questions.map(keyOf);
      expect(arranged.questions.map(shapeOf)).toEqual(quiz.questions.map(shapeOf));
      for (const tf of ['first', 'false', 'true'] as const) {
        const answers = strategy(arranged, tf);
        const percent = Math.round((answers.filter((a, i) => isCorrect(a, keys[i]!)).length * 100) / keys.length);
        expect(percent, `${id}, ${tf}`).toBeLessThan(site.passPercent);
      }
    }
  });
});
