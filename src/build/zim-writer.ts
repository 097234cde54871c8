import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listFiles } from './dist-files';
import { appIconPng } from './png-icon';
import { stabilizeZim } from './zim-stable';
import { excludedFromZim, zimPage } from './zim-variant';

const run = promisify(execFile);

/** The largest ZIM we ship, like the zip: phones on costly data and small SD cards. */
export const maxZimBytes = 5 * 1024 * 1024;

/** What zimwriterfs is told about the book (https://wiki.openzim.org/wiki/Metadata). */
export interface ZimMetadata {
  name: string;
  title: string;
  description: string;
  /** ISO 639-3. */
  language: string;
  creator: string;
  publisher: string;
  source: string;
  scraper: string;
  tags: string[];
}

/** An executable on PATH, without a shell (so it works the same on every platform). */
export function findExecutable(name: string): string | undefined {
  const suffixes = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const suffix of suffixes) {
      const candidate = path.join(dir, name + suffix);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export interface ZimResult {
  /** The ZIM file. */
  file: string;
  bytes: number;
  sha256: string;
  /** Files packed (pages, scripts, styles). */
  files: number;
  /** Why the file is not byte-stable, if it is not (it is valid either way). */
  unstable: string[];
}

/**
 * Writes the ZIM from the offline variant: copies it to a staging folder with the ZIM's page
 * changes (src/build/zim-variant.ts), runs zimwriterfs with one worker thread (several threads
 * index pages in a varying order) and the full-text index on, then makes the file byte-stable
 * (src/build/zim-stable.ts) and writes its `sha256sum` file.
 */
export async function buildZim({ offlineDir, out, zimwriterfs, meta }: { offlineDir: string; out: string; zimwriterfs: string; meta: ZimMetadata }): Promise<ZimResult> {
  const staging = await mkdtemp(path.join(tmpdir(), 'bk-zim-'));
  try {
    const content = path.join(staging, path.basename(offlineDir));
    const files = (await listFiles(offlineDir)).filter((f) => !excludedFromZim.some((re) => re.test(f)));
    if (!files.includes('index.html')) throw new Error(`ZIM: ${offlineDir}/index.html tidak ada`);
    for (const file of files) {
      const to = path.join(content, file);
      await mkdir(path.dirname(to), { recursive: true });
      if (file.endsWith('.html')) await writeFile(to, zimPage(await readFile(path.join(offlineDir, file), 'utf8'), file));
      else await copyFile(path.join(offlineDir, file), to);
    }
    // Beside the content, not in it: zimwriterfs reads the illustration by a path relative to the
    // content folder and would otherwise also pack it as a page asset.
    await writeFile(path.join(staging, 'illustration.png'), appIconPng(48));

    await mkdir(path.dirname(out), { recursive: true });
    await rm(out, { force: true }); // zimwriterfs refuses to overwrite
    const args = [
      '--welcome=index.html',
      '--illustration=../illustration.png',
      `--language=${meta.language}`,
      `--title=${meta.title}`,
      `--description=${meta.description}`,
      `--creator=${meta.creator}`,
      `--publisher=${meta.publisher}`,
      `--name=${meta.name}`,
      `--source=${meta.source}`,
      `--scraper=${meta.scraper}`,
      `--tags=${meta.tags.join(';')}`,
      '--threads=1',
      content,
      out,
    ];
    try {
      await run(zimwriterfs, args, { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const { stderr = '', message } = error as { stderr?: string; message: string };
      throw new Error(`ZIM: zimwriterfs gagal: ${stderr.trim() || message}`);
    }
    const stable = await stabilizeZim(out);
    const data = await readFile(out);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await writeFile(`${out}.sha256`, `${sha256}  ${path.basename(out)}\n`);
    return { file: out, bytes: data.length, sha256, files: files.length, unstable: stable.problems };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
