import { describe, expect, it } from 'vitest';
import { addCodes, readCodes, summarize, type RecapData } from '../../src/shared/class-recap';
import { dayNumber, encodeResult, quizFingerprint, type Answer, type AnswerShape } from '../../src/shared/result-code';

const shapes: AnswerShape[] = [{ t: 'one', n: 3 }, { t: 'tf' }, { t: 'many', n: 4 }];
const ids = ['q1', 'q2', 'q3'];
const keys: Answer[] = [[1], [0], [0, 2]];
const quiz = (kind: string, id: string) => ({ kind, title: `Tes ${kind}`, fingerprint: quizFingerprint(id, ids, shapes, keys), shapes, ids, keys });
const data: RecapData = {
  quizzes: { pretest: quiz('pretest', 'pretest'), posttest: quiz('posttest', 'posttest') },
  skills: { q1: 'Mengenali visi', q2: 'Membaca simbol', q3: 'Memilih nilai' },
};
const day = dayNumber(new Date(2026, 10, 23));
const right: Answer[] = [[1], [0], [0, 2]];
const none: Answer[] = [[], [], []];
interface Made {
  quiz?: 'pretest' | 'posttest';
  name?: string;
  answers?: Answer[];
  attempt?: number;
  device?: number;
  day?: number;
}
const code = ({ quiz: id = 'pretest', name = 'Siti', answers = right, attempt = 1, device = 7, day: d = day }: Made = {}) =>
  encodeResult({ quiz: id, fingerprint: data.quizzes[id]!.fingerprint, day: d, attempt, device, name, answers }, shapes);
const people = (codes: string[]) => summarize(readCodes(codes, data).entries, data).participants;

describe('the class recap', () => {
  it('accepts codes line by line, refuses a repeated or broken line with its line number, and skips blank lines', () => {
    const siti = code();
    const result = addCodes([], `${siti}\n\n${siti.toLowerCase()}\nBKXYZ`, data);
    expect(result.accepted).toBe(1);
    expect(result.codes).toEqual([siti]);
    expect(result.refused.map((r) => [r.line, r.reason])).toEqual([[3, 'duplicate'], [4, 'length']]);
    expect(readCodes(result.codes, data).entries[0]).toMatchObject({ name: 'Siti', score: 3, total: 3, wrong: [], attempt: 1 });
  });

  it('counts the newer attempt of a participant, whatever order the codes come in, and says which one it kept', () => {
    const older = code({ answers: none, attempt: 1 });
    const newer = code({ answers: right, attempt: 2 });
    for (const order of [[older, newer], [newer, older]]) {
      const state = readCodes(order, data);
      expect(state.entries.map((e) => e.attempt)).toEqual([2]);
      expect(state.superseded.map((s) => [s.entry.attempt, s.by.attempt])).toEqual([[1, 2]]);
      expect(state.codes).toHaveLength(2);
    }
    // Pasting the older code after the newer one keeps the newer one counted.
    const late = addCodes([newer], older, data);
    expect(late.kept).toEqual([{ quiz: 'Tes pretest', name: 'Siti', kept: expect.objectContaining({ attempt: 2 }), other: expect.objectContaining({ attempt: 1 }) }]);
    expect(summarize(readCodes(late.codes, data).entries, data).participants[0]!.pre!.score).toBe(3);
  });

  it('counts a later day before a higher attempt made on an earlier day', () => {
    const monday = code({ attempt: 3, day: day - 1, answers: none });
    const tuesday = code({ attempt: 1, day, answers: right });
    expect(readCodes([tuesday, monday], data).entries.map((e) => e.day)).toEqual([day]);
  });

  it('keeps two people of the same name apart when their codes come from different devices, and numbers them', () => {
    const a = code({ name: 'Budi Santoso', device: 1 });
    const b = code({ name: 'Budi Santoso', device: 2, answers: none });
    const bPost = code({ quiz: 'posttest', name: 'Budi Santoso', device: 2 });
    expect(people([a, b, bPost]).map((p) => [p.name, p.pre?.score, p.post?.score])).toEqual([
      ['Budi Santoso (1)', 3, undefined],
      ['Budi Santoso (2)', 0, 3],
    ]);
  });

  it('takes one pre-test and one post-test of a name from two devices as one person who changed device', () => {
    const pre = code({ name: 'Rina', device: 1, answers: none });
    const post = code({ quiz: 'posttest', name: 'Rina', device: 2 });
    expect(people([pre, post]).map((p) => [p.name, p.change])).toEqual([['Rina', 100]]);
  });

  it('compares names normalized: zero-width characters, NFD and case make no second person', () => {
    const plain = code({ name: 'André Wijaya', attempt: 1, answers: none });
    const lookAlike = code({ name: 'ANDRE\u0301 Wi\u200bjaya', attempt: 2 });
    const entries = readCodes([plain, lookAlike], data).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ attempt: 2, nameKey: 'andré wijaya' });
    // From another device the look-alike is another person, and the rows say so.
    const other = code({ name: 'Andre\u0301 Wija\u200bya', device: 99 });
    expect(people([plain, other]).map((p) => p.name)).toEqual(['André Wijaya (1)', 'André Wijaya (2)']);
  });

  it('keeps a code that no longer decodes, with its reason, and counts the rest', () => {
    const outdated = encodeResult({ quiz: 'pretest', fingerprint: (data.quizzes.pretest!.fingerprint + 1) & 0xffff, day, attempt: 1, device: 1, name: 'Ayu', answers: right }, shapes);
    const state = readCodes([outdated, code()], data);
    expect(state.stale).toEqual([{ code: outdated, reason: 'outdated', detail: 'pretest' }]);
    expect(state.codes).toContain(outdated);
    expect(state.entries.map((e) => e.name)).toEqual(['Siti']);
  });

  it('sums up the class: counts, averages, the change of those who took both, the spread of scores and % correct per skill', () => {
    const codes = [
      code({ name: 'Siti', answers: [[0], [1], [0]] }),
      code({ quiz: 'posttest', name: 'Siti', answers: right }),
      code({ name: 'Adi', answers: [[1], [1], [0, 2]], device: 3 }),
    ];
    const result = summarize(readCodes(codes, data).entries, data);
    expect(result.participants.map((p) => [p.name, p.change])).toEqual([['Adi', undefined], ['Siti', 100]]);
    expect(result.counts).toEqual({ pretest: 2, posttest: 1, both: 1 });
    expect(result.average).toEqual({ pretest: 34, posttest: 100, change: 100 });
    expect(result.distribution.map((b) => [b.from, b.to, b.pretest, b.posttest])).toEqual([
      [0, 19, 1, 0],
      [20, 39, 0, 0],
      [40, 59, 0, 0],
      [60, 79, 1, 0],
      [80, 100, 0, 1],
    ]);
    expect(result.skills).toEqual([
      { id: 'q1', skill: 'Mengenali visi', pretest: { right: 1, total: 2 }, posttest: { right: 1, total: 1 } },
      { id: 'q2', skill: 'Membaca simbol', pretest: { right: 0, total: 2 }, posttest: { right: 1, total: 1 } },
      { id: 'q3', skill: 'Memilih nilai', pretest: { right: 1, total: 2 }, posttest: { right: 1, total: 1 } },
    ]);
  });

  it('has nothing to count before any code is in', () => {
    const result = summarize([], data);
    expect(result.participants).toEqual([]);
    expect(result.average).toEqual({ pretest: undefined, posttest: undefined, change: undefined });
    expect(result.skills.every((s) => s.pretest.total === 0 && s.posttest.total === 0)).toBe(true);
  });
});
