import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ids = ['grand-design','pola-pikir','nilai-budaya-kerja','kelompok-budaya-kerja','sop-ap','pelayanan-integritas'];
const [w,h] = (process.argv[2] ?? '1280x720').split('x').map(Number);
for (const id of ids) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto(`http://127.0.0.1:4401/presentasi/${id}/`);
  await p.waitForFunction(() => window.Reveal?.isReady());
  const r = await p.evaluate((lim) => {
    const c = Reveal.getConfig(); const out = []; const LIM = lim;
    document.querySelectorAll('.slides section:not(.stack)').forEach((s, i) => {
      s.querySelectorAll('.fragment').forEach(f => f.classList.add('visible'));
      const prevDisplay = s.style.display; s.style.display = 'block';
      const hgt = s.scrollHeight, wid = s.scrollWidth;
      if (hgt > c.height * LIM || wid > c.width) out.push(`${i+1}:${hgt}x${wid} ${s.querySelector('h1,h2')?.textContent}`);
      s.style.display = prevDisplay;
    });
    return { out, size: [c.width, c.height], font: getComputedStyle(document.querySelector('.reveal li, .reveal p')).fontSize, scale: Reveal.getScale() };
  }, Number(process.env.LIM ?? 1));
  console.log(id, JSON.stringify(r));
  await p.close();
}
await b.close();
