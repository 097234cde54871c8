import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { parseDeck } from '../../src/course/deck/parse';

/** The six decks, by id (= module id). */
export const deckIds = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];

/** A deck as its source marks it: the titles of its core slides and their minutes (what `?inti` must show). */
export function coreOf(id: string): { titles: string[]; minutes: number } {
  const raw = readFileSync(`slides/${id}.md`, 'utf8');
  const parsed = parseDeck(raw.replace(/^---\n[\s\S]*?\n---\n/, ''), { file: `slides/${id}.md` });
  const core = parsed.slides.filter((s) => s.core);
  return { titles: core.map((s) => s.title), minutes: parsed.coreMinutes };
}

/** Waits until reveal.js has laid out the deck. */
export async function revealReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady?.());
}

/** The heading of the slide on screen. */
export function currentHeading(page: Page) {
  return page.locator('.reveal .slides section.present:not(.stack)').getByRole('heading').first();
}

/**
 * Opens the speaker view the way a trainer does (the "Buka catatan pembicara" button on the
 * `?presenter` page), checks that it shows the current slide's notes in Indonesian, then moves the
 * main window on and checks that the speaker view follows.
 */
export async function presenterFollows(page: Page, context: BrowserContext, deckUrl: string): Promise<void> {
  await page.goto(deckUrl);
  await revealReady(page);
  const open = page.getByRole('button', { name: 'Buka catatan pembicara' });
  await expect(open).toBeFocused();
  const [speaker] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(speaker).toHaveTitle('Catatan pembicara');
  const notes = speaker.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText('Sapa peserta');
  await expect(speaker.getByText('Berikutnya', { exact: true })).toBeVisible();
  await expect(speaker.getByText('Sisa waktu untuk slide ini')).toBeVisible();
  await expect(speaker.locator('#current-slide iframe')).toHaveCount(1);
  await expect(speaker.frameLocator('#current-slide iframe').getByRole('heading', { level: 1 })).toContainText('Grand Design');
  // The guide closed when the speaker view opened: the projected picture is clean.
  await expect(page.getByRole('heading', { name: 'Mode presenter' })).toBeHidden();

  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(notes).toContainText('Tunjukkan alur sesi');
  await expect(speaker.frameLocator('#current-slide iframe').locator('section.present h2')).toHaveText('Yang kita bahas');
}
