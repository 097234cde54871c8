import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import { listFiles } from './dist-files';
import { isText, precompressed } from './hosting-rules.ts';

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
 */

/** gzip header byte 9 (OS): zlib writes the build machine's; 3 (Unix) on every machine. */
const gzipOsByte = 9;
const unixOs = 3;

/** Files up to this size get Zopfli's gzip; larger ones zlib's (level 9). */
export const zopfliMaxBytes = 160 * 1024;
/** Zopfli's passes: 5 gets nearly all of the gain of its default 15, at half the time. */
const zopfliIterations = 5;

export async function gzipDeterministic(data: Uint8Array): Promise<Buffer> {
  const out = data.length <= zopfliMaxBytes ? Buffer.from(await zopfliGzip(data, { numiterations: zopfliIterations })) : gzipSync(data, { level: 9 });
  out[gzipOsByte] = unixOs;
  return out;
}

export function brotliText(data: Uint8Array): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

const encoders: Record<string, (data: Uint8Array) => Buffer | Promise<Buffer>> = { br: brotliText, gzip: gzipDeterministic };

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
  for (const file of await listFiles(dist)) {
    if (!isText(file) || precompressedSibling.test(file)) continue;
    const data = await readFile(path.join(dist, file));
    result.files++;
    result.bytes += data.length;
    for (const { encoding, suffix } of precompressed) {
      const packed = await encoders[encoding]!(data);
      await writeFile(path.join(dist, file + suffix), packed);
      if (encoding === 'br') result.br += packed.length;
      else result.gzip += packed.length;
    }
  }
  return result;
}
