import { test, expect } from '../support/fixtures';
import { measure } from '../../src/cli/measure.mjs';

// Byte budgets are exact on a given build, so they are tests; timings live in `npm run bench`.
const KB = 1024;

test('a lesson page costs at most 20 KB gz in at most 4 requests on first visit, with at most 3 KB gz of JavaScript and at most 2 KB of response headers', async ({ context, baseURL }) => {
  const result = await measure(context, `${baseURL}/modul/grand-design/`);
  const detail = result.requests.map((r) => `${r.type} ${r.encoded} B + ${r.headers} B header ${r.url}`).join('\n');
  expect(result.count, detail).toBeLessThanOrEqual(4);
  expect(result.encoded, detail).toBeLessThanOrEqual(20 * KB);
  expect(result.byKind.js?.encoded ?? 0, detail).toBeLessThanOrEqual(3 * KB);
  // Counted apart (src/cli/measure.mjs), but kept in check: security headers on every response, no more.
  expect(result.headers, detail).toBeLessThanOrEqual(2 * KB);
});
