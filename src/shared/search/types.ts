/** The shapes both search engines (Pagefind online, the file:// fallback) hand to the search UI. */

/** A run of excerpt text; `mark` runs are the words that matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A matching section of a page (a heading with an id), shown under the page's result. */
export interface SectionHit {
  url: string;
  title: string;
  excerpt: Segment[];
}

/** One page in the results. URLs are root-absolute site URLs (`/modul/x/#bagian`). */
export interface PageHit {
  url: string;
  title: string;
  excerpt: Segment[];
  sections: SectionHit[];
}

/** One engine: runs one (already normalised) query and returns scored pages. */
export interface SearchEngine {
  search(query: string): Promise<{ id: string; score: number; data: (options?: { excerpt?: boolean }) => Promise<PageHit> }[]>;
}

/** How many sections are shown under a page result. */
export const sectionsPerPage = 3;

/**
 * One page's details from several alternative queries (see mergeResults): the best query's title
 * and excerpt, and the sections taken in turn from each, so a section found only through a synonym
 * ("flowchart" → "diagram alir") still shows.
 */
export function combinePageHits(hits: PageHit[]): PageHit {
  const [first] = hits;
  if (!first) throw new Error('combinePageHits: kosong');
  const sections: SectionHit[] = [];
  const longest = Math.max(...hits.map((h) => h.sections.length));
  for (let i = 0; i < longest && sections.length < sectionsPerPage; i++) {
    for (const hit of hits) {
      const section = hit.sections[i];
      if (section && !sections.some((s) => s.url === section.url) && sections.length < sectionsPerPage) sections.push(section);
    }
  }
  return { ...first, sections };
}
