import { describe, expect, it } from 'vitest';
import { asStatus, cmiTimespan, scoreReport, statusAfterReading, statusOnEntry } from '../../src/shared/scorm/status';
import { decodeSuspendData, encodeSuspendData, suspendDataLimit } from '../../src/shared/scorm/suspend-data';
import type { Answer } from '../../src/shared/result-code';

describe('SCORM 1.2 lesson status', () => {
  it('marks a first entry incomplete, and leaves any other status alone', () => {
    expect(statusOnEntry('not attempted')).toBe('incomplete');
    for (const s of ['incomplete', 'completed', 'passed', 'failed', 'browsed'] as const) expect(statusOnEntry(s)).toBeUndefined();
    expect(asStatus('')).toBe('not attempted');
    expect(asStatus('passed')).toBe('passed');
  });

  it('makes a read lesson completed, but never undoes a quiz that passed or failed the SCO', () => {
    expect(statusAfterReading('incomplete')).toBe('completed');
    expect(statusAfterReading('not attempted')).toBe('completed');
    expect(statusAfterReading('passed')).toBeUndefined();
    expect(statusAfterReading('failed')).toBeUndefined();
    expect(statusAfterReading('completed')).toBeUndefined();
  });

  it('keeps the best module quiz score and decides passed or failed by the pass mark', () => {
    expect(scoreReport(Number.NaN, 60, 70, 'best')).toEqual({ raw: 60, status: 'failed' });
    expect(scoreReport(60, 70, 70, 'best')).toEqual({ raw: 70, status: 'passed' });
    expect(scoreReport(90, 40, 70, 'best')).toEqual({ raw: 90, status: 'passed' });
  });

  it('takes the newest exam score, and only "completed" when the test has no pass mark (the pre-test)', () => {
    expect(scoreReport(90, 40, 70, 'latest')).toEqual({ raw: 40, status: 'failed' });
    expect(scoreReport(Number.NaN, 25, undefined, 'latest')).toEqual({ raw: 25, status: 'completed' });
  });

  it('writes session time as a CMITimespan', () => {
    expect(cmiTimespan(0)).toBe('00:00:00');
    expect(cmiTimespan(3725.9)).toBe('01:02:05');
    expect(cmiTimespan(1e9)).toBe('9999:59:59');
  });
});

describe('SCORM suspend data', () => {
  it('round-trips the answers of an unfinished quiz', () => {
    const state = { answers: { 'grand-design': [[1], [], [0, 2, 3], [2, -1, 0]] } };
    expect(decodeSuspendData(encodeSuspendData(state))).toEqual(state);
    expect(encodeSuspendData({ answers: {} })).toBe('');
  });

  it('fits the largest quiz the schema allows (40 questions, every box ticked or every row chosen) well within 4,096 characters', () => {
    const full: Answer[] = Array.from({ length: 40 }, (_, i) => (i % 2 ? [0, 1, 2, 3, 4, 5] : [6, 5, 4, 3, 2, 1, 0]));
    const text = encodeSuspendData({ answers: { 'kuis-terpanjang-yang-mungkin': full } });
    expect(text.length).toBeLessThan(suspendDataLimit / 2);
    expect(decodeSuspendData(text).answers['kuis-terpanjang-yang-mungkin']).toEqual(full);
  });

  it('never writes more than 4,096 characters, dropping whole quizzes rather than cutting one', () => {
    const big: Answer[] = Array.from({ length: 40 }, () => [10, 11, 12, 13, 14, 15, 16]);
    const answers = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`kuis-${i}`, big]));
    const text = encodeSuspendData({ answers });
    expect(text.length).toBeLessThanOrEqual(suspendDataLimit);
    const kept = decodeSuspendData(text).answers;
    expect(Object.keys(kept).length).toBeGreaterThan(0);
    for (const list of Object.values(kept)) expect(list).toEqual(big);
  });

  it('reads what an LMS returns that is not ours as an empty state, never an error', () => {
    for (const junk of ['', 'x', '{"v":2,"a":{}}', '{"v":1,"a":{"Bad Id":[[1]]}}', '{"v":1,"a":{"q":[["1"]]}}', 'null', '[1]']) {
      expect(decodeSuspendData(junk).answers).toEqual({});
    }
  });
});
