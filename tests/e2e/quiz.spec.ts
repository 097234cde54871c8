import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { root } from '../support/dist';
import { answerAllCorrectly, answerWrongly, optionOrder, quizKeys } from '../support/quiz';
import { measure } from '../../src/cli/measure.mjs';
import type { Quiz } from '../../src/schemas/quiz';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const quizData = (id: string) => load(readFileSync(path.join(root, 'content/quizzes', `${id}.yaml`), 'utf8')) as Quiz;
const grandDesign = quizData('grand-design');
const first = grandDesign.questions[0]!;
if (first.type !== 'single') throw new Error('the tests expect the first Grand Design question to be single choice');
const right = first.options.find((o) => o.correct)!;
const wrong = first.options.find((o) => !o.correct && o.feedback)!;
const url = '/kuis/grand-design/';

async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('kuis modul Grand Design', () => {
  test('a right answer says "Benar." with the option\'s feedback, and opens the explanation', async ({ page }) => {
    await page.goto(url);
    const q = page.locator(`#soal-${first.id}`);
    await q.getByRole('radio', { name: right.text }).check();
    await q.getByRole('button', { name: 'Periksa jawaban Soal 1 dari' }).click();
    await expect(q.locator('.bk-q__result')).toHaveText('Benar.');
    await expect(q.locator('.bk-fb.is-right')).toContainText(right.feedback!.slice(0, 30));
    await expect(q.getByText('Lihat kunci dan pembahasan')).toBeVisible();
    await expect(q.locator('details')).toHaveAttribute('open', '');
    // The verdict and explanation go to the live region, for screen readers.
    await expect(page.getByRole('status').last()).toContainText('Soal 1: Benar.');
    await expect(page.getByRole('status').last()).toContainText(first.explanation.slice(0, 40));
  });

  test('a wrong answer says "Belum tepat." with why, and points at the right option in words', async ({ page }) => {
    await page.goto(url);
    const q = page.locator(`#soal-${first.id}`);
    await q.getByRole('radio', { name: wrong.text }).check();
    await q.getByRole('button', { name: 'Periksa jawaban Soal 1 dari' }).click();
    await expect(q.locator('.bk-q__result')).toHaveText('Belum tepat.');
    const chosen = q.getByRole('radio', { name: wrong.text });
    await expect(chosen).toHaveAccessibleDescription(new RegExp(`^Belum tepat\\. ${wrong.feedback!.slice(0, 20)}`));
    await expect(q.getByRole('radio', { name: right.text })).toHaveAccessibleDescription('Ini jawaban yang benar.');
    // Not colour alone: an icon is drawn before the words.
    const icon = await q.locator('.bk-q__result').evaluate((el) => getComputedStyle(el, '::before').content);
    expect(icon).toContain('✗');
  });

  test('asks for an answer before checking an empty question', async ({ page }) => {
    await page.goto(url);
    const q = page.locator(`#soal-${first.id}`);
    await q.getByRole('button', { name: 'Periksa jawaban Soal 1 dari' }).click();
    await expect(q.locator('.bk-q__result')).toHaveText('Belum dijawab. Pilih jawaban dulu, lalu periksa.');
    await expect(q.getByRole('radio').first()).toBeEnabled();
  });

  test('a matching question says which rows are wrong and what belongs there', async ({ page }) => {
    await page.goto(url);
    const q = page.locator('[data-bk-type="matching"]').first();
    await answerWrongly(q);
    await q.getByRole('button', { name: /Periksa jawaban/ }).click();
    await expect(q.locator('.bk-q__result')).toHaveText('Belum tepat.');
    await expect(q.getByRole('combobox').first()).toHaveAccessibleDescription(/^Belum tepat\. Pasangan yang tepat: .+/);
  });

  test('checking all answers gives the score, the verdict and the sections to read again; the best score survives a reload', async ({ page }) => {
    await page.goto(url);
    await answerAllCorrectly(page);
    await answerWrongly(page.locator(`#soal-${first.id}`));
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    const total = grandDesign.questions.length;
    const percent = Math.round(((total - 1) * 100) / total);
    await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();
    await expect(page.locator('[data-bk-score]')).toHaveText(`Skor Anda: ${total - 1} dari ${total} (${percent}%).`);
    await expect(page.locator('[data-bk-verdict]')).toHaveText('Lulus: Anda mencapai batas 70%.');
    const missed = page.locator('[data-bk-missed-list] li');
    await expect(missed).toHaveCount(1);
    await expect(missed.getByRole('link', { name: 'Soal 1' })).toHaveAttribute('href', `#soal-${first.id}`);
    await expect(missed.getByRole('link', { name: /^Baca lagi:/ })).toHaveAttribute('href', `/modul/grand-design/#${first.cite.section}`);
    await page.reload();
    await expect(page.locator('[data-bk-best]')).toHaveText(new RegExp(`^Skor terbaik Anda: ${percent}% \\(\\d+ \\w+ \\d{4}\\)\\.$`));
  });

  test('"Coba lagi" clears the answers, re-enables the inputs and shuffles the options', async ({ page }) => {
    await page.goto(url);
    const before = await optionOrder(page);
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await expect(page.getByRole('radio').first()).toBeDisabled();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeHidden();
    await expect(page.locator('.bk-fb')).toHaveCount(0);
    await expect(page.locator('input:checked')).toHaveCount(0);
    await expect(page.getByRole('radio').first()).toBeEnabled();
    const after = await optionOrder(page);
    const shuffled = after.filter((list, i) => list.join('|') !== before[i]!.join('|'));
    const shuffleable = before.filter((list) => list.length > 2).length;
    expect(shuffled.length).toBeGreaterThanOrEqual(shuffleable);
    // Same options, other order: nothing lost.
    expect(after.map((l) => [...l].sort())).toEqual(before.map((l) => [...l].sort()));
    // And it still scores right after shuffling.
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await expect(page.locator('[data-bk-score]')).toContainText('(100%)');
  });

  test('can be done with the keyboard alone', async ({ page }) => {
    await page.goto(url);
    await page.locator(`#soal-${first.id} input`).first().focus();
    // Arrow keys move within the radio group; find the right option by its label.
    const radios = page.locator(`#soal-${first.id} input[type="radio"]`);
    const [answer] = (await quizKeys(page)).get(first.id)!;
    const index = await radios.evaluateAll((els, value) => els.findIndex((e) => (e as HTMLInputElement).value === String(value)), answer);
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Periksa jawaban Soal 1 dari' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#soal-${first.id} .bk-q__result`)).toHaveText('Benar.');
  });

  test('passes axe before answering, after one check, and with the results shown', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
    await answerWrongly(page.locator(`#soal-${first.id}`));
    await page.getByRole('button', { name: 'Periksa jawaban Soal 1 dari' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('keeps answer keys out of search results', async ({ page }) => {
    await page.goto(url);
    const keys = page.locator('details.bk-key');
    await expect(keys).toHaveCount(grandDesign.questions.length);
    expect(await keys.evaluateAll((ds) => ds.every((d) => d.hasAttribute('data-pagefind-ignore')))).toBe(true);
  });
});

test.describe('kuis tanpa JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows enabled inputs in fieldsets and every answer with its explanation in a <details>', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByText('Tanpa JavaScript, Anda tetap bisa menjawab')).toBeVisible();
    const q = page.getByRole('group', { name: first.prompt.slice(0, 30) });
    await expect(q).toBeVisible();
    await expect(q.getByRole('radio', { name: right.text })).toBeEnabled();
    await q.getByRole('radio', { name: right.text }).check();
    await expect(page.locator('input:disabled, select:disabled')).toHaveCount(0);
    await expect(page.getByRole('combobox').first()).toBeEnabled();
    // No dead buttons.
    await expect(page.getByRole('button', { name: /Periksa/ })).toHaveCount(0);
    const key = page.locator(`#soal-${first.id} details`);
    await key.getByText('Lihat kunci dan pembahasan').click();
    await expect(key).toContainText(`Jawaban benar: ${right.text}`);
    await expect(key).toContainText(first.explanation.slice(0, 40));
    await expect(key.getByRole('link', { name: /^Baca lagi:/ })).toHaveAttribute('href', `/modul/grand-design/#${first.cite.section}`);
  });
});

for (const [kind, url] of [
  ['a module quiz', '/kuis/grand-design/'],
  ['the pre-test (exam mode)', '/kuis/pretest/'],
  ['the post-test (exam mode)', '/kuis/posttest/'],
  ['an exam\'s review page', '/kuis/pretest/pembahasan/'],
]) {
  test(`${kind} loads at most 8 KB gz of JavaScript, without the QR encoder`, async ({ context, baseURL }) => {
    const result = await measure(context, `${baseURL}${url}`);
    const detail = result.requests.map((r) => `${r.type} ${r.encoded} B ${r.url}`).join('\n');
    expect(result.byKind.js?.encoded ?? 0, detail).toBeGreaterThan(0);
    expect(result.byKind.js?.encoded ?? 0, detail).toBeLessThanOrEqual(8 * 1024);
    // The QR encoder is not part of the first load.
    expect(result.requests.some((r) => r.url.includes('/js/qr.js')), detail).toBe(false);
  });
}

test('the recap loads neither QR script until a code is scanned or made', async ({ context, baseURL }) => {
  const result = await measure(context, `${baseURL}/rekap/`);
  const detail = result.requests.map((r) => `${r.type} ${r.encoded} B ${r.url}`).join('\n');
  expect(result.requests.filter((r) => /\/js\/qr(-scan)?\.js/.test(r.url)), detail).toEqual([]);
});
