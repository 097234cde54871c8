// `npm run bench` report for the slide decks: for each deck page, bytes by kind (decoded / gzip
// as served), requests and the load time under emulated slow 3G (median of 3 first visits), then
// the print view, which a trainer opens to make handouts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { slow3g } from '../measure.mjs';

const decks = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];
const kinds = ['html', 'css', 'js'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function deckReport({ browser, base, dist, measure, kb }) {
  const rows = [];
  for (const id of decks) {
    if (!existsSync(path.join(dist, 'presentasi', id, 'index.html'))) continue;
    const context = await browser.newContext();
    const url = `${base}/presentasi/${id}/`;
    const bytes = await measure(context, url);
    const times = [];
    for (let i = 0; i < 3; i++) times.push((await measure(context, url, { throttle: slow3g })).loadMs);
    const print = await measure(context, `${url}?print-pdf`);
    await context.close();
    const cell = (k) => (bytes.byKind[k] ? `${kb(bytes.byKind[k].decoded)} / ${kb(bytes.byKind[k].encoded)}` : '–');
    rows.push([id, ...kinds.map(cell), `${kb(bytes.decoded)} / ${kb(bytes.encoded)}`, String(bytes.count), `${(median(times) / 1000).toFixed(2)} s`, `${kb(print.encoded)}`]);
  }
  if (!rows.length) return;
  const header = ['Dek', ...kinds.map((k) => `${k} KB (mentah / gz)`), 'Total KB (mentah / gz)', 'Permintaan', 'Muat, 3G lambat (median 3)', 'Tampilan cetak, KB gz'];
  console.log('\n## Presentasi: setiap dek (batas 90 KB gz per halaman dek)\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
