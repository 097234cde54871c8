#!/usr/bin/env node
// `npm test`: the whole suite, in order — type check, unit tests, build, browser tests on the
// built site — then one closing line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { requireChromium } from './find-chromium.mjs';

const chromium = requireChromium();
process.env.CHROMIUM_PATH = chromium;

const vitestJson = 'test-results/vitest.json';
const playwrightJson = 'test-results/playwright.json';
rmSync('test-results', { recursive: true, force: true });

/** Runs a step with inherited output; returns its exit status. */
function step(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const bin = (name) => `node_modules/.bin/${name}`;
const failures = [];
if (step('Pemeriksaan tipe (astro check)', process.execPath, [bin('astro'), 'check']) !== 0) failures.push('astro check');
const unit = step('Tes unit (vitest)', process.execPath, [
  bin('vitest'), 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);
if (unit !== 0) failures.push('vitest');
const built = step('Build situs (astro build)', process.execPath, [bin('astro'), 'build']);
let browser = 1;
if (built !== 0) failures.push('build');
else {
  browser = step('Tes browser (playwright)', process.execPath, [bin('playwright'), 'test', '--config', 'tests/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  if (browser !== 0) failures.push('playwright');
}

let passed = 0;
let failed = 0;
/** Why browser tests were skipped (e.g. the ZIM tests without zim-tools), reason → count. */
const skipped = new Map();
try {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} catch {
  failed += unit === 0 ? 0 : 1;
}
try {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'tanpa alasan';
        skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of p.suites ?? []) visit(suite);
} catch {
  failed += browser === 0 ? 0 : 1;
}
failed += failures.filter((f) => f === 'astro check' || f === 'build').length;
if (failures.length) console.log(`\nGagal: ${failures.join(', ')}`);
for (const [reason, n] of skipped) console.log(`\nDilewati ${n} tes: ${reason}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
