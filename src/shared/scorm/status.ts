/**
 * How a SCO's `cmi.core.lesson_status` and score change (SCORM 1.2 RTE, 3.4.4): pure decisions,
 * so the adapter only reads and writes the LMS.
 * - On entry, "not attempted" becomes "incomplete".
 * - A lesson read to the end makes the SCO "completed", unless a quiz already passed or failed it.
 * - A score of record sets raw/min/max (0–100): a module quiz keeps the learner's best score, an
 *   exam the newest one (as the class recap counts codes); with a pass mark the SCO is "passed"
 *   or "failed" by it (the manifest's mastery score is the same number), without one (the
 *   pre-test) it is "completed".
 */

export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

const statuses: readonly string[] = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];

/** An LMS value as a status; anything else (an empty string from a careless LMS) counts as "not attempted". */
export function asStatus(value: string): LessonStatus {
  return statuses.includes(value) ? (value as LessonStatus) : 'not attempted';
}

/** The status to set on entry, if any. */
export function statusOnEntry(current: LessonStatus): LessonStatus | undefined {
  return current === 'not attempted' ? 'incomplete' : undefined;
}

/** The status to set when the lesson has been read to the end, if any. */
export function statusAfterReading(current: LessonStatus): LessonStatus | undefined {
  return current === 'not attempted' || current === 'incomplete' || current === 'browsed' ? 'completed' : undefined;
}

export interface ScoreReport {
  raw: number;
  status: LessonStatus;
}

/**
 * What to record for a quiz result of `percent` (0–100), given the raw score the LMS holds
 * (NaN when none): the score and the status.
 */
export function scoreReport(previousRaw: number, percent: number, pass: number | undefined, keep: 'best' | 'latest'): ScoreReport {
  const raw = keep === 'best' && Number.isFinite(previousRaw) ? Math.max(previousRaw, percent) : percent;
  const status: LessonStatus = pass === undefined ? 'completed' : raw >= pass ? 'passed' : 'failed';
  return { raw, status };
}

/** Seconds as a SCORM 1.2 CMITimespan, `HHHH:MM:SS` (hours at least two digits, at most 9999). */
export function cmiTimespan(seconds: number): string {
  const s = Math.max(0, Math.min(Math.floor(seconds), 9999 * 3600 + 3599));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}
