import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { listFiles } from './dist-files';
import { isText, precompressed } from './hosting-rules.ts';
import { fileForPath, routes } from '../shared/links';
import { outlineDir } from '../shared/search/outline';

/**
 * Writes `name.br` and `name.gz` next to every text file of dist/, at the highest levels, so a host
 * (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, Apache rewrites, the preview server)
 * sends them without compressing on every request. Runs last: nothing may change a file after its
 * siblings are written. The output is deterministic: gzip's header carries no time and a fixed OS
 * byte, brotli has none. The offline package never contains these files (it is built before).
 *
 * The .gz files are made with Zopfli (https://github.com/google/zopfli): still plain gzip that every
 * browser and host reads, 4–5 % smaller than zlib's best, which is what a phone on a paid plan
 * downloads from a host without brotli (and what the byte budgets count). Files above
 * `zopfliMaxBytes` (the question banks, reveal.js) use zlib's best: Zopfli's time grows with size.
 * Zopfli is the slow part (≈ 0.2 s for a lesson page, 50× zlib), so it is spent only where a
 * first visit's bytes are: pages and the site's scripts, Pagefind's included (`zopfliFiles`). The parts of the file://
 * index, the save lists and module indexes, which grow with the course and are read far less, get
 * zlib's best and a quicker brotli (`courseSizedFiles`: quality 5 is ≈ 7 % larger than 11 there, and
 * 50× faster; at 200 lessons quality 11 spent 22 s on them). Zopfli runs in one worker per core,
 * brotli in zlib's own thread pool, while the main thread only reads and writes files.
 */

/** gzip header byte 9 (OS): zlib writes the build machine's; 3 (Unix) on every machine. */
const gzipOsByte = 9;
const unixOs = 3;

/** Files whose gzip is worth Zopfli's time: pages, the site's scripts, and Pagefind's (every first search loads it). */
export const zopfliFiles = /(^|\/)[^/]+\.html$|^js\/[^/]+\.js$|^pagefind\/pagefind\.js$/;

/** Files there are one or more of per page or module (search indexes, search outlines and blocks, save lists): see the module comment. */
const folderOf = (url: string) => path.posix.dirname(fileForPath(url));
const courseSizedFolders = [folderOf(routes.searchIndex()), folderOf(routes.saveList('x')), `${fileForPath(routes.asset('pagefind'))}/${outlineDir}`];
export const courseSizedFiles = new RegExp(`^(${courseSizedFolders.join('|')})/`);
const courseSizedBrotliQuality = 5;

/** Files up to this size get Zopfli's gzip; larger ones zlib's (level 9). */
export const zopfliMaxBytes = 160 * 1024;
/**
 * Zopfli's passes: five save ≈ 0.3 % over one (50 B on the longest lesson) at three times the time,
 * paid for every page of the course. The longest lesson needs those bytes to stay within its
 * 20 KB budget (tests/e2e/budget.spec.ts).
 */
const zopfliIterations = 5;

/** Zopfli (WebAssembly, CPU-bound) in worker threads; each answers one file at a time. */
const zopfliWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { gzipAsync } = require(workerData.zopfli);
parentPort.on('message', async ({ id, data }) => {
  const out = Buffer.from(await gzipAsync(data, { numiterations: workerData.iterations }));
  parentPort.postMessage({ id, out });
});`;

/** A pool of Zopfli workers; `close()` ends them. */
export function zopfliPool(size = availableParallelism()): { gzip(data: Uint8Array): Promise<Buffer>; close(): Promise<void> } {
  const zopfli = createRequire(path.join(process.cwd(), 'package.json')).resolve('@gfx/zopfli');
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(zopfliWorkerSource, { eval: true, workerData: { zopfli, iterations: zopfliIterations } }));
  const idle = [...workers];
  const waiting: ((w: Worker) => void)[] = [];
  let next = 0;
  const take = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const give = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
  return {
    async gzip(data) {
      const worker = await take();
      const id = next++;
      try {
        return await new Promise<Buffer>((resolve, reject) => {
          const onMessage = (m: { id: number; out: Uint8Array }) => {
            if (m.id !== id) return;
            worker.off('message', onMessage);
            worker.off('error', reject);
            resolve(Buffer.from(m.out));
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
          worker.postMessage({ id, data });
        });
      } finally {
        give(worker);
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** gzip with a fixed header (no time, Unix): Zopfli (when given) up to `zopfliMaxBytes`, else zlib's best. */
export async function gzipDeterministic(data: Uint8Array, zopfli?: (data: Uint8Array) => Promise<Buffer>): Promise<Buffer> {
  const out = zopfli && data.length <= zopfliMaxBytes ? await zopfli(data) : gzipSync(data, { level: 9 });
  out[gzipOsByte] = unixOs;
  return out;
}

const brotliAsync = promisify(brotliCompress);

export function brotliText(data: Uint8Array, quality: number = constants.BROTLI_MAX_QUALITY): Promise<Buffer> {
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** Files that are themselves precompressed siblings (never compressed again, never packed offline). */
export const precompressedSibling = new RegExp(`(${precompressed.map((p) => p.suffix.replace('.', '\\.')).join('|')})$`);

export interface PrecompressResult {
  files: number;
  bytes: number;
  gzip: number;
  br: number;
}

export async function precompressDist(dist: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, gzip: 0, br: 0 };
  const pool = zopfliPool();
  const suffixOf = (encoding: 'br' | 'gzip') => precompressed.find((p) => p.encoding === encoding)!.suffix;
  const files = (await listFiles(dist)).filter((file) => isText(file) && !precompressedSibling.test(file));
  try {
    // Several files in flight at once, so every worker and zlib's threads have work.
    const queue = [...files];
    const lane = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const data = await readFile(path.join(dist, file));
        const [gz, br] = await Promise.all([
          gzipDeterministic(data, zopfliFiles.test(file) ? pool.gzip : undefined),
          brotliText(data, courseSizedFiles.test(file) ? courseSizedBrotliQuality : undefined),
        ]);
        await writeFile(path.join(dist, file + suffixOf('gzip')), gz);
        await writeFile(path.join(dist, file + suffixOf('br')), br);
        result.files++;
        result.bytes += data.length;
        result.gzip += gz.length;
        result.br += br.length;
      }
    };
    await Promise.all(Array.from({ length: availableParallelism() * 2 }, lane));
  } finally {
    await pool.close();
  }
  return result;
}
