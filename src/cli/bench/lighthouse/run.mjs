#!/usr/bin/env node
// `npm run bench:lighthouse [-- --runs N] [-- page …]`: a report, not a test. Lighthouse mobile
// (its default phone emulation and simulated slow 4G with a 4× slower CPU) on one page of each kind,
// served from dist/ like `npm run bench` does, several runs each; prints the median of the four
// category scores per page and the audits that failed. Builds nothing: run `npm run build` first.
// Scores vary with CPU load (performance most): compare tables made on a quiet machine.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../../static-server.mjs';
import { requireChromium } from '../../find-chromium.mjs';
import { categories, summarize, table } from './scores.mjs';

/** The pages issue 16 names: the longest lesson, its quiz and deck, and the pages with scripts. */
const pages = [
  ['beranda', 'Beranda', '/'],
  ['pelajaran', 'Pelajaran (terpanjang)', '/modul/pelayanan-integritas/'],
  ['kuis', 'Kuis', '/kuis/pelayanan-integritas/'],
  ['presentasi', 'Presentasi', '/presentasi/pelayanan-integritas/'],
  ['cari', 'Pencarian', '/cari/'],
  ['rekap', 'Rekap kelas', '/rekap/'],
  ['kemajuan', 'Kemajuan', '/kemajuan/'],
];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const saveAt = args.indexOf('--json');
const jsonDir = saveAt >= 0 ? path.resolve(args[saveAt + 1]) : null;
if (jsonDir) mkdirSync(jsonDir, { recursive: true });
const named = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1 && i !== saveAt + 1);
const wanted = named.length ? pages.filter(([name]) => named.includes(name)) : pages;
if (!Number.isInteger(runs) || runs < 1 || wanted.length === 0) {
  console.error(`Pemakaian: npm run bench:lighthouse -- [--runs N] [--json folder] [${pages.map(([n]) => n).join('|')} …]`);
  process.exit(1);
}

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'sitemap.xml'))) {
  console.error('dist/ belum ada: jalankan "npm run build" dulu.');
  process.exit(1);
}
const chromePath = requireChromium();

const port = Number(process.env.BK_BENCH_PORT ?? 4455);
const server = await startStaticServer({ root: dist, port });
const base = `http://127.0.0.1:${port}`;
// chrome-launcher starts the given Chromium with a fresh profile; Lighthouse clears the origin's
// storage (service worker included) before each run, so every run is a first visit.
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const load = [];
let version = '';
const rows = [];
try {
  for (const [name, label, url] of wanted) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      load.push(loadavg()[0]);
      const result = await lighthouse(base + url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories.map(([id]) => id),
      });
      if (!result) throw new Error(`Lighthouse tidak menghasilkan laporan untuk ${url}`);
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      lhrs.push(result.lhr);
      version = result.lhr.lighthouseVersion;
      if (jsonDir) writeFileSync(path.join(jsonDir, `${name}-${i + 1}.json`), result.report);
    }
    rows.push({ label, url, summary: summarize(lhrs) });
  }
} finally {
  await chrome.kill();
  server.close();
}

const range = `${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`;
console.log(`\n## Lighthouse ${version} seluler, median ${runs} run per halaman (beban CPU 1 menit selama pengukuran: ${range})\n`);
console.log(table(rows));
