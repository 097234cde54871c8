import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portableNameProblems } from '../../src/build/portable-names';
import { writeReproducibleZip } from '../../src/build/reproducible-zip';
import { applyVariantMarkers, leftoverRootUrls, rewriteHtml } from '../../src/build/offline-variant';
import { loadedUrls } from '../../src/build/module-offline';
import { renderReadme } from '../../src/build/offline-package';
import { appIconPng } from '../../src/build/png-icon';
import { formatBytes } from '../../src/shared/format-bytes';
import { storageIsolatedPerFile } from '../../src/client/lib/file-storage';

const temp = mkdtempSync(path.join(tmpdir(), 'bk-unit-zip-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small package folder, written in the order given (file system order must not matter). */
function fixture(name: string, files: Record<string, string>): string {
  const dir = path.join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const files = { 'index.html': '<h1>Beranda</h1>', 'modul/a/index.html': '<h1>A</h1>', 'js/x.js': 'var x=1', 'BACA-SAYA.txt': 'baca\r\n' };
const mtime = new Date('2026-11-20T03:04:06Z');

describe('the reproducible zip writer', () => {
  it('writes the same bytes for the same folder, whatever order its files were created in', async () => {
    const a = fixture('a', files);
    const b = fixture('b', Object.fromEntries(Object.entries(files).reverse()));
    const one = await writeReproducibleZip({ dir: a, top: 'paket', out: path.join(temp, 'a.zip'), mtime });
    const two = await writeReproducibleZip({ dir: b, top: 'paket', out: path.join(temp, 'b.zip'), mtime });
    expect(one.sha256).toBe(two.sha256);
    expect(sha(path.join(temp, 'a.zip'))).toBe(one.sha256);
    expect(one.entries).toEqual(['paket/BACA-SAYA.txt', 'paket/index.html', 'paket/js/x.js', 'paket/modul/a/index.html']);
  });

  it('writes the same bytes in any time zone', async () => {
    const dir = fixture('tz', files);
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Jakarta';
      const jakarta = await writeReproducibleZip({ dir, top: 'paket', out: path.join(temp, 'tz1.zip'), mtime });
      process.env.TZ = 'America/Los_Angeles';
      const la = await writeReproducibleZip({ dir, top: 'paket', out: path.join(temp, 'tz2.zip'), mtime });
      expect(la.sha256).toBe(jakarta.sha256);
    } finally {
      process.env.TZ = saved;
    }
  });

  it('changes when the content or the fixed date changes (the checksum means something)', async () => {
    const dir = fixture('c', files);
    const base = await writeReproducibleZip({ dir, top: 'paket', out: path.join(temp, 'c1.zip'), mtime });
    const later = await writeReproducibleZip({ dir, top: 'paket', out: path.join(temp, 'c2.zip'), mtime: new Date('2026-11-21T00:00:00Z') });
    writeFileSync(path.join(dir, 'js/x.js'), 'var x=2');
    const edited = await writeReproducibleZip({ dir, top: 'paket', out: path.join(temp, 'c3.zip'), mtime });
    expect(new Set([base.sha256, later.sha256, edited.sha256]).size).toBe(3);
  });
});

describe('file names in the package', () => {
  it('accepts the names the site uses', () => {
    expect(portableNameProblems(['budaya-kerja-asn/index.html', 'budaya-kerja-asn/_astro/Base.D3cFuv-s.css', 'budaya-kerja-asn/modul/sop-ap/index.html'])).toEqual([]);
  });

  it.each([
    ['a Windows-forbidden character', 'p/kuis:1.html'],
    ['a reserved device name', 'p/con.html'],
    ['a trailing dot', 'p/modul./index.html'],
    ['a non-ASCII name', 'p/pelajaran-ü.html'],
    ['a path too long for MAX_PATH', `p/${'folder-panjang/'.repeat(12)}index.html`],
  ])('rejects %s', (_, name) => {
    expect(portableNameProblems([name])).not.toEqual([]);
  });

  it('rejects two names that differ only by case', () => {
    expect(portableNameProblems(['p/Index.html', 'p/index.html'])).toHaveLength(1);
  });
});

describe('the offline variant of a page', () => {
  it('drops web-only elements, nested ones included, and reveals offline-only ones', () => {
    const html = '<head><link rel="manifest" href="/m.json" data-bk-web-only></head><main><section data-bk-web-only><section>x</section><a href="/u.zip">zip</a></section><p>tetap</p><section class="bk-box" hidden data-bk-offline-only>luring</section></main>';
    expect(applyVariantMarkers(html)).toBe('<head></head><main><p>tetap</p><section class="bk-box" data-bk-offline-only>luring</section></main>');
  });

  it('flags root-absolute URLs the rewrite does not handle, and nothing it handled', () => {
    const page = '<img src="/a.png" srcset="/a-2x.png 2x"><a href="/modul/x/">x</a><script>load("/pagefind/pagefind.js")</script>';
    const rewritten = rewriteHtml(page, 'index.html');
    const flagged = leftoverRootUrls(rewritten);
    expect(flagged.some((f) => f.startsWith('srcset='))).toBe(true);
    expect(flagged.some((f) => f.includes('/pagefind/'))).toBe(true);
    expect(flagged.some((f) => f.includes('a.png"'))).toBe(false);
    expect(rewritten).toContain('href="modul/x/index.html"');
  });
});

describe('what saving a module downloads', () => {
  it('counts what a page loads (styles, scripts, images) but not what it links to', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="manifest" href="/m.webmanifest"><script defer src="/js/lesson.js?v=1"></script><img src="/img/x.png" srcset="/img/x2.png 2x"><a href="/kuis/x/">kuis</a>';
    expect(loadedUrls(html)).toEqual(['/_astro/a.css', '/js/lesson.js?v=1', '/img/x.png', '/img/x2.png']);
  });

  it('shows sizes as an Indonesian reader writes them', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(86_000)).toBe('84 KB');
    expect(formatBytes(1_300_000)).toBe('1,2 MB');
  });
});

describe('progress from file://', () => {
  it('knows that Firefox keeps storage per file and Chromium-based browsers do not', () => {
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0';
    const edge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0';
    expect(storageIsolatedPerFile('file:', firefox)).toBe(true);
    expect(storageIsolatedPerFile('file:', edge)).toBe(false);
    expect(storageIsolatedPerFile('https:', firefox)).toBe(false);
  });
});

describe('BACA-SAYA.txt and the icons', () => {
  it('renders BACA-SAYA.txt in plain ASCII with Windows line ends and every variable filled', async () => {
    const text = await renderReadme();
    expect(text).toMatch(/^[\x20-\x7e\r\n]+$/);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
  });

  it('draws the app icons as real PNGs of the right size, the same bytes every time', () => {
    const png = appIconPng(192);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(192);
    expect(appIconPng(192).equals(png)).toBe(true);
  });
});

describe('the build pipeline has no time-dependent input', () => {
  it('no build step, page, layout or component reads the clock or a random number', () => {
    const roots = ['src/build', 'src/pages', 'src/layouts', 'src/components', 'src/shared', 'src/course', 'src/integrations', 'src/i18n', 'src/schemas'];
    const offenders: string[] = [];
    for (const dir of roots) {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(ts|astro|mjs|js)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/new Date\(\s*\)|Date\.now\(|Math\.random\(|performance\.now\(/g)) offenders.push(`${file}: ${m[0]}`);
      }
    }
    // One clock, for `npm run bench:scale`: read only when BK_BUILD_TIMES names the file the step times go to.
    const stepTimes = 'src/integrations/postbuild.ts: performance.now(';
    expect(offenders.filter((o) => o === stepTimes).length).toBeLessThanOrEqual(1);
    expect(offenders.filter((o) => o !== stepTimes)).toEqual([]);
  });
});
