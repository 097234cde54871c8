import { decodeResult, isCorrect, nameKey as nameKeyOf, normalizeName, type RejectReason } from './result-code';
import type { QuizKeyData } from './quiz-model';

/**
 * The class recap as data: result codes in; participants (pre vs post), class averages, the
 * spread of scores and % correct per skill out. Pure, so the recap page (src/client/recap.ts), the
 * bench and the tests count the same way. Everything a code carries, above all the name, is
 * untrusted: callers only ever show it as text.
 *
 * The recap is a set of codes, never a sequence: which code counts is decided from what the codes
 * say (day, then attempt), so the order they were pasted in, or the tab they were pasted in,
 * changes nothing. Codes that stop decoding (the quiz changed since) are kept and listed, not
 * dropped.
 */

/** What the recap page embeds: each pre-/post-test's key model, and the skill each question id tests. */
export interface RecapData {
  quizzes: Record<string, RecapQuiz>;
  /** Question id → the skill it tests (the `skill` of the pre-/post-test question). */
  skills: Record<string, string>;
}
export interface RecapQuiz extends QuizKeyData {
  kind: string;
  title: string;
}

/** One decoded, scored code. */
export interface Entry {
  /** The code as pasted, without spaces or hyphens, upper case. */
  code: string;
  quiz: string;
  /** `pretest` or `posttest`. */
  kind: string;
  /** The name as written in the code, normalized (see `normalizeName`). */
  name: string;
  /** The name for matching: normalized, any case. */
  nameKey: string;
  /** The device mark (absent in version-1 codes). */
  device?: number;
  day: number;
  attempt: number;
  /** Ids of the questions answered wrongly. */
  wrong: string[];
  score: number;
  total: number;
}

/** A code in the recap that no longer decodes against this page's keys, kept with the reason. */
export interface StaleCode {
  code: string;
  reason: RejectReason;
  detail?: string;
}

/** An older code of a participant and test, not counted because `by` is newer. */
export interface Superseded {
  entry: Entry;
  by: Entry;
}

/** What a set of codes amounts to. */
export interface RecapState {
  /** Every code in the recap, compact, in the order they came. */
  codes: string[];
  /** The codes that count: one per participant (name + device) and test. */
  entries: Entry[];
  superseded: Superseded[];
  stale: StaleCode[];
}

/** Why a line was refused: a decoding problem, or a code already in the recap. */
export type Refusal = { reason: RejectReason | 'duplicate'; detail?: string };

/** A code as it is compared and stored: no spaces or hyphens, upper case. */
export const compactCode = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();

export const percentOf = (e: Entry) => Math.round((e.score * 100) / e.total);

/** Decodes and scores one code against the embedded keys. */
export function readCode(raw: string, data: RecapData): Entry | Refusal {
  const result = decodeResult(raw, (id) => data.quizzes[id]);
  if (!result.ok) return { reason: result.reason, detail: result.detail };
  const { quiz, name, day, attempt, device, answers } = result.value;
  const key = data.quizzes[quiz]!;
  const wrong = key.ids.filter((_, i) => !isCorrect(answers[i] ?? [], key.keys[i] ?? []));
  const entry: Entry = {
    code: compactCode(raw),
    quiz,
    kind: key.kind,
    name: normalizeName(name),
    nameKey: nameKeyOf(name),
    day,
    attempt,
    wrong,
    score: key.ids.length - wrong.length,
    total: key.ids.length,
  };
  if (device !== undefined) entry.device = device;
  return entry;
}

/** Codes of one participant and test: the same quiz, the same name (normalized) and the same device. */
const identity = (e: Entry) => `${e.quiz}|${e.nameKey}|${e.device ?? '-'}`;

/** Positive when `a` is newer than `b`: the later day, then the higher attempt; the code text only breaks an exact tie. */
export function compareNewer(a: Entry, b: Entry): number {
  return a.day - b.day || a.attempt - b.attempt || (a.code === b.code ? 0 : a.code > b.code ? 1 : -1);
}

/** What a set of codes amounts to: the codes that count, the older ones they replace, and those that no longer decode. */
export function readCodes(codes: readonly string[], data: RecapData): RecapState {
  const stale: StaleCode[] = [];
  const newest = new Map<string, Entry>();
  const all: Entry[] = [];
  for (const code of codes) {
    const entry = readCode(code, data);
    if ('reason' in entry) {
      stale.push({ code, reason: entry.reason as RejectReason, detail: entry.detail });
      continue;
    }
    all.push(entry);
    const have = newest.get(identity(entry));
    if (!have || compareNewer(entry, have) > 0) newest.set(identity(entry), entry);
  }
  const entries = all.filter((e) => newest.get(identity(e)) === e);
  const superseded = all.filter((e) => newest.get(identity(e)) !== e).map((entry) => ({ entry, by: newest.get(identity(entry))! }));
  return { codes: [...codes], entries, superseded, stale };
}

export interface AddResult {
  /** The recap's codes after adding: the old ones, then each accepted one. */
  codes: string[];
  accepted: number;
  /** Every refused line (1-based), with the code as shown back to the trainer. */
  refused: (Refusal & { line: number; shown: string })[];
  /** Where a new code met another of the same participant and test: which one counts. */
  kept: { quiz: string; name: string; kept: Entry; other: Entry }[];
}

/**
 * Adds codes, one per line: blank lines are skipped, every other line is accepted or refused
 * with its reason (never dropped silently). Nothing is replaced here: when a participant has two
 * codes for a test, `readCodes` counts the newer one, and `kept` says which.
 */
export function addCodes(current: readonly string[], text: string, data: RecapData): AddResult {
  const codes = [...current];
  const known = new Set(codes);
  const added = new Set<string>();
  const refused: AddResult['refused'] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const shown = trimmed.length > 18 ? `${trimmed.slice(0, 16)}…` : trimmed;
    const code = compactCode(line);
    if (known.has(code)) return refused.push({ reason: 'duplicate', line: i + 1, shown });
    const entry = readCode(line, data);
    if ('reason' in entry) return refused.push({ ...entry, line: i + 1, shown });
    codes.push(code);
    known.add(code);
    added.add(code);
  });
  const kept = readCodes(codes, data)
    .superseded.filter((s) => added.has(s.entry.code) || added.has(s.by.code))
    .map((s) => ({ quiz: data.quizzes[s.by.quiz]!.title, name: s.by.name, kept: s.by, other: s.entry }));
  return { codes, accepted: added.size, refused, kept };
}

export interface Participant {
  /** The name as shown: with " (2)" and so on when different people share it. */
  name: string;
  pre?: Entry;
  post?: Entry;
  /** Post-test percent minus pre-test percent, when both exist. */
  change?: number;
  /** The later day of the two tests (day number, see `dayNumber`). */
  lastDay: number;
}

/** Right answers out of answers given, for one question and one kind of test. */
export interface Tally {
  right: number;
  total: number;
}

export interface SkillResult {
  /** The question id, the same in the pre- and post-test. */
  id: string;
  skill: string;
  pretest: Tally;
  posttest: Tally;
}

/** How many participants scored within a range of percent. */
export interface ScoreBin {
  /** Lowest and highest percent of the range, inclusive. */
  from: number;
  to: number;
  pretest: number;
  posttest: number;
}

export interface ClassSummary {
  /** Sorted by name, as an Indonesian reader sorts. */
  participants: Participant[];
  /** Participants with a pre-test, with a post-test, with both. */
  counts: { pretest: number; posttest: number; both: number };
  /** Average percent of each test, and the average change of those who took both. */
  average: { pretest?: number; posttest?: number; change?: number };
  /** Scores of each test in five ranges of 20 points. */
  distribution: ScoreBin[];
  /** % correct per skill, pre vs post, in the order of the questions. */
  skills: SkillResult[];
}

/** Percent right of a tally, or undefined when nobody answered. */
export const percentRight = (t: Tally) => (t.total ? Math.round((t.right * 100) / t.total) : undefined);

const mean = (values: readonly number[]) => (values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : undefined);

/**
 * People from entries. Codes with the same name are the same person when they carry the same
 * device mark; with different marks they are different people, except that a name with exactly
 * one pre-test and one post-test left over is one person who changed device between the tests.
 */
function participantsOf(entries: readonly Entry[]): Participant[] {
  const byName = new Map<string, Entry[]>();
  for (const e of entries) byName.set(e.nameKey, [...(byName.get(e.nameKey) ?? []), e]);
  const people: Participant[] = [];
  for (const list of byName.values()) {
    const pres = list.filter((e) => e.kind === 'pretest');
    const posts = list.filter((e) => e.kind !== 'pretest');
    const pairs: { pre?: Entry; post?: Entry }[] = [];
    const lonePre: Entry[] = [];
    for (const pre of pres) {
      const at = posts.findIndex((post) => post.device === pre.device);
      if (at >= 0) pairs.push({ pre, post: posts.splice(at, 1)[0] });
      else lonePre.push(pre);
    }
    if (lonePre.length === 1 && posts.length === 1) pairs.push({ pre: lonePre[0], post: posts[0] });
    else pairs.push(...lonePre.map((pre) => ({ pre })), ...posts.map((post) => ({ post })));
    const made = pairs
      .map(({ pre, post }) => ({
        name: (pre ?? post)!.name,
        pre,
        post,
        change: pre && post ? percentOf(post) - percentOf(pre) : undefined,
        lastDay: Math.max(pre?.day ?? 0, post?.day ?? 0),
        device: (pre ?? post)!.device ?? -1,
      }))
      .sort((a, b) => a.device - b.device);
    made.forEach(({ device: _device, ...p }, i) => people.push(made.length > 1 ? { ...p, name: `${p.name} (${i + 1})` } : p));
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** The class result of the codes that count (`readCodes(...).entries`). */
export function summarize(entries: readonly Entry[], data: RecapData): ClassSummary {
  const participants = participantsOf(entries);
  const ofKind = (kind: string) => entries.filter((e) => (kind === 'pretest' ? e.kind === 'pretest' : e.kind !== 'pretest'));
  const pre = ofKind('pretest');
  const post = ofKind('posttest');
  const paired = participants.filter((p) => p.change !== undefined);

  const bins = [0, 20, 40, 60, 80].map((from) => ({ from, to: from === 80 ? 100 : from + 19, pretest: 0, posttest: 0 }));
  const binOf = (e: Entry) => bins[Math.min(4, Math.floor(percentOf(e) / 20))]!;
  for (const e of pre) binOf(e).pretest++;
  for (const e of post) binOf(e).posttest++;

  const quizzes = Object.values(data.quizzes).sort((a, b) => (a.kind === 'pretest' ? -1 : b.kind === 'pretest' ? 1 : 0));
  const ids = [...new Set(quizzes.flatMap((q) => q.ids))];
  const tally = (list: readonly Entry[], id: string): Tally => {
    const asked = list.filter((e) => data.quizzes[e.quiz]!.ids.includes(id));
    return { right: asked.filter((e) => !e.wrong.includes(id)).length, total: asked.length };
  };
  return {
    participants,
    counts: { pretest: participants.filter((p) => p.pre).length, posttest: participants.filter((p) => p.post).length, both: paired.length },
    average: { pretest: mean(pre.map(percentOf)), posttest: mean(post.map(percentOf)), change: mean(paired.map((p) => p.change!)) },
    distribution: bins,
    skills: ids.map((id) => ({ id, skill: data.skills[id] ?? '', pretest: tally(pre, id), posttest: tally(post, id) })),
  };
}
