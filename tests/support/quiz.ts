import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';
import { dist } from './dist';
import type { RecapData } from '../../src/shared/class-recap';

/** Helpers for quiz pages, driven through the same markup a learner uses (a page, or a frame: the SCORM tests). */
type Scope = Page | Frame;

/** A JSON island of a built page. */
export function islandOf<T>(html: string, id: string): T {
  const found = html.match(new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`));
  if (!found) throw new Error(`no #${id} in the page`);
  return JSON.parse(found[1]!) as T;
}

/** What the built recap page embeds: the pre-/post-test keys and skills (the keys an exam page does not carry). */
export function recapData(): RecapData {
  return islandOf<RecapData>(readFileSync(path.join(dist, 'rekap/index.html'), 'utf8'), 'bk-recap-keys');
}

/**
 * The right answer of each question of the page's quiz: from the quiz data the page embeds for
 * its script (`#bk-quiz-key`), or, on an exam page (which carries no key), from the recap's.
 */
export async function quizKeys(page: Scope): Promise<Map<string, number[]>> {
  const island = page.locator('#bk-quiz-key');
  const data = (await island.count())
    ? (JSON.parse((await island.textContent()) ?? '{}') as { ids: string[]; keys: number[][] })
    : recapData().quizzes[(await page.locator('[data-bk-exam]').getAttribute('data-bk-exam')) ?? '']!;
  return new Map(data.ids.map((id, i) => [id, data.keys[i]!]));
}

/** The values an input or dropdown of `question` must have to be right: per option value, or per matching row (`<q>-r<row>`). */
async function keyOf(question: Locator, scope: Scope): Promise<number[]> {
  const id = (await question.getAttribute('data-bk-q')) ?? '';
  const key = (await quizKeys(scope)).get(id);
  if (!key) throw new Error(`no key for question ${id}`);
  return key;
}

const rowOf = async (select: Locator) => Number(/-r(\d+)$/.exec((await select.getAttribute('id')) ?? '')?.[1]);

/** Answers every question not yet checked on `page` correctly. */
export async function answerAllCorrectly(page: Scope): Promise<void> {
  const keys = await quizKeys(page);
  for (const question of await page.locator('[data-bk-q]:not(.is-checked)').all()) {
    const key = keys.get((await question.getAttribute('data-bk-q')) ?? '')!;
    for (const select of await question.locator('select').all()) await select.selectOption(String(key[await rowOf(select)]));
    for (const input of await question.locator('input').all()) {
      if (key.includes(Number(await input.getAttribute('value')))) await input.check();
      else if ((await input.getAttribute('type')) === 'checkbox') await input.uncheck();
    }
  }
}

/** Answers one question wrongly: the first wrong option, or a wrong choice in every row. */
export async function answerWrongly(question: Locator, scope: Scope = question.page()): Promise<void> {
  const key = await keyOf(question, scope);
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

/**
 * Answers like a participant who does not read: the first option of every question (the first
 * box of a multiple choice, the first entry of every dropdown), and on true/false the first
 * option, or always "Salah", or always "Benar".
 */
export async function answerBlindly(page: Page, trueFalse: 'first' | 'Salah' | 'Benar'): Promise<void> {
  for (const question of await page.locator('[data-bk-q]').all()) {
    if ((await question.getAttribute('data-bk-type')) === 'truefalse' && trueFalse !== 'first') {
      await question.getByRole('radio', { name: trueFalse, exact: true }).check();
      continue;
    }
    const selects = await question.locator('select').all();
    for (const select of selects) {
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
      await select.selectOption(values[0]!);
    }
    if (!selects.length) await question.locator('input').first().check();
  }
}

/** The option texts of each question, in their current order. */
export async function optionOrder(page: Page): Promise<string[][]> {
  return page.locator('[data-bk-list]').evaluateAll((lists) => lists.map((l) => Array.from(l.children).map((li) => li.textContent?.trim() ?? '')));
}

/**
 * Takes an exam-mode pre- or post-test as a participant: answers everything right except the
 * `wrong` question ids (or blindly), names themself and makes the code; returns it.
 */
export async function takeExam(page: Page, url: string, name: string, answer: { wrong?: string[]; blind?: 'first' | 'Salah' | 'Benar' } = {}): Promise<string> {
  await page.goto(url);
  if (answer.blind) await answerBlindly(page, answer.blind);
  else {
    await answerAllCorrectly(page);
    for (const id of answer.wrong ?? []) await answerWrongly(page.locator(`#soal-${id}`));
  }
  return makeCode(page, name);
}

/** Fills in the name and makes the result code on the current quiz page; returns it. */
export async function makeCode(page: Scope, name: string): Promise<string> {
  await page.getByRole('textbox', { name: 'Nama peserta' }).fill(name);
  await page.getByRole('button', { name: 'Buat kode hasil' }).click();
  const code = page.getByRole('textbox', { name: 'Kode hasil' });
  await code.waitFor();
  const value = await code.inputValue();
  if (!/^BK[0-9A-Z]+$/.test(value)) throw new Error(`not a result code: ${value}`);
  return value;
}
