import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { dist, offlineDir } from '../support/dist';
import { answerAllCorrectly, answerWrongly, islandOf, makeCode, recapData, takeExam } from '../support/quiz';
import { quizzesOf } from '../support/content';
import { readCode } from '../../src/shared/class-recap';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const exams = quizzesOf().filter((q) => q.quiz.exam);
const pretest = exams.find((q) => q.id === 'pretest')!;

test.describe('pre-test dan post-test dalam mode ujian', () => {
  for (const { id, quiz } of exams) {
    test(`the ${id} page carries no key: no answer, explanation or feedback, and no key in its data (web and offline copy)`, async ({ page }) => {
      for (const html of [readFileSync(path.join(dist, `kuis/${id}/index.html`), 'utf8'), readFileSync(path.join(offlineDir, `kuis/${id}/index.html`), 'utf8')]) {
        expect(html).not.toContain('bk-quiz-key');
        // No disclosure that could hold a key in the page's content (the header's menu is one, outside <main>).
        expect(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).not.toMatch(/<details/);
        expect(Object.keys(islandOf<object>(html, 'bk-quiz-model')).sort()).toEqual(['fingerprint', 'ids', 'shapes']);
        const visibleText = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        for (const q of quiz.questions) {
          // The explanation, and any authored feedback, would tell the answer.
          expect(visibleText).not.toContain(q.explanation.replace(/\*/g, '').slice(0, 50).replace(/\s+/g, ' '));
          const feedback = 'options' in q ? q.options.map((o) => o.feedback) : q.type === 'truefalse' ? [q.trueFeedback, q.falseFeedback] : [];
          for (const text of feedback.filter((f): f is string => Boolean(f))) expect(visibleText).not.toContain(text.replace(/\*/g, '').slice(0, 40).replace(/\s+/g, ' '));
        }
        expect(visibleText).not.toContain('Jawaban benar');
      }
      // What the page loads is its own script only: no key arrives later either.
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(`/kuis/${id}/`);
      await expect(page.locator('[data-bk-exam]')).toHaveClass(/is-ready/);
      expect(scripts).toEqual(['/js/exam.js']);
    });
  }

  test('the pre-test shows no pass mark; the post-test does', async ({ page }) => {
    await page.goto('/kuis/pretest/');
    await expect(page.locator('.bk-meta')).toHaveText(`${pretest.quiz.questions.length} soal`);
    await expect(page.locator('main')).not.toContainText('lulus');
    await page.goto('/kuis/posttest/');
    await expect(page.locator('.bk-meta')).toContainText('lulus bila skor minimal 70%');
  });

  test('nothing checks, reveals or retries before the code; once it is made the answers lock and a fresh attempt clears answers and name', async ({ page }) => {
    await page.goto('/kuis/pretest/');
    await expect(page.getByRole('button', { name: 'Buat kode hasil' })).toBeVisible();
    // No way to score, see the key, or start over before the code exists.
    await expect(page.getByRole('button', { name: /Periksa|Coba lagi|Mulai percobaan baru/ })).toHaveCount(0);
    await expect(page.getByText('Lihat kunci dan pembahasan')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Lihat kunci/ })).toBeHidden();
    await answerAllCorrectly(page);
    await makeCode(page, 'Dewi Lestari');
    await expect(page.getByText('Percobaan ke-1 atas nama Dewi Lestari.')).toBeVisible();
    await expect(page.getByRole('radio').first()).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Nama peserta' })).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Buat kode hasil' })).toBeHidden();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Mulai percobaan baru' }).click();
    await expect(page.getByRole('textbox', { name: 'Nama peserta' })).toHaveValue('');
    await expect(page.locator('input:checked')).toHaveCount(0);
    await expect(page.getByRole('radio').first()).toBeEnabled();
    await expect(page.getByRole('textbox', { name: 'Kode hasil' })).toBeHidden();
    await expect(page.getByRole('status').last()).toHaveText('Jawaban dan nama sudah dikosongkan. Silakan mulai percobaan baru.');
  });

  test('a fresh attempt is numbered in the code, so a blank try followed by a perfect one leaves a trace in the recap', async ({ page }) => {
    await page.goto('/kuis/pretest/');
    await page.getByRole('textbox', { name: 'Nama peserta' }).fill('Yusuf');
    await page.getByRole('button', { name: 'Buat kode hasil' }).click();
    // Blank answers are pointed out first, then may be sent as they are.
    // The visible message, not its copy in the screen-reader live region (announced a moment later).
    await expect(page.locator('[data-bk-unanswered-text]')).toBeVisible();
    await expect(page.locator('[data-bk-unanswered-text]')).toContainText(`${pretest.quiz.questions.length} soal belum dijawab.`);
    await expect(page.locator('[data-bk-unanswered-list] a').first()).toHaveAttribute('href', `#soal-${pretest.quiz.questions[0]!.id}`);
    await page.getByRole('button', { name: 'Buat kode dengan soal yang kosong' }).click();
    const blank = await page.getByRole('textbox', { name: 'Kode hasil' }).inputValue();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Mulai percobaan baru' }).click();
    await answerAllCorrectly(page);
    const perfect = await makeCode(page, 'Yusuf');
    const data = recapData();
    expect(readCode(blank, data)).toMatchObject({ attempt: 1, score: 0 });
    expect(readCode(perfect, data)).toMatchObject({ attempt: 2, score: pretest.quiz.questions.length });
    // Whatever order the trainer pastes them in, the later attempt counts and the recap says so.
    await page.goto('/rekap/');
    await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(`${perfect}\n${blank}`);
    await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
    await expect(page.locator('[data-bk-status]')).toContainText('Yusuf: yang dihitung percobaan ke-2');
    const row = page.getByRole('table', { name: 'Hasil per peserta' }).getByRole('row', { name: /Yusuf/ });
    await expect(row.getByRole('cell').nth(3)).toHaveText('2 / –');
  });

  test('after the code, the review page shows the participant\'s own answers checked, with the key and explanations', async ({ page, context }) => {
    const wrong = [pretest.quiz.questions[2]!.id];
    await takeExam(page, '/kuis/pretest/', 'Rina Marlina', { wrong });
    const [review] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Lihat kunci, pembahasan, dan skor Anda/ }).click()]);
    await review.waitForLoadState();
    await expect(review).toHaveURL(/\/kuis\/pretest\/pembahasan\/#BK[0-9A-Z]+$/);
    await expect(review.locator('[data-bk-from-code]')).toHaveText(/^Jawaban dari kode hasil atas nama Rina Marlina, percobaan ke-1 \(/);
    const total = pretest.quiz.questions.length;
    await expect(review.locator('[data-bk-score]')).toHaveText(`Skor Anda: ${total - 1} dari ${total} (${Math.round(((total - 1) * 100) / total)}%).`);
    // The pre-test has no pass mark, here either.
    await expect(review.locator('[data-bk-verdict]')).toBeHidden();
    await expect(review.locator(`#soal-${wrong[0]} .bk-q__result`)).toHaveText(/Belum tepat|Sebagian benar/);
    await expect(review.locator(`#soal-${wrong[0]} details`)).toHaveAttribute('open', '');
  });

  test('a code for another quiz, or a damaged one, in the review page\'s address is said to be unreadable', async ({ page }) => {
    const code = await takeExam(page, '/kuis/posttest/', 'Budi', {});
    await page.goto(`/kuis/pretest/pembahasan/#${code}`);
    await expect(page.locator('[data-bk-from-code]')).toHaveText(/tidak dapat dibaca/);
    await expect(page.locator('[data-bk-score]')).toBeHidden();
  });

  test('answering a question wrongly on purpose is scored as wrong by the recap', async ({ page }) => {
    const id = pretest.quiz.questions[0]!.id;
    await page.goto('/kuis/pretest/');
    await answerAllCorrectly(page);
    await answerWrongly(page.locator(`#soal-${id}`));
    const entry = readCode(await makeCode(page, 'Ani'), recapData());
    expect(entry).toMatchObject({ wrong: [id] });
  });
});

test.describe('pre-test tanpa JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says in one line that the code needs JavaScript, and still shows every question with enabled inputs', async ({ page }) => {
    await page.goto('/kuis/pretest/');
    const note = page.getByText('Kode hasil untuk fasilitator hanya dapat dibuat dengan JavaScript');
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => el.getClientRects().length)).toBeGreaterThan(0);
    await expect(page.locator('[data-bk-q]')).toHaveCount(pretest.quiz.questions.length);
    await expect(page.locator('input:disabled, select:disabled')).toHaveCount(0);
    await page.getByRole('radio').first().check();
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  });
});
