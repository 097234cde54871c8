import type { Answer } from '../../shared/result-code';

/**
 * The answer a question's controls hold, as the key and the result code write it (see `Answer` in
 * src/shared/result-code.ts): the checked inputs' values (display indices) ascending, or per
 * matching row the chosen value, -1 when none.
 */
export function answerOf(inputs: readonly HTMLInputElement[], selects: readonly HTMLSelectElement[]): Answer {
  return selects.length
    ? selects.map((s) => (s.value === '' ? -1 : Number(s.value)))
    : inputs.filter((i) => i.checked).map((i) => Number(i.value)).sort((a, b) => a - b);
}

/** Puts an answer back into the controls (the review page fills in the answers of a result code). */
export function setAnswer(inputs: readonly HTMLInputElement[], selects: readonly HTMLSelectElement[], answer: Answer): void {
  if (selects.length) selects.forEach((s, row) => (s.value = (answer[row] ?? -1) >= 0 ? String(answer[row]) : ''));
  else for (const input of inputs) input.checked = answer.includes(Number(input.value));
}
