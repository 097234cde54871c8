import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildZim, findExecutable, type ZimMetadata, type ZimResult } from './zim-writer';
import { fileForPath, routes } from '../shared/links';
import { versionLabel } from '../build-info';
import { formatBytes } from '../shared/format-bytes';
import { zimBlockAttribute, zimPlaceholders } from '../shared/placeholders';
import { t } from '../i18n/t';
import { site } from '../site';

/** What the build prints, once, when it cannot make the ZIM. */
export const zimSkippedLine =
  'ZIM untuk Kiwix dilewati: zimwriterfs tidak ditemukan. Pasang paket zim-tools (Debian/Ubuntu: sudo apt-get install zim-tools), lalu jalankan npm run zim.';

/**
 * The ZIM's metadata (https://wiki.openzim.org/wiki/Metadata). Name follows the
 * `{project}_{language}_{selection}` convention of the Kiwix catalogue and stays the same across
 * versions; Language is ISO 639-3. zimwriterfs adds Date (the day the file is written, in the
 * build's time zone, which we set to UTC) and the `_ftindex` tags itself.
 */
export function zimMetadata(): ZimMetadata {
  return {
    name: 'budaya-kerja-asn_id_all',
    title: t('site.name'),
    description: t('zim.description'),
    language: 'ind',
    creator: t('site.name'),
    publisher: t('site.name'),
    source: `${site.url}/`,
    scraper: `budaya-kerja-asn ${versionLabel}`,
    tags: ['budaya-kerja', 'reformasi-birokrasi', 'asn', '_category:other', '_pictures:yes', '_videos:no', '_details:yes'],
  };
}

/** Removes the element that carries `attribute` (start tag to its matching end tag). */
function removeElement(html: string, attribute: string): string {
  const start = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${attribute}(?:="[^"]*")?[\\s>/]`).exec(html);
  if (!start) return html;
  const tag = (start[1] ?? '').toLowerCase();
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = html.indexOf('>', start.index) + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, start.index) + html.slice(m.index + m[0].length);
  }
  throw new Error(`${attribute}: <${tag}> tanpa tag penutup`);
}

/**
 * The download page with its ZIM block completed from the built file, or without the block when
 * there is no ZIM in this build (no page links a file that does not exist).
 */
export function fillZimDownload(html: string, zim: Pick<ZimResult, 'bytes' | 'sha256'> | undefined): string {
  if (!html.includes(zimBlockAttribute)) throw new Error(`Halaman unduhan ${routes.download()}: bagian ZIM (${zimBlockAttribute}) tidak ditemukan`);
  if (!zim) return removeElement(html, zimBlockAttribute);
  return html
    .replaceAll(zimPlaceholders.size, formatBytes(zim.bytes))
    .replaceAll(zimPlaceholders.bytes, String(zim.bytes))
    .replaceAll(zimPlaceholders.sha256, zim.sha256);
}

export type ZimMode = 'auto' | 'required';

/** `BK_ZIM=required` (set by `npm run zim` and CI) makes a missing zimwriterfs an error. */
export function zimMode(env: NodeJS.ProcessEnv = process.env): ZimMode {
  return env.BK_ZIM === 'required' ? 'required' : 'auto';
}

/**
 * The post-build step: the ZIM beside the zip in dist/unduh/, and the download page completed.
 * Without zimwriterfs, or when it fails, the build goes on without the ZIM (npm start must work on
 * any machine) and says why in `skipped`; with `mode: 'required'` (npm run zim, CI) it fails instead.
 */
export async function zimStep({ dist, offlineDir, mode = 'auto' }: { dist: string; offlineDir: string; mode?: ZimMode }): Promise<{ zim?: ZimResult; skipped?: string }> {
  const page = path.join(dist, fileForPath(routes.download()));
  if (!existsSync(page)) throw new Error(`Halaman unduhan ${routes.download()} tidak ada di dist/`);
  const zimwriterfs = findExecutable('zimwriterfs');
  let zim: ZimResult | undefined;
  let skipped: string | undefined;
  if (!zimwriterfs) {
    if (mode === 'required') throw new Error(zimSkippedLine.replace('dilewati', 'tidak dapat dibuat'));
    skipped = zimSkippedLine;
  } else {
    try {
      zim = await buildZim({ offlineDir, out: path.join(dist, fileForPath(routes.zim())), zimwriterfs, meta: zimMetadata() });
    } catch (error) {
      if (mode === 'required') throw error;
      skipped = `ZIM untuk Kiwix dilewati: ${(error as Error).message}`;
    }
  }
  await writeFile(page, fillZimDownload(await readFile(page, 'utf8'), zim));
  return { zim, skipped };
}
