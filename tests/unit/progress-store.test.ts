import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_KEY, loadProgress, readBackup, saveProgress, STORAGE_KEY, today, updateProgress } from '../../src/client/lib/progress-store';

// The device store (src/client/lib/progress-store.ts) over a stand-in localStorage: what a page
// gets back, what stays in storage, and the backup kept before anything is left out.

class MemoryStorage {
  data = new Map<string, string>();
  /** When set, every write throws this (a full disk, a locked-down browser). */
  failWith?: DOMException;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

let storage: MemoryStorage;
const g = globalThis as Record<string, unknown>;
const catalog = { lessons: ['grand-design', 'pola-pikir'], quizzes: { 'grand-design': 10 } };

beforeEach(() => {
  storage = new MemoryStorage();
  g.window = { localStorage: storage };
  g.document = { getElementById: (id: string) => (id === 'bk-progress-catalog' ? { textContent: JSON.stringify(catalog) } : null) };
});
afterEach(() => {
  delete g.window;
  delete g.document;
});

const rec = (score: number, total: number, date = '2024-05-05') => ({ best: Math.round((score * 100) / total), score, total, date });
const stored = () => JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');

describe('progress on the device', () => {
  it('reads valid progress without rewriting it or making a backup', () => {
    const raw = JSON.stringify({ v: 1, read: { 'grand-design': '2024-05-02' }, quizzes: { 'grand-design': rec(9, 10) } });
    storage.data.set(STORAGE_KEY, raw);
    expect(loadProgress()).toEqual({ progress: JSON.parse(raw) });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(readBackup()).toBeUndefined();
  });

  it('one invalid entry costs only itself: the rest is kept, the original backed up, and a notice given', () => {
    const raw = JSON.stringify({ v: 1, read: { 'grand-design': '2026-11-02T10:00', 'pola-pikir': '2024-05-03' }, quizzes: { 'grand-design': rec(9, 10) } });
    storage.data.set(STORAGE_KEY, raw);
    const loaded = loadProgress();
    expect(loaded.notice).toBe('dropped');
    expect(loaded.progress).toEqual({ v: 1, read: { 'pola-pikir': '2024-05-03' }, quizzes: { 'grand-design': rec(9, 10) } });
    expect(stored()).toEqual(loaded.progress);
    expect(readBackup()).toEqual({ date: today(), raw });
    // The next page reads the cleaned copy quietly.
    expect(loadProgress().notice).toBeUndefined();
  });

  it('a value cut off mid-write starts afresh with a notice, and its text is kept as the backup', () => {
    storage.data.set(STORAGE_KEY, '{"v":1,"read":{');
    expect(loadProgress()).toEqual({ progress: { v: 1, read: {}, quizzes: {} }, notice: 'reset' });
    expect(readBackup()?.raw).toBe('{"v":1,"read":{');
  });

  it('when even the backup cannot be written, storage is left exactly as it was', () => {
    const raw = JSON.stringify({ v: 1, read: { 'grand-design': '2999-12-31', 'pola-pikir': '2024-05-03' }, quizzes: {} });
    storage.data.set(STORAGE_KEY, raw);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const loaded = loadProgress();
    expect(loaded.notice).toBe('full');
    expect(loaded.progress.read).toEqual({ 'pola-pikir': '2024-05-03' });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
  });

  it('a total above the quiz’s question count (from the page’s catalog) is left out', () => {
    storage.data.set(STORAGE_KEY, JSON.stringify({ v: 1, read: {}, quizzes: { 'grand-design': rec(12, 12) } }));
    expect(loadProgress()).toMatchObject({ notice: 'dropped', progress: { quizzes: {} } });
  });

  it('a full storage reports "full" on save and keeps the previous value', () => {
    const raw = JSON.stringify({ v: 1, read: { 'grand-design': '2024-05-02' }, quizzes: {} });
    storage.data.set(STORAGE_KEY, raw);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const result = updateProgress((p) => void (p.read['pola-pikir'] = '2024-05-03'));
    expect(result.notice).toBe('full');
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('a localStorage that throws on access reports "unavailable" for reading and writing', () => {
    Object.defineProperty(g.window as object, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    expect(loadProgress().notice).toBe('unavailable');
    expect(saveProgress({ v: 1, read: {}, quizzes: {} })).toBe('unavailable');
  });
});
