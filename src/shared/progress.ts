/**
 * The learner's progress as data: its shape, the rules that make an entry believable, and how two
 * copies combine. Pure (no storage, no DOM), so every page script and the tests judge a saved or
 * imported value the same way; src/client/lib/progress-store.ts keeps it on the device.
 *
 * One bad entry never costs the others: `cleanProgress` keeps every entry that passes and counts
 * the ones it drops, so a date typed by hand or a record from another version loses only itself.
 */

export const PROGRESS_VERSION = 1;

export interface QuizRecord {
  /** Best score in percent (0–100), `Math.round(score * 100 / total)`. */
  best: number;
  /** Points and total of the best attempt (one point per question). */
  score: number;
  total: number;
  /** ISO date (YYYY-MM-DD) of the best attempt. */
  date: string;
}

export interface Progress {
  v: typeof PROGRESS_VERSION;
  /** Lesson id → ISO date it was marked read. */
  read: Record<string, string>;
  /** Quiz id → best attempt. */
  quizzes: Record<string, QuizRecord>;
}

/** What this build of the course holds, for the checks that need it (written into pages at build). */
export interface ProgressCatalog {
  /** The course's lesson ids, where known (the progress page, for imports). */
  lessons?: readonly string[];
  /** Quiz id → its number of questions. */
  quizzes: Record<string, number>;
}

export interface CleanOptions {
  /** The latest date an entry may carry: today on this device (a day later is allowed: time zones). */
  latest: string;
  catalog?: ProgressCatalog;
  /**
   * Drop entries of lessons and quizzes the catalog does not know (an import). Stored progress
   * keeps them: a page of an older or newer build (a module saved offline) may not know a quiz
   * that the current site has.
   */
  dropUnknown?: boolean;
}

export interface Cleaned {
  progress: Progress;
  /** Entries dropped as unreadable or impossible. */
  dropped: number;
  /** Entries dropped because the course has no such lesson or quiz (only with `dropUnknown`). */
  unknown: number;
  /** Nothing in the value was progress at all (not an object with `read` or `quizzes`). */
  unreadable: boolean;
}

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, read: {}, quizzes: {} };
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** No quiz here comes close; a bound for quizzes the catalog does not know. */
const maxQuestions = 500;

/** `YYYY-MM-DD` that names a real day from 2000 on and not after `latest`. */
export function isProgressDate(value: unknown, latest: string): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && (value as string) <= latest;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A quiz record that could have been saved: 0 ≤ score ≤ total ≤ questions, a real date, a best that matches. */
function validRecord(r: unknown, questions: number, latest: string): r is QuizRecord {
  if (!isRecord(r)) return false;
  const { best, score, total, date } = r;
  return (
    isCount(score) && isCount(total) && total >= 1 && score <= total && total <= questions &&
    best === Math.round((score * 100) / total) && isProgressDate(date, latest)
  );
}

/**
 * Checks untrusted progress (storage or an imported file) entry by entry. Entries that pass are
 * kept exactly; every other one is counted and left out. Extra fields (an export date) are ignored.
 */
export function cleanProgress(value: unknown, { latest, catalog, dropUnknown = false }: CleanOptions): Cleaned {
  const out: Cleaned = { progress: emptyProgress(), dropped: 0, unknown: 0, unreadable: false };
  const v = isRecord(value) ? value : {};
  const { read, quizzes } = v;
  if (!isRecord(read) && !isRecord(quizzes)) {
    out.unreadable = true;
    return out;
  }
  for (const part of [read, quizzes]) if (part !== undefined && !isRecord(part)) out.dropped++;
  const known = (ids: readonly string[] | undefined, id: string) => !dropUnknown || !ids || ids.includes(id);
  for (const [id, date] of Object.entries(isRecord(read) ? read : {})) {
    if (!idPattern.test(id) || !isProgressDate(date, latest)) out.dropped++;
    else if (!known(catalog?.lessons, id)) out.unknown++;
    else out.progress.read[id] = date;
  }
  for (const [id, record] of Object.entries(isRecord(quizzes) ? quizzes : {})) {
    const questions = catalog?.quizzes[id];
    if (!idPattern.test(id) || !validRecord(record, questions ?? maxQuestions, latest)) out.dropped++;
    else if (!known(catalog && Object.keys(catalog.quizzes), id)) out.unknown++;
    else out.progress.quizzes[id] = { best: record.best, score: record.score, total: record.total, date: record.date };
  }
  return out;
}

/**
 * Combines two copies (the device's and an imported file or a backup): the better score of each
 * quiz (the earlier date on a tie) and the earlier "read" date of each lesson. Merging the same
 * copy twice, or an older one, never loses anything.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const out: Progress = { v: PROGRESS_VERSION, read: { ...current.read }, quizzes: { ...current.quizzes } };
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

/** Where a learner stands in one module: not started, read, or its quiz passed. */
export type ModuleStatus = 'none' | 'read' | 'passed';

export function moduleStatus(progress: Progress, lessonId: string, quizId: string | undefined, passPercent: number): ModuleStatus {
  const record = quizId ? progress.quizzes[quizId] : undefined;
  if (record && record.best >= passPercent) return 'passed';
  return progress.read[lessonId] ? 'read' : 'none';
}
