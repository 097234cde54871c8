import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-files';
import { offlineHref, fileForPath } from '../shared/links';
import { HtmlPage, type HtmlElement } from './html-page';
import { site } from '../site';

/** Where the unpacked offline package is written; its top folder is the zip's top folder. */
export const offlineRoot = 'dist-offline';

/** Files of the web build that the offline package leaves out (they need HTTP, or would nest). */
export const excludedFromOffline: readonly RegExp[] = [
  /^pagefind\//,
  /^unduh\/.+\.zip(\.sha256)?$/,
  // For LMS administrators (SCORM packages, question banks) and the adapter only those packages load.
  /^unduh\/scorm\//,
  /^unduh\/bank-soal\./,
  /^js\/scorm\.js$/,
  // The service worker, its offline fallback page, and what makes the site installable: web only.
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
  /^luring\//,
  /^manifest\.webmanifest$/,
  /^icons\//,
  // Reached only through a web server.
  /^404\.html$/,
  /^sitemap\.xml$/,
  // Host configs and the precompressed copies a web server sends: a folder on disk needs neither.
  /^\.htaccess$/,
  /^_headers$/,
  /\.(br|gz)$/,
  // What "Simpan modul ini" stores (src/build/module-offline.ts) and the search indexes of saved
  // modules that the phone's offline page reads: web only.
  /^simpan\//,
  /^search\/modul\//,
];

/**
 * Removes every element marked `data-bk-web-only` (its start tag, content and end tag) and reveals
 * every element marked `data-bk-offline-only` by dropping its `hidden` attribute. This is how one
 * rendered page differs between the web site and the offline copy: the download link and the
 * "save for offline" button exist only on the web; "you are using the offline copy" only offline.
 */
export function applyVariantMarkers(html: string, file = 'HTML'): string {
  const page = new HtmlPage(html, file);
  for (const el of page.elements()) {
    if (el.has('data-bk-web-only')) el.remove();
    else if (el.has('data-bk-offline-only') && el.has('hidden')) el.removeAttr('hidden');
  }
  return page.toString();
}

/** Attributes that hold a URL the offline copy must rewrite: href, src, action, poster, and `data-*-href|src|url`. */
const urlAttribute = /^(?:href|src|action|poster|data-[\w-]*(?:href|src|url))$/;
/** A root-absolute URL (`/modul/x/`), not a protocol-relative one (`//host`). */
const rootAbsolute = (value: string) => value.startsWith('/') && !value.startsWith('//');

/** Each root-absolute URL attribute of a page, with its element. */
function urlAttributes(page: HtmlPage): { el: HtmlElement; name: string; url: string }[] {
  const found: { el: HtmlElement; name: string; url: string }[] = [];
  for (const el of page.elements()) {
    for (const { name, value } of el.attributes) if (urlAttribute.test(name) && rootAbsolute(value)) found.push({ el, name, url: value });
  }
  return found;
}

/** Attributes whose text may start with "/" without being a link. */
const notUrl = /^(?:content|style|aria-.*|alt|title|placeholder|value)$/i;
const cssRootUrl = /url\((['"]?)\/(?!\/)[^)]*\)/g;

/**
 * Root-absolute URLs left in a page after the rewrite: attributes the rewrite does not know
 * (`srcset`, `content`, `data-*-urls` …), `url(/…)` in styles and string literals in inline
 * scripts. On file:// each of them points at the root of the disk, so the build warns and the
 * offline tests fail on them.
 */
export function leftoverRootUrls(html: string, file = 'HTML'): string[] {
  const found: string[] = [];
  for (const el of new HtmlPage(html, file).elements()) {
    for (const { name, value } of el.attributes) {
      if (/(^|[\s,])\/(?!\/)[\w.-]/.test(value) && !notUrl.test(name)) found.push(`${name}="${value.slice(0, 80)}"`);
      if (name === 'style') for (const m of value.matchAll(cssRootUrl)) found.push(m[0]);
    }
    if (el.tag === 'style') for (const m of el.text.matchAll(cssRootUrl)) found.push(m[0]);
    if (el.tag === 'script' && !el.has('src') && !/^application\/(?:ld\+)?json$/.test(el.attr('type') ?? '')) {
      for (const s of el.text.matchAll(/(['"`])\/(?!\/)[\w-]+\/[^'"`]*\1/g)) found.push(`<script> ${s[0]}`);
    }
  }
  return found;
}

/** Rewrites every root-absolute URL attribute of one HTML page into a relative `.html` link. */
export function rewriteHtml(html: string, file: string): string {
  const page = new HtmlPage(html, file);
  for (const { el, name, url } of urlAttributes(page)) {
    const relative = offlineHref(url, file);
    if (relative !== url) el.setAttr(name, relative);
  }
  return page.toString();
}

const cssUrl = /url\((['"]?)(\/(?!\/)[^'")]+)\1\)/g;

/** Rewrites `url(/…)` in a stylesheet relative to the stylesheet's own location. */
export function rewriteCss(css: string, file: string): string {
  return css.replace(cssUrl, (_, quote: string, url: string) => `url(${quote}${offlineHref(url, file)}${quote})`);
}

/** Root-absolute URLs used by a page whose target file is not in the package. */
export function brokenTargets(html: string, file: string, files: ReadonlySet<string>): string[] {
  return urlAttributes(new HtmlPage(html, file))
    .filter(({ url }) => !files.has(fileForPath(url.replace(/[?#].*$/, ''))))
    .map(({ url }) => `${file} → ${url}`);
}

/**
 * Copies dist/ into dist-offline/<namaBerkas>/ (content/site.yaml) with every internal link made relative and
 * naming its .html file, so the folder works when its index.html is opened from disk.
 */
export async function buildOfflineVariant(dist: string): Promise<{ dir: string; files: number; broken: string[]; leftovers: string[] }> {
  const root = path.resolve(dist, '..', offlineRoot);
  const target = path.join(root, site.files.folder);
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
      const html = applyVariantMarkers(await readFile(from, 'utf8'), file);
      broken.push(...brokenTargets(html, file, fileSet));
      const rewritten = rewriteHtml(html, file);
      leftovers.push(...leftoverRootUrls(rewritten, file).map((u) => `${file}: ${u}`));
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
