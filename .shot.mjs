import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, url, out, w = '1280', h = '720', ...slides] = process.argv;
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(url);
await p.waitForTimeout(800);
await p.screenshot({ path: out });
for (const s of slides) { await p.evaluate((s) => { const [h,v] = s.split('.'); Reveal.slide(+h, +(v||0)); }, s); await p.waitForTimeout(900); await p.screenshot({ path: out.replace('.png', `-${s}.png`) }); }
await b.close();
