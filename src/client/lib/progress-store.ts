/**
 * Progress saved on the device: one namespaced, versioned localStorage key, keyed by build-time
 * ids (never by location.pathname, which under file:// is a disk path). Every storage call is
 * wrapped: private mode, a full quota, a throwing localStorage, or corrupt data never breaks a
 * page; the caller gets a notice code to show instead.
 *
 * Progress never resets as a whole: what is read is checked entry by entry (src/shared/progress.ts),
 * and when anything has to go, the raw value is first kept under a backup key that the progress
 * page offers to restore or download.
 */
import { storageIsolatedPerFile } from './file-storage';
import { localStore, writeFailure } from './local-storage';
import { cleanProgress, emptyProgress, type Cleaned, type Progress, type ProgressCatalog } from '../../shared/progress';

export type { Progress, QuizRecord } from '../../shared/progress';
export { emptyProgress, mergeProgress } from '../../shared/progress';

export const STORAGE_KEY = 'bkasn:progress';
export const BACKUP_KEY = 'bkasn:progress-backup';

/**
 * Why progress could not be read or written as it was, for a short notice to the learner.
 * `dropped`: some entries were unreadable and left out (the rest kept, the original backed up);
 * `reset`: nothing in storage was readable (backed up too). `fileIsolated`: the page was opened
 * from disk in a browser that keeps storage per file (see file-storage.ts), so progress saved here
 * stays on this page; it still saves, and export/import still works.
 */
export type StorageNotice = 'unavailable' | 'full' | 'reset' | 'dropped' | 'fileIsolated';

export interface Loaded {
  progress: Progress;
  notice?: StorageNotice;
}

/** The raw value kept before entries were dropped, and the day it was kept. */
export interface Backup {
  date: string;
  raw: string;
}


/** Today (or `days` later) as YYYY-MM-DD in the learner's time zone. */
export function today(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let catalogCache: ProgressCatalog | null | undefined;
/** The course's quiz lengths, from the page (src/components/ProgressCatalog.astro), if it carries them. */
export function progressCatalog(): ProgressCatalog | undefined {
  if (catalogCache === undefined) {
    try {
      catalogCache = JSON.parse(document.getElementById('bk-progress-catalog')?.textContent ?? 'null') as ProgressCatalog | null;
    } catch {
      catalogCache = null;
    }
  }
  return catalogCache ?? undefined;
}

/**
 * Checks a parsed value against this device's date and the page's catalog. Given the course's
 * lessons (an import), entries of lessons and quizzes the course does not have are left out.
 */
export function checkProgress(value: unknown, lessons?: readonly string[]): Cleaned {
  const catalog = progressCatalog();
  if (!lessons) return cleanProgress(value, { latest: today(1), catalog });
  return cleanProgress(value, { latest: today(1), catalog: { quizzes: {}, ...catalog, lessons }, dropUnknown: true });
}

function write(key: string, value: string): StorageNotice | undefined {
  const s = localStore();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, value);
    return undefined;
  } catch (error) {
    return writeFailure(error);
  }
}

/** Reads progress. Unreadable entries are left out and reported, never thrown; the original is backed up first. */
export function loadProgress(): Loaded {
  const loaded = readProgress();
  return loaded.notice || !storageIsolatedPerFile() ? loaded : { ...loaded, notice: 'fileIsolated' };
}

function readProgress(): Loaded {
  let raw: string | null;
  try {
    raw = localStore()!.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), notice: 'unavailable' };
  }
  if (raw === null) return { progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // cut off mid-write: nothing readable, but the text is kept as the backup
  }
  const { progress, dropped, unreadable } = checkProgress(value);
  if (!dropped && !unreadable) return { progress };
  // Keep the original before storing what is left; if even that fails, storage stays untouched.
  const kept = write(BACKUP_KEY, JSON.stringify({ date: today(), raw } satisfies Backup));
  const notice = kept ?? saveProgress(progress);
  return { progress, notice: notice ?? (unreadable ? 'reset' : 'dropped') };
}

/** Writes progress; returns a notice when it could not be saved. */
export function saveProgress(progress: Progress): StorageNotice | undefined {
  return write(STORAGE_KEY, JSON.stringify(progress));
}

/** Applies a change and saves it; returns the updated progress and any notice. */
export function updateProgress(change: (p: Progress) => void): Loaded {
  const loaded = loadProgress();
  change(loaded.progress);
  return { ...loaded, notice: saveProgress(loaded.progress) ?? loaded.notice };
}

/** The backup kept by the last load that dropped entries, if any. */
export function readBackup(): Backup | undefined {
  try {
    const backup = JSON.parse(localStore()?.getItem(BACKUP_KEY) ?? 'null') as Partial<Backup> | null;
    return backup && typeof backup.raw === 'string' && typeof backup.date === 'string' ? (backup as Backup) : undefined;
  } catch {
    return undefined;
  }
}

export function removeBackup(): void {
  try {
    localStore()?.removeItem(BACKUP_KEY);
  } catch {
    // nothing to remove where storage is unavailable
  }
}
