import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limitFullTextIndex, revealZimOnly, withoutPagefind, zimPage } from '../../src/build/zim-variant';
import { fillZimDownload, zimMetadata, zimMode, zimStep } from '../../src/build/zim';
import { stabilizeBuffer } from '../../src/build/zim-stable';
import { zimPlaceholders } from '../../src/shared/placeholders';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><title>x</title>${head}</head><body>${body}</body></html>`;

describe('the ZIM copy of a page', () => {
  it('reveals what is marked for the ZIM only, and nothing else', () => {
    const html = page('', '<div class="bk-box" hidden data-bk-zim-only><p>Kiwix</p></div><p hidden data-bk-offline-only>luring</p>');
    const out = revealZimOnly(html);
    expect(out).toContain('<div class="bk-box" data-bk-zim-only>');
    expect(out).toContain('<p hidden data-bk-offline-only>');
  });

  it('drops the Pagefind location so the search page uses the index it carries', () => {
    const html = '<div data-bk-search data-bk-pagefind-path="pagefind/pagefind.js" data-bk-index-src="../search/indeks.js?v=1">';
    expect(withoutPagefind(html)).toBe('<div data-bk-search data-bk-index-src="../search/indeks.js?v=1">');
  });

  it('lets libzim index only the main content of a content page, not its header, crumbs or footer', () => {
    const html = page('', '<header>Modul Glosarium</header><main id="isi" data-pagefind-body><h1>SOP AP</h1></main><footer>Unduh</footer>');
    expect(limitFullTextIndex(html)).toBe(
      page(
        '',
        '<!--htdig_noindex--><header>Modul Glosarium</header><main id="isi" data-pagefind-body><!--/htdig_noindex--><h1>SOP AP</h1></main><!--htdig_noindex--><footer>Unduh</footer><!--/htdig_noindex-->',
      ),
    );
  });

  it('keeps decks, quizzes and tool pages out of the full-text index (still found by title)', () => {
    const html = page('<meta charset="utf-8">', '<main id="isi"><h1>Kuis</h1></main>');
    expect(limitFullTextIndex(html)).toContain('<meta name="robots" content="noindex"></head>');
    expect(limitFullTextIndex(limitFullTextIndex(html)).match(/name="robots"/g)).toHaveLength(1);
  });

  it('leaves a page of unexpected shape fully indexed rather than guessing', () => {
    const html = '<main data-pagefind-body>no body tag</main>';
    expect(limitFullTextIndex(html)).toBe(html);
  });

  it('applies every change in one pass', () => {
    const html = page('', '<main data-pagefind-body><div data-bk-search data-bk-pagefind-path="p.js"></div><p hidden data-bk-zim-only>z</p></main>');
    const out = zimPage(html);
    expect(out).not.toContain('data-bk-pagefind-path');
    expect(out).toContain('<p data-bk-zim-only>');
    expect(out).toContain('<!--htdig_noindex-->');
  });
});

describe('the download page', () => {
  const html = `<main><p>zip</p><section data-bk-web-only data-bk-zim aria-labelledby="z"><h2 id="z">ZIM</h2><section><p>${zimPlaceholders.size} ${zimPlaceholders.bytes}</p></section><code>${zimPlaceholders.sha256}</code></section><p>after</p></main>`;

  it('gets the ZIM size and checksum filled in', () => {
    const out = fillZimDownload(html, { bytes: 302140, sha256: 'ab'.repeat(32) });
    expect(out).toContain('302140');
    expect(out).toContain('ab'.repeat(32));
    expect(out).not.toContain('@@');
  });

  it('loses the whole ZIM block, nested sections included, when no ZIM was built', () => {
    expect(fillZimDownload(html, undefined)).toBe('<main><p>zip</p><p>after</p></main>');
  });

  it('fails the build when the block is missing, instead of shipping a page without it silently', () => {
    expect(() => fillZimDownload('<main></main>', undefined)).toThrow(/bagian ZIM/);
  });
});

describe('the ZIM metadata and mode', () => {
  it('keep within what openZIM recommends, in ISO 639-3', () => {
    const meta = zimMetadata();
    expect(meta.language).toBe('ind');
    expect(meta.name).toMatch(/^[a-z0-9-]+_id_[a-z0-9-]+$/);
    expect([...meta.title].length).toBeLessThanOrEqual(30);
    expect([...meta.description].length).toBeLessThanOrEqual(80);
    expect(meta.tags.join(';')).not.toMatch(/_ftindex/); // zimwriterfs adds it
  });

  it('are required only when BK_ZIM=required', () => {
    expect(zimMode({})).toBe('auto');
    expect(zimMode({ BK_ZIM: 'required' })).toBe('required');
  });
});

describe('making a ZIM byte-stable', () => {
  it('refuses a file that is not a ZIM', () => {
    expect(() => stabilizeBuffer(Buffer.alloc(100))).toThrow(/Bukan berkas ZIM/);
  });
});

describe('the ZIM step of the build', () => {
  const originalPath = process.env.PATH;
  let temp = '';
  afterEach(() => {
    process.env.PATH = originalPath;
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  /** A dist/ with the download page, an offline folder, and a PATH holding only `bin/`. */
  function setUp(zimwriterfs?: string) {
    temp = mkdtempSync(path.join(tmpdir(), 'bk-zim-step-'));
    const dist = path.join(temp, 'dist');
    const offlineDir = path.join(temp, 'dist-offline', 'budaya-kerja-asn');
    const bin = path.join(temp, 'bin');
    for (const dir of [path.join(dist, 'unduh'), offlineDir, bin]) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dist, 'unduh', 'index.html'), `<main><p>zip</p><section data-bk-web-only data-bk-zim><a href="/unduh/budaya-kerja-asn.zim">${zimPlaceholders.size}</a></section></main>`);
    writeFileSync(path.join(offlineDir, 'index.html'), '<html><head></head><body><main>x</main></body></html>');
    if (zimwriterfs) {
      writeFileSync(path.join(bin, 'zimwriterfs'), zimwriterfs);
      chmodSync(path.join(bin, 'zimwriterfs'), 0o755);
    }
    process.env.PATH = bin;
    return { dist, offlineDir, page: () => readFileSync(path.join(dist, 'unduh', 'index.html'), 'utf8') };
  }

  it('without zimwriterfs, goes on with one line saying how to get it, and the page offers no ZIM', async () => {
    const { dist, offlineDir, page } = setUp();
    const { zim, skipped } = await zimStep({ dist, offlineDir });
    expect(zim).toBeUndefined();
    expect(skipped).toMatch(/^ZIM untuk Kiwix dilewati: zimwriterfs tidak ditemukan\. .*sudo apt-get install zim-tools.*npm run zim\.$/);
    expect(skipped).not.toContain('\n');
    expect(page()).toBe('<main><p>zip</p></main>');
  });

  it('when required (npm run zim, CI), fails without zimwriterfs', async () => {
    const { dist, offlineDir } = setUp();
    await expect(zimStep({ dist, offlineDir, mode: 'required' })).rejects.toThrow(/tidak dapat dibuat: zimwriterfs tidak ditemukan/);
  });

  it('when zimwriterfs fails, the build goes on without the ZIM and says why; when required it fails', async () => {
    const { dist, offlineDir, page } = setUp('#!/bin/sh\necho "rusak: libmagic" >&2\nexit 1\n');
    const { zim, skipped } = await zimStep({ dist, offlineDir });
    expect(zim).toBeUndefined();
    expect(skipped).toContain('zimwriterfs gagal: rusak: libmagic');
    expect(page()).not.toContain('budaya-kerja-asn.zim');
    writeFileSync(path.join(dist, 'unduh', 'index.html'), '<main><section data-bk-zim></section></main>');
    await expect(zimStep({ dist, offlineDir, mode: 'required' })).rejects.toThrow(/zimwriterfs gagal/);
  });
});
