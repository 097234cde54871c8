// `npm run bench` report for the class recap at the size of a real class: 40 participants, each
// with a pre-test and a post-test code (80 codes). Time to render, median of 5: pasting all 80
// (decode, score, tables, charts, save), and reloading the page with them stored (navigation
// start to the recap's `bk:recap-ready` mark), at full CPU and at 4× slower (a cheap laptop).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dayNumber, encodeResult } from '../../shared/result-code.ts';

const PEOPLE = 40;

/** 80 codes made with the build's own keys: each participant a little better in the post-test. */
function classCodes(dist) {
  const html = readFileSync(path.join(dist, 'rekap/index.html'), 'utf8');
  const data = JSON.parse(html.match(/id="bk-recap-keys">([^<]*)</)[1]);
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const codes = [];
  for (let i = 0; i < PEOPLE; i++) {
    for (const [quiz, right] of [['pretest', 0.5], ['posttest', 0.8]]) {
      const q = data.quizzes[quiz];
      const answers = q.keys.map((key, j) => (random() < right ? key : q.shapes[j].t === 'match' ? key.map(() => -1) : []));
      codes.push(encodeResult({ quiz, fingerprint: q.fingerprint, day: dayNumber(new Date()), attempt: 1, device: 1000 + i, name: `Peserta ${i + 1}`, answers }, q.shapes));
    }
  }
  return codes;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function ({ browser, base, dist }) {
  if (!existsSync(path.join(dist, 'rekap/index.html'))) return;
  const codes = classCodes(dist);
  const rows = [];
  for (const [label, rate] of [['CPU penuh', 1], ['CPU 4× lebih lambat', 4]]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const paste = [];
    const reload = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(`${base}/rekap/`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('[data-bk-recap].is-ready').waitFor();
      await page.locator('[data-bk-paste-input]').fill(codes.join('\n'));
      paste.push(
        await page.evaluate(() => {
          const start = performance.now();
          document.querySelector('[data-bk-paste]').requestSubmit();
          void document.body.offsetHeight; // include style and layout of the new tables and charts
          return performance.now() - start;
        }),
      );
      await page.reload();
      await page.locator('[data-bk-recap].is-ready').waitFor();
      reload.push(await page.evaluate(() => performance.getEntriesByName('bk:recap-ready')[0].startTime));
    }
    const rowsShown = await page.locator('[data-bk-participants] tbody tr').count();
    if (rowsShown !== PEOPLE) throw new Error(`recap bench: expected ${PEOPLE} rows, saw ${rowsShown}`);
    rows.push([label, `${median(paste).toFixed(0)} ms`, `${median(reload).toFixed(0)} ms`]);
    await context.close();
  }
  console.log(`\n## Rekap kelas dengan ${codes.length} kode (${PEOPLE} peserta, pre-test dan post-test): waktu tampil, median 5\n`);
  console.log('| CPU | Tempel 80 kode sampai tabel dan grafik tampil | Muat ulang dengan 80 kode tersimpan sampai siap |');
  console.log('|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
