#!/usr/bin/env node
// `npm run bench:scale -- N [--keep]`: what happens when a province adds its own modules. Builds a
// temporary copy of the project whose course has N lessons (the real ones plus copies with new ids
// and lightly altered prose, without decks or quizzes, as an added module usually starts) and
// prints a table: the time of each build step, what saving one module costs a phone, what the
// first search from the offline folder (file://) reads, the zip, the app shell and the home page.
// A report, not a test. Never touches content/ or dist/ of the project itself.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { requireChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const keep = args.includes('--keep');
const project = path.resolve('.');
const lessonsDir = path.join(project, 'content/lessons');
const real = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')).sort();
if (n < real.length) {
  console.error(`N minimal ${real.length} (jumlah pelajaran yang ada)`);
  process.exit(1);
}
const executablePath = requireChromium();

// A copy of the project without its build outputs; node_modules is linked, not copied.
const work = mkdtempSync(path.join(tmpdir(), `bk-skala-${n}-`));
const skip = new Set(['node_modules', 'dist', 'dist-offline', 'dist-scorm', '.git', '.astro', 'test-results', 'handouts']);
for (const entry of readdirSync(project)) if (!skip.has(entry)) cpSync(path.join(project, entry), path.join(work, entry), { recursive: true });
symlinkSync(path.join(project, 'node_modules'), path.join(work, 'node_modules'), 'dir');

/** A short made-up word per copy (aa, ab, …): each added module brings words of its own, as real ones do. */
const wordOf = (k) => {
  let w = '';
  for (let x = k; x > 0; x = Math.floor(x / 26)) w = String.fromCharCode(97 + (x % 26)) + w;
  return `kata${w}`;
};
/** Light, deterministic edits of the prose: a few words swapped, one sentence of the copy's own. */
const swaps = [
  ['pegawai', 'aparatur'],
  ['kantor', 'instansi'],
  ['warga', 'penduduk'],
  ['sering', 'kerap'],
];
function copyLesson(source, k) {
  const text = readFileSync(path.join(lessonsDir, source), 'utf8');
  const end = text.indexOf('\n---', 3);
  let front = text.slice(0, end);
  let body = text.slice(end);
  front = front
    .replace(/^title: (.*)$/m, (_, t) => `title: ${JSON.stringify(`${t.replace(/^"(.*)"$/, '$1')} (salinan ${k})`)}`)
    .replace(/^order: \d+$/m, `order: ${100 + k}`)
    .replace(/^(deck|quiz): .*\n/gm, '');
  const [from, to] = swaps[k % swaps.length];
  body = body.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  body = body.replace(/\n\n(?=[A-Z])/, `\n\nSalinan ${k} ini memakai istilah ${wordOf(k)} dan ${wordOf(k * 7 + 3)} untuk uji skala.\n\n`);
  return front + body;
}
for (let k = 1; k <= n - real.length; k++) {
  const source = real[k % real.length];
  writeFileSync(path.join(work, 'content/lessons', `${source.replace(/\.mdx$/, '')}-salinan-${k}.mdx`), copyLesson(source, k));
}

// Build, timing the whole and (through BK_BUILD_TIMES) each post-build step.
const timesFile = path.join(work, 'waktu-langkah.json');
const started = performance.now();
const built = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build'], {
  cwd: work,
  stdio: ['ignore', 'ignore', 'inherit'],
  // The app shell's limit (src/build/service-worker.ts) would stop a big course's build; the table
  // reports the app shell's size instead.
  env: { ...process.env, BK_BUILD_TIMES: timesFile, BK_VERSION: 'skala', SOURCE_DATE_EPOCH: '1767225600', BK_MAX_PRECACHE_BYTES: String(64 * 1024 * 1024) },
});
const totalMs = performance.now() - started;
if (built.status !== 0) {
  console.error(`build gagal (folder: ${work})`);
  process.exit(built.status ?? 1);
}
const steps = JSON.parse(readFileSync(timesFile, 'utf8'));
const stepsMs = Object.values(steps).reduce((a, b) => a + b, 0);

const dist = path.join(work, 'dist');
const offlineDir = path.join(work, 'dist-offline', 'budaya-kerja-asn');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const gz = (file) => (existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file)).length);

// One module's save, as the service worker downloads it (src/build/module-offline.ts).
const saveList = JSON.parse(readFileSync(path.join(dist, 'simpan', `${real[0].replace(/\.mdx$/, '')}.json`), 'utf8'));

// The app shell the service worker precaches, gzip as served.
const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
const shell = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1].replace(/[?#].*$/, ''));
const fileOf = (url) => path.join(dist, url.replace(/^\//, '') + (url.endsWith('/') ? 'index.html' : ''));
const shellBytes = shell.reduce((sum, url) => sum + (existsSync(fileOf(url)) ? gz(fileOf(url)) : 0), 0);

// The first query from the offline folder: every script the search page loads, read from disk.
const query = 'melayani masyarakat';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
const page = await browser.newPage();
await page.goto(`${pathToFileURL(path.join(offlineDir, 'cari/index.html')).href}?q=${encodeURIComponent(query)}`);
await page.locator('.bk-result').first().waitFor({ timeout: 120_000 });
const loaded = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
await browser.close();
const searchFiles = loaded.filter((u) => u.startsWith('file:')).map((u) => new URL(u.replace(/[?#].*$/, '')).pathname);
const searchBytes = searchFiles.reduce((sum, f) => sum + statSync(decodeURIComponent(f)).size, 0);

const zip = path.join(dist, 'unduh', 'budaya-kerja-offline.zip');
const rows = [
  ['Pelajaran', String(n), `${real.length} asli + ${n - real.length} salinan (tanpa dek dan kuis)`],
  ['Build seluruhnya', seconds(totalMs), `halaman Astro ±${seconds(totalMs - stepsMs)}, langkah setelah build ${seconds(stepsMs)}`],
  ...Object.entries(steps).map(([step, ms]) => [`  langkah ${step}`, seconds(ms), '']),
  ['Simpan satu modul (ponsel)', kb(saveList.bytes), `${saveList.files.length} berkas, modul ${saveList.module}`],
  ['Pencarian file://, kueri pertama', kb(searchBytes), `“${query}”: ${searchFiles.length} skrip dibaca`],
  ['Paket offline (zip)', kb(statSync(zip).size), ''],
  ['App shell service worker (gz)', kb(shellBytes), `${shell.length} berkas`],
  ['Beranda (gz)', kb(gz(path.join(dist, 'index.html'))), ''],
];
console.log(`\n## Skala: kursus dengan ${n} pelajaran\n`);
console.log('| Ukuran / waktu | Nilai | Keterangan |');
console.log('|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (keep) console.log(`\nFolder build: ${work}`);
else rmSync(work, { recursive: true, force: true });
