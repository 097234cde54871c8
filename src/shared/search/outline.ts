import { bm25, headingWeight, idfOf } from './fallback-engine';
import type { Segment } from './types';

/**
 * What the search page reads of a Pagefind result instead of its fragment (the page's whole
 * text, 4–11 KB gz): the page's outline, and one short block of its words. Pagefind's results
 * already carry the positions of the matched words (`words`, indexes into the page's words); the
 * outline says which section each position falls in, and the block holds the words around the
 * best ones. Made at build from Pagefind's own fragments (src/build/search-index.ts), so positions
 * and words line up exactly. Pure functions, shared by the build and the browser.
 */

/** One page's outline as the build writes it (`pagefind/bagian/<id>.js`, a classic script filing it under that name). */
export interface PageOutline {
  /** Root-absolute URL and title of the page. */
  u: string;
  t: string;
  /** Pages in the index (for the weight of a rare word). */
  n: number;
  /** Words in the page. */
  w: number;
  /** Words per block, and how many more each block holds past its end (the longest excerpt). */
  b: number;
  o: number;
  /** Sections `[first word, anchor id, heading]`, in order; `''` is the text before the first heading. */
  s: [number, string, string][];
}

/**
 * Where a page's outline and blocks are, under Pagefind's folder: `bagian/<id>.js`,
 * `bagian/<id>/<k>.js`. Classic scripts, as every data file of the search (no fetch in our code),
 * each filing its data under this same name (src/client/lib/load-part.ts).
 */
export const outlineDir = 'bagian';
export const outlinePath = (id: string) => `${outlineDir}/${id}.js`;
export const blockPath = (id: string, block: number) => `${outlineDir}/${id}/${block}.js`;

/** Words per block and overlap (the excerpt length): ≈ 0.4 KB gz a block. */
export const blockWords = 60;
export const excerptWords = 24;

/**
 * The sections of a page's words from its anchors (`location` = index of the anchor's first
 * word): the words between two anchors are one section, its heading included.
 */
export function outlineSections(words: number, anchors: readonly { id: string; text: string; location: number }[], title: string): PageOutline['s'] {
  const sections: PageOutline['s'] = [];
  let current: [number, string, string] = [0, '', title];
  for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
    const start = Math.min(words, Math.max(current[0], anchor.location));
    if (start > current[0]) sections.push(current);
    current = [start, anchor.id, anchor.text.trim()];
  }
  if (current[0] < words) sections.push(current);
  return sections;
}

/** A page's words cut into blocks: block k is words [k·size, (k+1)·size + overlap). */
export function pageBlocks(words: readonly string[], size = blockWords, overlap = excerptWords): string[] {
  const blocks: string[] = [];
  for (let start = 0; start < words.length; start += size) blocks.push(words.slice(start, start + size + overlap).join(' '));
  return blocks;
}

export interface RankedSection {
  index: number;
  start: number;
  end: number;
  id: string;
  title: string;
  score: number;
}

/** Added to a section whose heading holds every query word (a share of it for some), as in the fallback engine. */
const headingBonus = 4;

/**
 * Ranks a page's sections for a query from the positions each query word matched on the page
 * (`terms[i]`: positions of word i) and `df[i]`, on how many pages word i matched: BM25 per
 * section, words in the heading count `headingWeight` times, a heading holding the query counts
 * most — the way the file:// fallback engine ranks sections. Sections without a match are left out.
 */
export function rankSections(outline: PageOutline, terms: readonly (readonly number[])[], df: readonly number[]): RankedSection[] {
  const averageLength = outline.w / Math.max(1, outline.s.length);
  const idf = terms.map((_, i) => idfOf(df[i] ?? 1, Math.max(outline.n, df[i] ?? 1)));
  return outline.s
    .map(([start, id, title], index) => {
      const end = outline.s[index + 1]?.[0] ?? outline.w;
      const headingEnd = start + (id ? title.split(/\s+/).filter(Boolean).length : 0);
      let score = 0;
      let inHeading = 0;
      terms.forEach((positions, i) => {
        let tf = 0;
        let heading = false;
        for (const p of positions) {
          if (p < start || p >= end) continue;
          const head = p < headingEnd;
          tf += head ? headingWeight : 1;
          heading ||= head;
        }
        if (tf) score += idf[i]! * bm25(tf, end - start, averageLength);
        if (heading) inHeading++;
      });
      if (score > 0 && terms.length) score += headingBonus * (inHeading / terms.length) ** 2;
      return { index, start, end, id, title, score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * Where the excerpt of a section starts: the window of `length` words holding the most matches,
 * past the heading when the section is long enough, a few words before its first match.
 */
export function excerptStart(section: { start: number; end: number; id: string; title: string }, marks: ReadonlySet<number>, length = excerptWords): number {
  const headingWords = section.id ? section.title.split(/\s+/).filter(Boolean).length : 0;
  const from = section.end - section.start - headingWords > length / 2 ? section.start + headingWords : section.start;
  let best = from;
  let bestCount = -1;
  for (let w = from; w < Math.max(from + 1, section.end - length + 1); w++) {
    let count = 0;
    for (let i = w; i < w + length && i < section.end; i++) if (marks.has(i)) count++;
    if (count > bestCount) [best, bestCount] = [w, count];
  }
  let first = best;
  while (first < best + length && !marks.has(first)) first++;
  return Math.max(from, first > best + 4 && first < best + length ? first - 4 : best);
}

/**
 * The excerpt's words from the block that holds them (block `k` starts at word k·size), the
 * matches marked, with "…" where the section goes on.
 */
export function excerptFromBlock(
  block: string,
  blockStart: number,
  start: number,
  section: { start: number; end: number },
  marks: ReadonlySet<number>,
  length = excerptWords,
): Segment[] {
  const words = block.split(' ');
  const end = Math.min(section.end, start + length, blockStart + words.length);
  const segments: Segment[] = [];
  for (let i = start; i < end; i++) {
    const word = words[i - blockStart] ?? '';
    const last = segments[segments.length - 1];
    if (marks.has(i)) {
      if (i > start) segments.push({ text: ' ', mark: false });
      segments.push({ text: word, mark: true });
    } else if (last && !last.mark) last.text += ' ' + word;
    else segments.push({ text: (i > start ? ' ' : '') + word, mark: false });
  }
  if (start > section.start) segments.unshift({ text: '… ', mark: false });
  if (end < section.end) segments.push({ text: ' …', mark: false });
  return segments;
}
