import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDist } from '../../src/build/precompress';

describe('precompressed files', () => {
  test('every text file gets a .br and a .gz that decode to it; binary files and existing siblings get none; a second run writes the same bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bk-precompress-'));
    try {
      const page = '<!doctype html><title>Halo</title>'.repeat(50);
      writeFileSync(path.join(dir, 'index.html'), page);
      writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
      writeFileSync(path.join(dir, 'ikon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      writeFileSync(path.join(dir, 'wasm.id.pagefind'), Buffer.from([1, 2, 3]));
      const first = await precompressDist(dir);
      expect(first.files).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(['app.js', 'app.js.br', 'app.js.gz', 'ikon.png', 'index.html', 'index.html.br', 'index.html.gz', 'wasm.id.pagefind']);
      expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).toString()).toBe(page);
      expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString()).toBe(page);
      const gz = readFileSync(path.join(dir, 'index.html.gz'));
      expect(gz.readUInt32LE(4), 'gzip mtime').toBe(0);
      expect(gz[9], 'gzip OS byte').toBe(3);
      const before = readFileSync(path.join(dir, 'index.html.br'));
      await precompressDist(dir);
      expect(readFileSync(path.join(dir, 'index.html.br')).equals(before)).toBe(true);
      expect(readFileSync(path.join(dir, 'index.html.gz')).equals(gz)).toBe(true);
      expect(readdirSync(dir)).toHaveLength(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
