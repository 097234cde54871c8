import { mkdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { createRequire } from 'node:module';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { blockPath, blockWords, excerptWords, outlinePath, outlineSections, pageBlocks, type PageOutline } from '../shared/search/outline';
import { fileForPath, routes } from '../shared/links';
import { pageFileName, shardFileName, shardIndex, type ShardedIndexHead } from '../shared/search/fallback-shards';

/**
 * The search indexes of the build, made from one source: Pagefind reads the built pages (only the
 * `<main data-pagefind-body>` of content pages, minus `data-pagefind-ignore` parts), and the
 * file:// fallback index is made from Pagefind's own fragments, so both search exactly the same
 * text. Runs before the offline variant, which copies `search/` and leaves `pagefind/` out.
 */

/**
 * Where the fallback index's head is written in dist/, and the global it defines; its parts and
 * pages go to a folder beside it and add themselves to `fallbackPartsGlobal` under their file name
 * (src/shared/search/fallback-shards.ts, src/client/search-fallback.ts).
 */
export const fallbackIndexFile = fileForPath(routes.searchIndex());
export const fallbackIndexGlobal = 'bkSearchIndex';
export const fallbackPartsDir = fallbackIndexFile.replace(/\.js$/, '');
export const fallbackPartsGlobal = 'bkSearchParts';

/** Files of Pagefind's bundle we never load (its own UIs and the highlight script): not published. */
const unusedPagefindFiles = /^(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|playground\/.*)$/;

/**
 * Target size of Pagefind's index chunks (its default is 20 000). Measured over realistic queries
 * ("pelayanan", "disiplin pegawai", "berakhlak" with its aliases): 3000 loads 5.5–33 KB of index
 * per first query, 500 loads 1–8 KB (≈1 KB gz a chunk) and makes the metadata 1 KB instead of
 * 0.3 KB; 200 saves little more and triples the metadata.
 */
const indexChunkSize = 500;

/** Elements whose id starts a section in the fallback index: headings, and glossary terms (`<dt id>`). */
const sectionElements = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt']);

/** One page of the fallback index: URL, title, and sections `[anchor id, heading, text]` ('' = before the first heading). */
export interface FallbackPage {
  u: string;
  t: string;
  s: [string, string, string][];
}

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** A fragment's section anchors: headings and glossary terms with an id. */
const sectionAnchors = (fragment: Fragment) => fragment.anchors.filter((a) => sectionElements.has(a.element) && a.id);

/**
 * The outline and blocks of one page for the search page (src/shared/search/outline.ts): what a
 * result shows is read from these (≈1 KB gz) instead of Pagefind's fragment (the whole page).
 */
export function pageOutline(fragment: Fragment, pages: number): { outline: PageOutline; blocks: string[] } {
  const words = fragment.content.split(/\s+/);
  const title = fragment.meta.title ?? fragment.url;
  return {
    outline: { u: fragment.url, t: title, n: pages, w: words.length, b: blockWords, o: excerptWords, s: outlineSections(words.length, sectionAnchors(fragment), title) },
    blocks: pageBlocks(words, blockWords, excerptWords),
  };
}

/**
 * Pagefind's engine, smaller on the wire without changing what it does: `pagefind.js` minified
 * (47 → 32 KB; 13.4 → 11.1 KB gz with the precompress step's Zopfli), the WebAssembly (which
 * Pagefind ships as gzip and inflates itself) re-gzipped with Zopfli (57.7 → 54.9 KB). Together
 * ≈ 5 KB of the ≈ 71 KB every first search pays.
 */
async function smallerEngineFile(rel: string, content: Uint8Array): Promise<Uint8Array> {
  if (rel === 'pagefind.js') {
    const { code } = await transform(Buffer.from(content).toString('utf8'), { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
    return Buffer.from(code);
  }
  if (/^wasm\.[\w-]+\.pagefind$/.test(rel) && content[0] === 0x1f && content[1] === 0x8b) {
    const zopfli = createRequire(path.join(process.cwd(), 'package.json'))('@gfx/zopfli') as { gzipAsync(data: Uint8Array, options: { numiterations: number }): Promise<Uint8Array> };
    const smaller = Buffer.from(await zopfli.gzipAsync(gunzipSync(content), { numiterations: 5 }));
    // gzip's OS byte: Zopfli writes its own; Unix on every machine, so builds are byte-identical.
    smaller[9] = 3;
    return smaller.length < content.length ? smaller : content;
  }
  return content;
}

/** Pagefind files are gzip, or raw behind a `pagefind_dcd` marker; both end as the marker + JSON. */
export function decodePagefindFile(bytes: Uint8Array): string {
  const marker = 'pagefind_dcd';
  const head = Buffer.from(bytes.subarray(0, marker.length)).toString();
  const raw = head === marker ? Buffer.from(bytes) : gunzipSync(bytes);
  return raw.toString('utf8').slice(marker.length);
}

/**
 * Cuts a Pagefind fragment into sections at its headings. Pagefind's `content` is the page's words
 * joined by single spaces and an anchor's `location` is the index of its first word, so the words
 * between two anchors are that section's text (heading included).
 */
export function fragmentToPage(fragment: Fragment): FallbackPage {
  const words = fragment.content.split(/\s+/);
  const anchors = sectionAnchors(fragment).sort((a, b) => a.location - b.location);
  const sections: FallbackPage['s'] = [];
  let start = 0;
  let current: [string, string] = ['', fragment.meta.title ?? ''];
  for (const anchor of anchors) {
    if (anchor.location > start) sections.push([...current, words.slice(start, anchor.location).join(' ')]);
    start = Math.max(start, anchor.location);
    current = [anchor.id, anchor.text.trim()];
  }
  sections.push([...current, words.slice(start).join(' ')]);
  return { u: fragment.url, t: fragment.meta.title ?? fragment.url, s: sections.filter((s) => s[2].trim() !== '') };
}

/** The classic script that carries the fallback index's head: it defines one global, and runs from file://. */
export function fallbackIndexScript(head: ShardedIndexHead): string {
  return `window.${fallbackIndexGlobal}=${JSON.stringify(head)};\n`;
}

/** A part or page of the fallback index as a classic script: it files itself under its name. */
export function fallbackPartScript(name: string, data: unknown): string {
  return `(window.${fallbackPartsGlobal}=window.${fallbackPartsGlobal}||{})[${JSON.stringify(name)}]=${JSON.stringify(data)};\n`;
}

/** Writes the fallback index: head, parts, pages. Returns the bytes of the head and of everything. */
async function writeFallbackIndex(dist: string, pages: FallbackPage[], version: string): Promise<{ head: number; total: number; files: number }> {
  const { head, shards } = shardIndex({ v: version, pages });
  const partsDir = path.join(dist, fallbackPartsDir);
  await rm(partsDir, { recursive: true, force: true });
  await mkdir(partsDir, { recursive: true });
  const headScript = fallbackIndexScript(head);
  await writeFile(path.join(dist, fallbackIndexFile), headScript);
  let total = Buffer.byteLength(headScript);
  let files = 1;
  const write = async (name: string, data: unknown) => {
    const script = fallbackPartScript(name, data);
    await writeFile(path.join(partsDir, name), script);
    total += Buffer.byteLength(script);
    files++;
  };
  for (const [first, part] of shards) await write(shardFileName(first), part);
  for (const [n, page] of pages.entries()) await write(pageFileName(n), page);
  return { head: Buffer.byteLength(headScript), total, files };
}

/**
 * One module's part of the fallback index as a classic script (`/search/modul/<id>.js`): it adds
 * itself to a list, so a page can load the indexes of several saved modules and search them as one.
 */
export function moduleIndexScript(index: { v: string; pages: FallbackPage[] }): string {
  return `(window.${moduleIndexesGlobal}=window.${moduleIndexesGlobal}||[]).push(${JSON.stringify(index)});\n`;
}
export const moduleIndexesGlobal = 'bkSearchIndexes';

export interface SearchIndexResult {
  /** The fallback index's pages, for the module search indexes (src/build/module-offline.ts). */
  index: FallbackPage[];
  pages: number;
  pagefindFiles: number;
  /** Bytes of the fallback index: all of it, and its head (what opening search reads). */
  fallbackBytes: number;
  fallbackHeadBytes: number;
  fallbackFiles: number;
}

/**
 * Indexes dist/ with Pagefind (Node API), writes the bundle to dist/pagefind/ without the UI
 * files we don't use, and writes the fallback index to dist/search/indeks.js. Any Pagefind error
 * throws, which fails the build.
 */
export async function buildSearchIndex(dist: string, version: string): Promise<SearchIndexResult> {
  try {
    // Smaller index chunks (default 20 000): a first query then downloads ≈11 KB of index instead of
    // ≈33 KB (measured by `npm run bench`). The Pagefind service reads this from the environment;
    // if a later Pagefind drops the setting, only the chunk size changes.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ') || 'indeks tidak dapat dibuat'}`);
    const added = await index.addDirectory({ path: dist, glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);

    const outDir = path.join(dist, 'pagefind');
    await rm(outDir, { recursive: true, force: true });
    let written = 0;
    let indexed = 0;
    const pages: FallbackPage[] = [];
    const fragments: [string, Fragment][] = [];
    for (const file of files) {
      const rel = file.path.replace(/\\/g, '/').replace(/^\/+/, '');
      if (rel.endsWith('.pf_fragment')) {
        const fragment = JSON.parse(decodePagefindFile(file.content)) as Fragment;
        pages.push(fragmentToPage(fragment));
        fragments.push([path.basename(rel, '.pf_fragment'), fragment]);
      }
      if (rel === 'pagefind-entry.json') {
        const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
        indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
      }
      if (unusedPagefindFiles.test(rel)) continue;
      const to = path.join(outDir, rel);
      await mkdir(path.dirname(to), { recursive: true });
      await writeFile(to, await smallerEngineFile(rel, file.content));
      written++;
    }
    if (indexed === 0) throw new Error('Pagefind: tidak ada halaman yang diindeks (data-pagefind-body hilang?)');
    if (pages.length !== indexed) throw new Error(`Pagefind: ${indexed} halaman diindeks, tetapi ${pages.length} fragmen terbaca`);
    // Result ids are fragment names (pagefind.js loads `fragment/<id>.pf_fragment`).
    for (const [id, fragment] of fragments) {
      const { outline, blocks } = pageOutline(fragment, indexed);
      await mkdir(path.join(outDir, path.dirname(blockPath(id, 0))), { recursive: true });
      await writeFile(path.join(outDir, outlinePath(id)), fallbackPartScript(outlinePath(id), outline));
      for (const [k, block] of blocks.entries()) await writeFile(path.join(outDir, blockPath(id, k)), fallbackPartScript(blockPath(id, k), block));
      written += 1 + blocks.length;
    }

    // Stable order, so two builds of the same commit write the same bytes.
    pages.sort((a, b) => a.u.localeCompare(b.u));
    await mkdir(path.dirname(path.join(dist, fallbackIndexFile)), { recursive: true });
    const fallback = await writeFallbackIndex(dist, pages, version);
    return { index: pages, pages: pages.length, pagefindFiles: written, fallbackBytes: fallback.total, fallbackHeadBytes: fallback.head, fallbackFiles: fallback.files };
  } finally {
    await pagefind.close();
  }
}
