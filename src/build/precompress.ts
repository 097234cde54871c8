import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listFiles } from './dist-files';
import { isText, precompressed } from './hosting-rules.ts';

/**
 * Writes `name.br` and `name.gz` next to every text file of dist/, at the highest levels, so a host
 * (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, Apache rewrites, the preview server)
 * sends them without compressing on every request. Runs last: nothing may change a file after its
 * siblings are written. The output is deterministic: gzip's header carries no time and a fixed OS
 * byte, brotli has none. The offline package never contains these files (it is built before).
 */

/** gzip header byte 9 (OS): zlib writes the build machine's; 3 (Unix) on every machine. */
const gzipOsByte = 9;
const unixOs = 3;

export function gzipDeterministic(data: Uint8Array): Buffer {
  const out = gzipSync(data, { level: 9 });
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

const encoders: Record<string, (data: Uint8Array) => Buffer> = { br: brotliText, gzip: gzipDeterministic };

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
      const packed = encoders[encoding]!(data);
      await writeFile(path.join(dist, file + suffix), packed);
      if (encoding === 'br') result.br += packed.length;
      else result.gzip += packed.length;
    }
  }
  return result;
}
