// The licences of the libraries the site ships travel with every copy of their code: the web site,
// the offline zip (and so the ZIM, made from the same folder) and each SCORM package.
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, offlineDir } from '../support/dist';
import { readZip } from '../support/unzip';
import { site } from '../../src/site';

const notice = 'lisensi-pihak-ketiga.txt';

test('the download page links the third-party licences, served as text with every shipped library and its licence', async ({ page, request }) => {
  await page.goto('/unduh/');
  const link = page.getByRole('link', { name: notice });
  await expect(link).toHaveAttribute('href', `/${notice}`);
  const reply = await request.get(`/${notice}`);
  expect(reply.status()).toBe(200);
  expect(reply.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await reply.text();
  for (const name of ['reveal.js 6.0.2 (MIT)', 'pagefind', 'workbox-precaching', 'jsqr 1.4.0 (Apache-2.0)', 'uqr']) expect(text).toContain(name);
  expect(text).toContain('Apache License');
});

test('the offline zip and every SCORM package carry the licences beside the code', () => {
  const zip = path.join(dist, 'unduh', `${site.files.offlineZip}`);
  expect(readZip(zip).map((e) => e.name)).toContain(`${site.files.folder}/${notice}`);
  expect(existsSync(path.join(offlineDir, notice))).toBe(true);
  const scorm = path.join(dist, 'unduh', 'scorm');
  const packages = readdirSync(scorm).filter((f) => f.endsWith('.zip'));
  expect(packages.length).toBeGreaterThan(1);
  for (const file of packages) {
    const entry = readZip(path.join(scorm, file)).find((e) => e.name === notice);
    expect(entry?.data.equals(readFileSync(path.join(dist, notice))), file).toBe(true);
  }
});
