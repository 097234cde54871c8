import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { listFiles, listPages } from './dist-files';
import { fileForPath, routes } from '../shared/links';
import { formatBytes } from '../shared/format-bytes';
import { savePlaceholders } from '../shared/placeholders';
import { HtmlPage } from './html-page';

/**
 * What "Simpan modul ini untuk dibaca offline" stores, decided from the finished dist/: the pages
 * the lesson names (lesson, deck, quiz, plus home and search), every file those pages load
 * (stylesheets and what they reference, scripts, images, reveal.js assets), and, when the site
 * has a Pagefind index, its engine (main thread, no worker: our search UI does not use it), the
 * Indonesian wasm, the index and the fragments of the module's pages, so search finds the saved
 * module offline. The lesson page renders placeholders (src/shared/placeholders.ts); this step
 * writes the URL list and the download size into them, then does the same for "Simpan semua
 * modul" (every module's list, and the size of all of them together, shared files counted once).
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
  return compressed.test(file) || file.endsWith('.pagefind') || /\.pf_\w+$/.test(file) ? data.length : gzipSync(data).length;
}

/** The Pagefind files that let search run offline for these page URLs. */
async function pagefindFiles(dist: string, pageUrls: readonly string[]): Promise<string[]> {
  const dir = path.join(dist, 'pagefind');
  if (!existsSync(dir)) return [];
  const wanted = new Set(pageUrls);
  const out: string[] = [];
  const all = await listFiles(dir);
  // The Indonesian engine only; the generic one is for pages without a language.
  const wasm = all.includes('wasm.id.pagefind') ? 'wasm.id.pagefind' : 'wasm.unknown.pagefind';
  for (const f of all) {
    if (f.startsWith('fragment/')) {
      try {
        const text = gunzipSync(await readFile(path.join(dir, f))).toString('utf8');
        const url = (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url?: string }).url ?? '';
        if (wanted.has(url)) out.push(f);
      } catch {
        // not a fragment we can read: leave it to runtime caching
      }
    } else if (/^(index|filter)\//.test(f) || /\.pf_meta$/.test(f) || f === 'pagefind.js' || f === 'pagefind-entry.json' || f === wasm) {
      out.push(f);
    }
  }
  return out.map((f) => `/pagefind/${f}`);
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

/** Bytes a learner downloads for a set of URLs of dist/ (each file once). */
async function bytesOf(dist: string, urls: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const url of new Set(urls)) bytes += await wireBytes(path.join(dist, fileForPath(url.replace(/\?.*$/, ''))));
  return bytes;
}

/** Expands the lesson pages' placeholders; returns what each module saves. */
export async function fillModuleSaveLists(dist: string): Promise<ModuleSave[]> {
  const results: ModuleSave[] = [];
  for (const page of await listPages(dist)) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    const box = html.find((el) => el.has('data-bk-save-pages'))[0];
    if (!box || box.attr('data-bk-save-urls') !== savePlaceholders.urls) continue;
    const pages = [routes.home(), ...(box.attr('data-bk-save-pages') ?? '').split(/\s+/).filter(Boolean), routes.search()]
      .filter((u, i, all) => all.indexOf(u) === i && existsSync(path.join(dist, fileForPath(u))));
    const urls = new Set<string>();
    for (const url of pages) {
      urls.add(url);
      for (const loaded of loadedUrls(await readFile(path.join(dist, fileForPath(url)), 'utf8'), fileForPath(url))) {
        const target = path.join(dist, fileForPath(loaded.replace(/\?.*$/, '')));
        if (!existsSync(target)) continue;
        urls.add(loaded);
        if (target.endsWith('.css')) {
          for (const ref of cssReferences(await readFile(target, 'utf8'), loaded)) if (existsSync(path.join(dist, fileForPath(ref)))) urls.add(ref);
        }
      }
    }
    for (const f of await pagefindFiles(dist, pages)) urls.add(f);
    const list = [...urls].sort();
    const bytes = await bytesOf(dist, list);
    html.fillTokens({ [savePlaceholders.urls]: list.join(' '), [savePlaceholders.size]: formatBytes(bytes) });
    await writeFile(file, html.toString());
    results.push({ id: box.attr('data-bk-save') ?? '', lesson: page, urls: list, bytes });
  }
  await fillSaveAll(dist, results);
  return results;
}

/** Fills every "Simpan semua modul" box: each module's list on its `data-bk-save-module` entry, and the total size. */
async function fillSaveAll(dist: string, saves: readonly ModuleSave[]): Promise<void> {
  const total = formatBytes(await bytesOf(dist, saves.flatMap((s) => s.urls)));
  for (const page of await listPages(dist)) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    const entries = html.find((el) => el.has('data-bk-save-module') && el.attr('data-bk-save-urls') === savePlaceholders.urls);
    if (!entries.length) continue;
    for (const entry of entries) {
      const id = entry.attr('data-bk-save-module');
      const save = saves.find((s) => s.id === id);
      if (!save) throw new Error(`${page}: "Simpan semua modul" menyebut modul "${id}" yang tidak punya daftar simpan`);
      entry.setAttr('data-bk-save-urls', save.urls.join(' '));
    }
    html.fillTokens({ [savePlaceholders.allSize]: total });
    await writeFile(file, html.toString());
  }
}
