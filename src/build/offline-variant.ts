import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-files';
import { offlineHref, fileForPath } from '../shared/links';

/** Where the unpacked offline package is written; its top folder is the zip's top folder. */
export const offlineRoot = 'dist-offline';
export const offlineFolder = 'budaya-kerja-asn';

/** Files of the web build that the offline package leaves out (they need HTTP, or would nest). */
export const excludedFromOffline: readonly RegExp[] = [
  /^pagefind\//,
  /^unduh\/.+\.zip(\.sha256)?$/,
  // The service worker, its offline fallback page, and what makes the site installable: web only.
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
  /^luring\//,
  /^manifest\.webmanifest$/,
  /^icons\//,
  // Reached only through a web server.
  /^404\.html$/,
  /^sitemap\.xml$/,
];

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Removes every element marked `data-bk-web-only` (its start tag, content and end tag) and reveals
 * every element marked `data-bk-offline-only` by dropping its `hidden` attribute. This is how one
 * rendered page differs between the web site and the offline copy: the download link and the
 * "save for offline" button exist only on the web; "you are using the offline copy" only offline.
 */
export function applyVariantMarkers(html: string): string {
  let out = html;
  const webOnly = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-bk-web-only(?:="[^"]*")?[\s>/]/g;
  for (let match = webOnly.exec(out); match; match = webOnly.exec(out)) {
    const start = match.index;
    const tag = (match[1] ?? '').toLowerCase();
    const startEnd = out.indexOf('>', start) + 1;
    let end = startEnd;
    if (!voidElements.has(tag)) {
      // Find the matching end tag, counting nested elements of the same name.
      const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
      tags.lastIndex = startEnd;
      let depth = 1;
      for (let t = tags.exec(out); t; t = tags.exec(out)) {
        depth += t[1] ? -1 : 1;
        if (depth === 0) {
          end = t.index + t[0].length;
          break;
        }
      }
      if (depth !== 0) throw new Error(`data-bk-web-only: <${tag}> tanpa tag penutup`);
    }
    out = out.slice(0, start) + out.slice(end);
    webOnly.lastIndex = start;
  }
  return out.replace(/<[a-zA-Z][\w-]*\b[^>]*\sdata-bk-offline-only\b[^>]*>/g, (tag) => tag.replace(/\shidden(?:="[^"]*")?(?=[\s>/])/, ''));
}

/**
 * Root-absolute URLs left in a page after the rewrite: attributes the rewrite does not know
 * (`srcset`, `content`, `data-*-urls` …), inline `url(/…)` and string literals in inline scripts.
 * On file:// each of them points at the root of the disk, so the build warns and the offline
 * tests fail on them.
 */
export function leftoverRootUrls(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
    const [, attr, value = ''] = m;
    if (/(^|[\s,])\/(?!\/)[\w.-]/.test(value) && !/^(content|style)$/i.test(attr ?? '') && !/^aria-|^alt$|^title$|^placeholder$|^value$/.test(attr ?? '')) found.push(`${attr}="${value.slice(0, 80)}"`);
  }
  for (const m of html.matchAll(/url\((['"]?)\/(?!\/)[^)]*\)/g)) found.push(m[0]);
  for (const m of html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const s of (m[1] ?? '').matchAll(/(['"`])\/(?!\/)[\w-]+\/[^'"`]*\1/g)) found.push(`<script> ${s[0]}`);
  }
  return found;
}

const urlAttribute = /(\s(?:href|src|action|poster|data-[\w-]*(?:href|src|url)))="(\/(?!\/)[^"]*)"/g;
const cssUrl = /url\((['"]?)(\/(?!\/)[^'")]+)\1\)/g;

/** Rewrites every root-absolute URL attribute of one HTML page into a relative `.html` link. */
export function rewriteHtml(html: string, file: string): string {
  return html.replace(urlAttribute, (_, attr: string, url: string) => `${attr}="${offlineHref(url, file)}"`);
}

/** Rewrites `url(/…)` in a stylesheet relative to the stylesheet's own location. */
export function rewriteCss(css: string, file: string): string {
  return css.replace(cssUrl, (_, quote: string, url: string) => `url(${quote}${offlineHref(url, file)}${quote})`);
}

/** Root-absolute URLs used by a page whose target file is not in the package. */
export function brokenTargets(html: string, file: string, files: ReadonlySet<string>): string[] {
  const broken: string[] = [];
  for (const [, , url] of html.matchAll(urlAttribute)) {
    const target = fileForPath((url ?? '').replace(/[?#].*$/, ''));
    if (!files.has(target)) broken.push(`${file} → ${url}`);
  }
  return broken;
}

/**
 * Copies dist/ into dist-offline/budaya-kerja-asn/ with every internal link made relative and
 * naming its .html file, so the folder works when its index.html is opened from disk.
 */
export async function buildOfflineVariant(dist: string): Promise<{ dir: string; files: number; broken: string[]; leftovers: string[] }> {
  const root = path.resolve(dist, '..', offlineRoot);
  const target = path.join(root, offlineFolder);
  await rm(root, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const files = (await listFiles(dist)).filter((f) => !excludedFromOffline.some((re) => re.test(f)));
  const fileSet = new Set(files);
  const broken: string[] = [];
  const leftovers: string[] = [];
  for (const file of files) {
    const from = path.join(dist, file);
    const to = path.join(target, file);
    await mkdir(path.dirname(to), { recursive: true });
    if (file.endsWith('.html')) {
      const html = applyVariantMarkers(await readFile(from, 'utf8'));
      broken.push(...brokenTargets(html, file, fileSet));
      const rewritten = rewriteHtml(html, file);
      leftovers.push(...leftoverRootUrls(rewritten).map((u) => `${file}: ${u}`));
      await writeFile(to, rewritten);
    } else if (file.endsWith('.css')) {
      await writeFile(to, rewriteCss(await readFile(from, 'utf8'), file));
    } else {
      await cp(from, to);
    }
  }
  if (!existsSync(path.join(target, 'index.html'))) throw new Error('Varian offline tanpa index.html');
  return { dir: path.relative(path.resolve(dist, '..'), target), files: files.length, broken, leftovers };
}
