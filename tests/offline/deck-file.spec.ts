import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { deckIds, revealReady, currentHeading, presenterFollows } from '../support/deck';

const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

test.describe('presentasi dari file:// (paket offline)', () => {
  for (const id of deckIds) {
    test(`${id} opens from disk with reveal.js, our theme and no console error`, async ({ page }) => {
      await page.goto(fileUrl(`presentasi/${id}/index.html`));
      await revealReady(page);
      const font = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal')!).fontFamily);
      expect(font).toContain('system-ui');
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(1);
    });
  }

  test('the speaker view opens from the presenter page and follows the deck, with no web server', async ({ page, context }) => {
    await presenterFollows(page, context, `${fileUrl('presentasi/grand-design/index.html')}?presenter`);
  });

  test('the lesson page links to the deck file, and the deck back to the lesson', async ({ page }) => {
    await page.goto(fileUrl('modul/grand-design/index.html'));
    await page.getByRole('link', { name: 'Buka presentasi' }).click();
    await revealReady(page);
    await expect(currentHeading(page)).toHaveText('Grand Design Reformasi Birokrasi');
    expect(page.url()).toMatch(/presentasi\/grand-design\/index\.html$/);
    await page.getByRole('button', { name: 'Menu presentasi' }).click();
    await page.getByRole('link', { name: /^Buka modul/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grand Design');
    expect(page.url()).toMatch(/modul\/grand-design\/index\.html$/);
  });

  test('the handout view renders every slide from disk', async ({ page }) => {
    await page.goto(`${fileUrl('presentasi/grand-design/index.html')}?print-pdf`);
    await page.waitForSelector('.pdf-page');
    const slides = await page.locator('.reveal .slides section:not(.stack)').count();
    await expect(page.locator('.pdf-page')).toHaveCount(slides);
  });
});
