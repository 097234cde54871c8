import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { test, expect, guardPage, type Guards } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { takeExam } from '../support/quiz';
import { findChromium } from '../../src/cli/find-chromium.mjs';
import { qrPath } from '../../src/shared/qr';

// "Pindai dengan kamera" on the recap: Chromium's fake camera plays a video of a participant's
// phone showing a real result code, drawn by the site's own QR module (src/shared/qr.ts, the one
// js/qr.js draws with); the code must land in the recap, over http and from file://.

/** A Y4M video (what Chromium's fake camera reads) of `text` as a QR code, dark on white, 640×480. */
function qrVideo(text: string, file: string): void {
  const { size, d } = qrPath(text);
  const width = 640;
  const height = 480;
  const scale = Math.floor((height * 0.8) / size);
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let py = 0; py < scale; py++) {
      const row = (top + Number(y) * scale + py) * width;
      luma.fill(16, row + left + Number(x) * scale, row + left + (Number(x) + Number(run)) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420\n`), ...Array<Buffer>(10).fill(frame)]));
}

async function cameraBrowser(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

test.describe('pindai kode dengan kamera', () => {
  let code = '';
  let video = '';

  test.beforeAll(async ({ browser }, testInfo) => {
    const page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
    code = await takeExam(page, '/kuis/pretest/', 'Kartini Wulandari');
    await page.close();
    video = testInfo.outputPath('kode-qr.y4m');
    qrVideo(code, video);
  });

  for (const [where, url] of [
    ['over http', (base: string) => `${base}/rekap/`],
    ['from file://', () => pathToFileURL(path.join(offlineDir, 'rekap/index.html')).href],
  ] as const) {
    test(`a code held up to the camera is added to the recap, ${where}, with the decoder loaded only then`, async ({ baseURL }) => {
      const browser = await cameraBrowser(video);
      try {
        const page = await browser.newPage();
        const guards: Guards = { consoleErrors: [], externalRequests: [] };
        await guardPage(page, guards);
        const scripts: string[] = [];
        page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
        await page.goto(url(baseURL!));
        await expect(page.locator('[data-bk-recap]')).toHaveClass(/is-ready/);
        expect(scripts.filter((s) => s.includes('qr-scan.js'))).toEqual([]);
        await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
        const row = page.getByRole('table', { name: 'Hasil per peserta' }).getByRole('row', { name: /Kartini Wulandari/ });
        await expect(row).toBeVisible({ timeout: 15_000 });
        await expect(row.getByRole('cell').first()).toHaveText('12/12 (100%)');
        await expect(page.locator('[data-bk-status]')).toHaveText('1 kode diterima, 0 ditolak.');
        expect(scripts.filter((s) => s.includes('qr-scan.js'))).toHaveLength(1);
        // The same code stays in view: it is added once, not once per frame.
        await page.waitForTimeout(1000);
        await expect(page.getByRole('region', { name: 'Kode yang ditolak' })).toBeHidden();
        await page.getByRole('button', { name: 'Berhenti memindai' }).click();
        await expect(page.locator('video')).toBeHidden();
        expect(await page.evaluate(() => (document.querySelector('video') as HTMLVideoElement).srcObject)).toBeNull();
        expect(guards.consoleErrors).toEqual([]);
        expect(guards.externalRequests).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});

test('without a camera, or without permission, the recap says so and offers typing instead', async ({ page }) => {
  await page.goto('/rekap/');
  await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
  // This machine has no camera: Chromium reports none, or refuses.
  await expect(page.getByRole('alert').filter({ hasText: /kamera/ })).toHaveText(/^(Tidak ada kamera yang dapat dipakai|Izin memakai kamera ditolak)/);
  await expect(page.locator('video')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pindai dengan kamera' })).toBeEnabled();

  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.reload();
  await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /kamera/ })).toHaveText(/^Izin memakai kamera ditolak\. Izinkan kamera untuk halaman ini/);
});
