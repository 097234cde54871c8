import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { findChromium } from '../src/cli/find-chromium.mjs';

/** Port of the static server the web tests run against (dist/, gzip on, like a real host). */
export const port = Number(process.env.BK_TEST_PORT ?? 4399);
const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
// The preview server imports its rules from a .ts file: it needs the project's Node 24 (type
// stripping), also when Playwright itself was started with the machine's older Node.
const node = Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.resolve(import.meta.dirname, '../node_modules/.bin/node');

// Chromium from the system, never a download; the flags keep it off the (closed) network.
export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/artifacts',
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'situs', testDir: './e2e' },
    { name: 'offline', testDir: './offline' },
    // The ZIM for Kiwix: zimcheck/zimsearch on the file, then kiwix-serve (started by the tests).
    { name: 'zim', testDir: './zim' },
    // SCORM packages and question banks for LMSs: schemas and contents, then a stand-in LMS
    // (scorm-again) that runs the packages over http, and the same pages from file://.
    { name: 'lms', testDir: './lms' },
  ],
  webServer: {
    command: `"${node}" src/cli/serve.mjs dist`,
    cwd: '..',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
