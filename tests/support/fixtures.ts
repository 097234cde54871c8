import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with two guards: any console error or uncaught exception fails it, and
 * any request leaving the site (not 127.0.0.1, not file://, not data:/blob:) is blocked and fails it.
 */
export interface Guards {
  consoleErrors: string[];
  externalRequests: string[];
}

const local = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:|data:|blob:|about:)/;

export async function guardPage(page: Page, guards: Guards): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error') guards.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (err) => guards.consoleErrors.push(`pageerror: ${err.message}`));
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (local.test(url)) return route.continue();
    guards.externalRequests.push(url);
    return route.abort();
  });
}

/** `test` with the guards on automatically; node-only checks import plain `@playwright/test`. */
export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page }, use) => {
      const guards: Guards = { consoleErrors: [], externalRequests: [] };
      await guardPage(page, guards);
      await use(guards);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
      expect(guards.externalRequests, 'requests outside the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
