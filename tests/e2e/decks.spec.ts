import { test, expect } from '../support/fixtures';
import { deckIds, revealReady, currentHeading, presenterFollows, coreOf } from '../support/deck';
import { revealShortcuts, speakerViewBinding } from '../../src/shared/reveal-shortcuts';

const deck = '/presentasi/grand-design/';

test.describe('presentasi: every deck', () => {
  for (const id of deckIds) {
    test(`${id} has 12–25 slides with notes plus the QR closing slide, and no slide is cut off at 1280×720`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/presentasi/${id}/`);
      await revealReady(page);
      const report = await page.evaluate(() => {
        const { width, height } = window.Reveal.getConfig() as { width: number; height: number };
        const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')];
        const clipped = slides.flatMap((s, i) => {
          const was = s.style.display;
          s.style.display = 'block';
          const tooBig = s.scrollHeight > height || s.scrollWidth > width;
          s.style.display = was;
          return tooBig ? [`slide ${i + 1}: ${s.scrollWidth}×${s.scrollHeight}`] : [];
        });
        const withoutNotes = slides.filter((s) => !s.querySelector('aside.notes')?.textContent?.trim()).length;
        const last = slides[slides.length - 1]!;
        return { count: slides.length, clipped, withoutNotes, qr: !!last.querySelector('svg.bk-qr'), lastText: last.textContent ?? '' };
      });
      expect(report.count).toBeGreaterThanOrEqual(13);
      expect(report.count).toBeLessThanOrEqual(26);
      expect(report.clipped).toEqual([]);
      expect(report.withoutNotes).toBe(0);
      expect(report.qr).toBe(true);
      expect(report.lastText).toContain(`/modul/${id}/`);
      expect(report.lastText).toContain(`/kuis/${id}/`);
      // Body text at least 28 px on a 1280×720 screen.
      const bodyPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reveal')!).fontSize) * window.Reveal.getScale());
      expect(bodyPx).toBeGreaterThanOrEqual(28);
    });
  }
});

test.describe('presentasi: keys a trainer and a clicker use', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(deck);
    await revealReady(page);
  });

  test('PageDown and → advance, PageUp goes back', async ({ page }) => {
    await expect(currentHeading(page)).toHaveText('Grand Design Reformasi Birokrasi');
    await page.keyboard.press('PageDown');
    await expect(currentHeading(page)).toHaveText('Yang kita bahas');
    await page.keyboard.press('ArrowRight');
    await expect(currentHeading(page)).toHaveText('Mengapa reformasi?');
    await page.keyboard.press('PageUp');
    await expect(currentHeading(page)).toHaveText('Yang kita bahas');
  });

  test('"+" list items appear one by one on PageDown', async ({ page }) => {
    await page.goto(`${deck}#/3`);
    await revealReady(page);
    const items = page.locator('section.present li.fragment');
    await expect(items).toHaveCount(5);
    await expect(page.locator('section.present li.fragment.visible')).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await expect(page.locator('section.present li.fragment.visible')).toHaveCount(1);
  });

  test('"." and "b" black the screen out and back, with an Indonesian resume button', async ({ page }) => {
    const resume = page.getByRole('button', { name: 'Lanjutkan presentasi' });
    await page.keyboard.press('.');
    await expect(resume).toBeVisible();
    await expect(page.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await page.keyboard.press('.');
    await expect(page.locator('.reveal')).not.toHaveClass(/\bpaused\b/);
    await page.keyboard.press('b');
    await expect(resume).toBeVisible();
    await resume.click();
    await expect(page.locator('.reveal')).not.toHaveClass(/\bpaused\b/);
  });

  test('F5 (a remote\'s start key) does not reload the deck but asks for full screen', async ({ page }) => {
    await page.keyboard.press('PageDown');
    await page.evaluate(() => {
      (window as unknown as { bkMarker: boolean }).bkMarker = true;
      document.addEventListener('keydown', (e) => {
        if (e.key === 'F5') (window as unknown as { bkF5Prevented: boolean }).bkF5Prevented = e.defaultPrevented;
      });
    });
    await page.keyboard.press('F5');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { bkMarker?: boolean }).bkMarker)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { bkF5Prevented?: boolean }).bkF5Prevented)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
    await expect(currentHeading(page)).toHaveText('Yang kita bahas');
  });

  test('the help overlay (?) lists the keys in Indonesian, F5 included', async ({ page }) => {
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await expect(help).toContainText('Tombol pintas');
    await expect(help).toContainText('Slide berikutnya');
    await expect(help).toContainText('Jeda (layar hitam)');
    await expect(help).toContainText('Layar penuh (tombol mulai pada clicker)');
    await expect(help).toContainText('Catatan pembicara');
    await expect(help).not.toContainText('Keyboard Shortcuts');
    await expect(help).not.toContainText('Next slide');
    // Every description reveal.js ships in English is replaced at runtime (src/shared/reveal-shortcuts.ts).
    const text = (await help.textContent()) ?? '';
    expect([...revealShortcuts, speakerViewBinding].map((s) => s.english).filter((english) => text.includes(english))).toEqual([]);
    expect(text).not.toContain('SPACE');
  });

  test('the control arrows are labelled in Indonesian', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'slide berikutnya' })).toBeVisible();
  });
});

test.describe('presentasi: mode presenter', () => {
  test('the presenter page shows the notes button and the keys, and the speaker view opens and follows the deck', async ({ page, context }) => {
    await page.goto(`${deck}?presenter`);
    await revealReady(page);
    const guide = page.getByRole('region', { name: 'Mode presenter' });
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('PageDown');
    await expect(guide).toContainText('layar hitam');
    await expect(guide.getByRole('link', { name: /^Handout peserta/ })).toHaveAttribute('href', `${deck}handout-peserta/`);
    await expect(guide.getByRole('link', { name: /^Handout fasilitator/ })).toHaveAttribute('href', `${deck}handout-fasilitator/`);
    await expect(guide.getByRole('link', { name: 'Satu slide per halaman (A4 lanskap)' })).toHaveAttribute('href', `${deck}?print-pdf`);
    await expect(guide.getByRole('link', { name: /^Versi inti: \d+ slide, 20 menit$/ })).toHaveAttribute('href', `${deck}?inti&presenter`);
    await expect(guide.getByRole('link', { name: /^Versi lengkap: 21 slide, 50 menit$/ })).toHaveAttribute('href', `${deck}?presenter`);
    const current = guide.getByText('(sedang dibuka)').filter({ visible: true });
    await expect(current).toHaveCount(1);
    await expect(guide.getByRole('listitem').filter({ hasText: 'Versi lengkap' }).getByText('(sedang dibuka)')).toBeVisible();
    await presenterFollows(page, context, `${deck}?presenter`);
  });

  test('the plain deck keeps the guide closed until the menu button opens it', async ({ page }) => {
    await page.goto(deck);
    await revealReady(page);
    await expect(page.getByRole('heading', { name: 'Mode presenter' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu presentasi' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Buka catatan pembicara' })).toBeFocused();
    await page.getByRole('button', { name: 'Tutup panduan' }).click();
    await expect(page.getByRole('heading', { name: 'Mode presenter' })).toBeHidden();
  });
});

test.describe('presentasi: the one-slide-per-page print view', () => {
  test('puts every slide on its own A4-landscape page, none cut off', async ({ page }) => {
    await page.goto(`${deck}?print-pdf`);
    await page.waitForSelector('.pdf-page');
    const report = await page.evaluate(() => ({
      slides: document.querySelectorAll('.reveal .slides section:not(.stack)').length,
      pages: document.querySelectorAll('.pdf-page').length,
      clipped: [...document.querySelectorAll<HTMLElement>('.pdf-page')].filter((p) => {
        const s = p.querySelector<HTMLElement>('section')!;
        return s.offsetTop + s.scrollHeight > p.clientHeight || s.scrollWidth > p.clientWidth;
      }).length,
    }));
    expect(report.pages).toBe(report.slides);
    expect(report.clipped).toBe(0);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(report.slides);
    // A4 landscape is 841.9 × 595.3 pt.
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 841.9)).toBeLessThan(2);
      expect(Math.abs(h! - 595.3)).toBeLessThan(2);
    }
  });
});

test.describe('presentasi: the core version (?inti)', () => {
  for (const id of deckIds) {
    test(`${id}?inti shows only the core slides, fewer than the full deck, and its timer counts their marked minutes`, async ({ page }) => {
      const expected = coreOf(id);
      await page.goto(`/presentasi/${id}/`);
      await revealReady(page);
      const full = await page.evaluate(() => window.Reveal.getTotalSlides());
      await page.goto(`/presentasi/${id}/?inti`);
      await revealReady(page);
      const core = await page.evaluate(() => {
        const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')];
        return {
          total: window.Reveal.getTotalSlides(),
          allCore: slides.every((s) => s.hasAttribute('data-bk-core')),
          timed: slides.reduce((sum, s) => sum + Number(s.dataset.timing ?? 0), 0),
          totalTime: (window.Reveal.getConfig() as { totalTime?: number }).totalTime,
          titles: slides.map((s) => s.querySelector('h1, h2')?.textContent ?? ''),
        };
      });
      expect(core.total).toBeLessThan(full);
      expect(core.total).toBe(expected.titles.length + 1);
      expect(core.allCore).toBe(true);
      expect(core.titles.slice(0, -1)).toEqual(expected.titles);
      expect(core.totalTime).toBe(expected.minutes * 60);
      expect(core.timed).toBe(expected.minutes * 60);
      expect(expected.minutes).toBeGreaterThanOrEqual(15);
      expect(expected.minutes).toBeLessThanOrEqual(25);
      await expect(page).toHaveTitle(/\(versi inti\)/);
    });
  }

  test('the speaker view of the core version follows it: the same slides, notes and pacing', async ({ page, context }) => {
    await page.goto(`${deck}?inti&presenter`);
    await revealReady(page);
    const guide = page.getByRole('region', { name: 'Mode presenter' });
    await expect(guide.getByText('Ini versi inti')).toBeVisible();
    await expect(guide.getByRole('listitem').filter({ hasText: 'Versi inti' }).getByText('(sedang dibuka)')).toBeVisible();
    await expect(guide.getByRole('listitem').filter({ hasText: 'Versi lengkap' }).getByText('(sedang dibuka)')).toBeHidden();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Buka catatan pembicara' }).click()]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect(notes).toContainText('Sapa peserta');
    await expect(speaker.getByText('Sisa waktu untuk slide ini')).toBeVisible();
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    // Slide 2 of the full deck ("Yang kita bahas") is not core: the next slide is "Apa kata warga".
    await expect(notes).toContainText('Apa keluhan warga yang paling sering');
    await expect(speaker.frameLocator('#current-slide iframe').locator('section.present h2')).toHaveText('Apa kata warga tentang birokrasi?');
    expect(await speaker.frameLocator('#current-slide iframe').locator('.reveal .slides section:not(.stack)').count()).toBe(coreOf('grand-design').titles.length + 1);
  });
});

test('on a phone the deck reads as a vertical scroll with text of at least 16 px and nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(deck);
  await revealReady(page);
  // isScrollView() is missing from reveal's bundled types.
  expect(await page.evaluate(() => (window.Reveal as unknown as { isScrollView(): boolean }).isScrollView())).toBe(true);
  const report = await page.evaluate(() => {
    const { height } = window.Reveal.getConfig() as { height: number };
    const fontPx = parseFloat(getComputedStyle(document.querySelector('.reveal')!).fontSize) * window.Reveal.getScale();
    const clipped = [...document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')].filter((s) => s.scrollHeight > height).length;
    return { fontPx, clipped, overflowX: document.documentElement.scrollWidth > window.innerWidth };
  });
  expect(report.fontPx).toBeGreaterThanOrEqual(16);
  expect(report.clipped).toBe(0);
  expect(report.overflowX).toBe(false);
});

test('without JavaScript the slides read as one page, notes hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(deck);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lanjutkan belajar mandiri' })).toBeVisible();
  await expect(page.getByText('Sapa peserta dan perkenalkan diri')).toBeHidden();
  await context.close();
});

test.describe('pelajaran: the deck preview', () => {
  test('lists the slide titles and links to the deck, its core version, the presenter mode and the handouts, without loading reveal.js', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/modul/grand-design/');
    const box = page.getByRole('region', { name: 'Presentasi modul ini' });
    await box.getByText('Daftar slide').click();
    const titles = box.getByRole('listitem');
    await expect(titles.first()).toHaveText('Grand Design Reformasi Birokrasi');
    await expect(box.getByRole('list').first().getByRole('listitem').last()).toHaveText('Lanjutkan belajar mandiri');
    await expect(box.getByRole('link', { name: 'Buka presentasi' })).toHaveAttribute('href', deck);
    await expect(box.getByRole('link', { name: 'Mode presenter' })).toHaveAttribute('href', `${deck}?presenter`);
    await expect(box.getByRole('link', { name: 'Buka versi inti' })).toHaveAttribute('href', `${deck}?inti&presenter`);
    await expect(box).toContainText(/Versi inti: \d+ slide · ±20 menit/);
    await expect(box.getByRole('link', { name: /^Handout peserta/ })).toHaveAttribute('href', `${deck}handout-peserta/`);
    await expect(box.getByRole('link', { name: /^Handout fasilitator/ })).toHaveAttribute('href', `${deck}handout-fasilitator/`);
    await expect(box.getByRole('link', { name: 'Satu slide per halaman (A4 lanskap)' })).toHaveAttribute('href', `${deck}?print-pdf`);
    expect(requests.filter((u) => /reveal/.test(u))).toEqual([]);
    await box.getByRole('link', { name: 'Mode presenter' }).click();
    await expect(page.getByRole('button', { name: 'Buka catatan pembicara' })).toBeVisible();
  });
});
