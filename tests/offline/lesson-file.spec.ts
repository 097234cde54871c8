import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';

const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

test('the Perpres 81/2010 lesson opens from file:// with its styles, scripts and no console error', async ({ page }) => {
  await page.goto(fileUrl('modul/grand-design/index.html'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grand Design');
  // The stylesheet loaded (relative path), so the dark header band is styled.
  const headerBg = await page.locator('.bk-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBg).not.toBe('rgba(0, 0, 0, 0)');
  // The classic script ran (the read marker is enabled and labelled by it).
  await expect(page.getByRole('button', { name: 'Tandai sudah dibaca' })).toBeVisible();
  // Links name their .html file, so they open pages, not directory listings.
  const next = page.getByRole('link', { name: /Berikutnya/ });
  await expect(next).toHaveAttribute('href', '../pola-pikir/index.html');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pola Pikir');
});
