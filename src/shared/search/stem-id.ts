/**
 * The Snowball Indonesian stemmer (snowballstem.org/algorithms/indonesian, after Tala 2003), the
 * same algorithm Pagefind applies to `lang="id"` pages, so the file:// fallback finds the same
 * forms: pelayanan, melayani, dilayani, pelayan → "layan". It strips particles (-kah -lah -pun),
 * possessives (-ku -mu -nya), first-order prefixes (di- ke- me(N)- pe(N)- ter-), second-order
 * prefixes (ber- be- per- pe-) and derivational suffixes (-kan -an -i), counting vowels so short
 * words are left alone.
 */

const isVowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);

interface State {
  word: string;
  measure: number;
  /** 0 none, 1 di/meng/ter, 2 per, 3 ke/peng, 4 ber — the suffix rules depend on it. */
  prefix: number;
}

function removeEnding(s: State, endings: readonly string[]): boolean {
  const hit = endings.find((e) => s.word.length > e.length && s.word.endsWith(e));
  if (!hit) return false;
  s.word = s.word.slice(0, -hit.length);
  s.measure--;
  return true;
}

function removeSuffix(s: State): boolean {
  const w = s.word;
  const ok = (suffix: string) => {
    if (!w.endsWith(suffix) || w.length <= suffix.length) return false;
    if (suffix === 'kan') return s.prefix !== 3 && s.prefix !== 2;
    if (suffix === 'an') return s.prefix !== 1;
    return s.prefix <= 2 && w[w.length - 2] !== 's';
  };
  // Longest first; a refused "-kan" may still be "-an" (Snowball's `among` fallback).
  const suffix = ['kan', 'an', 'i'].find(ok);
  if (!suffix) return false;
  s.word = w.slice(0, -suffix.length);
  s.measure--;
  return true;
}

function removeFirstOrderPrefix(s: State): boolean {
  const w = s.word;
  const set = (cut: number, prefix: number, replacement = '') => {
    s.word = replacement + w.slice(cut);
    s.prefix = prefix;
    s.measure--;
    return true;
  };
  if (w.startsWith('meny') && isVowel(w[4])) return set(4, 1, 's');
  if (w.startsWith('peny') && isVowel(w[4])) return set(4, 3, 's');
  if (w.startsWith('meng')) return set(4, 1);
  if (w.startsWith('peng')) return set(4, 3);
  if (w.startsWith('mem')) return set(3, 1, isVowel(w[3]) ? 'p' : '');
  if (w.startsWith('pem')) return set(3, 3, isVowel(w[3]) ? 'p' : '');
  if (w.startsWith('men') || w.startsWith('ter')) return set(3, 1);
  if (w.startsWith('pen')) return set(3, 3);
  if (w.startsWith('di') || w.startsWith('me')) return set(2, 1);
  if (w.startsWith('ke')) return set(2, 3);
  return false;
}

function removeSecondOrderPrefix(s: State): boolean {
  const w = s.word;
  const set = (cut: number, prefix: number | undefined, replacement = '') => {
    s.word = replacement + w.slice(cut);
    if (prefix !== undefined) s.prefix = prefix;
    s.measure--;
    return true;
  };
  if (w.startsWith('belajar')) return set(7, 4, 'ajar');
  if (w.startsWith('pelajar')) return set(7, undefined, 'ajar');
  if (w.startsWith('ber')) return set(3, 4);
  // "be" only before consonant + "er": bekerja → kerja.
  if (w.startsWith('be') && w.length > 4 && !isVowel(w[2]) && w.slice(3, 5) === 'er') return set(2, 4);
  if (w.startsWith('per')) return set(3, 2);
  if (w.startsWith('pe')) return set(2, 2);
  return false;
}

/** The stem of one lower-case word. */
export function stemIndonesian(word: string): string {
  const s: State = { word, measure: [...word].filter(isVowel).length, prefix: 0 };
  if (s.measure <= 2) return s.word;
  removeEnding(s, ['kah', 'lah', 'pun']);
  if (s.measure <= 2) return s.word;
  removeEnding(s, ['nya', 'ku', 'mu']);
  if (s.measure <= 2) return s.word;
  if (removeFirstOrderPrefix(s)) {
    if (s.measure > 2 && removeSuffix(s) && s.measure > 2) removeSecondOrderPrefix(s);
  } else {
    removeSecondOrderPrefix(s);
    if (s.measure > 2) removeSuffix(s);
  }
  return s.word;
}
