import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSaveList, saveListFormat } from '../../src/shared/save-list';
import { moduleOfCache } from '../../src/browser/saved-modules';
import { contentVersion } from '../../src/asset-version';
import { unversionedUrls } from '../../src/build/service-worker';

const good = {
  format: saveListFormat,
  module: 'grand-design',
  version: 'abc',
  bytes: 10,
  files: [{ url: '/modul/grand-design/', integrity: 'sha256-AAAA', bytes: 10 }],
};

describe('saving modules for offline reading', () => {
  test('a save list is read only when its format, module and every file with its integrity are there', () => {
    expect(parseSaveList(good)).toEqual(good);
    expect(() => parseSaveList({ ...good, format: 2 })).toThrow(/format/);
    expect(() => parseSaveList({ ...good, files: [] })).toThrow();
    expect(() => parseSaveList({ ...good, files: [{ url: 'modul/', integrity: 'sha256-AAAA', bytes: 1 }] })).toThrow(/berkas/);
    expect(() => parseSaveList({ ...good, files: [{ url: '/x', integrity: 'md5-AAAA', bytes: 1 }] })).toThrow(/berkas/);
    expect(() => parseSaveList(null)).toThrow();
  });

  test('every cache of a module, complete or not and from before this version, belongs to it; other caches do not', () => {
    expect(moduleOfCache('bk-modul-grand-design~lx2k9a')).toBe('grand-design');
    expect(moduleOfCache('bk-modul-grand-design')).toBe('grand-design');
    expect(moduleOfCache('bk-pagefind')).toBeNull();
    expect(moduleOfCache('workbox-precache-v2-http://x/')).toBeNull();
  });

  test('the build refuses a ?v= that does not name its file content, and accepts one that does', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'bk-versi-'));
    try {
      mkdirSync(path.join(dist, 'js'));
      writeFileSync(path.join(dist, 'js/lesson.js'), 'console.log(1)');
      const page = (v: string) => `<!doctype html><script defer src="/js/lesson.js?v=${v}"></script>`;
      writeFileSync(path.join(dist, 'index.html'), page(contentVersion('console.log(1)')));
      expect(await unversionedUrls(dist)).toEqual([]);
      writeFileSync(path.join(dist, 'index.html'), page('e1c08a02'));
      expect(await unversionedUrls(dist)).toEqual(['index.html: /js/lesson.js?v=e1c08a02 (isi berkas berbeda)']);
      writeFileSync(path.join(dist, 'js/lesson.js'), 'console.log(2)');
      writeFileSync(path.join(dist, 'index.html'), page(contentVersion('console.log(1)')));
      expect(await unversionedUrls(dist)).toHaveLength(1);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
