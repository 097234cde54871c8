/**
 * Progress saved on the device: one namespaced, versioned localStorage key, keyed by build-time
 * ids (never by location.pathname, which under file:// is a disk path). Every storage call is
 * wrapped: private mode, a full quota, a throwing localStorage, or corrupt/old data never breaks
 * a page; the caller gets a notice code to show instead.
 */
import { storageIsolatedPerFile } from './file-storage';

export const STORAGE_KEY = 'bkasn:progress';
export const STORAGE_VERSION = 1;

export interface QuizRecord {
  /** Best score in percent (0–100). */
  best: number;
  /** Points and total of the best attempt. */
  score: number;
  total: number;
  /** ISO date (YYYY-MM-DD) of the best attempt. */
  date: string;
}

export interface Progress {
  v: typeof STORAGE_VERSION;
  /** Lesson id → ISO date it was marked read. */
  read: Record<string, string>;
  /** Quiz id → best attempt. */
  quizzes: Record<string, QuizRecord>;
}

/**
 * Why progress could not be read or written, for a short notice to the learner. `fileIsolated`:
 * the page was opened from disk in a browser that keeps storage per file (see file-storage.ts),
 * so progress saved here stays on this page; it still saves, and export/import still works.
 */
export type StorageNotice = 'unavailable' | 'full' | 'reset' | 'fileIsolated';

export function emptyProgress(): Progress {
  return { v: STORAGE_VERSION, read: {}, quizzes: {} };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates untrusted data (storage or an imported file); returns undefined when it is not valid v1 progress. */
export function parseProgress(value: unknown): Progress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.v !== STORAGE_VERSION) return undefined;
  const read = v.read;
  const quizzes = v.quizzes;
  if (typeof read !== 'object' || read === null || typeof quizzes !== 'object' || quizzes === null) return undefined;
  const out = emptyProgress();
  for (const [id, date] of Object.entries(read)) {
    if (!idPattern.test(id) || typeof date !== 'string' || !isoDate.test(date)) return undefined;
    out.read[id] = date;
  }
  for (const [id, rec] of Object.entries(quizzes as Record<string, unknown>)) {
    const r = rec as Record<string, unknown> | null;
    if (!idPattern.test(id) || !r || typeof r !== 'object') return undefined;
    const { best, score, total, date } = r;
    if (
      typeof best !== 'number' || best < 0 || best > 100 ||
      typeof score !== 'number' || typeof total !== 'number' || total < 1 || score < 0 || score > total ||
      typeof date !== 'string' || !isoDate.test(date)
    ) return undefined;
    out.quizzes[id] = { best, score, total, date };
  }
  return out;
}

function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    return s ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads progress. Corrupt or old-version data is reset (and reported), never thrown. */
export function loadProgress(): { progress: Progress; notice?: StorageNotice } {
  const loaded = readProgress();
  return loaded.notice || !storageIsolatedPerFile() ? loaded : { ...loaded, notice: 'fileIsolated' };
}

function readProgress(): { progress: Progress; notice?: StorageNotice } {
  const s = storage();
  if (!s) return { progress: emptyProgress(), notice: 'unavailable' };
  let raw: string | null;
  try {
    raw = s.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), notice: 'unavailable' };
  }
  if (raw === null) return { progress: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const progress = parseProgress(parsed);
  if (progress) return { progress };
  const reset = emptyProgress();
  const notice = saveProgress(reset);
  return { progress: reset, notice: notice ?? 'reset' };
}

/** Writes progress; returns a notice when it could not be saved. */
export function saveProgress(progress: Progress): StorageNotice | undefined {
  const s = storage();
  if (!s) return 'unavailable';
  try {
    s.setItem(STORAGE_KEY, JSON.stringify(progress));
    return undefined;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    return /quota/i.test(name) || (error as { code?: number }).code === 22 ? 'full' : 'unavailable';
  }
}

/** Today's date as YYYY-MM-DD in the learner's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Applies a change and saves it; returns the updated progress and any notice. */
export function updateProgress(change: (p: Progress) => void): { progress: Progress; notice?: StorageNotice } {
  const loaded = loadProgress();
  change(loaded.progress);
  const notice = saveProgress(loaded.progress) ?? loaded.notice;
  return { progress: loaded.progress, notice };
}

/**
 * Combines imported progress with what the device holds: the better score of each quiz (the
 * earlier date on a tie) and the earlier "read" date of each lesson. Importing the same file
 * twice, or an older file, never loses anything.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const out: Progress = { v: STORAGE_VERSION, read: { ...current.read }, quizzes: { ...current.quizzes } };
  for (const [id, date] of Object.entries(incoming.read)) {
    const have = out.read[id];
    if (!have || date < have) out.read[id] = date;
  }
  for (const [id, rec] of Object.entries(incoming.quizzes)) {
    const have = out.quizzes[id];
    if (!have || rec.best > have.best || (rec.best === have.best && rec.date < have.date)) out.quizzes[id] = rec;
  }
  return out;
}
