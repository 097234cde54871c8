/**
 * What the search does to a query before any engine sees it, the same online (Pagefind) and
 * offline (the file:// fallback): normalise it, then expand the synonyms and acronyms of
 * `content/search-aliases.yaml` (and the glossary's acronyms) into a few alternative queries whose
 * results are merged. Pure functions, shared by the build (alias checks) and the client.
 */

/** Words that only decorate a regulation's number: "Nomor 39 Tahun 2012" = "39 2012". */
const numberWords = new Set(['nomor', 'no', 'nmr', 'tahun', 'thn', 'th']);

/**
 * Folds accents the way Pagefind does (pagefind.js `normalizeDiacritics`, and its index since
 * 1.5): decompose, drop combining marks (except the Japanese voicing marks), so "pélayanan" typed
 * with a composed é or with e + U+0301 is "pelayanan". The file:// fallback folds both its index
 * and the query with this same function, so both engines match the same words.
 */
export function foldDiacritics(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * Lower-cases, folds compatibility forms (NFKC) and accents, turns punctuation into spaces (so
 * "39/2012", "K/L" and "pre-test" split into words, as Pagefind splits them), and drops
 * "nomor"/"tahun" next to a number, so a regulation is found however its name is written. Empty
 * for a query with no letter or digit ("?!").
 */
export function normalizeQuery(text: string): string {
  const words = foldDiacritics(text.toLowerCase().normalize('NFKC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const isNumber = (w: string | undefined) => w !== undefined && /^\d+$/.test(w);
  return words
    .filter((w, i) => !(numberWords.has(w) && (isNumber(words[i + 1]) || isNumber(words[i - 1]))))
    .join(' ');
}

/** A set of phrases that mean the same thing to a reader, already normalised. */
export type AliasGroup = string[];

/**
 * Merges raw groups that share a phrase (e.g. the glossary's "Permen = Peraturan Menteri" and the
 * alias file's "Permen = Permen PANRB") and normalises every phrase.
 */
export function mergeAliasGroups(groups: readonly (readonly string[])[]): AliasGroup[] {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const phrases = new Set(group.map(normalizeQuery).filter(Boolean));
    const overlapping = merged.filter((m) => [...phrases].some((p) => m.has(p)));
    const target = new Set([...phrases, ...overlapping.flatMap((m) => [...m])]);
    for (const m of overlapping) merged.splice(merged.indexOf(m), 1);
    if (target.size > 1) merged.push(target);
  }
  return merged.map((m) => [...m]);
}

/** The most alternative queries one search may run (each is one engine search). */
export const maxVariants = 6;

/**
 * The query as typed (normalised) first, then the same query with each alias phrase found in it
 * replaced by each other phrase of its group, longest phrases first and never overlapping:
 * "permen 39 2012" → ["permen 39 2012", "peraturan menteri 39 2012", "permen panrb 39 2012", …].
 */
export function queryVariants(query: string, groups: readonly AliasGroup[], max = maxVariants): string[] {
  const normal = normalizeQuery(query);
  if (!normal) return [];
  const words = normal.split(' ');
  const phrases = groups
    .flatMap((group) => group.map((phrase) => ({ phrase, words: phrase.split(' '), group })))
    .sort((a, b) => b.words.length - a.words.length);
  const variants = [normal];
  const used = new Array<boolean>(words.length).fill(false);
  const matches: { start: number; length: number; group: AliasGroup; phrase: string }[] = [];
  for (const p of phrases) {
    for (let start = 0; start + p.words.length <= words.length; start++) {
      const span = words.slice(start, start + p.words.length);
      if (span.join(' ') !== p.phrase || used.slice(start, start + p.words.length).some(Boolean)) continue;
      for (let i = start; i < start + p.words.length; i++) used[i] = true;
      matches.push({ start, length: p.words.length, group: p.group, phrase: p.phrase });
    }
  }
  // One match replaced at a time, alternatives in the order the editor wrote them.
  for (const m of matches.sort((a, b) => a.start - b.start)) {
    for (const alternative of m.group) {
      if (alternative === m.phrase) continue;
      const variant = [...words.slice(0, m.start), alternative, ...words.slice(m.start + m.length)].join(' ');
      if (!variants.includes(variant)) variants.push(variant);
      if (variants.length >= max) return variants;
    }
  }
  return variants;
}

/** What a result's details need: `excerpt: false` when only the sections will be used (an engine may then load less). */
export interface DetailOptions {
  excerpt?: boolean;
}

/** A result of one engine search, before merging: page id, score, and how to load its details. */
export interface RawResult<T> {
  id: string;
  score: number;
  data: (options?: DetailOptions) => Promise<T>;
}

/**
 * Merges the results of the alternative queries: each list's scores are scaled so its best result
 * counts 1 (scores of different queries are not comparable), and a page's scaled scores are
 * summed, so a page that matches both "RB" and "reformasi birokrasi" beats one that matches only
 * one. A page's details come from every query it matched, best match first, joined by `combine`;
 * only the best match's excerpt is shown, so the others are asked for their sections alone.
 */
export function mergeResults<T>(lists: readonly (readonly RawResult<T>[])[], combine: (details: T[]) => T): RawResult<T>[] {
  const byId = new Map<string, { total: number; matches: { scaled: number; result: RawResult<T> }[] }>();
  lists.forEach((list, i) => {
    const top = Math.max(0, ...list.map((r) => r.score));
    if (top <= 0) return;
    // The query as typed weighs a little more than its alternatives.
    const weight = i === 0 ? 1.25 : 1;
    for (const result of list) {
      const scaled = (result.score / top) * weight;
      const seen = byId.get(result.id) ?? { total: 0, matches: [] };
      seen.total += scaled;
      seen.matches.push({ scaled, result });
      byId.set(result.id, seen);
    }
  });
  return [...byId.entries()]
    .sort(([, a], [, b]) => b.total - a.total)
    .map(([id, { total, matches }]) => {
      const ordered = matches.sort((a, b) => b.scaled - a.scaled).map((m) => m.result);
      return {
        id,
        score: total,
        data: async () =>
          ordered.length === 1 ? ordered[0]!.data() : combine(await Promise.all(ordered.map((r, i) => r.data(i === 0 ? {} : { excerpt: false })))),
      };
    });
}
