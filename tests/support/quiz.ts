import type { Locator, Page } from '@playwright/test';

/** Helpers for quiz pages, driven through the same markup a learner uses. */

/** The right answer of each question, from the quiz data the page embeds for its script (`#bk-quiz-key`). */
export async function quizKeys(page: Page): Promise<Map<string, number[]>> {
  const data = JSON.parse((await page.locator('#bk-quiz-key').textContent()) ?? '{}') as { ids: string[]; keys: number[][] };
  return new Map(data.ids.map((id, i) => [id, data.keys[i]!]));
}

/** The values an input or dropdown of `question` must have to be right: per option value, or per matching row (`<q>-r<row>`). */
async function keyOf(question: Locator): Promise<number[]> {
  const id = (await question.getAttribute('data-bk-q')) ?? '';
  const key = (await quizKeys(question.page())).get(id);
  if (!key) throw new Error(`no key for question ${id}`);
  return key;
}

const rowOf = async (select: Locator) => Number(/-r(\d+)$/.exec((await select.getAttribute('id')) ?? '')?.[1]);

/** Answers every question not yet checked on `page` correctly. */
export async function answerAllCorrectly(page: Page): Promise<void> {
  for (const question of await page.locator('[data-bk-q]:not(.is-checked)').all()) {
    const key = await keyOf(question);
    for (const select of await question.locator('select').all()) await select.selectOption(String(key[await rowOf(select)]));
    for (const input of await question.locator('input').all()) {
      if (key.includes(Number(await input.getAttribute('value')))) await input.check();
    }
  }
}

/** Answers one question wrongly: the first wrong option, or a wrong choice in every row. */
export async function answerWrongly(question: Locator): Promise<void> {
  const key = await keyOf(question);
  const selects = await question.locator('select').all();
  if (selects.length) {
    for (const select of selects) {
      const answer = String(key[await rowOf(select)]);
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      await select.selectOption(values.find((v) => v !== '' && v !== answer)!);
    }
    return;
  }
  for (const input of await question.locator('input').all()) {
    if (key.includes(Number(await input.getAttribute('value')))) continue;
    await input.check();
    if ((await input.getAttribute('type')) === 'radio') return;
  }
}

/** The option texts of each question, in their current order. */
export async function optionOrder(page: Page): Promise<string[][]> {
  return page.locator('[data-bk-list]').evaluateAll((lists) => lists.map((l) => Array.from(l.children).map((li) => li.textContent?.trim() ?? '')));
}
