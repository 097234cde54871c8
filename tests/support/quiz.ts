import type { Locator, Page } from '@playwright/test';

/** Helpers for quiz pages, driven through the same markup a learner uses. */

/** Answers every question not yet checked on `page` correctly (the key is in the markup). */
export async function answerAllCorrectly(page: Page): Promise<void> {
  for (const input of await page.locator('[data-bk-q]:not(.is-checked) input[data-bk-correct]').all()) await input.check();
  for (const select of await page.locator('[data-bk-q]:not(.is-checked) select').all()) {
    await select.selectOption(String(await select.getAttribute('data-bk-answer')));
  }
}

/** Answers one question wrongly: the first wrong option, or a wrong choice in every row. */
export async function answerWrongly(question: Locator): Promise<void> {
  const selects = await question.locator('select').all();
  if (selects.length) {
    for (const select of selects) {
      const answer = await select.getAttribute('data-bk-answer');
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      await select.selectOption(values.find((v) => v !== '' && v !== answer)!);
    }
    return;
  }
  for (const input of await question.locator('input:not([data-bk-correct])').all()) {
    await input.check();
    if ((await input.getAttribute('type')) === 'radio') return;
  }
}

/** The option texts of each question, in their current order. */
export async function optionOrder(page: Page): Promise<string[][]> {
  return page.locator('[data-bk-list]').evaluateAll((lists) => lists.map((l) => Array.from(l.children).map((li) => li.textContent?.trim() ?? '')));
}
