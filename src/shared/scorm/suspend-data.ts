import type { Answer } from '../result-code';

/**
 * What a SCO keeps in `cmi.core.suspend_data` to resume: the answers of a quiz the learner left
 * unfinished, per quiz id, in question order (the display indices the result codes use). Status,
 * score and the page to return to live in their own CMI fields. SCORM 1.2 caps suspend_data at
 * 4,096 characters (CMIString4096), and so does Moodle in its standard mode; `encodeSuspendData`
 * never returns more, dropping whole quizzes rather than cutting one (a quiz of 40 questions with
 * every option ticked needs about 1,000).
 */
export const suspendDataLimit = 4096;

export interface SuspendState {
  /** Quiz id → the learner's answer to each question (empty array: unanswered). */
  answers: Record<string, Answer[]>;
}

const version = 1;

export function encodeSuspendData(state: SuspendState): string {
  const answers = { ...state.answers };
  for (;;) {
    const text = Object.keys(answers).length ? JSON.stringify({ v: version, a: answers }) : '';
    if (text.length <= suspendDataLimit) return text;
    // Too long: drop the quiz with the most data (not reached by this course's quizzes).
    const largest = Object.entries(answers).sort((x, y) => JSON.stringify(y[1]).length - JSON.stringify(x[1]).length)[0]![0];
    delete answers[largest];
  }
}

const isAnswer = (value: unknown): value is Answer => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= -1 && n < 100);

/** Reads suspend data an LMS returns; anything unreadable or of another version is an empty state, never an error. */
export function decodeSuspendData(text: string): SuspendState {
  const empty: SuspendState = { answers: {} };
  if (!text) return empty;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return empty;
  }
  const data = parsed as { v?: unknown; a?: unknown } | null;
  if (!data || data.v !== version || typeof data.a !== 'object' || data.a === null) return empty;
  const answers: Record<string, Answer[]> = {};
  for (const [id, list] of Object.entries(data.a as Record<string, unknown>)) {
    if (/^[a-z0-9-]{1,64}$/.test(id) && Array.isArray(list) && list.every(isAnswer)) answers[id] = list as Answer[];
  }
  return { answers };
}
