import { test, expect } from '../support/fixtures';
import { answerAllCorrectly } from '../support/quiz';

// Storage that is unavailable, full, corrupt or from another version never breaks a page: the
// quiz still works and the learner sees a short notice. Each case is set up before any page script
// runs, with page.addInitScript.
const url = '/kuis/grand-design/';
const key = 'bkasn:progress';

async function quizStillScores(page: import('@playwright/test').Page): Promise<void> {
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await expect(page.locator('[data-bk-score]')).toContainText('(100%)');
}

test('progress cut off mid-write starts afresh with a notice (the text kept as a backup), and the quiz still works and saves', async ({ page }) => {
  await page.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k!, '{"v":1,"read":{'); // cut off mid-write
      sessionStorage.setItem('seeded', '1');
    }
  }, [key]);
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: 'tidak terbaca, jadi kemajuan dimulai dari awal' })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('bkasn:progress-backup') ?? 'null')?.raw)).toBe('{"v":1,"read":{');
  await quizStillScores(page);
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
  expect(saved.quizzes['grand-design'].best).toBe(100);
});

test('a record saved by another version is left out with a notice; the rest of the progress stays', async ({ page }) => {
  await page.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k!, JSON.stringify({ v: 99, read: { 'grand-design': '2024-05-05' }, quizzes: { 'grand-design': { best: 100 } } }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [key]);
  await page.goto(url);
  await expect(page.locator('[data-bk-notice="dropped"]')).toHaveText(/^Sebagian catatan kemajuan di perangkat ini tidak terbaca dan dilewati; catatan lain tetap tersimpan\./);
  await expect(page.locator('[data-bk-best]')).toBeHidden();
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key)).toEqual({ v: 1, read: { 'grand-design': '2024-05-05' }, quizzes: {} });
  await quizStillScores(page);
});

test('a localStorage that throws on access shows a notice; the quiz still checks and scores', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(url);
  await expect(page.locator('[data-bk-notice="unavailable"]')).toContainText('Kemajuan tidak dapat disimpan di perangkat ini');
  await quizStillScores(page);
  // One notice, not one per attempt.
  await expect(page.locator('[data-bk-notice]')).toHaveCount(1);
});

test('a full storage says the last progress was not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(url);
  await quizStillScores(page);
  await expect(page.locator('[data-bk-notice="full"]')).toHaveText('Penyimpanan browser penuh, jadi kemajuan terakhir tidak tersimpan.');
});

test('the progress page survives a throwing localStorage too', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new Error('blocked'); } });
  });
  await page.goto('/kemajuan/');
  await expect(page.locator('[data-bk-notice="unavailable"]')).toBeVisible();
  await expect(page.getByText('0 dari 6 modul selesai.')).toBeVisible();
});
