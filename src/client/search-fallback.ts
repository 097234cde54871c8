import { createFallbackEngine, type FallbackIndex } from '../shared/search/fallback-engine';
import { createShardedEngine, pageFileName, shardFileName, type IndexShard, type ShardedIndexHead } from '../shared/search/fallback-shards';
import type { SearchEngine } from '../shared/search/types';
import { loadPart } from './lib/load-part';

/**
 * The search engine for file:// (where Pagefind cannot run): a classic script that the search page
 * inserts only when search is opened, together with the head of the index (`search/indeks.js`,
 * which defines `window.bkSearchIndex`). The parts and pages of the index a query needs are
 * classic scripts in `search/indeks/` beside it, inserted on demand (file:// has no fetch); each
 * files itself in `window.bkSearchParts` (src/build/search-index.ts). It hands the page factories
 * through one global.
 */
declare global {
  interface Window {
    bkSearchFallback?: {
      create: (index: FallbackIndex) => SearchEngine;
      createSharded: (head: ShardedIndexHead, headUrl: string) => SearchEngine;
    };
    bkSearchIndex?: ShardedIndexHead;
    /** The indexes of saved modules (`/search/modul/<id>.js`), on the phone's offline page. */
    bkSearchIndexes?: FallbackIndex[];
  }
}

function createSharded(head: ShardedIndexHead, headUrl: string): SearchEngine {
  // `search/indeks.js?v=…` → `search/indeks/`
  const partsUrl = new URL(`${new URL(headUrl).pathname.replace(/^.*\//, '').replace(/\.js$/, '')}/`, headUrl);
  return createShardedEngine(head, {
    shard: (part) => loadPart<IndexShard>(shardFileName(part), partsUrl, head.v),
    page: (n) => loadPart<FallbackIndex['pages'][number]>(pageFileName(n), partsUrl, head.v),
  });
}

window.bkSearchFallback = { create: createFallbackEngine, createSharded };
