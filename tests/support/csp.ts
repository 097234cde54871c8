import type { BrowserContext } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation in a browser context: the
 * `securitypolicyviolation` event of every page, pop-up and frame (a listener on `window`, which
 * survives the speaker view's document.write), and Chromium's "Refused to …" console reports.
 * Call before the first page opens; the returned list fills as violations happen.
 */
export async function collectCspViolations(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  await context.exposeBinding('bkReportCspViolation', (_source, text: string) => void found.push(text));
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { bkReportCspViolation?: (t: string) => void }).bkReportCspViolation;
        report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} on ${location.href}`);
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`console: ${message.text()}`);
  });
  return found;
}
