/**
 * "Did you mean …?" for editors: the closest known name to a typo, by edit distance, when it is
 * close enough to be a typo and not another word (`perpres-81-201` → `perpres-81-2010`).
 */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest known name, or undefined when none is within a typo's reach. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best = '';
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best && bestScore <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** ` (maksud Anda "x"?)`, or nothing. */
export function suggestion(name: string, known: Iterable<string>): string {
  const best = closestName(name, known);
  return best ? ` (maksud Anda "${best}"?)` : '';
}
