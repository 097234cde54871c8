import { describe, expect, it } from 'vitest';
import { emptyProgress, mergeProgress, parseProgress, STORAGE_VERSION } from '../../src/client/lib/progress-store';

const rec = (best: number, date: string) => ({ best, score: Math.round(best / 10), total: 10, date });

describe('saved progress', () => {
  it('accepts valid progress and ignores extra fields such as an export date', () => {
    const data = { v: STORAGE_VERSION, read: { 'grand-design': '2026-11-20' }, quizzes: { 'grand-design': rec(80, '2026-11-21') }, exported: 'x' };
    expect(parseProgress(data)).toEqual({ v: STORAGE_VERSION, read: data.read, quizzes: data.quizzes });
  });

  it('refuses another version, a wrong shape and impossible scores', () => {
    expect(parseProgress({ v: 0, read: {}, quizzes: {} })).toBeUndefined();
    expect(parseProgress({ v: STORAGE_VERSION, read: [], quizzes: null })).toBeUndefined();
    expect(parseProgress({ v: STORAGE_VERSION, read: {}, quizzes: { x: { ...rec(80, '2026-11-21'), best: 180 } } })).toBeUndefined();
    expect(parseProgress('{"v":1}')).toBeUndefined();
  });

  it('merges an import keeping the better score and the earlier read date', () => {
    const device = { ...emptyProgress(), read: { a: '2026-11-10' }, quizzes: { a: rec(60, '2026-11-10'), b: rec(90, '2026-11-11') } };
    const file = { ...emptyProgress(), read: { a: '2026-11-01', c: '2026-11-02' }, quizzes: { a: rec(80, '2026-11-12'), b: rec(70, '2026-11-01') } };
    expect(mergeProgress(device, file)).toEqual({
      v: STORAGE_VERSION,
      read: { a: '2026-11-01', c: '2026-11-02' },
      quizzes: { a: rec(80, '2026-11-12'), b: rec(90, '2026-11-11') },
    });
    expect(mergeProgress(device, device)).toEqual(device);
  });
});
