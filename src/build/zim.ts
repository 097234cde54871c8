import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildZim, findExecutable, type ZimMetadata, type ZimResult } from './zim-writer';
import { fileForPath, routes } from '../shared/links';
import { versionLabel } from '../build-info';
import { formatBytes } from '../shared/format-bytes';
import { zimBlockAttribute, zimPlaceholders } from '../shared/placeholders';
import { t } from '../i18n/t';
import { HtmlPage } from './html-page';
import { site } from '../site';

/** What the build prints, once, when it cannot make the ZIM. */
export const zimSkippedLine =
  'ZIM untuk Kiwix dilewati: zimwriterfs tidak ditemukan. Pasang paket zim-tools (Debian/Ubuntu: sudo apt-get install zim-tools), lalu jalankan npm run zim.';

/**
 * The ZIM's metadata (https://wiki.openzim.org/wiki/Metadata), from content/site.yaml. Name follows
 * the `{project}_{language}_{selection}` convention of the Kiwix catalogue and stays the same across
 * versions: it comes from `namaBerkas` (a file name: lower case, digits, hyphens), never from the
 * title, which an institution may reword; Language is ISO 639-3. zimwriterfs adds Date (the day the file is written, in the
 * build's time zone, which we set to UTC) and the `_ftindex` tags itself.
 */
export function zimMetadata(): ZimMetadata {
  return {
    name: site.files.zimName,
    title: site.title,
    description: t('zim.description'),
    language: 'ind',
    // Who made the content and who made the file: the institution of content/site.yaml when it names one.
    creator: site.organizer ?? site.title,
    publisher: site.instansi ?? site.title,
    source: `${site.url}/`,
    scraper: `budaya-kerja-asn ${versionLabel}`,
    tags: ['budaya-kerja', 'reformasi-birokrasi', 'asn', '_category:other', '_pictures:yes', '_videos:no', '_details:yes'],
  };
}

/** Removes the element that carries `attribute` (start tag to its matching end tag). */
/**
 * The download page with its ZIM block completed from the built file, or without the block when
 * there is no ZIM in this build (no page links a file that does not exist).
 */
export function fillZimDownload(html: string, zim: Pick<ZimResult, 'bytes' | 'sha256'> | undefined): string {
  const page = new HtmlPage(html, routes.download());
  const blocks = page.find((el) => el.has(zimBlockAttribute));
  if (!blocks.length) throw new Error(`Halaman unduhan ${routes.download()}: bagian ZIM (${zimBlockAttribute}) tidak ditemukan`);
  if (!zim) for (const block of blocks) block.remove();
  else page.fillTokens({ [zimPlaceholders.size]: formatBytes(zim.bytes), [zimPlaceholders.bytes]: String(zim.bytes), [zimPlaceholders.sha256]: zim.sha256 });
  return page.toString();
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
      zim = await buildZim({ offlineDir, out: path.join(dist, fileForPath(routes.zim(site.files.zim))), zimwriterfs, meta: zimMetadata() });
    } catch (error) {
      if (mode === 'required') throw error;
      skipped = `ZIM untuk Kiwix dilewati: ${(error as Error).message}`;
    }
  }
  await writeFile(page, fillZimDownload(await readFile(page, 'utf8'), zim));
  return { zim, skipped };
}
