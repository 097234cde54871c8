import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { answerAllCorrectly } from '../support/quiz';

// The site as an ASN meets it on a 360 × 740 Android phone: a lesson's table of contents and save
// button near the top, a compact header, touch targets, glossary terms that open in place,
// readable diagrams, and the progress a learner makes shown where they look for it.
const phone = { width: 360, height: 740 };
test.use({ viewport: phone, hasTouch: true });

const lesson = '/modul/grand-design/';
/** One page of each kind (the sitemap has them all; these carry every header and toggle variant). */
const pageKinds = ['/', lesson, '/kuis/grand-design/', '/kemajuan/', '/glosarium/', '/cari/', '/unduh/', '/panduan-fasilitator/', '/rekap/'];

/** Top and bottom of an element in page coordinates, and its size. */
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height };
  });

test.describe('a lesson on a phone', () => {
  test('the table of contents is on the first screen, and its links jump to their section', async ({ page }) => {
    await page.goto(lesson);
    const toc = page.getByRole('navigation', { name: 'Daftar isi' });
    const summary = toc.locator('summary');
    expect((await box(page, '.bk-toc summary')).bottom).toBeLessThanOrEqual(phone.height);
    await summary.click();
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    const target = links.filter({ hasText: 'Delapan area perubahan' });
    const href = (await target.getAttribute('href'))!;
    await target.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const heading = page.locator(href);
    await expect(heading).toBeInViewport();
    expect(await heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(60);
    // And back: the link that stays at the bottom of the screen returns to the contents.
    const back = page.getByRole('link', { name: 'Kembali ke daftar isi' });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(summary).toBeInViewport();
  });

  test('every section of the lesson is in the table of contents', async ({ page }) => {
    await page.goto(lesson);
    const sections = await page.locator('main h2[id]').evaluateAll((hs) => hs.filter((h) => h.id !== 'tujuan' && h.id !== 'simpan-offline').map((h) => `#${h.id}`));
    const listed = await page.locator('.bk-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(sections);
  });

  test('“Simpan modul ini untuk dibaca offline” is within the first two screens with its size, and “Hapus” shows only once saved', async ({ page }) => {
    await page.goto(lesson);
    const region = page.getByRole('region', { name: 'Baca offline di ponsel' });
    await expect(region).toContainText(/sekitar \d+ KB/);
    const save = region.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' });
    await expect(save).toBeVisible();
    expect((await box(page, '[data-bk-save-button]')).bottom).toBeLessThanOrEqual(2 * phone.height);
    await expect(region.getByRole('button', { name: 'Hapus simpanan modul ini' })).toBeHidden();
    await save.click();
    await expect(region.getByRole('status')).toHaveText('Modul ini tersimpan dan bisa dibuka tanpa internet.');
    await expect(region.getByRole('button', { name: 'Hapus simpanan modul ini' })).toBeVisible();
    await expect(save).toBeHidden();
  });

  test('the lesson header shows the module’s status from this device', async ({ page }) => {
    await page.goto(lesson);
    const status = page.locator('[data-bk-module-status]');
    await expect(status).toHaveText('Status Anda: Belum dibaca');
    await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await expect(status).toHaveText('Status Anda: Sudah dibaca');
    await page.goto('/kuis/grand-design/');
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await page.goto(lesson);
    await expect(status).toHaveText('Status Anda: Kuis lulus');
  });
});

test.describe('the header on a phone', () => {
  test('is at most 100 px tall on every kind of page', async ({ page }) => {
    const heights: string[] = [];
    for (const path of pageKinds) {
      await page.goto(path);
      const { height } = await box(page, '.bk-header');
      if (height > 100) heights.push(`${path}: ${height}px`);
    }
    expect(heights).toEqual([]);
  });

  test('its menu opens without JavaScript and leads to the pages and to search', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lesson);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await expect(nav).toBeHidden();
    await page.locator('.bk-menu > summary').click();
    await expect(nav).toBeVisible();
    await page.getByRole('banner').getByRole('searchbox').fill('pola pikir');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cari\/\?q=pola\+pikir$/);
    await page.locator('.bk-menu > summary').click();
    await nav.getByRole('link', { name: 'Kemajuan' }).click();
    await expect(page).toHaveURL(/\/kemajuan\/$/);
    await context.close();
  });
});

test.describe('touch targets at 360 px', () => {
  /** Controls a thumb uses on every page: header, menu, breadcrumb, disclosures, the save and mark-read buttons. */
  const controls = '.bk-header a, .bk-header summary, .bk-header input, .bk-header button, .bk-crumbs a, main summary, main button:not(.bk-term), .bk-toc a, .bk-toc-back a';

  test('header, menu, breadcrumb and toggles measure at least 44 × 44 px', async ({ page }) => {
    const small: string[] = [];
    for (const path of pageKinds) {
      await page.goto(path);
      const menu = page.locator('.bk-menu > summary');
      await menu.click();
      const toc = page.locator('.bk-toc details:not([open]) > summary');
      if (await toc.count()) await toc.click();
      for (const c of await page.locator(controls).evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { what: `${el.tagName.toLowerCase()} “${(el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 30)}”`, w: Math.round(r.width), h: Math.round(r.height) };
          }),
      )) {
        if (c.w < 44 || c.h < 44) small.push(`${path} ${c.what}: ${c.w}×${c.h}`);
      }
    }
    expect(small).toEqual([]);
  });

  test('axe finds no target under 24 px on any kind of page, menu open', async ({ page }) => {
    const problems: string[] = [];
    for (const path of pageKinds) {
      await page.goto(path);
      await page.locator('.bk-menu > summary').click();
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      for (const v of results.violations) problems.push(`${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('glossary terms', () => {
  test('a tap opens the meaning in place, with a link to the glossary; a tap outside closes it', async ({ page }) => {
    await page.goto(lesson);
    const term = page.getByRole('button', { name: 'KKN', exact: true });
    await term.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await term.tap();
    const meaning = page.locator('.bk-term-def:popover-open');
    await expect(meaning).toBeVisible();
    await expect(meaning).toContainText('Korupsi, Kolusi, dan Nepotisme');
    await expect(meaning.getByRole('link', { name: 'Lihat di Glosarium' })).toHaveAttribute('href', '/glosarium/#kkn');
    expect(page.url()).toMatch(/\/modul\/grand-design\/$/);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    const b = await meaning.boundingBox();
    expect(b!.x).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width).toBeLessThanOrEqual(phone.width);
    await page.mouse.click(5, 5);
    await expect(meaning).toBeHidden();
  });

  test('the meaning opens without JavaScript too, and its link leads to the term', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lesson);
    await page.getByRole('button', { name: 'KKN', exact: true }).click();
    const meaning = page.locator('.bk-term-def:popover-open');
    await expect(meaning).toBeVisible();
    await meaning.getByRole('link', { name: 'Lihat di Glosarium' }).click();
    await expect(page).toHaveURL(/\/glosarium\/#kkn$/);
    await context.close();
  });

  test('meanings stay out of search: Pagefind ignores them', async ({ page }) => {
    await page.goto(lesson);
    const flags = await page.locator('.bk-term-def').evaluateAll((els) => els.map((el) => el.hasAttribute('data-pagefind-ignore')));
    expect(flags.length).toBeGreaterThan(20);
    expect(flags.every(Boolean)).toBe(true);
  });
});

test.describe('diagrams at 360 px', () => {
  const withDiagrams = ['/modul/grand-design/', '/modul/pola-pikir/', '/modul/nilai-budaya-kerja/', '/modul/sop-ap/'];

  test('every diagram’s text renders at 12 px or more, and no label is cut off', async ({ page }) => {
    const problems: string[] = [];
    for (const path of withDiagrams) {
      await page.goto(path);
      const found = await page.locator('.bk-figure').evaluateAll((figures) => {
        const out: string[] = [];
        for (const figure of figures) {
          // SVG text: its font size times the scale the SVG is drawn at.
          for (const svg of figure.querySelectorAll('svg')) {
            const viewBox = svg.viewBox.baseVal;
            const scale = viewBox && viewBox.width ? svg.getBoundingClientRect().width / viewBox.width : 1;
            for (const text of svg.querySelectorAll('text')) {
              const px = parseFloat(getComputedStyle(text).fontSize) * scale;
              if (px < 12) out.push(`“${text.textContent}” ${px.toFixed(1)}px`);
              const b = (text as SVGGraphicsElement).getBBox();
              if (b.x < 0 || b.x + b.width > viewBox.width + 0.5) out.push(`“${text.textContent}” sticks out of its drawing`);
            }
          }
          // HTML text in the diagram: its own size, and nothing wider than its box.
          for (const el of figure.querySelectorAll<HTMLElement>('.bk-dgm li, .bk-dgm p, .bk-dgm b, .bk-dgm span')) {
            if (!el.textContent?.trim() || el.closest('.bk-visually-hidden')) continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < 12) out.push(`“${el.textContent.trim()}” ${px}px`);
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') out.push(`“${el.textContent.trim()}” is cut off`);
          }
        }
        return out;
      });
      problems.push(...found.map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('a diagram wider than the phone scrolls inside its own box, not the page', async ({ page }) => {
    await page.goto('/modul/sop-ap/');
    const scroller = page.locator('.bk-dgm-scroll');
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});

test.describe('progress where a learner looks for it', () => {
  test('home shows a module’s status after its quiz is passed, and the course progress', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('.bk-card').filter({ hasText: 'Grand Design' });
    await expect(card.locator('[data-bk-card-status]')).toHaveText('Belum dibaca');
    await expect(page.locator('[data-bk-course-progress]')).toContainText('0 dari 6 modul selesai');
    await page.goto('/kuis/grand-design/');
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await page.goto('/');
    await expect(card.locator('[data-bk-card-status]')).toHaveText('Kuis lulus');
    await expect(page.locator('.bk-card').filter({ hasText: 'Pola Pikir' }).locator('[data-bk-card-status]')).toHaveText('Belum dibaca');
    await expect(page.locator('[data-bk-course-progress]')).toContainText('1 dari 6 modul selesai');
    await expect(page.locator('[data-bk-course-progress] progress')).toHaveJSProperty('value', 1);
  });

  test('the progress page reads at 360 px: its rows stack, and no cell is cut off', async ({ page }) => {
    await page.goto('/kemajuan/');
    const tables = await page.locator('main table').evaluateAll((ts) => ts.map((t) => ({ width: t.scrollWidth, room: (t.parentElement as HTMLElement).clientWidth })));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.width).toBeLessThanOrEqual(t.room);
    // Each stacked cell says which column it is.
    const labels = await page.getByRole('row', { name: /Modul 1:/ }).locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Bacaan: "', '"Kuis: "', '"Status: "']);
  });
});

test.describe('home page for both audiences', () => {
  test('“Untuk fasilitator” leads to every deck, the pre- and post-test, the recap and the guide', async ({ page }) => {
    await page.goto('/');
    const trainers = page.getByRole('region', { name: 'Untuk fasilitator' });
    for (const [name, href] of [
      ['Panduan Fasilitator', '/panduan-fasilitator/'],
      ['Pre-test Budaya Kerja ASN', '/kuis/pretest/'],
      ['Post-test Budaya Kerja ASN', '/kuis/posttest/'],
      ['Rekap Kelas', '/rekap/'],
    ] as const) {
      await expect(trainers.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    const decks = trainers.getByRole('link', { name: /^Modul \d:/ });
    await expect(decks).toHaveCount(6);
    for (const href of await decks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/presentasi\/[a-z-]+\/$/);
  });
});
