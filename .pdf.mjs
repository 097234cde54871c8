import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2]);
await p.waitForSelector('.pdf-page');
await p.waitForTimeout(500);
const info = await p.evaluate(() => ({ pages: document.querySelectorAll('.pdf-page').length, notes: document.querySelectorAll('.speaker-notes-pdf').length,
  over: [...document.querySelectorAll('.pdf-page section')].filter(s => s.scrollHeight > s.parentElement.clientHeight).length, body: document.body.style.width + 'x' + document.body.style.height }));
console.log(info);
const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
console.log('pdf bytes', pdf.length, 'pages', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length);
import('fs').then(fs => {});
