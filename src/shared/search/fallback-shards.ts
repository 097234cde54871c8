import {
  bm25,
  headingWeight,
  idfOf,
  preparePage,
  queryMatchers,
  rankPages,
  tokens,
  type FallbackIndex,
  type PreparedPage,
  type ScoredPage,
} from './fallback-engine';
import type { SearchEngine } from './types';

/**
 * The file:// fallback index cut into small parts, so that a first query reads what it needs and
 * not the whole course (which grows with every module a province adds). Written at build by
 * src/build/search-index.ts as classic scripts (file:// has no fetch):
 * - the head (`search/indeks.js`): the version, the corpus statistics, each page's URL, title and
 *   length, and which parts exist;
 * - parts by the two-letter start of a word (`search/indeks/<key>.js`, neighbouring starts joined
 *   up to `partTargetBytes`): the words that start so (for matching the start of a word while
 *   typing) and, for the stems that start so, the pages they are on with how often (a heading
 *   counts `headingWeight` times);
 * - one script per page (`search/indeks/h<n>.js`) with its text by section, loaded only for the
 *   pages a result shows.
 * A query is ranked from the parts (BM25 with the whole index's statistics); the best
 * `rerankedPages` are then ranked again with their text like the whole-index engine does (query
 * words close together, headings), so on a small course the results are exactly the same.
 */

/**
 * The head of the sharded index. `parts`: the first key of each part, in order (a part holds the
 * keys from its own up to the next part's); `p`: per page `[url, title, length in words]`.
 */
export interface ShardedIndexHead {
  v: string;
  avg: number;
  parts: string[];
  p: [string, string, number][];
}

/**
 * One part. `t`: the words of four letters or more that start with the key (for matching the start
 * of a word); `s`: the stems that start with the key, each with `[page, count, page, count, …]`.
 */
export interface IndexShard {
  t: string[];
  s: Record<string, number[]>;
}

/**
 * Neighbouring keys share a part up to about this many bytes, so a small course has a few files
 * and a big one many small ones (a key bigger than this is a part of its own).
 */
export const partTargetBytes = 12 * 1024;

/** Pages re-ranked with their text after the first ranking from the parts. */
export const rerankedPages = 20;

/** Which part a word or stem is in: its first two characters. */
export function shardKey(term: string): string {
  return [...term].slice(0, 2).join('');
}

/** A part's file name (letters and digits as they are, anything else by code point). */
export function shardFileName(key: string): string {
  return /^[a-z0-9]+$/.test(key) ? `${key}.js` : `u${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.js`;
}

export const pageFileName = (page: number) => `h${page}.js`;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Cuts the whole index into its head, its parts and its pages. */
export function shardIndex(index: FallbackIndex): { head: ShardedIndexHead; shards: Map<string, IndexShard>; pages: FallbackIndex['pages'] } {
  const shards = new Map<string, IndexShard>();
  const shardOf = (term: string) => {
    const key = shardKey(term);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = { t: [], s: {} }));
    return shard;
  };
  const words = new Set<string>();
  const head: ShardedIndexHead = { v: index.v, avg: 0, parts: [], p: [] };
  let totalLength = 0;
  index.pages.forEach((p, n) => {
    const page = preparePage(p);
    totalLength += page.length;
    head.p.push([page.url, page.title, page.length]);
    const counts = new Map<string, number>();
    for (const section of page.sections) {
      section.stems.forEach((stems, w) => {
        const weight = w < section.headingWords ? headingWeight : 1;
        for (const s of new Set(stems)) counts.set(s, (counts.get(s) ?? 0) + weight);
      });
      for (const word of section.words) for (const t of tokens(word)) if (t.length >= 4) words.add(t);
    }
    for (const [s, count] of counts) (shardOf(s).s[s] ??= []).push(n, count);
  });
  for (const word of words) shardOf(word).t.push(word);
  head.avg = totalLength / Math.max(1, index.pages.length);
  // Neighbouring keys joined into parts of about `partTargetBytes`, each in a stable order, so
  // two builds write the same bytes.
  const parts = new Map<string, IndexShard>();
  let current: { first: string; t: string[]; s: [string, number[]][]; bytes: number } | undefined;
  const close = () => {
    if (current) parts.set(current.first, { t: current.t.sort(byCodeUnit), s: Object.fromEntries(current.s.sort(([a], [b]) => byCodeUnit(a, b))) });
    current = undefined;
  };
  for (const key of [...shards.keys()].sort(byCodeUnit)) {
    const shard = shards.get(key)!;
    const bytes = JSON.stringify(shard).length;
    if (current && current.bytes + bytes > partTargetBytes) close();
    current ??= { first: key, t: [], s: [], bytes: 0 };
    current.t.push(...shard.t);
    current.s.push(...Object.entries(shard.s));
    current.bytes += bytes;
  }
  close();
  head.parts = [...parts.keys()];
  return { head, shards: parts, pages: index.pages };
}

/** The part that holds a key: the last one whose first key is not after it (none before the first). */
export function partOf(parts: readonly string[], key: string): string | undefined {
  let lo = 0;
  let hi = parts.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (byCodeUnit(parts[mid]!, key) <= 0) [found, lo] = [parts[mid], mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** How the engine gets parts (by their first key) and pages (classic scripts on file://, objects in tests). */
export interface ShardLoader {
  shard(part: string): Promise<IndexShard>;
  page(n: number): Promise<FallbackIndex['pages'][number]>;
}

/** The fallback engine over a sharded index: reads only the parts and pages a query needs. */
export function createShardedEngine(head: ShardedIndexHead, loader: ShardLoader): SearchEngine {
  const empty: IndexShard = { t: [], s: {} };
  const shardCache = new Map<string, Promise<IndexShard>>();
  const shard = (key: string) => {
    const part = partOf(head.parts, key);
    if (part === undefined) return Promise.resolve(empty);
    let found = shardCache.get(part);
    if (!found) shardCache.set(part, (found = loader.shard(part)));
    return found;
  };
  const pageCache = new Map<number, Promise<PreparedPage>>();
  const page = (n: number) => {
    let found = pageCache.get(n);
    if (!found) pageCache.set(n, (found = loader.page(n).then((p) => preparePage(p))));
    return found;
  };

  return {
    async search(query) {
      const words = tokens(query);
      if (words.length === 0) return [];
      // The words of the index that start like each query word (for `queryMatchers`), from its part.
      const vocabulary = new Set<string>();
      for (const q of words) {
        if (q.length < 3) continue;
        const { t } = await shard(shardKey(q));
        for (const word of t) if (word.startsWith(q)) vocabulary.add(word);
      }
      const terms = queryMatchers(query, vocabulary);
      // Per query word: how often it occurs on each page (its stems weighted as the engine does).
      const perWord: Map<number, number>[] = [];
      for (const matcher of terms) {
        const tf = new Map<number, number>();
        for (const [s, weight] of matcher) {
          const postings = (await shard(shardKey(s))).s[s] ?? [];
          for (let i = 0; i < postings.length; i += 2) tf.set(postings[i]!, (tf.get(postings[i]!) ?? 0) + weight * postings[i + 1]!);
        }
        perWord.push(tf);
      }
      const df = perWord.map((tf) => tf.size);
      const idf = df.map((d) => idfOf(d, head.p.length));
      const candidates = [...perWord[0]!.keys()].filter((n) => perWord.every((tf) => tf.has(n)));
      const first = candidates
        .map((n) => ({ n, score: perWord.reduce((sum, tf, i) => sum + idf[i]! * bm25(tf.get(n)!, head.p[n]![2], head.avg), 0) }))
        .sort((a, b) => b.score - a.score || a.n - b.n);
      const corpus = { pages: head.p.length, averageLength: head.avg, df };
      // The best ones again with their text, as the whole-index engine ranks them.
      const top = rankPages(await Promise.all(first.slice(0, rerankedPages).map((c) => page(c.n))), terms, corpus);
      const lowest = Math.min(...top.map((r) => r.score));
      const rest: ScoredPage[] = first.slice(rerankedPages).map((c) => ({
        id: head.p[c.n]![0],
        score: Math.min(c.score, lowest),
        data: async () => rankPages([await page(c.n)], terms, corpus)[0]!.data(),
      }));
      return [...top, ...rest];
    },
  };
}
