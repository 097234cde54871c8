/**
 * The grade fractions Moodle's question importers accept (`question_bank::fraction_options_full()`
 * in question/engine/bank.php): p/q for q ≤ 6, p/10, 1/q for q ≤ 10 and 1/20, their negatives, 0
 * and ±1, stored to 7 decimals. The GIFT and XML importers match a file's fraction against this
 * list with a tolerance of 0.00001 and refuse the question otherwise, so 33.3 % fails where
 * 33.33333 % passes.
 */
const positive = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05,
] as const;

/** Every fraction on Moodle's list, from 1 down to -1. */
export const moodleFractions: readonly number[] = [...positive, 0, ...[...positive].reverse().map((f) => -f)];

/** Moodle's importers compare with this tolerance (`match_grade_options`, lib/questionlib.php). */
const tolerance = 0.00001;

/**
 * The fraction `numerator / denominator` as it stands on Moodle's list (e.g. 1/3 → 0.3333333);
 * throws when Moodle would refuse it, so the build fails instead of the LMS admin's import.
 */
export function moodleFraction(numerator: number, denominator: number): number {
  const exact = numerator / denominator;
  const found = moodleFractions.find((f) => Math.abs(f - exact) < tolerance);
  if (found === undefined) throw new Error(`bobot ${numerator}/${denominator} tidak ada di daftar nilai Moodle`);
  return found;
}

/** A fraction as a percentage with at most 5 decimals, as Moodle's exporters write it: 100, -50, 33.33333. */
export function moodlePercent(fraction: number): string {
  const percent = Math.round(fraction * 100 * 1e5) / 1e5;
  return String(Object.is(percent, -0) ? 0 : percent);
}
