#!/usr/bin/env node
// `npm run bench`: a report, not a test. For each page type: bytes by kind (raw and gzip as
// served), request count, and under emulated slow 3G (400 ms RTT, 400 kbit/s) the Largest
// Contentful Paint and the load time, median of 5 first visits. Builds first when dist/ is missing.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { requireChromium } from './find-chromium.mjs';
import { measure, slow3g } from './measure.mjs';

// `npm run bench -- pages search`: only the named reports ("pages" is the table below, the others
// are the modules of src/cli/bench/ by name); all of them without arguments.
const only = new Set(process.argv.slice(2));
const wanted = (name) => only.size === 0 || only.has(name);
const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'sitemap.xml'))) {
  const built = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const executablePath = requireChromium();

/** One representative page per type; a type whose page the build lacks is skipped. */
const pageTypes = [
  ['Beranda', '/'],
  ['Pelajaran', '/modul/grand-design/'],
  ['Kuis', '/kuis/grand-design/'],
  ['Presentasi', '/presentasi/grand-design/'],
  ['Glosarium', '/glosarium/'],
  ['Dasar hukum', '/dasar-hukum/'],
  ['Pencarian', '/cari/'],
  ['Kemajuan', '/kemajuan/'],
  ['Rekap kelas', '/rekap/'],
  ['Handout peserta', '/presentasi/grand-design/handout-peserta/'],
  ['Handout fasilitator', '/presentasi/grand-design/handout-fasilitator/'],
  ['Rencana aksi KBK', '/rencana-aksi/'],
  ['Rencana aksi, lembar kosong', '/rencana-aksi/kosong/'],
  ['Buku materi (pengecualian anggaran 20 KB)', '/buku/'],
];

const port = Number(process.env.BK_BENCH_PORT ?? 4455);
const server = await startStaticServer({ root: dist, port });
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const base = `http://127.0.0.1:${port}`;
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kinds = ['html', 'css', 'js', 'image', 'other'];

const rows = [];
for (const [label, urlPath] of wanted('pages') ? pageTypes : []) {
  const file = path.join(dist, urlPath.replace(/^\//, ''), 'index.html');
  if (!existsSync(file)) continue;
  // Service workers blocked: every run must be a first visit, not one served from the app shell.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const bytes = await measure(context, base + urlPath);
  const times = [];
  const lcps = [];
  for (let i = 0; i < 5; i++) {
    const run = await measure(context, base + urlPath, { throttle: slow3g });
    times.push(run.loadMs);
    lcps.push(run.lcpMs);
  }
  await context.close();
  const cell = (k) => (bytes.byKind[k] ? `${kb(bytes.byKind[k].decoded)} / ${kb(bytes.byKind[k].encoded)}` : '–');
  rows.push([label, urlPath, ...kinds.map(cell), `${kb(bytes.decoded)} / ${kb(bytes.encoded)}`, kb(bytes.headers), String(bytes.count), `${(median(lcps) / 1000).toFixed(2)} s`, `${(median(times) / 1000).toFixed(2)} s`]);
}

const header = ['Jenis halaman', 'URL', ...kinds.map((k) => `${k} KB (mentah / gz)`), 'Total KB (mentah / gz)', 'Header HTTP KB', 'Permintaan', 'LCP, 3G lambat (median 5)', 'Muat, 3G lambat (median 5)'];
if (rows.length) {
  console.log('\n## Ukuran dan waktu muat kunjungan pertama\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

// Further reports (search cost, offline package, …): one module per concern in src/cli/bench/,
// each exporting `default async function ({ browser, base, dist, measure, kb })` that prints a table.
const extrasDir = path.resolve('src/cli/bench');
if (existsSync(extrasDir)) {
  for (const file of readdirSync(extrasDir).filter((f) => f.endsWith('.mjs') && wanted(f.replace(/\.mjs$/, ''))).sort()) {
    const { default: report } = await import(path.join(extrasDir, file));
    await report({ browser, base, dist, measure, kb });
  }
}

await browser.close();
server.close();
