import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { dist, htmlFiles, offlineDir } from '../support/dist';
import { missingTools, zimFile } from '../support/kiwix';
import { readEntries, readEntry, readHeader, readMetadata, resolveEntry } from '../../src/build/zim-archive';
import { buildZim, findExecutable, maxZimBytes, type ZimMetadata } from '../../src/build/zim-writer';

// Node-only checks of the ZIM the build wrote: what zimcheck, Kiwix's catalogue and Kiwix's search
// see. The metadata are read with our own reader of the format, not with the tools under test.
const run = promisify(execFile);
const skip = missingTools('zimwriterfs', 'zimcheck', 'zimsearch');
test.skip(Boolean(skip), skip);

const zim = () => readFileSync(zimFile);

test('the build wrote dist/unduh/budaya-kerja-asn.zim and its sha256sum file', () => {
  expect(existsSync(zimFile), 'npm run build writes the ZIM whenever zimwriterfs is installed').toBe(true);
  const sha = createHash('sha256').update(zim()).digest('hex');
  expect(readFileSync(`${zimFile}.sha256`, 'utf8')).toBe(`${sha}  budaya-kerja-asn.zim\n`);
});

test('zimcheck -A passes: structure, checksum, metadata, illustration, main page, internal links, no redirect loops', async () => {
  const { stdout } = await run(findExecutable('zimcheck')!, ['-A', zimFile]);
  expect(stdout).toContain('Overall Test Status: Pass');
  expect(stdout).not.toMatch(/\[ERROR\]/);
});

test('the ZIM is at most 5 MB', () => {
  const bytes = statSync(zimFile).size;
  expect(bytes, `${(bytes / 1024 / 1024).toFixed(2)} MB`).toBeLessThanOrEqual(maxZimBytes);
});

test('the metadata say what Kiwix libraries show: name, title, Indonesian (ind), a short description, creator, publisher, date, tags with the full-text index, source', () => {
  const meta = readMetadata(zim());
  expect(meta.Name).toBe('budaya-kerja-asn_id_all');
  expect(meta.Title).toBe('Budaya Kerja ASN');
  expect(meta.Language).toBe('ind');
  expect(meta.Description).toBe('Modul, presentasi, dan kuis Reformasi Birokrasi dan Budaya Kerja ASN');
  // openZIM recommends at most 30 graphemes for the title and 80 for the description.
  const graphemes = (s: string) => [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(s)].length;
  expect(graphemes(meta.Title!)).toBeLessThanOrEqual(30);
  expect(graphemes(meta.Description!)).toBeLessThanOrEqual(80);
  expect(meta.Creator).toBe('Budaya Kerja ASN');
  expect(meta.Publisher).toBe('Budaya Kerja ASN');
  expect(meta.Date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(meta.Source).toMatch(/^https:\/\/.+\/$/);
  expect(meta.Scraper).toMatch(/^budaya-kerja-asn \d+\.\d+\.\d+ \(.+\)$/);
  const tags = meta.Tags!.split(';');
  expect(tags).toEqual(expect.arrayContaining(['_ftindex:yes', '_category:other', '_videos:no', 'reformasi-birokrasi', 'budaya-kerja']));
});

test('the illustration is a 48×48 PNG and the main page is the home page', () => {
  const buf = zim();
  const png = readEntry(buf, 'M', 'Illustration_48x48@1');
  expect(png, 'M/Illustration_48x48@1').toBeDefined();
  expect(png!.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png!.readUInt32BE(16), png!.readUInt32BE(20)]).toEqual([48, 48]);
  const entries = readEntries(buf);
  const main = resolveEntry(entries, entries[readHeader(buf).mainPage]!);
  expect(`${main.namespace}/${main.path}`).toBe('C/index.html');
});

test('the ZIM holds every page and asset of the offline variant, and not the zip read-me', () => {
  const inZim = readEntries(zim()).filter((e) => e.namespace === 'C').map((e) => e.path);
  const expected = htmlFiles(offlineDir);
  expect(expected.length).toBeGreaterThan(20);
  expect(inZim).toEqual(expect.arrayContaining(expected));
  expect(inZim).toEqual(expect.arrayContaining(['js/quiz.js', 'js/deck.js', 'vendor/reveal/reveal.js', 'search/indeks.js']));
  expect(inZim).not.toContain('BACA-SAYA.txt');
});

/** Indonesian queries a learner types into Kiwix's search, and the lesson that must come first. */
const kiwixSearchCases = [
  ['pola pikir', 'modul/pola-pikir/index.html'],
  ['kelompok budaya kerja', 'modul/kelompok-budaya-kerja/index.html'],
  ['berakhlak', 'modul/nilai-budaya-kerja/index.html'],
  ['delapan area perubahan', 'modul/grand-design/index.html'],
  ['standar operasional prosedur', 'modul/sop-ap/index.html'],
  ['diagram alir', 'modul/sop-ap/index.html'],
  ['gratifikasi', 'modul/pelayanan-integritas/index.html'],
  ['tidak masuk kerja', 'modul/pelayanan-integritas/index.html'],
  ['hukuman disiplin', 'modul/pelayanan-integritas/index.html'],
  ['siklus PDCA', 'modul/kelompok-budaya-kerja/index.html'],
] as const;

test('zimsearch (Kiwix full-text search) puts the right lesson first for Indonesian queries, ahead of its quiz and deck', async () => {
  const entries = readEntries(zim());
  const wrong: string[] = [];
  for (const [query, lesson] of kiwixSearchCases) {
    const { stdout } = await run(findExecutable('zimsearch')!, [zimFile, query]);
    // Output: "article <entry index>" then "score <n>\t:\t<title>" per hit.
    const first = /article (\d+)/.exec(stdout)?.[1];
    const found = first === undefined ? '(tidak ada hasil)' : entries[Number(first)]?.path;
    if (found !== lesson) wrong.push(`"${query}": ${found}, bukan ${lesson}`);
  }
  expect(wrong).toEqual([]);
});

test('decks and quizzes stay out of the full-text index (they repeat the lesson) but keep their titles for suggestions', async () => {
  const entries = readEntries(zim());
  const { stdout } = await run(findExecutable('zimsearch')!, [zimFile, 'kuis grand design']);
  const hits = [...stdout.matchAll(/article (\d+)/g)].map((m) => entries[Number(m[1])]?.path ?? '');
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.filter((p) => /^(kuis|presentasi)\//.test(p))).toEqual([]);
  const titles = entries.filter((e) => e.namespace === 'C' && e.path.startsWith('kuis/')).map((e) => e.title);
  expect(titles).toContain('Kuis Grand Design Reformasi Birokrasi · Budaya Kerja ASN');
});

/** What the build told zimwriterfs, read back from the ZIM it wrote (less the tags zimwriterfs adds). */
function metadataOf(buf: Buffer): ZimMetadata {
  const m = readMetadata(buf);
  const tags = m.Tags!.split(';').filter((tag) => !tag.startsWith('_ftindex'));
  return { name: m.Name!, title: m.Title!, description: m.Description!, language: m.Language!, creator: m.Creator!, publisher: m.Publisher!, source: m.Source!, scraper: m.Scraper!, tags };
}

test('two builds of the same offline variant give a byte-identical ZIM (same day: zimwriterfs stamps the date)', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-zim-test-'));
  try {
    const zimwriterfs = findExecutable('zimwriterfs')!;
    const meta = metadataOf(zim());
    const one = await buildZim({ offlineDir, out: path.join(dir, 'satu.zim'), zimwriterfs, meta });
    const two = await buildZim({ offlineDir, out: path.join(dir, 'dua.zim'), zimwriterfs, meta });
    expect(one.unstable).toEqual([]);
    expect(two.sha256).toBe(one.sha256);
    // The build's own ZIM too, unless it was written on another (UTC) day.
    if (readMetadata(zim()).Date === readMetadata(readFileSync(one.file)).Date) {
      expect(createHash('sha256').update(zim()).digest('hex')).toBe(one.sha256);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the download page lists the ZIM with its size and checksum, and a Kiwix how-to for Android and a laptop hotspot', () => {
  const page = readFileSync(path.join(dist, 'unduh', 'index.html'), 'utf8');
  const sha = createHash('sha256').update(zim()).digest('hex');
  expect(page).toContain(sha);
  expect(page).toContain(`${statSync(zimFile).size} byte`);
  expect(page).toContain('href="/unduh/budaya-kerja-asn.zim"');
  expect(page).toContain('href="/unduh/budaya-kerja-asn.zim.sha256"');
  expect(page).toContain('kiwix-serve --port 8080 budaya-kerja-asn.zim');
  expect(page).toMatch(/Google Play Store/);
  expect(page).not.toContain('@@');
});
