import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { builtPlan, unpack } from '../support/scorm';
import { answerAllCorrectly, makeCode } from '../support/quiz';

// The pages of a SCORM package opened from disk, as an admin or a learner might before uploading
// it: no LMS, no server, frames that may not look at each other (file:// is an opaque origin).

const plan = builtPlan();
const coursePackage = plan.packages.find((p) => p.scos.length > 1)!;
let dir = '';
test.beforeAll(() => {
  dir = unpack(coursePackage.file);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileUrl = (relative: string) => pathToFileURL(path.join(dir, relative)).href;

async function frameShowing(page: Page, path: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => path.test(f.url()))).toBe(true);
  return page.frames().find((f) => path.test(f.url()))!;
}

test.describe('paket SCORM dari file://', () => {
  test('the launch page shows the lesson in its frame, and the lesson and quiz work there with no error', async ({ page }) => {
    await page.goto(fileUrl('lms/grand-design.html'));
    const lesson = await frameShowing(page, /modul\/grand-design\/index\.html$/);
    await expect(lesson.getByRole('heading', { level: 1 })).toContainText('Grand Design');
    await lesson.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await expect(lesson.getByRole('button', { name: 'Sudah dibaca' })).toBeVisible();
    await lesson.getByRole('link', { name: 'Kerjakan kuis' }).click();
    const quiz = await frameShowing(page, /kuis\/grand-design\/index\.html$/);
    await expect(quiz.locator('[data-bk-quiz]')).toHaveClass(/is-ready/);
    await answerAllCorrectly(quiz);
    await quiz.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await expect(quiz.locator('[data-bk-score]')).toHaveText(/Skor Anda: \d+ dari \d+ \(100%\)/); // the visible line, not its live-region copy
    await expect(quiz.locator('[data-bk-scorm-status]')).toHaveCount(0);
  });

  test('each SCO page opens on its own from file:// with no error: lesson, quiz, exam and its review', async ({ page }) => {
    for (const sco of coursePackage.scos) {
      for (const url of sco.pages) {
        await page.goto(fileUrl(`${url.replace(/^\//, '')}index.html`));
        await expect(page.locator('main h1')).toBeVisible();
      }
    }
    await page.goto(fileUrl('kuis/pretest/index.html'));
    await expect(page.locator('[data-bk-exam]')).toHaveClass(/is-ready/);
    await answerAllCorrectly(page);
    await makeCode(page, 'Dewi Lestari');
  });
});
