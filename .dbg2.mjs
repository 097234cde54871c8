import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1122, height: 793 } });
await p.goto(process.argv[2]);
await p.waitForSelector('.pdf-page');
await p.waitForTimeout(500);
const els = await p.$$('.pdf-page, .speaker-notes-pdf');
for (const i of process.argv.slice(4)) await els[+i].screenshot({ path: process.argv[3].replace('.png', `-${i}.png`) });
await b.close();
