import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { recapData, takeExam } from '../support/quiz';
import { codeFor, rawNameCode } from '../support/codes';
import { parseCsv, type CsvSeparator } from '../../src/shared/csv';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const data = recapData();
const preIds = data.quizzes.pretest!.ids;

async function paste(page: Page, codes: string[]) {
  await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
}
const status = (page: Page) => page.locator('[data-bk-status]');
const people = (page: Page) => page.getByRole('table', { name: 'Hasil per peserta' });
const tableText = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .getByRole('row')
    .evaluateAll((rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent ?? '')));

test.describe('Rekap kelas sebagai laporan kegiatan', () => {
  test('codes taken on the quiz pages round-trip into the report: class results first, both charts with their tables, % correct per skill, then the people', async ({ page }) => {
    test.setTimeout(120_000);
    const codes = [
      await takeExam(page, '/kuis/pretest/', 'Siti Rahayu', { wrong: ['p03', 'p05', 'p09'] }),
      await takeExam(page, '/kuis/posttest/', 'Siti Rahayu', { wrong: ['p03'] }),
      await takeExam(page, '/kuis/pretest/', 'Budi Santoso', { wrong: ['p03', 'p07'] }),
    ];
    await page.goto('/rekap/');
    await paste(page, codes);
    await expect(status(page)).toHaveText('3 kode diterima, 0 ditolak.');
    await expect(page.locator('[data-bk-summary]')).toHaveText('2 peserta. Rata-rata pre-test 79%, rata-rata post-test 92%.');
    await expect(page.getByRole('table', { name: 'Hasil kelas' }).getByRole('row')).toHaveText([
      /^Peserta\s*2$/,
      /^Mengerjakan pre-test\s*2$/,
      /^Mengerjakan post-test\s*1$/,
      /^Mengerjakan keduanya\s*1$/,
      /^Rata-rata pre-test\s*79%$/,
      /^Rata-rata post-test\s*92%$/,
      /Kenaikan rata-rata.*\+17 poin persen$/,
    ]);

    // Class results come before any name (the guide: project the class, not the people).
    const order = await page.locator('h2').allTextContents();
    expect(order.indexOf('Hasil kelas')).toBeLessThan(order.indexOf('Hasil per peserta'));
    expect(order.indexOf('Hasil per kemampuan')).toBeLessThan(order.indexOf('Hasil per peserta'));

    // Each chart is one labelled image with a table after it that says the same in words.
    for (const [caption, table] of [
      ['Sebaran skor', 'Sebaran skor (angka grafik di atas)'],
      ['Persentase jawaban benar per kemampuan', 'Hasil per kemampuan (angka grafik di atas)'],
    ]) {
      const chart = page.getByRole('img', { name: new RegExp(`^Grafik batang\\. ${caption}`) });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleName(/Angka lengkapnya ada di tabel sesudah grafik\.$/);
      await expect(page.getByRole('table', { name: table })).toBeVisible();
    }
    expect(await tableText(page, 'Sebaran skor (angka grafik di atas)')).toEqual([
      ['Rentang skor', 'Pre-test', 'Post-test'],
      ['0–19%', '0 orang', '0 orang'],
      ['20–39%', '0 orang', '0 orang'],
      ['40–59%', '0 orang', '0 orang'],
      ['60–79%', '1 orang', '0 orang'],
      ['80–100%', '1 orang', '1 orang'],
    ]);
    // Written values on the bars match the table.
    const distributionValues = await page.locator('[data-bk-chart="distribution"] .bk-chart__value').allTextContents();
    expect(distributionValues).toEqual(['0', '0', '0', '0', '0', '0', '1', '0', '1', '1']);

    const skills = await tableText(page, 'Hasil per kemampuan (angka grafik di atas)');
    expect(skills[0]).toEqual(['Kemampuan (nomor soal)', 'Pre-test', 'Post-test']);
    expect(skills).toHaveLength(preIds.length + 1);
    const p03 = skills.find((r) => r[0]!.startsWith('p03 '))!;
    expect(p03).toEqual([`p03 ${data.skills.p03}`, '0% benar', '0% benar']);
    const p07 = skills.find((r) => r[0]!.startsWith('p07 '))!;
    expect(p07.slice(1)).toEqual(['50% benar', '100% benar']);
    await expect(page.locator('[data-bk-weakest]')).toHaveText(/^Paling rendah di post-test: p03 \(0% benar\), /);

    const siti = people(page).getByRole('row', { name: /Siti Rahayu/ });
    await expect(siti.getByRole('cell')).toHaveText(['9/12 (75%)', '11/12 (92%)', '+17', '1 / 1', /^\d{4}-\d{2}-\d{2}$/]);
    const budi = people(page).getByRole('row', { name: /Budi Santoso/ });
    await expect(budi.getByRole('cell')).toHaveText(['10/12 (83%)', '–', '–', '1 / –', /^\d{4}-\d{2}-\d{2}$/]);

    // The recap survives a reload of the trainer's page.
    await page.reload();
    await expect(page.locator('[data-bk-summary]')).toHaveText(/^2 peserta\./);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  });

  test('both tables download as CSV with a comma or a semicolon, match the page, and keep names from running as formulas', async ({ page }, testInfo) => {
    await page.goto('/rekap/');
    await paste(page, [codeFor({ name: '=HYPERLINK("http://x")', wrong: ['p01'] }), codeFor({ quiz: 'posttest', name: 'Ani; S.E.', device: 2 })]);
    for (const [label, which, file] of [
      ['Unduh CSV hasil per peserta', 'Hasil per peserta', /^rekap-kelas-peserta-\d{4}-\d{2}-\d{2}\.csv$/],
      ['Unduh CSV hasil per kemampuan', 'Hasil per kemampuan (angka grafik di atas)', /^rekap-kelas-kemampuan-\d{4}-\d{2}-\d{2}\.csv$/],
    ] as const) {
      const shown = await tableText(page, which);
      for (const [separator, option] of [
        [';', 'Titik koma (;), untuk Excel dengan pengaturan bahasa Indonesia'],
        [',', 'Koma (,), untuk pengaturan bahasa Inggris dan aplikasi lain'],
      ] as [CsvSeparator, string][]) {
        await page.getByRole('radio', { name: option }).check();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
        expect(download.suggestedFilename()).toMatch(file);
        const saved = testInfo.outputPath(`${which}-${separator === ';' ? 'titik-koma' : 'koma'}.csv`);
        await download.saveAs(saved);
        const text = readFileSync(saved, 'utf8');
        expect(text.split('\r\n')[0]).toContain(`"${separator}"`);
        const csv = parseCsv(text, separator);
        if (which === 'Hasil per peserta') {
          expect(csv[0]).toEqual(['Nama', 'Pre-test', 'Post-test', 'Perubahan (poin persen)', 'Percobaan (pre / post)', 'Tanggal']);
          // The name cell is guarded; everything else is as shown.
          expect(csv.map((r) => r.slice(1))).toEqual(shown.map((r) => r.slice(1)));
          expect(csv.map((r) => r[0])).toEqual(shown.map((r) => (r[0]!.startsWith('=') ? `'${r[0]}` : r[0])));
          expect(csv.flat()).toContain('Ani; S.E.');
        } else expect(csv).toEqual(shown);
      }
    }
  });

  test('prints as a report: no inputs, buttons or pasted codes, one page per part, the activity\'s details and a signature block', async ({ page }) => {
    await page.goto('/rekap/');
    await page.getByRole('textbox', { name: 'Nama kegiatan' }).fill('Sosialisasi Budaya Kerja ASN');
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Aula Kantor Bupati');
    await page.getByRole('textbox', { name: 'Tanggal' }).fill('23 November 2026');
    await page.getByRole('textbox', { name: 'Fasilitator' }).fill('Drs. Hendra');
    const pasted = [codeFor({ name: 'Siti' }), codeFor({ quiz: 'posttest', name: 'Siti' }), 'BKRUSAK123'];
    await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(pasted.join('\n'));
    await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
    await page.emulateMedia({ media: 'print' });
    const controls = page.locator('input, textarea, select, button, video');
    expect(await controls.evaluateAll((els) => els.filter((el) => (el as HTMLElement).getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)))).toEqual([]);
    const printed = await page.locator('body').innerText();
    expect(printed).not.toMatch(/BK[0-9A-Z]{8,}/);
    expect(printed).not.toContain('Tempel kode hasil');
    await expect(page.locator('.bk-report__facts')).toContainText('Sosialisasi Budaya Kerja ASN');
    await expect(page.getByText('Aula Kantor Bupati, 23 November 2026')).toBeVisible();
    await expect(page.getByText('(Drs. Hendra)')).toBeVisible();
    await expect(page.getByText('Mengetahui, pejabat penanggung jawab kegiatan,')).toBeVisible();
    await expect(page.getByRole('img', { name: /Grafik batang/ })).toHaveCount(2);
    const breaks = await page.locator('.bk-report__section').evaluateAll((sections) => sections.map((s) => `${s.querySelector('h2')?.textContent}: ${getComputedStyle(s).breakBefore}`));
    expect(breaks).toEqual(['Data kegiatan: auto', 'Hasil kelas: auto', 'Hasil per kemampuan: page', 'Hasil per peserta: page']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });

  test('"class only" shows the class results without a name or an input, for the projector', async ({ page }) => {
    await page.goto('/rekap/');
    await paste(page, [codeFor({ name: 'Siti Rahayu' }), codeFor({ name: 'Budi Santoso', device: 2 })]);
    await page.getByRole('button', { name: /Tampilan kelas saja/ }).click();
    await expect(page.getByRole('button', { name: /Tampilan kelas saja/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.locator('main').innerText()).not.toMatch(/Siti|Budi/);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('img', { name: /Grafik batang/ })).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Hasil per kemampuan' })).toBeVisible();
    await page.getByRole('button', { name: /Tampilan kelas saja/ }).click();
    await expect(people(page).getByRole('row', { name: /Siti Rahayu/ })).toBeVisible();
  });

  test('keeps the activity\'s details on the device', async ({ page }) => {
    await page.goto('/rekap/');
    await page.getByRole('textbox', { name: 'Instansi penyelenggara' }).fill('Bagian Organisasi Setda');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Instansi penyelenggara' })).toHaveValue('Bagian Organisasi Setda');
  });
});

test.describe('Rekap kelas tidak kehilangan kode', () => {
  test('two tabs adding codes at the same time keep all of them, and each tab shows the other\'s', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/rekap/');
    await b.goto('/rekap/');
    await paste(a, [codeFor({ name: 'Tab Satu', device: 1 })]);
    await paste(b, [codeFor({ name: 'Tab Dua', device: 2 })]);
    await expect(people(b).getByRole('row', { name: /Tab Satu/ })).toBeVisible();
    await expect(people(a).getByRole('row', { name: /Tab Dua/ })).toBeVisible();
    await a.reload();
    await expect(people(a).getByRole('row')).toHaveCount(3);
  });

  test('a stored code that no longer decodes is listed with its reason, copyable in full, and survives reloads and new codes', async ({ page, context }) => {
    const outdated = codeFor({ name: 'Lama', fingerprint: (data.quizzes.pretest!.fingerprint + 1) & 0xffff });
    await page.goto('/rekap/');
    await page.evaluate((codes) => localStorage.setItem('bkasn:recap', JSON.stringify({ v: 2, codes, event: {} })), [outdated, codeFor({ name: 'Baru' })]);
    await page.reload();
    const stale = page.getByRole('region', { name: 'Kode yang tidak lagi dapat dihitung' });
    await expect(stale.getByRole('listitem')).toHaveText([`dibuat dari versi kuis "pretest" yang berbeda dengan halaman ini (soal, urutan pilihan, atau kuncinya sudah berubah): ${outdated}`]);
    await expect(people(page).getByRole('row', { name: /Baru/ })).toBeVisible();
    await paste(page, [codeFor({ name: 'Ketiga', device: 3 })]);
    await page.reload();
    await expect(stale.getByRole('listitem')).toHaveCount(1);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('bkasn:recap') ?? '{}').codes.length)).toBe(3);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await stale.getByRole('button', { name: 'Salin semua kode ini' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(outdated);
  });

  test('a full disk is said out loud, the codes stay counted for the visit, and are saved once space returns', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'bkasn:recap' && (window as unknown as { __full?: boolean }).__full !== false) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto('/rekap/');
    await paste(page, [codeFor({ name: 'Siti' })]);
    await expect(page.getByRole('alert').filter({ hasText: 'kode tidak tersimpan di perangkat ini' })).toBeVisible();
    await expect(people(page).getByRole('row', { name: /Siti/ })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
    await paste(page, [codeFor({ name: 'Budi', device: 2 })]);
    await expect(page.getByRole('alert').filter({ hasText: 'tidak tersimpan' })).toBeHidden();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('bkasn:recap') ?? '{}').codes.length)).toBe(2);
  });

  test('stored data that is not readable any more gives back every code in it', async ({ page }) => {
    const code = codeFor({ name: 'Selamat' });
    await page.goto('/rekap/');
    await page.evaluate((c) => localStorage.setItem('bkasn:recap', `{"v":2,"codes":["${c}"],"ev`), code);
    await page.reload();
    await expect(status(page)).toHaveText('Data rekap yang tersimpan di perangkat ini rusak; 1 kode yang masih terbaca di dalamnya diselamatkan.');
    await expect(people(page).getByRole('row', { name: /Selamat/ })).toBeVisible();
  });

  test('an older code pasted after a newer one does not replace it, and the recap says which one counts', async ({ page }) => {
    const newer = codeFor({ name: 'Agus', attempt: 2 });
    const older = codeFor({ name: 'Agus', attempt: 1, wrong: preIds });
    await page.goto('/rekap/');
    await paste(page, [newer]);
    await paste(page, [older]);
    await expect(status(page)).toContainText('Pre-test Budaya Kerja ASN Agus: yang dihitung percobaan ke-2');
    await expect(people(page).getByRole('row', { name: /Agus/ }).getByRole('cell').first()).toHaveText('12/12 (100%)');
    await expect(page.locator('[data-bk-superseded-box] summary')).toHaveText('1 kode lama tidak dihitung karena peserta yang sama membuat kode yang lebih baru');
  });

  test('two people with the same name stay two rows when their codes come from two devices', async ({ page }) => {
    await page.goto('/rekap/');
    await paste(page, [codeFor({ name: 'Budi Santoso', device: 11 }), codeFor({ name: 'Budi Santoso', device: 22, wrong: ['p01'] })]);
    await expect(people(page).getByRole('rowheader')).toHaveText(['Budi Santoso (1)', 'Budi Santoso (2)']);
    await expect(page.getByText('Kode dengan nama yang sama dihitung sebagai satu peserta bila dibuat di perangkat yang sama')).toBeVisible();
  });

  test('look-alike names (zero-width characters, decomposed accents, case) from one device are one person', async ({ page }) => {
    await page.goto('/rekap/');
    await paste(page, [rawNameCode({ name: 'André Wijaya', attempt: 1, wrong: ['p01'] }), rawNameCode({ name: 'ANDRE\u0301 Wi\u200bjaya', attempt: 2 })]);
    await expect(people(page).getByRole('rowheader')).toHaveText(['ANDRÉ Wijaya']);
    await expect(people(page).getByRole('cell').first()).toHaveText('12/12 (100%)');
  });
});

test.describe('Rekap kelas menolak kode yang salah', () => {
  test('refuses altered, foreign and repeated codes line by line, with a reason for each', async ({ page }) => {
    const code = codeFor({ name: 'Rina' });
    const at = 20;
    const altered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await page.goto('/rekap/');
    await paste(page, [altered, '', 'halo pak', code, code, code.slice(0, 30)]);
    await expect(status(page)).toHaveText('1 kode diterima, 4 ditolak.');
    const rejected = page.getByRole('region', { name: 'Kode yang ditolak' }).getByRole('listitem');
    await expect(rejected).toHaveText([
      /^Baris 1 \(BK.{14}…\): kode berubah atau salah salin/,
      /^Baris 3 \(halo pak\): bukan kode hasil/,
      /^Baris 5 .*kode yang sama sudah dimasukkan$/,
      /^Baris 6 .*(panjangnya tidak cocok|kode berubah atau salah salin)/,
    ]);
    await expect(people(page).getByRole('row')).toHaveCount(2);
  });

  test('a name carrying markup is shown as text, never run', async ({ page }) => {
    const evil = '<img src=x onerror=window.__pwned=1>';
    const code = await takeExam(page, '/kuis/posttest/', evil);
    await page.goto('/rekap/');
    const one = page.getByRole('textbox', { name: 'Ketik atau pindai satu kode' });
    await one.fill(code);
    await one.press('Enter');
    await expect(one).toHaveValue('');
    await expect(one).toBeFocused();
    await expect(people(page).getByRole('rowheader')).toHaveText(evil);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a code typed with a mistake keeps the text for fixing and says why', async ({ page }) => {
    await page.goto('/rekap/');
    const one = page.getByRole('textbox', { name: 'Ketik atau pindai satu kode' });
    await one.fill('BK12345');
    await one.press('Enter');
    await expect(one).toHaveValue('BK12345');
    await expect(one).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('region', { name: 'Kode yang ditolak' })).toContainText('Kode BK12345: panjangnya tidak cocok');
  });
});
