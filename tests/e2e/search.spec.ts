import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { load as parseYaml } from 'js-yaml';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { root } from '../support/dist';
import { searchCases } from '../support/search-queries';
import { topThree, searchResults as results } from '../support/search-results';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The search form of the page itself (the header has one too). */
const searchBox = (page: Page) => page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox');

/** A result link as a site path: `http://…/modul/x/#s` → `/modul/x/` and `s`. */
const sitePath = (href: string) => {
  const url = new URL(href);
  return { page: url.pathname, section: url.hash.slice(1) };
};

test.describe('search over http (Pagefind)', () => {
  for (const c of searchCases) {
    test(`“${c.query}” finds ${c.page}${c.section ? `#${c.section}` : ''} in the top 3`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`/cari/?q=${encodeURIComponent(c.query)}`);
      const top = await topThree(page, sitePath);
      const hit = top.find((t) => t.page === c.page);
      expect(hit, JSON.stringify(top)).toBeDefined();
      if (c.section) expect(hit!.sections, JSON.stringify(top)).toContain(c.section);
      // It was Pagefind that answered, not the fallback.
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests.filter((r) => r.startsWith('/search/'))).toEqual([]);
    });
  }
});

/** A lesson's main topic, as a reader would type it: that lesson must come first, not only in the top 3. */
const mainTopics: readonly [string, string][] = [
  ['grand design reformasi birokrasi', '/modul/grand-design/'],
  ['pola pikir', '/modul/pola-pikir/'],
  ['BerAKHLAK', '/modul/nilai-budaya-kerja/'],
  ['kelompok budaya kerja', '/modul/kelompok-budaya-kerja/'],
  ['SOP AP', '/modul/sop-ap/'],
  ['pelayanan publik', '/modul/pelayanan-integritas/'],
  ['disiplin pegawai', '/modul/pelayanan-integritas/'],
];

test('a query for a lesson’s main topic puts that lesson first, with the matching section, an excerpt with the words marked, and links to the sections', async ({ page }) => {
  for (const [query, lesson] of mainTopics) {
    await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText('halaman cocok');
    const first = results(page).locator('.bk-result').first();
    const href = await first.getByRole('heading', { level: 3 }).getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href);
    expect(sitePath(href).page, query).toBe(lesson);
    // The best section is a link to its heading, with an excerpt whose matched words are marked.
    const section = first.locator('.bk-result-sections > li').first();
    expect(sitePath(await section.getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href)).section, query).not.toBe('');
    await expect(first.locator('mark').first(), query).toBeVisible();
  }
});

test('the search page loads nothing of the search until the reader focuses the box, then searches as they type', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/|\/search\/|search-fallback/.test(r.url())) searchRequests.push(new URL(r.url()).pathname);
  });
  await page.goto('/cari/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  await searchBox(page).focus();
  await expect.poll(() => searchRequests).toContain('/pagefind/pagefind.js');
  await page.keyboard.type('melayani');
  await expect(page.getByRole('status')).toHaveText(/^\d+ halaman cocok dengan “melayani”\.$/);
  await expect(results(page).getByRole('link', { name: 'Pelayanan Publik, Integritas, dan Disiplin ASN' })).toBeVisible();
  // The excerpt highlights the matching forms, not only the typed one.
  await expect(results(page).locator('mark').filter({ hasText: /^pelayanan/i }).first()).toBeVisible();
  // The address now carries the query, so it can be copied onto a slide.
  expect(new URL(page.url()).searchParams.get('q')).toBe('melayani');
});

test('the header search box on any page leads to /cari/ and runs the query there', async ({ page }) => {
  await page.goto('/modul/grand-design/');
  await page.getByRole('banner').getByRole('searchbox').fill('pola pikir');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=pola\+pikir$/);
  await expect(searchBox(page)).toHaveValue('pola pikir');
  await expect(results(page).getByRole('heading', { level: 3 }).first()).toHaveText('Perubahan Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)');
});

test('a long result list shows five at a time, and “Tampilkan hasil lainnya” moves focus to the first new result', async ({ page }) => {
  await page.goto('/cari/?q=pelayanan');
  await expect(page.getByRole('status')).toContainText('halaman cocok');
  const titles = results(page).getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(5);
  const more = page.getByRole('button', { name: 'Tampilkan hasil lainnya' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(titles.nth(5).getByRole('link')).toBeFocused();
  await expect(more).toBeHidden();
});

test('a query with no match says so and points to the topic list', async ({ page }) => {
  await page.goto('/cari/?q=xyzzy');
  await expect(page.getByRole('status')).toHaveText(/Tidak ada halaman yang cocok dengan “xyzzy”/);
  await expect(results(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Daftar topik' })).toBeVisible();
});

test('the search page passes axe (WCAG 2.2 AA) with results shown', async ({ page }) => {
  await page.goto('/cari/?q=SOP%20AP');
  await expect(results(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('tanpa JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every module, every ## section and every glossary term as links', async ({ page }) => {
    await page.goto('/cari/?q=pola%20pikir');
    await expect(page.getByText('Pencarian membutuhkan JavaScript. Berikut daftar lengkap topik:')).toBeVisible();
    const topics = page.getByRole('region', { name: 'Daftar topik' });
    const hrefs = new Set(await topics.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    const names = new Map(
      await topics.getByRole('link').evaluateAll((links) => links.map((a) => [a.getAttribute('href') ?? '', a.textContent?.trim() ?? ''] as [string, string])),
    );

    const lessonDir = path.join(root, 'content/lessons');
    const lessons = readdirSync(lessonDir).filter((f) => f.endsWith('.mdx'));
    expect(lessons.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of lessons) {
      const id = file.replace(/\.mdx$/, '');
      if (!hrefs.has(`/modul/${id}/`)) missing.push(`/modul/${id}/`);
      const mdx = readFileSync(path.join(lessonDir, file), 'utf8');
      for (const [, heading] of mdx.matchAll(/^## (.+)$/gm)) {
        const text = (heading ?? '').replace(/[*_`]/g, '').trim();
        const found = [...names].some(([href, name]) => href.startsWith(`/modul/${id}/#`) && name === text);
        if (!found) missing.push(`${id}: ${text}`);
      }
    }
    const glossary = parseYaml(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as { id: string }[];
    for (const term of glossary) if (!hrefs.has(`/glosarium/#${term.id}`)) missing.push(`glosarium: ${term.id}`);
    expect(missing).toEqual([]);
  });
});
