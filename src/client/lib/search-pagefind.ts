import { sectionsPerPage, type PageHit, type SearchEngine, type SectionHit } from '../../shared/search/types';
import { loadPart } from './load-part';
import { blockPath, excerptFromBlock, excerptStart, excerptWords, outlinePath, rankSections, type PageOutline } from '../../shared/search/outline';

/**
 * Pagefind through its JS API (`pagefind.js`, an ES module loaded by dynamic import, so over http
 * only). We use our own small UI instead of Pagefind's (≈26 KB gz) and run it without its worker:
 * on a site this size the search itself is instant on the main thread, and the worker script would
 * add ≈12 KB gz to the first search. https://pagefind.app/docs/api/
 *
 * Pagefind ranks the pages; a result is drawn without Pagefind's fragment (the page's whole text,
 * 4–11 KB gz): from the positions of the matched words that come with the result, the page's
 * outline (≈0.6 KB gz) and one block of ≈80 words (≈0.4 KB gz) around the best matches
 * (src/shared/search/outline.ts).
 */

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * One page's result from its outline, the positions each query word matched on it, and on how
 * many pages each word matched: the best section (with an excerpt from `block`) and the next best
 * sections as links. When the best match is before the first heading, the excerpt is the page's.
 */
export async function pageHitFromOutline(
  outline: PageOutline,
  marks: readonly number[],
  terms: readonly (readonly number[])[],
  df: readonly number[],
  block: ((k: number) => Promise<string>) | undefined,
): Promise<PageHit> {
  const marked = new Set(marks);
  const ranked = rankSections(outline, terms, df);
  // Positions always fall in some section; the first section stands in should none be ranked.
  const first = Math.min(...marks);
  const bestIndex = ranked[0]?.index ?? Math.max(0, outline.s.filter(([start]) => start <= first).length - 1);
  const [start = 0, id = '', title = outline.t] = outline.s[bestIndex] ?? [];
  const best = { start, end: outline.s[bestIndex + 1]?.[0] ?? outline.w, id, title };
  const length = Math.min(excerptWords, outline.o);
  const from = excerptStart(best, marked, length);
  const k = Math.floor(from / outline.b);
  // Without `block` (another query's excerpt will be shown) no block is downloaded.
  const excerpt = block ? excerptFromBlock(await block(k), k * outline.b, from, best, marked, length) : [];
  const link = (s: { id: string; title: string }, withExcerpt: boolean): SectionHit => ({ url: `${outline.u}#${s.id}`, title: s.title, excerpt: withExcerpt ? excerpt : [] });
  const others = ranked.filter((s) => s.id && s.index !== bestIndex).map((s) => link(s, false));
  return {
    url: outline.u,
    title: outline.t,
    excerpt: best.id ? [] : excerpt,
    sections: (best.id ? [link(best, true), ...others] : others).slice(0, sectionsPerPage),
  };
}

/**
 * Loads Pagefind and its Indonesian index metadata. `cacheTag` becomes Pagefind's `metaCacheTag`
 * (the build version), so the metadata URL is stable per build and a service worker can cache it.
 */
export async function createPagefindEngine(moduleUrl: string, cacheTag: string): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindApi;
  await pagefind.options({ noWorker: true, metaCacheTag: cacheTag });
  await pagefind.init();
  // Outlines and blocks are classic scripts beside pagefind.js, like every data file of the search.
  const base = new URL('.', moduleUrl);
  const parts = new Map<string, Promise<unknown>>();
  const part = <T>(name: string): Promise<T> => {
    let loaded = parts.get(name);
    if (!loaded) {
      loaded = loadPart<T>(name, base, cacheTag);
      // A failed load is not remembered: the next search tries again.
      loaded.catch(() => parts.delete(name));
      parts.set(name, loaded);
    }
    return loaded as Promise<T>;
  };
  // Each query word searched alone (index chunks already loaded: no download) says which of the
  // matched positions are that word's, for ranking sections as the fallback engine does.
  const termSearches = new Map<string, Promise<Map<string, number[]>>>();
  const positionsOf = (term: string) => {
    let found = termSearches.get(term);
    if (!found) {
      found = pagefind.search(term).then((r) => new Map((r?.results ?? []).map((x) => [x.id, x.words])));
      termSearches.set(term, found);
    }
    return found;
  };
  return {
    async search(query) {
      const found = await pagefind.search(query);
      const words = [...new Set(query.split(' ').filter(Boolean))];
      return (found?.results ?? []).map((r) => ({
        id: r.id,
        score: r.score,
        data: async ({ excerpt = true } = {}) => {
          const [outline, perTerm] = await Promise.all([part<PageOutline>(outlinePath(r.id)), Promise.all(words.map(positionsOf))]);
          const marks = new Set(r.words);
          const terms = perTerm.map((byPage) => (byPage.get(r.id) ?? []).filter((p) => marks.has(p)));
          return pageHitFromOutline(
            outline,
            r.words,
            terms,
            perTerm.map((byPage) => byPage.size),
            excerpt ? (k) => part<string>(blockPath(r.id, k)) : undefined,
          );
        },
      }));
    },
  };
}
