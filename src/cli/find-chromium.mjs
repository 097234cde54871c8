import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH, the system's
 * (chromium, chromium-browser, google-chrome), Playwright's own download. Never downloads one.
 * Returns undefined when there is none.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execSync(`command -v ${name}`, { stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' }).toString().trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  return undefined;
}

/** The one line the test command prints when there is no browser. */
export const noChromiumMessage =
  'Chromium tidak ditemukan. Pasang dengan "sudo apt-get install -y chromium" (Debian/Ubuntu), atau isi CHROMIUM_PATH dengan path Chrome/Chromium.';

/** For the command-line tools: the Chromium to use, or the message above and exit code 1. */
export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  console.error(noChromiumMessage);
  process.exit(1);
}
