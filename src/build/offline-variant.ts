import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-files';
import { offlineHref, fileForPath } from '../lib/links';

/** Where the unpacked offline package is written; its top folder is the zip's top folder. */
export const offlineRoot = 'dist-offline';
export const offlineFolder = 'budaya-kerja-asn';

/** Files of the web build that the offline package leaves out (they need HTTP, or would nest). */
export const excludedFromOffline: readonly RegExp[] = [/^pagefind\//, /^unduh\/.+\.zip(\.sha256)?$/, /^sw\.js$/, /^workbox-[\w-]+\.js$/];

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
export async function buildOfflineVariant(dist: string): Promise<{ dir: string; files: number; broken: string[] }> {
  const root = path.resolve(dist, '..', offlineRoot);
  const target = path.join(root, offlineFolder);
  await rm(root, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const files = (await listFiles(dist)).filter((f) => !excludedFromOffline.some((re) => re.test(f)));
  const fileSet = new Set(files);
  const broken: string[] = [];
  for (const file of files) {
    const from = path.join(dist, file);
    const to = path.join(target, file);
    await mkdir(path.dirname(to), { recursive: true });
    if (file.endsWith('.html')) {
      const html = await readFile(from, 'utf8');
      broken.push(...brokenTargets(html, file, fileSet));
      await writeFile(to, rewriteHtml(html, file));
    } else if (file.endsWith('.css')) {
      await writeFile(to, rewriteCss(await readFile(from, 'utf8'), file));
    } else {
      await cp(from, to);
    }
  }
  if (!existsSync(path.join(target, 'index.html'))) throw new Error('Varian offline tanpa index.html');
  return { dir: path.relative(path.resolve(dist, '..'), target), files: files.length, broken };
}
