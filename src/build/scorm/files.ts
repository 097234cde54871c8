import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlPage } from '../html-page';

/**
 * Which files of the offline variant a set of its pages needs: everything they load as they
 * open (stylesheets and what those reference, scripts, images, icons) and what their scripts
 * load on demand from a `data-*-src|href|url` attribute (the QR script of a result code). Links
 * to other pages are not followed: a package holds the pages its plan names, nothing more.
 */

/** A relative URL in `fromFile` (a path in the package) as the package path it names; undefined for external or fragment-only URLs. */
export function packagePath(url: string, fromFile: string): string | undefined {
  if (!url || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  if (!clean) return undefined;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), decodeURIComponent(clean)));
  return joined.startsWith('../') ? undefined : joined;
}

const loadingLink = /\b(stylesheet|icon|preload|modulepreload)\b/i;
const dataUrl = /^data-[\w-]*(src|href|url)$/;

/** Package paths one page loads (see the module comment). */
export function pageAssets(html: string, file: string): string[] {
  const found: string[] = [];
  const add = (url: string | undefined) => {
    const p = url === undefined ? undefined : packagePath(url, file);
    if (p && !p.endsWith('.html')) found.push(p);
  };
  for (const el of new HtmlPage(html, file).elements()) {
    for (const { name, value } of el.attributes) {
      if (dataUrl.test(name)) add(value);
      else if (name === 'srcset') for (const part of value.split(',')) add(part.trim().split(/\s+/)[0]);
      else if (name === 'src' || name === 'poster') add(value);
      else if (name === 'href' && el.tag === 'link' && loadingLink.test(el.attr('rel') ?? '')) add(value);
    }
  }
  return found;
}

/** Package paths a stylesheet references with `url(…)`. */
export function cssAssets(css: string, file: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
    const p = packagePath(m[2] ?? '', file);
    if (p) found.push(p);
  }
  return found;
}

/**
 * Every asset the pages need, as sorted package paths that exist in `dir` (the offline variant).
 * `known` remembers what each page and stylesheet loads across calls: the reference pages go into
 * every package, and parsing them once per package would make the build grow with the square of
 * the course.
 */
export async function assetsOf(dir: string, pages: readonly string[], known = new Map<string, string[]>()): Promise<string[]> {
  const loads = async (file: string, read: (text: string) => string[]) => {
    let refs = known.get(file);
    if (!refs) known.set(file, (refs = read(await readFile(path.join(dir, file), 'utf8'))));
    return refs;
  };
  const assets = new Set<string>();
  const visit = async (file: string) => {
    if (assets.has(file) || !existsSync(path.join(dir, file))) return;
    assets.add(file);
    if (file.endsWith('.css')) for (const ref of await loads(file, (css) => cssAssets(css, file))) await visit(ref);
  };
  for (const page of pages) for (const asset of await loads(page, (html) => pageAssets(html, page))) await visit(asset);
  return [...assets].sort();
}
