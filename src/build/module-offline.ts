import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages } from './dist-files';
import { fileForPath, routes } from '../shared/links';
import { formatBytes } from '../shared/format-bytes';
import { savePlaceholders } from '../shared/placeholders';
import { saveListFormat, type SaveList } from '../shared/save-list';
import { HtmlPage } from './html-page';
import { moduleIndexScript, type FallbackPage } from './search-index';

/**
 * What "Simpan modul ini untuk dibaca offline" stores, decided from the finished dist/: the pages
 * the lesson names (lesson, deck, quiz), every file those pages load (scripts, images, reveal.js
 * assets, stylesheets and what they reference), and the module's own search index with the
 * scripts that search it (named by the offline page, src/pages/luring/), so that offline the
 * phone's offline page finds text in the saved modules. Nothing in a list depends on how many other
 * modules the course has: no home page, no search page listing every module, no site-wide index
 * (Pagefind stays online). The lesson page renders a placeholder for the download size, the home
 * page's "Simpan semua modul" one for the size of all modules together (shared files counted once)
 * (src/shared/placeholders.ts); this step fills them and writes each module's list itself, with
 * each file's SHA-256, to `/simpan/<id>.json` (src/shared/save-list.ts) for the service worker,
 * so pages do not carry it. Every page and file is read once: the step grows with the course.
 */
const compressed = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|pdf|mp4|webm)$/i;

/**
 * Root-absolute URLs a page loads as it opens (not the ones it links to). URLs in `data-*`
 * attributes are left out: scripts load them only on demand (the file:// search index, say),
 * and phones should not pay for them up front.
 */
export function loadedUrls(html: string, file = 'HTML'): string[] {
  const urls: string[] = [];
  const rootAbsolute = (url: string) => url.startsWith('/') && !url.startsWith('//');
  for (const el of new HtmlPage(html, file).elements()) {
    if (/^(a|area|form)$/.test(el.tag)) continue;
    if (el.tag === 'link' && !/\b(stylesheet|icon|preload|modulepreload)\b/i.test(el.attr('rel') ?? '')) continue;
    for (const { name, value } of el.attributes) if (/^(src|href|poster)$/.test(name) && rootAbsolute(value)) urls.push(value);
    for (const part of (el.attr('srcset') ?? '').split(',')) {
      const url = part.trim().split(/\s+/)[0] ?? '';
      if (rootAbsolute(url)) urls.push(url);
    }
  }
  return urls.map((u) => u.replace(/#.*$/, ''));
}

/** Bytes a learner downloads for one file: gzip size for text (as a web host serves it), raw otherwise. */
async function wireBytes(file: string): Promise<number> {
  const data = await readFile(file);
  return bytesOfData(file, data);
}

function bytesOfData(file: string, data: Uint8Array): number {
  return compressed.test(file) || file.endsWith('.pagefind') || /\.pf_\w+$/.test(file) ? data.length : gzipSync(data).length;
}

/** Follows `url(...)` in a stylesheet to the files it needs (fonts, images), relative or absolute. */
function cssReferences(css: string, cssUrl: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
    const ref = m[2] ?? '';
    if (/^(data:|https?:|#)/.test(ref)) continue;
    out.push(new URL(ref, `http://x${cssUrl}`).pathname);
  }
  return out;
}

export interface ModuleSave {
  /** The module id (`data-bk-save` of the lesson's box). */
  id: string;
  lesson: string;
  urls: string[];
  bytes: number;
}

const integrityOf = (data: Uint8Array) => `sha256-${createHash('sha256').update(data).digest('base64')}`;

/** Each file's wire size, measured once per run of the step (files shared by modules are many). */
const sizeMemo = new Map<string, number>();

/** Bytes a learner downloads for a set of URLs of dist/ (each file once). */
async function bytesOf(dist: string, urls: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const url of new Set(urls)) {
    const file = path.join(dist, fileForPath(url.replace(/\?.*$/, '')));
    let size = sizeMemo.get(file);
    if (size === undefined) sizeMemo.set(file, (size = await wireBytes(file)));
    bytes += size;
  }
  return bytes;
}

/** Where the offline page says its search scripts are (`data-bk-search-src`, `data-bk-fallback-src`). */
async function offlineSearchScripts(dist: string): Promise<string[]> {
  const file = fileForPath(routes.offlineFallback());
  if (!existsSync(path.join(dist, file))) return [];
  const page = new HtmlPage(await readFile(path.join(dist, file), 'utf8'), file);
  const box = page.find((el) => el.has('data-bk-saved-search'))[0];
  return [box?.attr('data-bk-search-src'), box?.attr('data-bk-fallback-src')].filter((u): u is string => Boolean(u));
}

/**
 * Fills the lesson pages' size placeholders and the "Simpan semua modul" total, then writes every
 * module's save list and search index. The lists are written after all pages are filled, so each
 * file's integrity is that of its final bytes. `searchPages` is the fallback index of the whole
 * site (src/build/search-index.ts); each module gets the part that covers its pages.
 */
export async function fillModuleSaveLists(dist: string, searchPages: readonly FallbackPage[] = [], version = ''): Promise<ModuleSave[]> {
  const results: ModuleSave[] = [];
  const searchScripts = await offlineSearchScripts(dist);
  const loadedBy = new Map<string, string[]>();
  /** What a page loads as it opens, read once per page however many modules share it. */
  const loadsOf = async (url: string): Promise<string[]> => {
    let urls = loadedBy.get(url);
    if (!urls) {
      urls = [];
      for (const loaded of loadedUrls(await readFile(path.join(dist, fileForPath(url)), 'utf8'), fileForPath(url))) {
        const target = path.join(dist, fileForPath(loaded.replace(/\?.*$/, '')));
        if (!existsSync(target)) continue;
        urls.push(loaded);
        if (target.endsWith('.css')) {
          for (const ref of cssReferences(await readFile(target, 'utf8'), loaded)) if (existsSync(path.join(dist, fileForPath(ref)))) urls.push(ref);
        }
      }
      loadedBy.set(url, urls);
    }
    return urls;
  };
  for (const page of await listPages(dist)) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    const box = html.find((el) => el.has('data-bk-save-pages'))[0];
    const id = box?.attr('data-bk-save');
    if (!box || !id || !html.source.includes(savePlaceholders.size)) continue;
    const pages = (box.attr('data-bk-save-pages') ?? '').split(/\s+/).filter((u, i, all) => u && all.indexOf(u) === i && existsSync(path.join(dist, fileForPath(u))));
    const urls = new Set<string>();
    for (const url of pages) {
      urls.add(url);
      for (const loaded of await loadsOf(url)) urls.add(loaded);
    }
    if (searchScripts.length) {
      await writeModuleSearchIndex(dist, id, searchPages.filter((p) => pages.includes(p.u)), version);
      for (const u of [...searchScripts, routes.moduleSearchIndex(id)]) urls.add(u);
    }
    const list = [...urls].sort();
    const bytes = await bytesOf(dist, list);
    html.fillTokens({ [savePlaceholders.size]: formatBytes(bytes) });
    await writeFile(file, html.toString());
    results.push({ id, lesson: page, urls: list, bytes });
  }
  await fillSaveAll(dist, results);
  // Pages are final now: each file's integrity is read once, whichever lists name it.
  const final = new Map<string, { integrity: string; bytes: number }>();
  for (const { id, urls } of results) await writeSaveList(dist, id, urls, final);
  sizeMemo.clear();
  return results;
}

/** Writes `/search/modul/<id>.js`: the module's pages of the fallback index, as a classic script. */
async function writeModuleSearchIndex(dist: string, id: string, pages: readonly FallbackPage[], version: string): Promise<void> {
  const out = path.join(dist, fileForPath(routes.moduleSearchIndex(id)));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, moduleIndexScript({ v: version, pages: [...pages] }));
}

/** Writes `/simpan/<id>.json`: every URL with the integrity of the file that serves it. */
async function writeSaveList(dist: string, id: string, urls: string[], memo: Map<string, { integrity: string; bytes: number }>): Promise<SaveList> {
  const files = [];
  for (const url of urls) {
    const file = path.join(dist, fileForPath(url.replace(/\?.*$/, '')));
    let entry = memo.get(file);
    if (!entry) {
      const data = await readFile(file);
      memo.set(file, (entry = { integrity: integrityOf(data), bytes: bytesOfData(file, data) }));
    }
    files.push({ url, ...entry });
  }
  const version = createHash('sha256')
    .update(files.map((f) => `${f.url} ${f.integrity}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const list: SaveList = { format: saveListFormat, module: id, version, bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
  const out = path.join(dist, fileForPath(routes.saveList(id)));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(list));
  return list;
}

/**
 * Fills every "Simpan semua modul" box with the size of all modules together; fails the build when
 * it names a module that has no save list (the service worker could not save it).
 */
async function fillSaveAll(dist: string, saves: readonly ModuleSave[]): Promise<void> {
  const total = formatBytes(await bytesOf(dist, saves.flatMap((s) => s.urls)));
  for (const page of await listPages(dist)) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    if (!html.source.includes(savePlaceholders.allSize)) continue;
    for (const entry of html.find((el) => el.has('data-bk-save-module'))) {
      const id = entry.attr('data-bk-save-module');
      if (!saves.some((s) => s.id === id)) throw new Error(`${page}: "Simpan semua modul" menyebut modul "${id}" yang tidak punya daftar simpan`);
    }
    html.fillTokens({ [savePlaceholders.allSize]: total });
    await writeFile(file, html.toString());
  }
}
