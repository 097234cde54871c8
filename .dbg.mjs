import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(process.argv[2], { timeout: 10000 }).catch(e => console.log('goto', e.message));
await p.waitForTimeout(2000);
console.log(await p.evaluate(() => ({ cls: document.documentElement.className, pages: document.querySelectorAll('.pdf-page').length, notes: document.querySelectorAll('.speaker-notes-pdf').length })));
await b.close();
