// `npm run bench` report: what search costs a reader on a slow, paid connection. Pagefind runs
// without its worker (src/client/lib/search-pagefind.ts), so every request it makes is seen by the
// page's DevTools session; sizes are as served (Pagefind's index files are compressed by Pagefind
// itself, the rest gzip by the server). The file:// fallback's sizes are read from dist/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { slow3g } from '../measure.mjs';

const query = 'melayani masyarakat';
/** The first queries of the budget test (tests/e2e/budget.spec.ts), each from a fresh browser. */
const firstQueries = ['melayani masyarakat', 'pelayanan', 'integritas', 'disiplin pegawai'];

/** Which step of a search a request belongs to. */
function phaseOf(url) {
  const p = new URL(url).pathname;
  // Index chunks, and what the results drawn read: outlines and blocks of words (or fragments).
  if (/\/pagefind\/(index|fragment|bagian)\//.test(p)) return 'query';
  if (p.startsWith('/pagefind/')) return 'open';
  if (p.startsWith('/search/') || p.includes('search-fallback')) return 'fallback';
  return 'page';
}

/**
 * Resolves once Pagefind's engine has arrived (its wasm fetched in full). `networkidle` cannot say
 * so: the page reached it before the box was focused, so waiting for it again returns at once.
 */
const engineLoaded = (page) =>
  page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/wasm\.\w+\.pagefind$/.test(new URL(e.name).pathname) && e.responseEnd > 0));

async function openAndSearch(page, q = query) {
  const box = page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox');
  await box.focus();
  await engineLoaded(page);
  await page.waitForLoadState('networkidle');
  const started = Date.now();
  await box.fill(q);
  await box.press('Enter');
  await page.getByRole('status').filter({ hasText: 'halaman cocok' }).waitFor();
  await page.locator('.bk-result').first().waitFor();
  return Date.now() - started;
}

export default async function ({ browser, base, dist, measure, kb }) {
  if (!existsSync(path.join(dist, 'cari', 'index.html'))) return;
  const context = await browser.newContext();
  const run = await measure(context, `${base}/cari/`, { action: openAndSearch });
  const phases = { page: [], open: [], query: [], fallback: [] };
  for (const r of run.requests) phases[phaseOf(r.url)].push(r);
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const row = (label, list) => {
    const files = list.map((r) => path.basename(new URL(r.url).pathname)).join(', ');
    return `| ${label} | ${list.length} | ${kb(sum(list, 'encoded'))} | ${kb(sum(list, 'decoded'))} | ${files.length > 90 ? files.slice(0, 90) + '…' : files} |`;
  };

  // Each first query alone: the engine, the index chunks of its words, and the five results drawn.
  const perQuery = [];
  for (const q of firstQueries) {
    const r = await measure(context, `${base}/cari/`, { action: (page) => openAndSearch(page, q) });
    const own = r.requests.filter((x) => new URL(x.url).pathname.startsWith('/pagefind/'));
    const part = (re) => own.filter((x) => re.test(new URL(x.url).pathname));
    perQuery.push({ q, count: own.length, engine: part(/pagefind\.js$|\.pagefind$/), index: part(/\.pf_meta$|entry\.json$|\/index\//), results: part(/\/(fragment|bagian)\//), all: own });
  }

  // Time from pressing Enter to the first result, on slow 3G, search already opened (median of 3).
  const times = [];
  const openTimes = [];
  for (let i = 0; i < 3; i++) {
    let openMs = 0;
    await measure(context, `${base}/cari/`, {
      throttle: slow3g,
      action: async (page) => {
        const box = page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox');
        const started = Date.now();
        await box.focus();
        await engineLoaded(page);
        openMs = Date.now() - started;
        times.push(await openAndSearch(page));
      },
    });
    openTimes.push(openMs);
  }
  await context.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  console.log(`\n## Pencarian: biaya byte (kueri pertama “${query}”, Pagefind tanpa worker)\n`);
  console.log('| Tahap | Permintaan | KB terkirim (gz) | KB terurai | Berkas |');
  console.log('|---|---|---|---|---|');
  console.log(row('Halaman /cari/ (belum mencari)', phases.page));
  console.log(row('Membuka pencarian (fokus ke kotak)', phases.open));
  console.log(row('Kueri pertama (potongan indeks + fragmen)', phases.query));
  console.log(row('Total pencarian (buka + kueri pertama)', [...phases.open, ...phases.query]));
  if (phases.fallback.length) console.log(row('(cadangan dimuat — seharusnya tidak lewat http)', phases.fallback));
  console.log('\n## Pencarian: membuka + kueri pertama, per kueri (batas uji: 80 KB gz)\n');
  console.log('| Kueri | Permintaan | Mesin KB gz | Indeks (entry, meta, potongan) KB gz | Hasil (5 pertama) KB gz | Total KB gz |');
  console.log('|---|---|---|---|---|---|');
  for (const r of perQuery) {
    const cell = (list) => `${kb(sum(list, 'encoded'))} (${list.length})`;
    console.log(`| ${r.q} | ${r.count} | ${cell(r.engine)} | ${cell(r.index)} | ${cell(r.results)} | ${kb(sum(r.all, 'encoded'))} |`);
  }
  console.log(`\nWaktu di 3G lambat (median 3): membuka pencarian ${(median(openTimes) / 1000).toFixed(2)} s, Enter → hasil pertama ${(median(times) / 1000).toFixed(2)} s.`);

  const file = (rel) => {
    const p = path.join(dist, rel);
    if (!existsSync(p)) return '– | –';
    const bytes = readFileSync(p);
    return `${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)}`;
  };
  console.log('\n## Pencarian offline (file://): berkas yang dimuat saat pencarian dibuka\n');
  console.log('| Berkas | KB mentah | KB gz |');
  console.log('|---|---|---|');
  console.log(`| search/indeks.js (kepala indeks cadangan: halaman, judul, bagian yang ada) | ${file('search/indeks.js')} |`);
  // The parts and pages a query loads on demand (src/shared/search/fallback-shards.ts).
  const partsDir = path.join(dist, 'search', 'indeks');
  if (existsSync(partsDir)) {
    const all = readdirSync(partsDir).filter((f) => f.endsWith('.js'));
    const sizes = (names) => names.map((f) => readFileSync(path.join(partsDir, f)).length);
    const parts = sizes(all.filter((f) => !/^h\d+\.js$/.test(f)));
    const pages = sizes(all.filter((f) => /^h\d+\.js$/.test(f)));
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    console.log(`| search/indeks/*.js: ${parts.length} bagian indeks (dimuat per kata kueri), terbesar | ${kb(Math.max(0, ...parts))} | total ${kb(sum(parts))} |`);
    console.log(`| search/indeks/h*.js: teks ${pages.length} halaman (dimuat untuk hasil yang ditampilkan), terbesar | ${kb(Math.max(0, ...pages))} | total ${kb(sum(pages))} |`);
  }
  console.log(`| js/search-fallback.js (mesin cari + stemmer) | ${file('js/search-fallback.js')} |`);
  console.log(`| js/search.js (UI, dimuat halaman /cari/ di kedua mode) | ${file('js/search.js')} |`);
  console.log(`| pagefind/wasm.id.pagefind (untuk perbandingan) | ${file('pagefind/wasm.id.pagefind')} |`);
}
