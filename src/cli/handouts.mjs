#!/usr/bin/env node
// `npm run handouts`: prints every deck's handouts to PDF with the system Chromium, from the built
// site, as a trainer's browser would: `<id>-peserta.pdf` (three slides per A4 portrait page with
// lines for notes), `<id>-fasilitator.pdf` (each slide beside its speaker notes) and
// `<id>-slide.pdf` (reveal.js's print view, one slide per A4 landscape page). Margins and page
// numbers come from the pages' own print styles. Not part of `npm run build`, so a machine without
// a browser can still build. Output: handouts/ (or the folder given as argument).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { requireChromium } from './find-chromium.mjs';

const dist = path.resolve('dist');
const out = path.resolve(process.argv[2] ?? 'handouts');
const deckDir = path.join(dist, 'presentasi');
if (!existsSync(deckDir)) {
  console.error('Folder dist/presentasi belum ada. Jalankan dulu: npm run build');
  process.exit(1);
}
const executablePath = requireChromium();

const port = Number(process.env.BK_HANDOUTS_PORT ?? 4466);
const server = await startStaticServer({ root: dist, port });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
mkdirSync(out, { recursive: true });
/** Output name suffix, page path below the deck, and what to wait for before printing. */
const variants = [
  ['-peserta', 'handout-peserta/', '[data-bk-sheet]'],
  ['-fasilitator', 'handout-fasilitator/', '[data-bk-sheet]'],
  ['-slide', '?print-pdf', '.pdf-page'],
];
try {
  for (const id of readdirSync(deckDir).filter((d) => existsSync(path.join(deckDir, d, 'index.html'))).sort()) {
    for (const [suffix, query, ready] of variants) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/presentasi/${id}/${query}`);
      await page.waitForSelector(ready);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const file = path.join(out, `${id}${suffix}.pdf`);
      writeFileSync(file, pdf);
      console.log(`${path.relative(process.cwd(), file)}  ${(pdf.length / 1024).toFixed(0)} KB`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
