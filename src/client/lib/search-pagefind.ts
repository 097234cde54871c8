import { sectionsPerPage, type PageHit, type SearchEngine, type Segment } from '../../shared/search/types';

/**
 * Pagefind through its JS API (`pagefind.js`, an ES module loaded by dynamic import, so over http
 * only). We use our own small UI instead of Pagefind's (≈26 KB gz) and run it without its worker:
 * on a site this size the search itself is instant on the main thread, and the worker script would
 * add ≈12 KB gz to the first search. https://pagefind.app/docs/api/
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** Pagefind's excerpts are escaped text with `<mark>` around matches; turns them into segments (no innerHTML). */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) segments.push({ text: part.replace(/&(#?\w+);/g, (m, name: string) => entities[name] ?? m), mark });
  }
  return segments;
}

/** Our result shape from Pagefind's: sub-results ranked by how well they match, the page itself left out. */
export function pageHitFromPagefind(data: PagefindData): PageHit {
  const score = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: excerptSegments(data.excerpt),
    sections: data.sub_results
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => score(b) - score(a))
      .slice(0, sectionsPerPage)
      .map((s) => ({ url: s.url, title: s.title, excerpt: excerptSegments(s.excerpt) })),
  };
}

/**
 * Loads Pagefind and its Indonesian index metadata. `cacheTag` becomes Pagefind's `metaCacheTag`
 * (the build version), so the metadata URL is stable per build and a service worker can cache it.
 */
export async function createPagefindEngine(moduleUrl: string, cacheTag: string): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindApi;
  await pagefind.options({ noWorker: true, metaCacheTag: cacheTag, excerptLength: 24 });
  await pagefind.init();
  // Pagefind hands every search the same cached object for a page and rewrites its excerpt and
  // sub-results on each data() call, so with several alternative queries two concurrent calls would
  // both see the last one's. One call at a time, each copied into our own shape before the next.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async search(query) {
      const found = await pagefind.search(query);
      return (found?.results ?? []).map((r) => ({
        id: r.id,
        score: r.score,
        data: () => oneAtATime(async () => pageHitFromPagefind(await r.data())),
      }));
    },
  };
}
