// `npm run bench` report for the handouts: for each deck, its slides and the pages each printed
// version takes on paper (Chromium's PDF, as `npm run handouts` makes it), beside the old notes
// handout (reveal's separate-page notes: a slide page and a notes page per slide), and the
// minutes of the full and the core version.
import { existsSync } from 'node:fs';
import path from 'node:path';

const decks = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

export default async function handoutReport({ browser, base, dist }) {
  const rows = [];
  for (const id of decks) {
    if (!existsSync(path.join(dist, 'presentasi', id, 'handout-peserta', 'index.html'))) continue;
    const page = await browser.newPage();
    const pdf = async (query, ready) => {
      await page.goto(`${base}/presentasi/${id}/${query}`);
      await page.waitForSelector(ready);
      return pageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    };
    await page.goto(`${base}/presentasi/${id}/`);
    await page.waitForFunction(() => window.Reveal?.isReady?.());
    const full = await page.evaluate(() => ({ slides: window.Reveal.getTotalSlides(), minutes: document.querySelector('[data-bk-deck]').dataset.minutes }));
    await page.goto(`${base}/presentasi/${id}/?inti`);
    await page.waitForFunction(() => window.Reveal?.isReady?.());
    const core = await page.evaluate(() => ({ slides: window.Reveal.getTotalSlides(), minutes: document.querySelector('[data-bk-deck]').dataset.coreMinutes }));
    const participant = await pdf('handout-peserta/', '[data-bk-sheet]');
    const trainer = await pdf('handout-fasilitator/', '[data-bk-sheet]');
    const slides = await pdf('?print-pdf', '.pdf-page');
    await page.close();
    rows.push([id, `${full.slides} / ${full.minutes} mnt`, `${core.slides} / ${core.minutes} mnt`, participant, trainer, slides, full.slides * 2]);
  }
  if (!rows.length) return;
  const header = ['Dek', 'Lengkap: slide / menit', 'Inti: slide / menit', 'Handout peserta, hlm', 'Handout fasilitator, hlm', 'Satu slide per hlm', 'Catatan per halaman (cara lama), hlm'];
  console.log('\n## Handout: halaman A4 per dek\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
