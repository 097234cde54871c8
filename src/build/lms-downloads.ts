import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlPage } from './html-page';
import { fileForPath, routes } from '../shared/links';
import { formatBytes } from '../shared/format-bytes';
import { lmsPlaceholderPattern, lmsPlaceholders } from '../shared/placeholders';
import { scormPlanIsland } from '../shared/scorm/plan';

/**
 * The download page's block for LMS administrators, completed once the files exist (post-build
 * step, after the SCORM packages): size and SHA-256 of every SCORM package and of both
 * question-bank files (rendered by Astro as /unduh/bank-soal.*), and the package plan island
 * removed (the packages are built; no reader needs it). A token left unfilled fails the build.
 */
export interface LmsFile {
  file: string;
  /** Path in dist/. */
  path: string;
  bytes: number;
  sha256: string;
}

export async function fillLmsDownloads({ dist, packages }: { dist: string; packages: readonly string[] }): Promise<LmsFile[]> {
  const urls = [...packages.map(routes.scormPackage), routes.questionBank('gift'), routes.questionBank('xml')];
  const files: LmsFile[] = [];
  for (const url of urls) {
    const file = fileForPath(url);
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`Berkas untuk LMS ${url} tidak ada di dist/`);
    const data = await readFile(full);
    files.push({ file: path.posix.basename(file), path: file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
  }
  const pageFile = fileForPath(routes.download());
  const page = new HtmlPage(await readFile(path.join(dist, pageFile), 'utf8'), pageFile);
  for (const island of page.find((el) => el.tag === 'script' && el.attr('id') === scormPlanIsland)) island.remove();
  const values: Record<string, string> = {};
  for (const f of files) {
    const ph = lmsPlaceholders(f.file);
    Object.assign(values, { [ph.size]: formatBytes(f.bytes), [ph.bytes]: String(f.bytes), [ph.sha256]: f.sha256 });
  }
  page.fillTokens(values);
  const html = page.toString();
  const left = html.match(lmsPlaceholderPattern);
  if (left) throw new Error(`Halaman unduhan ${routes.download()}: ${left[0]} tidak terisi (berkas itu tidak dibangun)`);
  await writeFile(path.join(dist, pageFile), html);
  return files;
}
