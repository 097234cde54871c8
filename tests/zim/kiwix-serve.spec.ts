import { readFileSync } from 'node:fs';
import { test as guarded, expect } from '../support/fixtures';
import { missingTools, startKiwixServe, zimFile, type KiwixServer } from '../support/kiwix';
import { answerAllCorrectly, answerWrongly } from '../support/quiz';
import { presenterFollows, revealReady } from '../support/deck';
import { readEntries, readEntry } from '../../src/build/zim-archive';

// The ZIM as a district library or a trainer's laptop hotspot serves it: kiwix-serve on
// localhost with its default options (its injected toolbar included), read in Chromium. Every
// test also fails on a console error or a request that leaves 127.0.0.1 (support/fixtures).
const skip = missingTools('zimwriterfs', 'kiwix-serve');
guarded.skip(Boolean(skip), skip);

const test = guarded.extend<{ kiwix: KiwixServer }, { server: KiwixServer }>({
  server: [
    async ({}, use) => {
      const server = await startKiwixServe();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  kiwix: async ({ server }, use) => use(server),
});

/** The pages in the ZIM (namespace C, HTML), by path. */
const zimPages = () =>
  readEntries(readFileSync(zimFile))
    .filter((e) => e.namespace === 'C' && e.mimeType?.startsWith('text/html'))
    .map((e) => e.path);
const zimPaths = () => new Set(readEntries(readFileSync(zimFile)).filter((e) => e.namespace === 'C').map((e) => e.path));

interface PageFacts {
  links: string[];
  resources: string[];
  ids: string[];
}

test('kiwix-serve lists the book with its title, description, Indonesian language and illustration', async ({ kiwix, request }) => {
  const catalog = await (await request.get(`${kiwix.origin}/catalog/v2/entries`)).text();
  expect(catalog).toContain('<title>Budaya Kerja ASN</title>');
  expect(catalog).toContain('<summary>Modul, presentasi, dan kuis Reformasi Birokrasi dan Budaya Kerja ASN</summary>');
  expect(catalog).toContain('<language>ind</language>');
  expect(catalog).toContain('<name>budaya-kerja-asn_id_all</name>');
  const icon = /href="([^"]+)"\s+type="image\/png;width=48;height=48/.exec(catalog)?.[1];
  expect(icon, 'thumbnail link in the catalogue').toBeTruthy();
  const png = await request.get(new URL(icon!.replaceAll('&amp;', '&'), kiwix.origin).href);
  expect(png.headers()['content-type']).toContain('image/png');
});

test('every page in the ZIM opens in kiwix-serve without console errors, every link and asset resolves inside the book, and nothing is requested outside the server', async ({ page, kiwix }) => {
  test.setTimeout(180_000);
  const pages = zimPages();
  const inZim = zimPaths();
  expect(pages.length).toBeGreaterThan(20);
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== kiwix.origin) problems.push(`request outside the server: ${url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const idsByPath = new Map<string, Set<string>>();
  const wantedAnchors: { from: string; path: string; id: string }[] = [];
  const linked = new Set<string>();

  const zim = readFileSync(zimFile);
  for (const path of pages) {
    const url = kiwix.contentRoot + path;
    const stored = readEntry(zim, 'C', path)!.toString('utf8');
    await page.goto(url, { waitUntil: 'load' });
    const facts = await page.evaluate<PageFacts>(() => {
      // kiwix-serve's own toolbar is not part of the book.
      const ours = (el: Element) => !el.closest('.kiwix');
      return {
        links: [...document.querySelectorAll('a[href], area[href], form[action]')].filter(ours).map((a) => a.getAttribute('href') ?? a.getAttribute('action') ?? ''),
        resources: [...document.querySelectorAll('script[src], img[src], source[src], iframe[src], link[href]')]
          .filter(ours)
          .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''),
        ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
      };
    });
    idsByPath.set(path, new Set(facts.ids));
    for (const href of [...facts.links, ...facts.resources]) {
      const isLink = facts.links.includes(href);
      if (href === '' || /^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
      const target = new URL(href, url);
      if (target.origin !== kiwix.origin) {
        if (!isLink) problems.push(`${path}: loads ${href} from outside the book`);
        continue;
      }
      if (!target.href.startsWith(kiwix.contentRoot)) {
        // kiwix-serve 3.x adds its toolbar's scripts and styles (under /skin/) to every page it serves.
        if (!stored.includes(href)) continue;
        problems.push(`${path}: ${href} leaves the book (${target.pathname})`);
        continue;
      }
      const targetPath = decodeURIComponent(target.pathname.slice(new URL(kiwix.contentRoot).pathname.length));
      if (!inZim.has(targetPath)) {
        problems.push(`${path}: ${href} → ${targetPath} is not in the ZIM`);
        continue;
      }
      if (isLink) linked.add(targetPath);
      // `#/3` is a reveal.js slide route, not an element id.
      if (target.hash.length > 1 && !target.hash.startsWith('#/') && targetPath.endsWith('.html')) {
        wantedAnchors.push({ from: path, path: targetPath, id: decodeURIComponent(target.hash.slice(1)) });
      }
    }
  }
  for (const { from, path, id } of wantedAnchors) {
    if (!idsByPath.get(path)?.has(id)) problems.push(`${from}: #${id} does not exist in ${path}`);
  }
  const unreached = pages.filter((p) => p !== 'index.html' && !linked.has(p));
  expect(problems, 'broken links, failed loads, requests outside the server').toEqual([]);
  expect(unreached, 'pages in the ZIM that no link reaches').toEqual([]);
});

test('a quiz in kiwix-serve gives feedback, scores, and the score shows on the progress page', async ({ page, kiwix }) => {
  await page.goto(`${kiwix.contentRoot}kuis/grand-design/index.html`);
  const first = page.locator('[data-bk-q]').first();
  await answerWrongly(first);
  await first.getByRole('button', { name: /Periksa jawaban/ }).click();
  await expect(first.locator('.bk-q__result')).toHaveText('Belum tepat.');
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await expect(page.locator('[data-bk-score]')).toHaveText(/^Skor Anda: \d+ dari \d+ \(\d+%\)\.$/);
  await page.getByRole('link', { name: 'Lihat kemajuan belajar' }).click();
  expect(page.url()).toBe(`${kiwix.contentRoot}kemajuan/index.html`);
  await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('%');
});

test('where a reader gives the page no storage, a quiz still scores and a notice says progress is not kept', async ({ page, kiwix }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`${kiwix.contentRoot}kuis/grand-design/index.html`);
  await expect(page.locator('[data-bk-notice="unavailable"]')).toContainText('Kemajuan tidak dapat disimpan di perangkat ini');
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await expect(page.locator('[data-bk-score]')).toContainText('(100%)');
});

test('a deck in kiwix-serve advances with the keyboard, the Kiwix toolbar does not cover the slide or the presenter guide, and the speaker view follows', async ({ page, context, kiwix }) => {
  const deck = `${kiwix.contentRoot}presentasi/grand-design/index.html`;
  await page.goto(deck);
  await revealReady(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(2);
  await page.mouse.move(10, 10);
  await page.getByRole('button', { name: 'Menu presentasi' }).click();
  const heading = page.getByRole('heading', { name: 'Mode presenter' });
  await expect(heading).toBeVisible();
  // kiwix-serve 3.x lays its toolbar over the top of every page; on a deck it must not show.
  const box = (await heading.boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('[data-bk-panel]')), [box.x + 4, box.y + 4]);
  expect(onTop, 'the presenter guide is the topmost element where it is drawn').toBe(true);
  await presenterFollows(page, context, `${deck}?presenter`);
});

test('the search page inside the ZIM points to Kiwix search and finds lessons with the index it carries, linking inside the book', async ({ page, kiwix }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${kiwix.contentRoot}cari/index.html`);
  await expect(page.getByText('Anda membaca materi ini di Kiwix.')).toBeVisible();
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Kata kunci' }).fill('berakhlak');
  await main.getByRole('button', { name: 'Cari', exact: true }).click();
  const first = page.locator('[data-bk-search-results] > li h3 a').first();
  await expect(first).toHaveText(/BerAKHLAK/);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BerAKHLAK');
  expect(page.url().replace(/#.*$/, '')).toBe(`${kiwix.contentRoot}modul/nilai-budaya-kerja/index.html`);
  expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
});

test("Kiwix's own full-text search and title suggestions find the lessons, quizzes and decks", async ({ kiwix, request }) => {
  const root = new URL(kiwix.contentRoot).pathname;
  const results = await (await request.get(`${kiwix.origin}/search?content=${kiwix.book}&pattern=${encodeURIComponent('standar pelayanan publik')}`)).text();
  const hrefs = [...results.matchAll(/href="([^"]+\.html)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(root));
  expect(hrefs[0]).toBe(`${root}modul/pelayanan-integritas/index.html`);
  const suggestions = (await (await request.get(`${kiwix.origin}/suggest?content=${kiwix.book}&term=${encodeURIComponent('kuis grand')}`)).json()) as { path?: string }[];
  expect(suggestions.map((s) => s.path)).toContain('kuis/grand-design/index.html');
});

test.describe('without JavaScript (readers that do not run scripts)', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson, a quiz with its answers and a deck are all readable', async ({ page, kiwix }) => {
    await page.goto(`${kiwix.contentRoot}modul/sop-ap/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOP Administrasi Pemerintahan (SOP AP)');
    await page.goto(`${kiwix.contentRoot}kuis/grand-design/index.html`);
    const question = page.locator('[data-bk-q]').first();
    await expect(question.getByRole('radio').first()).toBeEnabled();
    await question.locator('details summary').first().click();
    await expect(question.locator('details').first()).toHaveAttribute('open', '');
    await page.goto(`${kiwix.contentRoot}presentasi/grand-design/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lanjutkan belajar mandiri' })).toBeVisible();
  });
});
