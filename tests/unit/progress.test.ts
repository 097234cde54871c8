import { describe, expect, it } from 'vitest';
import { cleanProgress, emptyProgress, isProgressDate, mergeProgress, moduleStatus, PROGRESS_VERSION, type ProgressCatalog } from '../../src/shared/progress';

// The rules every page applies to saved or imported progress (src/shared/progress.ts).
const latest = '2026-11-25';
const rec = (score: number, total: number, date = '2026-11-20') => ({ best: Math.round((score * 100) / total), score, total, date });
const catalog: ProgressCatalog = { lessons: ['grand-design', 'pola-pikir'], quizzes: { 'grand-design': 10, 'pola-pikir': 8, pretest: 20 } };
const clean = (value: unknown, options: Partial<Parameters<typeof cleanProgress>[1]> = {}) => cleanProgress(value, { latest, catalog, ...options });

describe('dates in progress', () => {
  it('accept real calendar days up to the latest allowed day', () => {
    for (const d of ['2026-11-25', '2026-01-01', '2024-02-29', '2000-01-01']) expect(isProgressDate(d, latest), d).toBe(true);
  });

  it('refuse times, impossible days, years before 2000 and days in the future', () => {
    for (const d of ['2026-11-02T10:00', '0000-00-00', '2026-02-29', '2026-04-31', '2026-13-01', '1999-12-31', '2999-12-31', '2026-11-26', '26-11-20', 20261120, null]) {
      expect(isProgressDate(d, latest), String(d)).toBe(false);
    }
  });
});

describe('cleaning saved progress', () => {
  it('keeps valid progress exactly and ignores extra fields such as an export date', () => {
    const data = { v: PROGRESS_VERSION, read: { 'grand-design': '2026-11-20' }, quizzes: { 'grand-design': rec(8, 10) }, exported: 'x', app: 'budaya-kerja-asn' };
    expect(clean(data)).toEqual({ progress: { v: PROGRESS_VERSION, read: data.read, quizzes: data.quizzes }, dropped: 0, unknown: 0, unreadable: false });
  });

  it('drops one entry with a date and time, keeping every other entry', () => {
    const data = { v: 1, read: { 'grand-design': '2026-11-02T10:00', 'pola-pikir': '2026-11-03' }, quizzes: { 'grand-design': rec(9, 10) } };
    const result = clean(data);
    expect(result.dropped).toBe(1);
    expect(result.progress.read).toEqual({ 'pola-pikir': '2026-11-03' });
    expect(result.progress.quizzes).toEqual({ 'grand-design': rec(9, 10) });
  });

  it('drops a quiz record written by another version (another shape), keeping the rest', () => {
    const data = { v: 2, read: { 'grand-design': '2026-11-02' }, quizzes: { 'grand-design': { percent: 90, attempts: [{ at: '2026-11-02' }] }, 'pola-pikir': rec(8, 8) } };
    const result = clean(data);
    expect(result.dropped).toBe(1);
    expect(result.progress).toEqual({ v: PROGRESS_VERSION, read: { 'grand-design': '2026-11-02' }, quizzes: { 'pola-pikir': rec(8, 8) } });
  });

  it('drops impossible dates: the year 2999, 0000-00-00, a day that does not exist', () => {
    const data = { v: 1, read: { 'grand-design': '2999-12-31', 'pola-pikir': '0000-00-00' }, quizzes: { 'grand-design': rec(5, 10, '2026-02-30') } };
    expect(clean(data)).toMatchObject({ dropped: 3, progress: emptyProgress() });
  });

  it('drops impossible scores: a total of 1e300, score above total, negative or fractional points, a best that does not match', () => {
    const bad = [
      { best: 0, score: 0, total: 1e300, date: '2026-11-20' },
      { best: 120, score: 12, total: 10, date: '2026-11-20' },
      { best: -10, score: -1, total: 10, date: '2026-11-20' },
      { best: 55, score: 5.5, total: 10, date: '2026-11-20' },
      { best: 100, score: 3, total: 10, date: '2026-11-20' },
      { best: 0, score: 0, total: 0, date: '2026-11-20' },
      { best: '80', score: '8', total: '10', date: '2026-11-20' },
    ];
    for (const record of bad) expect(clean({ v: 1, read: {}, quizzes: { 'grand-design': record } }).dropped, JSON.stringify(record)).toBe(1);
  });

  it('drops a total above the quiz’s number of questions, and accepts up to it', () => {
    expect(clean({ v: 1, read: {}, quizzes: { 'grand-design': rec(11, 11) } }).dropped).toBe(1);
    expect(clean({ v: 1, read: {}, quizzes: { 'grand-design': rec(10, 10), pretest: rec(14, 20) } }).dropped).toBe(0);
    // Without a catalog (a page that carries none) only a generous bound applies.
    expect(cleanProgress({ v: 1, read: {}, quizzes: { 'grand-design': rec(11, 11) } }, { latest }).dropped).toBe(0);
  });

  it('drops malformed ids and parts that are not objects, but keeps what else is readable', () => {
    const result = clean({ v: 1, read: { 'Grand Design': '2026-11-20', '../x': '2026-11-20', 'pola-pikir': '2026-11-20' }, quizzes: 'rusak' });
    expect(result.dropped).toBe(3);
    expect(result.progress.read).toEqual({ 'pola-pikir': '2026-11-20' });
  });

  it('calls a value with no progress in it unreadable', () => {
    for (const value of [undefined, null, 'teks', 42, [], { v: 1 }, { v: 1, read: [], quizzes: null }]) {
      expect(clean(value).unreadable, JSON.stringify(value)).toBe(true);
    }
  });

  it('keeps lessons and quizzes the course does not know when reading storage (another build may know them)', () => {
    const data = { v: 1, read: { 'modul-baru': '2026-11-20' }, quizzes: { 'kuis-baru': rec(4, 5) } };
    expect(clean(data)).toMatchObject({ dropped: 0, unknown: 0, progress: { read: data.read, quizzes: data.quizzes } });
  });

  it('drops unknown lessons and quizzes on import, and counts them apart from unreadable entries', () => {
    const data = { v: 1, read: { 'modul-lama': '2026-11-20', 'grand-design': '2026-11-21' }, quizzes: { 'kuis-lama': rec(4, 5), 'kuis-lain': rec(1, 5), 'pola-pikir': rec(9, 8) } };
    const result = clean(data, { dropUnknown: true });
    expect(result).toMatchObject({ unknown: 3, dropped: 1 });
    expect(result.progress).toEqual({ v: 1, read: { 'grand-design': '2026-11-21' }, quizzes: {} });
  });
});

describe('merging and status', () => {
  const r = (best: number, date: string) => ({ best, score: best / 10, total: 10, date });

  it('merges a copy keeping the better score and the earlier read date, and loses nothing twice', () => {
    const device = { ...emptyProgress(), read: { a: '2026-11-10' }, quizzes: { a: r(60, '2026-11-10'), b: r(90, '2026-11-11') } };
    const file = { ...emptyProgress(), read: { a: '2026-11-01', c: '2026-11-02' }, quizzes: { a: r(80, '2026-11-12'), b: r(70, '2026-11-01') } };
    expect(mergeProgress(device, file)).toEqual({
      v: PROGRESS_VERSION,
      read: { a: '2026-11-01', c: '2026-11-02' },
      quizzes: { a: r(80, '2026-11-12'), b: r(90, '2026-11-11') },
    });
    expect(mergeProgress(device, device)).toEqual(device);
  });

  it('a module is belum, dibaca, or kuis lulus once its quiz reaches the pass mark', () => {
    const p = { ...emptyProgress(), read: { a: '2026-11-10' }, quizzes: { qa: r(60, '2026-11-10'), qb: r(70, '2026-11-11') } };
    expect(moduleStatus(p, 'x', 'qx', 70)).toBe('none');
    expect(moduleStatus(p, 'a', 'qa', 70)).toBe('read');
    expect(moduleStatus(p, 'b', 'qb', 70)).toBe('passed');
    expect(moduleStatus(p, 'a', undefined, 70)).toBe('read');
  });
});
