import { test, expect } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { dist } from '../support/dist';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { findChromium } from '../../src/cli/find-chromium.mjs';

// A district office serving the site from a PC on the LAN over plain HTTP: not a secure context,
// so there is no service worker. The lesson must not try to register one, must not offer the
// save button, and must stay free of console errors. The host name resolves to loopback only.
// (Plain @playwright/test: the shared guard treats any host but 127.0.0.1 as outside the site.)
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP kantor-dinas.lan 127.0.0.1'],
  },
});

let server: Server;
test.beforeAll(async () => {
  server = (await startStaticServer({ root: dist, port: 0 })) as Server;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('on a plain-HTTP LAN address the lesson neither registers a service worker nor offers offline saving', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const port = (server.address() as AddressInfo).port;
  await page.goto(`http://kantor-dinas.lan:${port}/modul/grand-design/`);
  await expect(page.getByRole('button', { name: 'Tandai sudah dibaca' })).toBeVisible();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await expect(page.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' })).toBeHidden();
  expect(errors).toEqual([]);
});
