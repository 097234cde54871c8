import { describe, expect, it } from 'vitest';
import { addCodes, summarize, type RecapData } from '../../src/shared/class-recap';
import { dayNumber, encodeResult, quizFingerprint, type Answer, type AnswerShape } from '../../src/shared/result-code';

const shapes: AnswerShape[] = [{ t: 'one', n: 3 }, { t: 'tf' }, { t: 'many', n: 4 }];
const ids = ['q1', 'q2', 'q3'];
const keys: Answer[] = [[1], [0], [0, 2]];
const quiz = (kind: string, id: string) => ({ kind, title: `Tes ${kind}`, fingerprint: quizFingerprint(id, ids, shapes), shapes, ids, keys });
const data: RecapData = { quizzes: { pretest: quiz('pretest', 'pretest'), posttest: quiz('posttest', 'posttest') }, skills: { q1: 'Modul 1: Visi' } };
const day = dayNumber(new Date(2026, 10, 23));
const code = (id: 'pretest' | 'posttest', name: string, answers: Answer[]) =>
  encodeResult({ quiz: id, fingerprint: data.quizzes[id]!.fingerprint, day, name, answers }, shapes);

describe('the class recap', () => {
  it('accepts codes line by line, refuses a repeated or broken line with its line number, and skips blank lines', () => {
    const siti = code('pretest', 'Siti', [[1], [0], [0, 2]]);
    const result = addCodes([], `${siti}\n\n${siti}\nBKXYZ`, data);
    expect(result.accepted).toBe(1);
    expect(result.refused.map((r) => [r.line, r.reason])).toEqual([[3, 'duplicate'], [4, 'length']]);
    expect(result.entries[0]).toMatchObject({ name: 'Siti', score: 3, total: 3, wrong: [] });
  });

  it('replaces a person\'s older code for the same test, whatever the case of the name', () => {
    const first = addCodes([], code('pretest', 'Budi', [[0], [0], [0, 2]]), data);
    const again = addCodes(first.entries, code('pretest', 'BUDI', [[1], [0], [0, 2]]), data);
    expect(again.entries).toHaveLength(1);
    expect(again.replaced).toEqual([{ quiz: 'Tes pretest', name: 'BUDI' }]);
  });

  it('sets pre against post per person and ranks the questions most missed first', () => {
    const { entries } = addCodes(
      [],
      [code('pretest', 'Siti', [[0], [1], [0]]), code('posttest', 'Siti', [[1], [0], [0, 2]]), code('pretest', 'Adi', [[1], [1], [0, 2]])].join('\n'),
      data,
    );
    const result = summarize(entries, data);
    expect(result.participants.map((p) => [p.name, p.change])).toEqual([['Adi', undefined], ['Siti', 100]]);
    expect(result.average).toEqual({ pretest: 34, posttest: 100 });
    expect(result.missed.map((m) => m.id)).toEqual(['q2', 'q1', 'q3']);
    expect(result.missed[1]).toEqual({ id: 'q1', skill: 'Modul 1: Visi', pre: { n: 1, total: 2 }, post: { n: 0, total: 1 } });
  });

  it('lists no questions before any code is in', () => {
    expect(summarize([], data)).toEqual({ participants: [], average: { pretest: undefined, posttest: undefined }, missed: [] });
  });
});
