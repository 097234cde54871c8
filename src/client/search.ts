import { uiFor } from './lib/ui-strings';
import type { searchScript } from './search.contract';
import { mergeAliasGroups, mergeResults, queryVariants, type AliasGroup, type RawResult } from '../shared/search/query';
import { createPagefindEngine } from './lib/search-pagefind';
import { combinePageHits, type PageHit, type SearchEngine, type Segment } from '../shared/search/types';
import type {} from './search-fallback';
import { fileForPath } from '../shared/links';

const ui = uiFor<typeof searchScript>();

/**
 * The search page (/cari/). Without JavaScript it is a form plus the full list of topics. With
 * it, nothing of the search itself is loaded until the reader opens it (focuses the box, or
 * arrives with `?q=`): then Pagefind over http, or on file:// (and in the ZIM, which carries no
 * Pagefind) the fallback engine and the head of its index as classic scripts, then the parts of
 * the index each query needs (src/shared/search/fallback-shards.ts). Both get the same query handling (aliases, "Nomor"/"Tahun"), and the results
 * are drawn by this small UI with strings from the dictionary.
 */

/** Pages drawn at once; each Pagefind result costs its outline and one block of words (≈1 KB gz). */
const pageSize = 5;
const typingDelayMs = 250;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`tidak dapat memuat ${src}`));
    document.head.append(script);
  });
}

/** Where the site's root folder is: over http `/`, offline the package folder (from a rewritten link). */
function siteRoot(root: HTMLElement): URL {
  return new URL('.', new URL(root.dataset.bkHomeHref ?? '/', location.href));
}

/**
 * The fallback index names pages by their web paths (`/modul/x/`); set once it is in use, so
 * result links are rebuilt from the package's own folder: on file://, and over http wherever the
 * package is served below some other root (a ZIM in kiwix-serve at `/<book>/`, a LAN server).
 */
let fallbackInUse = false;

async function loadEngine(root: HTMLElement): Promise<SearchEngine> {
  const { bkPagefindPath, bkCacheTag = '', bkFallbackSrc = '', bkIndexSrc = '', bkIndexSrcs } = root.dataset;
  // The phone's offline page: the indexes of the modules saved on this device, each a script that
  // adds itself to a list (src/build/search-index.ts); their links are the site's own URLs.
  if (bkIndexSrcs !== undefined) {
    await Promise.all([loadScript(bkFallbackSrc), ...bkIndexSrcs.split(' ').filter(Boolean).map(loadScript)]);
    if (!window.bkSearchFallback || !window.bkSearchIndexes) throw new Error('indeks pencarian tidak terbaca');
    return window.bkSearchFallback.create({ v: '', pages: window.bkSearchIndexes.flatMap((index) => index.pages) });
  }
  if (location.protocol !== 'file:' && bkPagefindPath) {
    try {
      return await createPagefindEngine(new URL(bkPagefindPath, siteRoot(root)).href, bkCacheTag);
    } catch {
      // A copy served without pagefind/ (e.g. the offline folder on a LAN server): use the fallback.
    }
  }
  await Promise.all([loadScript(bkFallbackSrc), loadScript(bkIndexSrc)]);
  if (!window.bkSearchFallback || !window.bkSearchIndex) throw new Error('indeks pencarian tidak terbaca');
  fallbackInUse = true;
  // The head of the index; the parts a query needs are loaded from beside it.
  return window.bkSearchFallback.createSharded(window.bkSearchIndex, new URL(bkIndexSrc, location.href).href);
}

/** A result URL as a link that works here: unchanged from Pagefind on the web, else a `.html` file in the package. */
function linkFor(url: string, root: HTMLElement): string {
  if (location.protocol !== 'file:' && !fallbackInUse) return url;
  const cut = url.search(/[?#]/);
  const [path, rest] = cut === -1 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
  return new URL(fileForPath(path) + rest, siteRoot(root)).href;
}

function excerptElement(segments: Segment[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'bk-result-excerpt';
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      p.append(mark);
    } else p.append(s.text);
  }
  return p;
}

function hitElement(hit: PageHit, root: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'bk-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = linkFor(hit.url, root);
  link.textContent = hit.title;
  heading.append(link);
  item.append(heading);
  // Over http the excerpt sits under the section it comes from, and the other sections are links.
  if (hit.excerpt.length) item.append(excerptElement(hit.excerpt));
  if (hit.sections.length) {
    const list = document.createElement('ul');
    list.className = 'bk-result-sections';
    list.setAttribute('aria-label', ui('search.sectionsLabel', { title: hit.title }));
    for (const section of hit.sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = linkFor(section.url, root);
      a.textContent = section.title;
      li.append(a);
      if (section.excerpt.length) li.append(excerptElement(section.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

function readAliases(): AliasGroup[] {
  try {
    return mergeAliasGroups(JSON.parse(document.getElementById('bk-search-aliases')?.textContent ?? '[]') as string[][]);
  } catch {
    return [];
  }
}

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-bk-search]');
  const form = root?.querySelector<HTMLFormElement>('form');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root?.querySelector<HTMLElement>('[data-bk-search-status]');
  const region = root?.querySelector<HTMLElement>('[data-bk-search-region]');
  const list = root?.querySelector<HTMLOListElement>('[data-bk-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-bk-search-more]');
  if (!root || !form || !input || !status || !region || !list || !more) return;
  const groups = readAliases();

  let engine: Promise<SearchEngine> | undefined;
  const open = () => (engine ??= loadEngine(root));
  let generation = 0;
  let results: RawResult<PageHit>[] = [];
  let shown = 0;

  async function showMore(current: number, focusFirst: boolean): Promise<void> {
    const next = results.slice(shown, shown + pageSize);
    const hits = await Promise.all(next.map((r) => r.data()));
    if (current !== generation) return;
    const items = hits.map((hit) => hitElement(hit, root!));
    list!.append(...items);
    shown += next.length;
    more!.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function setUrl(query: string): void {
    try {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.href);
    } catch {
      // Some file:// setups refuse to change the address; the search still works.
    }
  }

  /** `submitted`: the reader pressed Cari (an empty box then gets a word of help, not silence). */
  async function search(query: string, submitted = false): Promise<void> {
    const current = ++generation;
    const trimmed = query.trim();
    setUrl(trimmed);
    const variants = queryVariants(trimmed, groups);
    if (!variants.length) {
      results = [];
      list!.replaceChildren();
      region!.hidden = true;
      // Only punctuation ("?!", "...") has no word to search for: say so, as for an empty search.
      status!.textContent = trimmed ? ui('search.noWords', { q: trimmed }) : submitted ? ui('search.empty') : '';
      return;
    }
    status!.textContent = ui('search.loading');
    try {
      const ready = await open();
      const lists = await Promise.all(variants.map((v) => ready.search(v)));
      if (current !== generation) return;
      results = mergeResults(lists, combinePageHits);
      shown = 0;
      list!.replaceChildren();
      await showMore(current, false);
      if (current !== generation) return;
      region!.hidden = results.length === 0;
      status!.textContent = ui(results.length ? 'search.results' : 'search.none', { n: results.length, q: trimmed });
    } catch {
      if (current !== generation) return;
      engine = undefined;
      status!.textContent = ui('search.error');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void open().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), typingDelayMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value, true);
  });
  more.addEventListener('click', () => void showMore(generation, true));

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial.trim()) {
    input.value = initial;
    void search(initial);
  }
}

init();
