import { describe, expect, it } from 'vitest';
import {
  cleanName,
  crc32,
  dayNumber,
  dayToIso,
  decodeResult,
  encodeResult,
  isCorrect,
  quizFingerprint,
  MAX_NAME_BYTES,
  type AnswerShape,
  type ResultPayload,
} from '../../src/shared/result-code';

const shapes: AnswerShape[] = [
  { t: 'one', n: 4 },
  { t: 'many', n: 5 },
  { t: 'tf' },
  { t: 'match', rows: 4, choices: 6 },
  { t: 'one', n: 6 },
];
const ids = ['p01', 'p02', 'p03', 'p04', 'p05'];
const fingerprint = quizFingerprint('pretest', ids, shapes);
const keys = { pretest: { fingerprint, shapes } };
const keyFor = (id: string) => keys[id as keyof typeof keys];
const payload: ResultPayload = {
  quiz: 'pretest',
  fingerprint,
  day: dayNumber(new Date(2026, 10, 23)),
  name: 'Siti Rahayu, S.Sos.',
  answers: [[2], [0, 3, 4], [0], [1, 0, -1, 5], []],
};

/** Flips one character of the code body to another valid base32 character. */
function alter(code: string, at: number): string {
  const ch = code[at] === '7' ? '8' : '7';
  return code.slice(0, at) + ch + code.slice(at + 1);
}

describe('result codes', () => {
  it('round-trips quiz id, answers (including unanswered ones), day and name', () => {
    const code = encodeResult(payload, shapes);
    expect(decodeResult(code, keyFor)).toEqual({ ok: true, value: payload });
    expect(dayToIso(payload.day)).toBe('2026-11-23');
  });

  it('is made of digits and capital letters only and stays short', () => {
    const code = encodeResult(payload, shapes);
    expect(code).toMatch(/^BK[0-9A-Z]+$/);
    expect(code.length).toBeLessThan(80);
  });

  it('survives what copying does to text: spaces, line breaks, hyphens, lower case, O for 0', () => {
    const code = encodeResult(payload, shapes);
    const mangled = `  ${code.slice(0, 10).toLowerCase()}-${code.slice(10, 30)}\n ${code.slice(30)}  `.replace(/0/g, 'O');
    expect(decodeResult(mangled, keyFor)).toEqual({ ok: true, value: payload });
  });

  it('refuses every single-character alteration', () => {
    const code = encodeResult(payload, shapes);
    for (let i = 2; i < code.length; i++) {
      const result = decodeResult(alter(code, i), keyFor);
      expect(result.ok, `changed at ${i}`).toBe(false);
    }
  });

  it('says why a code is refused', () => {
    const code = encodeResult(payload, shapes);
    expect(decodeResult('   ', keyFor)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeResult('halo semua', keyFor)).toEqual({ ok: false, reason: 'prefix' });
    expect(decodeResult(`${code.slice(0, 8)}#${code.slice(9)}`, keyFor)).toEqual({ ok: false, reason: 'characters', detail: '#' });
    expect(decodeResult(code.slice(0, -3), keyFor)).toMatchObject({ ok: false });
    expect(decodeResult(code.slice(0, 12), keyFor)).toMatchObject({ ok: false, reason: expect.stringMatching(/length|checksum/) });
    expect(decodeResult(alter(code, 20), keyFor)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('refuses a code for an unknown quiz or from another version of the quiz', () => {
    const other = encodeResult({ ...payload, quiz: 'kuis-lain' }, shapes);
    expect(decodeResult(other, keyFor)).toEqual({ ok: false, reason: 'quiz', detail: 'kuis-lain' });
    const old = encodeResult({ ...payload, fingerprint: (fingerprint + 1) & 0xffff }, shapes);
    expect(decodeResult(old, keyFor)).toEqual({ ok: false, reason: 'outdated', detail: 'pretest' });
  });

  it('keeps markup in a name as plain characters, and trims over-long names', () => {
    const name = '<img src=x onerror=alert(1)>';
    const decoded = decodeResult(encodeResult({ ...payload, name }, shapes), keyFor);
    expect(decoded).toMatchObject({ ok: true, value: { name } });
    const long = cleanName('Ñ'.repeat(100));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(cleanName('  Budi\n\tSantoso  ')).toBe('Budi Santoso');
  });

  it('changes the fingerprint when a question changes shape', () => {
    const changed = [...shapes.slice(0, 4), { t: 'one', n: 5 } as AnswerShape];
    expect(quizFingerprint('pretest', ids, changed)).not.toBe(fingerprint);
  });

  it('scores an answer only when it matches the key exactly', () => {
    expect(isCorrect([0, 3], [0, 3])).toBe(true);
    expect(isCorrect([0], [0, 3])).toBe(false);
    expect(isCorrect([], [1])).toBe(false);
    expect(isCorrect([0, 1, -1], [0, 1, 2])).toBe(false);
  });

  it('uses the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
