import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { sitemapPaths } from '../support/dist';
import { axeViolations, wcag } from '../support/axe';

for (const path of sitemapPaths()) {
  test.describe(`halaman ${path}`, () => {
    test('loads with no console error, no outside request, and passes axe (WCAG 2.2 AA and the rules Lighthouse adds)', async ({ page }) => {
      // The booklet holds all six lessons: axe walks a DOM several times a lesson's size.
      test.slow(path === '/buku/');
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('every page type passes axe in dark mode too', async ({ page }) => {
  test.setTimeout(180_000); // one page per type, and each type added (quiz, recap, …) adds an axe run
  await page.emulateMedia({ colorScheme: 'dark' });
  const samples = sitemapPaths().filter((p, i, all) => all.findIndex((q) => q.split('/')[1] === p.split('/')[1]) === i);
  for (const path of samples) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('every page type passes axe with the rules Lighthouse adds at the phone size Lighthouse emulates (412 × 823)', async ({ page }) => {
  // At desktop size axe counts the full-window deck as a modal and skips landmark-one-main; on a
  // phone reveal.js switches to its scroll view and the deck needs a <main> of its own.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 412, height: 823 });
  const samples = sitemapPaths().filter((p, i, all) => all.findIndex((q) => q.split('/')[1] === p.split('/')[1]) === i);
  for (const path of samples) {
    await page.goto(path);
    expect((await axeViolations(page)).map((v) => `${path} ${v}`)).toEqual([]);
  }
});

test('no page scrolls sideways on a 360 px phone (wide tables scroll inside their own box)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflowing: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) overflowing.push(`${path}: ${width}px`);
  }
  expect(overflowing).toEqual([]);
});
