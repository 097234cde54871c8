import { stemIndonesian } from './stem-id';
import { foldDiacritics } from './query';
import { sectionsPerPage, type PageHit, type SearchEngine, type Segment } from './types';

/**
 * The search engine of the file:// fallback: a compact full-text search over the fallback index
 * (`dist/search/indeks.js`, made at build from Pagefind's own fragments, so it holds the same text).
 * It ranks like Pagefind does for this small site: every query word must match (a word matches
 * the same Snowball stem, or — while typing — the start of a word), BM25 over pages, headings and
 * titles weigh more, query words close together weigh more, and the best sections (a heading that
 * holds the query counts most) become sub-results.
 */

/** The index as the build writes it: pages with sections `[anchor id, heading, text]`. */
export interface FallbackIndex {
  v: string;
  pages: { u: string; t: string; s: [string, string, string][] }[];
}

interface Section {
  id: string;
  title: string;
  words: string[];
  /** Stems of each word's tokens (a word like "pre-test" has several). */
  stems: string[][];
  /** How many leading words are the heading (Pagefind's text starts with it). */
  headingWords: number;
}

interface Page {
  url: string;
  title: string;
  sections: Section[];
  length: number;
}

/**
 * Lower-case word tokens of a text, accents folded like the query (`foldDiacritics`): letters and
 * digits, a hyphenated word also whole ("pretest").
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of foldDiacritics(text.toLowerCase().normalize('NFKC')).matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const parts = m[0].split(/[-'’]/);
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

const stemCache = new Map<string, string>();
function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = stemIndonesian(token);
    stemCache.set(token, s);
  }
  return s;
}

// BM25 constants (k1 above the usual 1.2: pages here are long, so how often a word occurs should
// keep counting) and the weights of where a word stands.
const k1 = 2;
const b = 0.75;
export const headingWeight = 3;
const adjacentBonus = 2;
/** Added to a section whose heading holds every query word (a share of it for some). */
const headingBonus = 4;
/** Query words this close (in words) count as "together": "Permen PANRB 39 Tahun 2012". */
const nearWords = 2;
export const prefixWeight = 0.5;
const excerptWords = 24;

/** A page of the index made ready for search: every word tokenised and stemmed once. */
export function preparePage(p: FallbackIndex['pages'][number], vocabulary?: Set<string>): Page {
  const sections = p.s.map(([id, title, text]): Section => {
    const words = text.split(' ').filter(Boolean);
    const stems = words.map((w) => tokens(w).map((t) => (vocabulary?.add(t), stem(t))));
    return { id, title, words, stems, headingWords: title.split(' ').filter(Boolean).length };
  });
  return { url: p.u, title: p.t, sections, length: sections.reduce((n, s) => n + s.words.length, 0) };
}
export type PreparedPage = Page;

/** For each query word, the stems it matches and how much each counts (a word's start: `prefixWeight`). */
export function queryMatchers(query: string, vocabulary: Iterable<string>): Map<string, number>[] {
  return tokens(query).map((q) => {
    const m = new Map<string, number>([[stem(q), 1]]);
    if (q.length >= 3) {
      for (const word of vocabulary) {
        if (word.length > q.length && word.startsWith(q) && !m.has(stem(word))) m.set(stem(word), prefixWeight);
      }
    }
    return m;
  });
}

/** What ranking needs to know of the whole index when only some pages are at hand. */
export interface Corpus {
  pages: number;
  averageLength: number;
  /** Per query word, on how many pages of the whole index it matches. */
  df: number[];
}


/** BM25 of a term frequency in a text of `length` words. */
export function bm25(tf: number, length: number, averageLength: number): number {
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
}

/** Inverse document frequency; a word on every page still ranks pages by how much they use it, so it has a floor. */
export function idfOf(df: number, pages: number): number {
  return Math.max(0.2, Math.log(1 + (pages - df + 0.5) / (df + 0.5)));
}

/** Builds the engine from the index: tokenises and stems every word once. */
export function createFallbackEngine(index: FallbackIndex): SearchEngine {
  const vocabulary = new Set<string>();
  const pages = index.pages.map((p) => preparePage(p, vocabulary));
  const averageLength = pages.reduce((n, p) => n + p.length, 0) / Math.max(1, pages.length);
  return {
    async search(query) {
      return rankPages(pages, queryMatchers(query, vocabulary), { pages: pages.length, averageLength });
    },
  };
}

/**
 * Ranks pages for a query's matchers: every word must match, BM25 with the corpus's statistics
 * (counted from `pages` when `df` is not given), query words close together and headings weigh more.
 */
export function rankPages(pages: readonly Page[], terms: Map<string, number>[], corpus: Omit<Corpus, 'df'> & { df?: number[] }): ScoredPage[] {
  if (terms.length === 0) return [];
  const { averageLength } = corpus;
  const score = (tf: number, length: number) => bm25(tf, length, averageLength);

  /** Per query word: weighted count in the section, and in its heading; plus query words close together. */
  function countIn(section: Section, terms: Map<string, number>[]) {
    const tf = terms.map(() => 0);
    const inHeading = terms.map(() => false);
    let adjacent = 0;
    const lastSeen = terms.map(() => -Infinity);
    section.stems.forEach((wordStems, w) => {
      const heading = w < section.headingWords;
      terms.forEach((m, i) => {
        const weight = Math.max(0, ...wordStems.map((s) => m.get(s) ?? 0));
        if (weight === 0) return;
        tf[i] = tf[i]! + weight * (heading ? headingWeight : 1);
        if (heading) inHeading[i] = true;
        if (i > 0 && w - lastSeen[i - 1]! <= nearWords) adjacent++;
        lastSeen[i] = w;
      });
    });
    return { tf, adjacent, heading: inHeading.filter(Boolean).length / terms.length };
  }

  function excerpt(section: Section, terms: Map<string, number>[]): Segment[] {
    const hit = section.stems.map((ss) => ss.some((s) => terms.some((m) => m.has(s))));
    const start0 = section.words.length - section.headingWords > excerptWords / 2 ? section.headingWords : 0;
    let best = start0;
    let bestCount = -1;
    for (let i = start0; i < Math.max(start0 + 1, section.words.length - excerptWords + 1); i++) {
      const count = hit.slice(i, i + excerptWords).filter(Boolean).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    // Start a little before the first match, as Pagefind's excerpts do.
    const first = hit.indexOf(true, best);
    const start = Math.max(start0, first > best + 4 ? first - 4 : best);
    const segments: Segment[] = [];
    const end = Math.min(section.words.length, start + excerptWords);
    for (let i = start; i < end; i++) {
      const text = (i > start ? ' ' : '') + section.words[i];
      const last = segments[segments.length - 1];
      if (hit[i]) {
        if (i > start) segments.push({ text: ' ', mark: false });
        segments.push({ text: section.words[i] ?? '', mark: true });
      } else if (last && !last.mark) last.text += text;
      else segments.push({ text, mark: false });
    }
    if (start > 0) segments.unshift({ text: '… ', mark: false });
    if (end < section.words.length) segments.push({ text: ' …', mark: false });
    return segments;
  }

  const perPage = pages.map((page) => {
    const sections = page.sections.map((s) => ({ section: s, ...countIn(s, terms) }));
    const tf = terms.map((_, i) => sections.reduce((n, s) => n + s.tf[i]!, 0));
    const adjacent = sections.reduce((n, s) => n + s.adjacent, 0);
    return { page, sections, tf, adjacent };
  });
  const df = corpus.df ?? terms.map((_, i) => perPage.filter((p) => p.tf[i]! > 0).length);
  const idf = df.map((d) => idfOf(d, corpus.pages));
  // Every word must match, as in Pagefind; a synonym is another query (see search-query.ts).
  return perPage
    .filter((p) => p.tf.every((n) => n > 0))
    .map((p) => {
      const total = p.tf.reduce((sum, tf, i) => sum + idf[i]! * score(tf, p.page.length), 0) + adjacentBonus * Math.log(1 + p.adjacent);
      return {
        id: p.page.url,
        score: total,
        data: async (): Promise<PageHit> => {
          const ranked = p.sections
            .map((s) => ({
              ...s,
              score:
                s.tf.reduce((sum, tf, i) => sum + idf[i]! * score(tf, s.section.words.length), 0) +
                adjacentBonus * Math.log(1 + s.adjacent) +
                headingBonus * s.heading ** 2,
            }))
            .filter((s) => s.score > 0)
            .sort((a, b2) => b2.score - a.score);
          const top = ranked[0]?.section ?? p.page.sections[0]!;
          return {
            url: p.page.url,
            title: p.page.title,
            excerpt: excerpt(top, terms),
            sections: ranked
              .filter((s) => s.section.id !== '')
              .slice(0, sectionsPerPage)
              .map((s) => ({ url: `${p.page.url}#${s.section.id}`, title: s.section.title, excerpt: excerpt(s.section, terms) })),
          };
        },
      };
    })
    .sort((a, b2) => b2.score - a.score);
}

export type ScoredPage = Awaited<ReturnType<SearchEngine['search']>>[number];
