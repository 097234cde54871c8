import type { Question, Quiz } from '../schemas/quiz';
import { crc32 } from './result-code';

/**
 * The order in which a quiz shows its options, fixed at build time so nobody can guess the answer
 * from its place: authors write the correct option anywhere, and the build
 * - puts the key of each single-choice or scenario question at the position least used so far in
 *   that quiz (ties broken at random), so the keys spread evenly over the positions;
 * - shows true/false as "Benar, Salah" or "Salah, Benar" so that the right one comes first in half
 *   of the quiz's true/false questions;
 * - shuffles the options of a multiple-choice question, and the wrong options around each key.
 * Every random choice is seeded by the quiz and question id, so a build is reproducible, the page
 * without JavaScript is shuffled too, and the result codes and keys (display indices) agree with
 * what the participant saw. `keyPositionProblems` is the build's check that it stays so.
 */

/** A question as the build shows it; true/false may show "Salah" first. */
export type ArrangedQuestion = Question & { falseFirst?: boolean };
export type ArrangedQuiz = Omit<Quiz, 'questions'> & { questions: ArrangedQuestion[] };

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A small deterministic random source (mulberry32), seeded by a text. */
export function seededRandom(seed: string): () => number {
  let state = crc32(utf8(seed)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded source: a new array. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Picks, among positions 0…n-1, one of those used least so far, and counts it. */
function leastUsed(counts: number[], n: number, random: () => number): number {
  const used = (p: number) => counts[p] ?? 0;
  let least = Infinity;
  for (let p = 0; p < n; p++) least = Math.min(least, used(p));
  const candidates = Array.from({ length: n }, (_, p) => p).filter((p) => used(p) === least);
  const pick = candidates[Math.floor(random() * candidates.length)]!;
  counts[pick] = used(pick) + 1;
  return pick;
}

const isOneChoice = (q: Question): q is Extract<Question, { type: 'single' | 'scenario' }> => q.type === 'single' || q.type === 'scenario';

/** The quiz with its options in display order (see the module comment). */
export function arrangeQuiz(quizId: string, quiz: Quiz): ArrangedQuiz {
  const seed = (q: Question) => `${quizId}/${q.id}`;
  const questions: ArrangedQuestion[] = quiz.questions.map((q) => ({ ...q }));
  // Questions take their turn for the least-used position in an order seeded by their ids, so
  // the first question of a quiz is not always the one that gets position 1.
  const turn = [...questions].sort((a, b) => crc32(utf8(seed(a))) - crc32(utf8(seed(b))) || (a.id < b.id ? -1 : 1));
  const keyCounts: number[] = [];
  const trueFalseCounts: number[] = [];
  for (const q of turn) {
    const random = seededRandom(seed(q));
    if (isOneChoice(q)) {
      const key = q.options.find((o) => o.correct)!;
      const at = leastUsed(keyCounts, q.options.length, random);
      const others = shuffled(
        q.options.filter((o) => o !== key),
        random,
      );
      others.splice(at, 0, key);
      q.options = others;
    } else if (q.type === 'multiple') {
      q.options = shuffled(q.options, random);
    } else if (q.type === 'truefalse') {
      // Position 0 or 1 of the right answer; "Benar" first unless that would put it elsewhere.
      const at = leastUsed(trueFalseCounts, 2, random);
      q.falseFirst = q.answer ? at === 1 : at === 0;
    }
  }
  return { ...quiz, questions };
}

/** The 0-based display position of the right answer of a one-choice or true/false question. */
export function keyPosition(q: ArrangedQuestion): number | undefined {
  if (isOneChoice(q)) return q.options.findIndex((o) => o.correct);
  if (q.type === 'truefalse') return q.answer === Boolean(q.falseFirst) ? 1 : 0;
  return undefined;
}

/**
 * The build's check on an arranged quiz (messages in Indonesian for the editor, field
 * `questions`): more than half of the single-choice keys at one position, or true/false answers
 * whose right option comes first noticeably more often than second, fail the build.
 */
export function keyPositionProblems(quiz: ArrangedQuiz): string[] {
  const problems: string[] = [];
  const one = quiz.questions.filter(isOneChoice).map((q) => keyPosition(q)!);
  if (one.length >= 2) {
    const counts = new Map<number, number>();
    for (const p of one) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [position, most] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (most * 2 > one.length) {
      problems.push(
        `kunci ${most} dari ${one.length} soal pilihan tunggal ada di pilihan ke-${position + 1}, lebih dari separuh: ` +
          'tambahkan pilihan jawaban pada soal yang pilihannya sedikit agar posisi kunci bisa dibagi rata',
      );
    }
  }
  const trueFalse = quiz.questions.filter((q) => q.type === 'truefalse').map((q) => keyPosition(q)!);
  const first = trueFalse.filter((p) => p === 0).length;
  if (Math.abs(first - (trueFalse.length - first)) > 1) {
    problems.push(`jawaban benar soal benar-salah ada di pilihan pertama pada ${first} dari ${trueFalse.length} soal; harus seimbang`);
  }
  return problems;
}
