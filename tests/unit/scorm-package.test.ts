import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeManifest, type ManifestInput } from '../../src/build/scorm/manifest';
import { linkTargets, lmsPage } from '../../src/build/scorm/pages';
import { packagePath, pageAssets, cssAssets } from '../../src/build/scorm/files';
import { shellPage } from '../../src/build/scorm/shell';
import { writeReproducibleZip } from '../../src/build/reproducible-zip';
import { HtmlPage } from '../../src/build/html-page';
import { manifestErrors, vendoredSchema } from '../support/scorm-schemas';
import { readZip } from '../support/unzip';

const input: ManifestInput = {
  pkg: { identifier: 'budaya-kerja-asn-contoh', title: 'Contoh & "kutipan" <tanda>' },
  version: '0.1.0+abcdef12',
  scos: [
    { id: 'pretest', title: 'Pre-test', launch: 'lms/pretest.html', files: ['lms/pretest.html', 'kuis/pretest/index.html'] },
    { id: 'grand-design', title: 'Modul 1 – Grand Design', masteryScore: 70, launch: 'lms/grand-design.html', files: ['lms/grand-design.html', 'modul/grand-design/index.html'] },
  ],
  shared: ['js/scorm.js', 'glosarium/index.html'],
};

describe('the SCORM 1.2 manifest', () => {
  it('validates against the ADL SCORM 1.2 schemas, with a mastery score only where there is a pass mark', async () => {
    const xml = writeManifest(input);
    expect(await manifestErrors(xml, vendoredSchema)).toEqual([]);
    expect(xml.match(/<adlcp:masteryscore>70<\/adlcp:masteryscore>/g)).toHaveLength(1);
    expect(xml).toContain('<title>Contoh &amp; &quot;kutipan&quot; &lt;tanda&gt;</title>');
  });

  it('fails validation for what an LMS would refuse (a title over 200 characters), so the check can fail', async () => {
    const xml = writeManifest({ ...input, pkg: { ...input.pkg, title: 'x'.repeat(201) } });
    expect((await manifestErrors(xml, vendoredSchema)).join('\n')).toMatch(/title/);
  });
});

describe('a page as it goes into a SCORM package', () => {
  const pages = new Map<string, string | undefined>([
    ['modul/a/index.html', 'a'],
    ['kuis/a/index.html', 'a'],
    ['modul/b/index.html', 'b'],
    ['glosarium/index.html', undefined],
  ]);
  const files = new Set([...pages.keys(), 'js/lesson.js', 'js/scorm.js', '_astro/s.css']);
  const html = `<!doctype html><html lang="id"><head><script defer src="../../js/lesson.js?v=1"></script></head><body>
<header><a class="bk-brand" href="../../index.html">Situs</a><nav data-bk-no-lms><a href="../../kemajuan/index.html">Kemajuan</a></nav></header>
<main><a href="../../kuis/a/index.html">Kuis</a> <a href="../../glosarium/index.html#kkn">KKN</a> <a href="../b/index.html">Modul B</a>
<a href="#tujuan">Tujuan</a> <a href="https://jdih.example/">JDIH</a></main>
<script type="application/json" id="bk-ui">{"lesson.markRead":"Tandai"}</script></body></html>`;
  const out = lmsPage(html, { file: 'modul/a/index.html', sco: 'a', pages, files, adapter: { src: '../../js/scorm.js', ui: { 'scorm.recorded': 'Nilai {percent}% tercatat.' } } });
  const links = new HtmlPage(out).find((el) => el.tag === 'a').map((el) => [el.text, el.attr('href') ?? null]);

  it('drops what is marked data-bk-no-lms', () => {
    expect(out).not.toContain('Kemajuan');
  });

  it("keeps links to its own SCO's pages, the reference pages, anchors and other sites; unlinks the rest and keeps their text", () => {
    expect(links).toEqual([
      ['Situs', null],
      ['Kuis', '../../kuis/a/index.html'],
      ['KKN', '../../glosarium/index.html#kkn'],
      ['Modul B', null],
      ['Tujuan', '#tujuan'],
      ['JDIH', 'https://jdih.example/'],
    ]);
  });

  it("loads the adapter before the page's own scripts (it must listen when they start) and adds its strings to the page's UI island", () => {
    const scripts = new HtmlPage(out).find((el) => el.tag === 'script' && el.has('src')).map((el) => el.attr('src'));
    expect(scripts).toEqual(['../../js/scorm.js', '../../js/lesson.js?v=1']);
    const island = new HtmlPage(out).find((el) => el.attr('id') === 'bk-ui')[0]!;
    expect(JSON.parse(island.text)).toEqual({ 'lesson.markRead': 'Tandai', 'scorm.recorded': 'Nilai {percent}% tercatat.' });
  });

  it("lets a new tab of its own SCO's page keep its opener (the review page finds the session through it)", () => {
    const quiz = lmsPage('<html><head></head><body><a href="../../modul/a/index.html" target="_blank">A</a><a href="../../glosarium/index.html" target="_blank">G</a></body></html>', {
      file: 'kuis/a/index.html',
      sco: 'a',
      pages,
      files,
    });
    expect(quiz).toContain('<a href="../../modul/a/index.html" target="_blank" rel="opener">A</a>');
    expect(quiz).toContain('<a href="../../glosarium/index.html" target="_blank">G</a>');
  });

  it('lets a reference page link only to reference pages (it is shared by every SCO)', () => {
    const glossary = lmsPage('<html><head></head><body><a href="../modul/a/index.html">A</a><a href="index.html#x">X</a></body></html>', { file: 'glosarium/index.html', pages, files });
    expect(new HtmlPage(glossary).find((el) => el.tag === 'a').map((el) => el.attr('href') ?? null)).toEqual([null, 'index.html#x']);
    expect(glossary).not.toContain('scorm.js');
  });

  it("names each place a page's links lead once, leaving out anchors and other sites (what decides a reference page's copy)", () => {
    const html = '<body><a href="../modul/a/index.html">A</a> <a href="../modul/a/index.html#s">A</a> <a href="#x">X</a> <a href="https://example.org/">E</a> <a href="../../luar.html">L</a> <area href="index.html"></body>';
    expect(linkTargets(html, 'glosarium/index.html')).toEqual(['', 'glosarium/index.html', 'modul/a/index.html']);
  });
});

describe('what a package page needs', () => {
  it('resolves relative URLs inside the package and ignores anything outside it', () => {
    expect(packagePath('../../js/quiz.js?v=1', 'kuis/a/index.html')).toBe('js/quiz.js');
    expect(packagePath('../../../etc/passwd', 'kuis/a/index.html')).toBeUndefined();
    expect(packagePath('https://example.org/x.js', 'index.html')).toBeUndefined();
    expect(packagePath('#top', 'index.html')).toBeUndefined();
  });

  it('collects loaded files and files scripts load on demand, but not linked pages', () => {
    const html = '<link rel="stylesheet" href="../../_astro/s.css"><script src="../../js/exam.js"></script><div data-bk-qr-src="../../js/qr.js?v=1"></div><a href="../../glosarium/index.html">G</a><img srcset="../../a.png 1x, ../../b.png 2x">';
    expect(pageAssets(html, 'kuis/a/index.html').sort()).toEqual(['_astro/s.css', 'a.png', 'b.png', 'js/exam.js', 'js/qr.js']);
    expect(cssAssets('a{background:url("../font/x.woff2")} b{background:url(data:image/png;base64,AA)}', '_astro/s.css')).toEqual(['font/x.woff2']);
  });
});

describe('the launch frame of a SCO', () => {
  it('escapes the title and names its pages relative to itself', () => {
    const html = shellPage({ title: 'Modul <1> & "2"', siteName: 'Situs', pages: ['../modul/a/index.html', '../kuis/a/index.html'], root: '../', script: '../js/scorm.js', stylesheet: 'bingkai.css', noScript: 'Aktifkan JS.', openStart: 'buka' });
    expect(html).toContain('<title>Modul &lt;1&gt; &amp; "2" · Situs</title>');
    expect(html).toContain('title="Modul <1> &amp; &quot;2&quot;"');
    expect(html).toContain('data-bk-sco-pages="../modul/a/index.html ../kuis/a/index.html"');
    expect(html).toContain('<a href="../modul/a/index.html">buka</a>');
  });
});

describe('a zip with no top folder', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'bk-unit-scorm-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('puts the manifest at the root, folders before their files, and gives the same bytes twice', async () => {
    const dir = path.join(temp, 'pkg');
    mkdirSync(path.join(dir, 'lms'), { recursive: true });
    writeFileSync(path.join(dir, 'lms', 'a.html'), '<p>a</p>');
    writeFileSync(path.join(dir, 'imsmanifest.xml'), '<manifest/>');
    const mtime = new Date('2026-11-20T03:04:06Z');
    const first = await writeReproducibleZip({ dir, top: '', out: path.join(temp, '1.zip'), mtime });
    const second = await writeReproducibleZip({ dir, top: '', out: path.join(temp, '2.zip'), mtime });
    expect(readZip(path.join(temp, '1.zip')).map((e) => e.name)).toEqual(['imsmanifest.xml', 'lms/', 'lms/a.html']);
    expect(second.sha256).toBe(first.sha256);
  });
});
