import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { dist, offlineDir } from '../support/dist';
import { quizzesOf } from '../support/content';
import { answerBlindly, makeCode, recapData } from '../support/quiz';
import { percentOf, readCode } from '../../src/shared/class-recap';
import { site } from '../../src/site';

// Answer order nobody can guess: the build shuffles each question's options (seeded by its id),
// spreads single-choice keys over the positions and balances true/false. Here a participant who
// does not read (first option everywhere, with the first option, "Salah" or "Benar" on
// true/false) must stay below the pass mark on every quiz, on the web and from file://.
const quizzes = quizzesOf();
/** Option HTML back to what the author wrote: `<em>` as `*`, entities decoded. */
const text = (html: string) =>
  html.replace(/<\/?em>/g, '*').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const strategies = ['first', 'Salah', 'Benar'] as const;

/** The score in percent of blind answers on the quiz page at `url` (scored by the page, or by the recap for an exam). */
async function blindScore(page: Page, url: string, exam: boolean, strategy: (typeof strategies)[number]): Promise<number> {
  await page.goto(url);
  await answerBlindly(page, strategy);
  if (exam) {
    const entry = readCode(await makeCode(page, 'Peserta Asal Klik'), recapData());
    if ('reason' in entry) throw new Error(`code refused: ${entry.reason}`);
    return percentOf(entry);
  }
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  const text = (await page.locator('[data-bk-score]').textContent()) ?? '';
  return Number(/\((\d+)%\)/.exec(text)?.[1]);
}

for (const { id, quiz } of quizzes) {
  test(`no one passes the ${id} quiz by always taking the first option, or "Salah" or "Benar" on true/false`, async ({ page }) => {
    for (const strategy of strategies) {
      const percent = await blindScore(page, `/kuis/${id}/`, quiz.exam, strategy);
      expect(percent, strategy).toBeLessThan(site.passPercent);
    }
  });
}

test('no one passes the pre-test or a module quiz by clicking the first option from file:// either', async ({ page }) => {
  for (const { id, quiz } of quizzes.filter((q) => q.id === 'pretest' || q.id === 'grand-design')) {
    const percent = await blindScore(page, pathToFileURL(path.join(offlineDir, `kuis/${id}/index.html`)).href, quiz.exam, 'first');
    expect(percent, id).toBeLessThan(site.passPercent);
  }
});

test('the page without JavaScript shows the options shuffled too: the correct one is not first, nor are the correct ones of a multiple choice', () => {
  let firstIsRight = 0;
  let oneChoice = 0;
  let keysFirst = 0;
  let multiple = 0;
  for (const { id, quiz } of quizzes.filter((q) => !q.quiz.exam)) {
    const html = readFileSync(path.join(dist, `kuis/${id}/index.html`), 'utf8');
    const data = JSON.parse(html.match(/id="bk-quiz-key">([^<]*)</)![1]!) as { ids: string[]; keys: number[][] };
    quiz.questions.forEach((q) => {
      const fieldset = html.split(`data-bk-q="${q.id}"`)[1]!.split('</fieldset>')[0]!;
      const rendered = [...fieldset.matchAll(/<span>(.*?)<\/span>\s*<\/label>/g)].map((m) => text(m[1]!));
      if (q.type === 'multiple') {
        multiple++;
        const right = q.options.filter((o) => o.correct).map((o) => o.text);
        if (rendered.slice(0, right.length).every((t) => right.includes(t))) keysFirst++;
      }
      if (q.type !== 'single' && q.type !== 'scenario') return;
      oneChoice++;
      expect(rendered.length, q.id).toBe(q.options.length);
      const right = q.options.find((o) => o.correct)!.text;
      // The rendered order agrees with the key the page scores against.
      expect(rendered[data.keys[data.ids.indexOf(q.id)]![0]!], q.id).toBe(right);
      if (rendered[0] === right) firstIsRight++;
    });
  }
  expect(firstIsRight).toBeLessThanOrEqual(Math.ceil(oneChoice / 3));
  expect(keysFirst).toBeLessThan(multiple / 2);
});
