import { decodeResult, isCorrect, type RejectReason } from './result-code';
import type { QuizKeyData } from './quiz-model';

/**
 * The class recap as data: result codes in, participants (pre vs post) and the questions most
 * missed out. Pure, so the recap page (src/client/recap.ts) and anything else that reports on a
 * class (a printable report, tests) count the same way. Everything a code carries, above all the
 * name, is untrusted: callers only ever show it as text.
 */

/** What the recap page embeds: each pre-/post-test's key model, and what each question id tests. */
export interface RecapData {
  quizzes: Record<string, RecapQuiz>;
  /** Question id → the module and lesson section it tests. */
  skills: Record<string, string>;
}
export interface RecapQuiz extends QuizKeyData {
  kind: string;
  title: string;
}

/** One accepted code. */
export interface Entry {
  /** The code as pasted, without spaces or hyphens, upper case. */
  code: string;
  quiz: string;
  name: string;
  /** The name for matching: the same person typed the same way, any case. */
  nameKey: string;
  day: number;
  /** Ids of the questions answered wrongly. */
  wrong: string[];
  score: number;
  total: number;
}

/** Why a line was refused: a decoding problem, or a code already in the recap. */
export type Refusal = { reason: RejectReason | 'duplicate'; detail?: string };

/** A code as it is compared: no spaces or hyphens, upper case. */
export const compactCode = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();

export const percentOf = (e: Entry) => Math.round((e.score * 100) / e.total);

/** Decodes and scores one code against the embedded keys. */
export function readCode(raw: string, data: RecapData): Entry | Refusal {
  const result = decodeResult(raw, (id) => data.quizzes[id]);
  if (!result.ok) return { reason: result.reason, detail: result.detail };
  const { quiz, name, day, answers } = result.value;
  const key = data.quizzes[quiz]!;
  const wrong = key.ids.filter((_, i) => !isCorrect(answers[i] ?? [], key.keys[i] ?? []));
  return { code: compactCode(raw), quiz, name, nameKey: name.toLocaleLowerCase('id'), day, wrong, score: key.ids.length - wrong.length, total: key.ids.length };
}

export interface AddResult {
  entries: Entry[];
  accepted: number;
  /** Every refused line (1-based), with the code as shown back to the trainer. */
  refused: (Refusal & { line: number; shown: string })[];
  /** A newer code of the same person and test replaced an older one. */
  replaced: { quiz: string; name: string }[];
}

/**
 * Adds codes, one per line: blank lines are skipped, every other line is accepted or refused
 * with its reason (never dropped silently), and a person's newer code for the same test replaces
 * the older one.
 */
export function addCodes(current: readonly Entry[], text: string, data: RecapData): AddResult {
  let entries = [...current];
  const refused: AddResult['refused'] = [];
  const replaced: AddResult['replaced'] = [];
  let accepted = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const shown = trimmed.length > 18 ? `${trimmed.slice(0, 16)}…` : trimmed;
    if (entries.some((e) => e.code === compactCode(line))) return refused.push({ reason: 'duplicate', line: i + 1, shown });
    const entry = readCode(line, data);
    if ('reason' in entry) return refused.push({ ...entry, line: i + 1, shown });
    const before = entries.length;
    entries = entries.filter((e) => !(e.quiz === entry.quiz && e.nameKey === entry.nameKey));
    if (entries.length < before) replaced.push({ quiz: data.quizzes[entry.quiz]!.title, name: entry.name });
    entries.push(entry);
    accepted++;
  });
  return { entries, accepted, refused, replaced };
}

export interface Participant {
  name: string;
  pre?: Entry;
  post?: Entry;
  /** Post-test percent minus pre-test percent, when both exist. */
  change?: number;
  /** The later day of the two tests (day number, see `dayNumber`). */
  lastDay: number;
}

export interface Misses {
  /** Participants who answered the question wrongly … */
  n: number;
  /** … of those whose test had it. */
  total: number;
}

export interface ClassSummary {
  /** Sorted by name, as an Indonesian reader sorts. */
  participants: Participant[];
  /** Average percent of each kind of test, when any was taken. */
  average: { pretest?: number; posttest?: number };
  /** Every question id of the tests, most missed first (pre and post together); empty without entries. */
  missed: { id: string; skill: string; pre: Misses; post: Misses }[];
}

/** Participants, averages and the questions most missed (the same id is the same skill in the pre- and post-test). */
export function summarize(entries: readonly Entry[], data: RecapData): ClassSummary {
  const kindOf = (e: Entry) => data.quizzes[e.quiz]!.kind;
  const people = new Map<string, Participant>();
  for (const e of entries) {
    const person = people.get(e.nameKey) ?? { name: e.name, lastDay: 0 };
    if (kindOf(e) === 'pretest') person.pre = e;
    else person.post = e;
    people.set(e.nameKey, person);
  }
  const participants = [...people.values()]
    .map((p) => ({
      ...p,
      change: p.pre && p.post ? percentOf(p.post) - percentOf(p.pre) : undefined,
      lastDay: Math.max(p.pre?.day ?? 0, p.post?.day ?? 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));

  const average = (kind: string) => {
    const list = entries.filter((e) => kindOf(e) === kind);
    return list.length ? Math.round(list.reduce((s, e) => s + percentOf(e), 0) / list.length) : undefined;
  };

  const ids = [...new Set(Object.values(data.quizzes).flatMap((q) => q.ids))];
  const misses = (kind: string, id: string): Misses => {
    const list = entries.filter((e) => kindOf(e) === kind && data.quizzes[e.quiz]!.ids.includes(id));
    return { n: list.filter((e) => e.wrong.includes(id)).length, total: list.length };
  };
  const rate = (m: Misses) => (m.total ? m.n / m.total : 0);
  const missed = entries.length
    ? ids
        .map((id) => ({ id, skill: data.skills[id] ?? '', pre: misses('pretest', id), post: misses('posttest', id) }))
        .sort((a, b) => rate(b.pre) + rate(b.post) - (rate(a.pre) + rate(a.post)))
    : [];
  return { participants, average: { pretest: average('pretest'), posttest: average('posttest') }, missed };
}
