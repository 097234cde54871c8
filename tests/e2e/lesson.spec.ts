import { test, expect } from '../support/fixtures';

const lesson = '/modul/grand-design/';

test.describe('pelajaran Grand Design (Perpres 81/2010)', () => {
  test('shows the eight areas of change, the road-map periods and its legal basis', async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grand Design');
    const main = page.locator('main');
    for (const area of ['Organisasi', 'Tata laksana', 'Peraturan Perundang-undangan', 'Sumber Daya Manusia Aparatur', 'Pengawasan', 'Akuntabilitas', 'Pelayanan Publik', 'Budaya Kerja']) {
      await expect(main, area).toContainText(area, { ignoreCase: true });
    }
    for (const period of ['2010–2014', '2015–2019', '2020–2024']) await expect(main).toContainText(period);
    await expect(main.getByRole('link', { name: /Perpres 81\/2010/ }).first()).toHaveAttribute('href', '/dasar-hukum/#perpres-81-2010');
  });

  test('reads fully with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lesson);
    await expect(page.getByRole('heading', { name: 'Ringkasan' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
    // The read-marker needs JS, so it is hidden rather than shown broken.
    await expect(page.locator('[data-bk-mark-read]')).toBeHidden();
    await context.close();
  });

  test('prints as a clean handout: no site navigation, the lesson text stays', async ({ page }) => {
    await page.goto(lesson);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.bk-header')).toBeHidden();
    await expect(page.locator('.bk-footer')).toBeHidden();
    await expect(page.locator('.bk-prevnext')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('the skip link moves the keyboard to the main content', async ({ page }) => {
    await page.goto(lesson);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#isi$/);
  });

  test('switches to dark colours when the system asks for them', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(lesson);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 22)');
  });

  test('marks the lesson as read and remembers it after a reload', async ({ page }) => {
    await page.goto(lesson);
    const button = page.getByRole('button', { name: 'Tandai sudah dibaca' });
    await button.click();
    await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('previous/next navigation and the breadcrumb lead through the course', async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole('navigation', { name: 'Jejak halaman' }).getByRole('link', { name: 'Beranda' })).toHaveAttribute('href', '/');
    await page.getByRole('link', { name: /Berikutnya/ }).click();
    await expect(page).toHaveURL(/\/modul\/pola-pikir\/$/);
  });
});
