import type { Frame, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { builtPlan, startHarness } from '../support/scorm';
import { answerAllCorrectly, answerWrongly, makeCode } from '../support/quiz';
import { decodeSuspendData, encodeSuspendData } from '../../src/shared/scorm/suspend-data';

// A SCORM 1.2 package in a stand-in LMS: scorm-again's API on the harness page, the package's
// launch frame in an iframe on the same http origin, as Moodle's player does.

const plan = builtPlan();
const modulePackage = plan.packages.find((p) => p.scos.length === 1 && p.scos[0]!.id === 'grand-design')!;
const coursePackage = plan.packages.find((p) => p.scos.length > 1)!;

type Call = [string, string?, string?];
const log = (page: Page) => page.evaluate(() => (window as unknown as { lmsLog: Call[] }).lmsLog);
const value = (page: Page, element: string) => page.evaluate((e) => (window as unknown as { lmsValue: (e: string) => string }).lmsValue(e), element);
/** The SCO page in the launch frame, once it shows `path`. */
async function scoPage(page: Page, path: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => path.test(f.url()))).toBe(true);
  return page.frames().find((f) => path.test(f.url()))!;
}
/** Launches the module's SCO in the stand-in LMS and follows the lesson's link to its quiz, ready to answer. */
async function openModuleQuiz(page: Page, base: string): Promise<Frame> {
  await page.goto(`${base}/lms.html?sco=lms/grand-design.html`);
  const lesson = await scoPage(page, /modul\/grand-design\/index\.html$/);
  await lesson.getByRole('link', { name: 'Kerjakan kuis' }).click();
  const quiz = await scoPage(page, /kuis\/grand-design\/index\.html$/);
  await expect(quiz.locator('[data-bk-quiz]')).toHaveClass(/is-ready/);
  return quiz;
}
/** Index of the first call matching, after `from`. */
const indexOf = (calls: Call[], match: Call, from = 0) => calls.findIndex((c, i) => i >= from && match.every((m, j) => m === undefined || c[j] === m));

test.describe('paket SCORM di LMS', () => {
  test('a module: reading the lesson to the end completes it, passing the quiz records 100 and passed, each with a commit, and leaving finishes', async ({ page }) => {
    const lms = await startHarness(modulePackage.file);
    try {
      await page.goto(`${lms.base}/lms.html?sco=lms/grand-design.html`);
      const lesson = await scoPage(page, /modul\/grand-design\/index\.html$/);
      await expect(lesson.getByRole('heading', { level: 1 })).toContainText('Grand Design');
      let calls = await log(page);
      expect(calls[0]).toEqual(['LMSInitialize']);
      expect(indexOf(calls, ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'])).toBeGreaterThan(0);
      // Inside the LMS the site's menu, breadcrumbs and module-to-module links are gone.
      await expect(lesson.locator('.bk-nav, .bk-crumbs, .bk-prevnext')).toHaveCount(0);

      await lesson.getByRole('button', { name: 'Tandai sudah dibaca' }).scrollIntoViewIfNeeded();
      await expect.poll(() => value(page, 'cmi.core.lesson_status')).toBe('completed');
      calls = await log(page);
      const completed = indexOf(calls, ['LMSSetValue', 'cmi.core.lesson_status', 'completed']);
      expect(indexOf(calls, ['LMSCommit'], completed)).toBeGreaterThan(completed);

      await lesson.getByRole('link', { name: 'Kerjakan kuis' }).click();
      const quiz = await scoPage(page, /kuis\/grand-design\/index\.html$/);
      await expect(quiz.locator('[data-bk-quiz]')).toHaveClass(/is-ready/);
      await answerAllCorrectly(quiz);
      await quiz.getByRole('button', { name: 'Periksa semua jawaban' }).click();
      await expect(quiz.getByText('Nilai 100% tercatat di LMS.')).toBeVisible();
      calls = await log(page);
      const raw = indexOf(calls, ['LMSSetValue', 'cmi.core.score.raw', '100']);
      expect(raw).toBeGreaterThan(completed);
      expect(indexOf(calls, ['LMSSetValue', 'cmi.core.score.min', '0'])).toBeGreaterThan(completed);
      expect(indexOf(calls, ['LMSSetValue', 'cmi.core.score.max', '100'])).toBeGreaterThan(completed);
      const passed = indexOf(calls, ['LMSSetValue', 'cmi.core.lesson_status', 'passed'], raw);
      expect(passed).toBeGreaterThan(raw);
      expect(indexOf(calls, ['LMSCommit'], passed)).toBeGreaterThan(passed);
      // The page the learner is on is remembered, as a path inside the package.
      expect(await value(page, 'cmi.core.lesson_location')).toBe('kuis/grand-design/index.html');

      // Leaving the activity (the LMS removes the SCO's frame) finishes the session.
      await page.evaluate(() => document.querySelector('iframe')!.remove());
      calls = await log(page);
      expect(calls.at(-1)).toEqual(['LMSFinish']);
      expect(indexOf(calls, ['LMSSetValue', 'cmi.core.exit', 'suspend'])).toBeGreaterThan(passed);
      // session_time is write-only in the data model: read what was written.
      expect(calls.filter((c) => c[1] === 'cmi.core.session_time').at(-1)?.[2]).toMatch(/^\d{2,4}:\d{2}:\d{2}$/);
    } finally {
      await lms.close();
    }
  });

  test('a module quiz below the pass mark records its score and failed', async ({ page }) => {
    const lms = await startHarness(modulePackage.file);
    try {
      const quiz = await openModuleQuiz(page, lms.base);
      await answerAllCorrectly(quiz);
      const questions = await quiz.locator('[data-bk-q]').all();
      // Six of the questions wrong: 11 of 17 is 65 %, under the pass mark of 70 %.
      for (const q of questions.slice(0, 6)) await answerWrongly(q, quiz);
      await quiz.getByRole('button', { name: 'Periksa semua jawaban' }).click();
      const total = questions.length;
      const percent = Math.round(((total - 6) * 100) / total);
      expect(percent).toBeLessThan(70);
      await expect(quiz.getByText(`Nilai ${percent}% tercatat di LMS.`)).toBeVisible();
      expect(await value(page, 'cmi.core.score.raw')).toBe(String(percent));
      expect(await value(page, 'cmi.core.lesson_status')).toBe('failed');
      const calls = await log(page);
      expect(indexOf(calls, ['LMSCommit'], indexOf(calls, ['LMSSetValue', 'cmi.core.lesson_status', 'failed']))).toBeGreaterThan(0);
    } finally {
      await lms.close();
    }
  });

  test('when the LMS does not store a result (a failed commit), the learner is told so under the score', async ({ page }) => {
    const lms = await startHarness(modulePackage.file);
    try {
      const quiz = await openModuleQuiz(page, lms.base);
      // The LMS's server stops answering: its commit says "false".
      await page.evaluate(() => ((window as unknown as { API: { LMSCommit: () => string } }).API.LMSCommit = () => 'false'));
      await answerAllCorrectly(quiz);
      await quiz.getByRole('button', { name: 'Periksa semua jawaban' }).click();
      await expect(quiz.locator('[data-bk-summary] .bk-notice')).toContainText('LMS belum menerima hasil ini');
      await expect(quiz.getByText('tercatat di LMS')).toHaveCount(0);
      // The quiz itself still shows the score.
      await expect(quiz.locator('[data-bk-score]')).toHaveText(/Skor Anda: \d+ dari \d+ \(100%\)/); // the visible line, not its live-region copy
    } finally {
      await lms.close();
    }
  });

  test('a learner who leaves mid-quiz comes back to the quiz with their answers, kept within the 4,096 characters of suspend_data', async ({ page }) => {
    const lms = await startHarness(modulePackage.file);
    try {
      const quiz = await openModuleQuiz(page, lms.base);
      const first = quiz.locator('[data-bk-q]').first();
      await first.locator('input').first().check();
      await expect.poll(async () => decodeSuspendData(await value(page, 'cmi.suspend_data')).answers['grand-design']?.[0]).toEqual([0]);
      const suspended = await value(page, 'cmi.suspend_data');
      expect(suspended.length).toBeLessThanOrEqual(4096);

      // The next visit: the LMS hands back what was stored, with entry "resume".
      const data = { core: { entry: 'resume', lesson_location: 'kuis/grand-design/index.html', lesson_status: 'incomplete' }, suspend_data: suspended };
      await page.goto(`${lms.base}/lms.html?sco=lms/grand-design.html&data=${encodeURIComponent(JSON.stringify(data))}`);
      const again = await scoPage(page, /kuis\/grand-design\/index\.html$/);
      await expect(again.locator('[data-bk-q]').first().locator('input').first()).toBeChecked();
      // A stored answer the quiz no longer fits (another version of the package) is ignored, not an error.
      const stale = encodeSuspendData({ answers: { 'grand-design': [[1]] } });
      await page.goto(`${lms.base}/lms.html?sco=lms/grand-design.html&data=${encodeURIComponent(JSON.stringify({ ...data, suspend_data: stale }))}`);
      const fresh = await scoPage(page, /kuis\/grand-design\/index\.html$/);
      await expect(fresh.locator('[data-bk-quiz]')).toHaveClass(/is-ready/);
      await expect(fresh.locator('[data-bk-q] input:checked')).toHaveCount(0);
    } finally {
      await lms.close();
    }
  });

  for (const [id, status, mastery] of [
    ['pretest', 'completed', undefined],
    ['posttest', 'passed', 70],
  ] as const) {
    test(`the ${id} SCO keeps exam mode; the review page scores the result code and records it as ${status}`, async ({ page, context }) => {
      expect(coursePackage.scos.find((s) => s.id === id)?.masteryScore).toBe(mastery);
      const lms = await startHarness(coursePackage.file);
      try {
        await page.goto(`${lms.base}/lms.html?sco=lms/${id}.html`);
        const exam = await scoPage(page, new RegExp(`kuis/${id}/index\\.html$`));
        await expect(exam.locator('[data-bk-exam]')).toHaveClass(/is-ready/);
        await expect(exam.locator('#bk-quiz-key')).toHaveCount(0);
        await answerAllCorrectly(exam);
        await makeCode(exam, 'Dewi Lestari');
        // Nothing is scored before the review: the exam page holds no key.
        expect(await value(page, 'cmi.core.score.raw')).toBe('');
        const [review] = await Promise.all([context.waitForEvent('page'), exam.getByRole('link', { name: /Lihat kunci/ }).click()]);
        await expect(review.getByText('Nilai 100% tercatat di LMS.')).toBeVisible();
        expect(await value(page, 'cmi.core.score.raw')).toBe('100');
        expect(await value(page, 'cmi.core.lesson_status')).toBe(status);
        const calls = await log(page);
        expect(indexOf(calls, ['LMSCommit'], indexOf(calls, ['LMSSetValue', 'cmi.core.lesson_status', status]))).toBeGreaterThan(0);
        await review.close();
      } finally {
        await lms.close();
      }
    });
  }

  test('the same launch page outside an LMS (plain http, no API) shows the lesson and reports nothing', async ({ page }) => {
    const lms = await startHarness(modulePackage.file);
    try {
      await page.goto(`${lms.base}/paket/lms/grand-design.html`);
      const lesson = await scoPage(page, /modul\/grand-design\/index\.html$/);
      await expect(lesson.getByRole('heading', { level: 1 })).toContainText('Grand Design');
      await lesson.getByRole('link', { name: 'Kerjakan kuis' }).click();
      const quiz = await scoPage(page, /kuis\/grand-design\/index\.html$/);
      await answerAllCorrectly(quiz);
      await quiz.getByRole('button', { name: 'Periksa semua jawaban' }).click();
      await expect(quiz.getByText(/Skor/).first()).toBeVisible();
      await expect(quiz.locator('[data-bk-scorm-status]')).toHaveCount(0);
    } finally {
      await lms.close();
    }
  });
});
