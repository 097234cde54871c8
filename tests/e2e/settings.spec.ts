import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { buildCopy } from '../support/test-site';
import { dist as defaultDist, htmlFiles } from '../support/dist';
import { answerAllCorrectly, answerWrongly } from '../support/quiz';
import { readZip } from '../support/unzip';
import { missingTools } from '../support/kiwix';
import { readMetadata } from '../../src/build/zim-archive';
import { startStaticServer } from '../../src/cli/static-server.mjs';

// Making the course an institution's own: a copy of the project (the real content/ is never
// touched) with another institution's content/site.yaml (name, unit, logo, address, pass mark,
// contact, file names, own values) and one module made by `npm run new-module`, built once and
// served on its own port. The build passes; every page and package that names the site names the
// institution; the QR codes point at its address; the new module is everywhere a module is; the
// pass mark decides the verdict. Wrong settings stop the build with the field named.

const settings = {
  title: 'Budaya Kerja Tapanuli Contoh',
  instansi: 'Pemerintah Kabupaten Tapanuli Contoh',
  unit: 'Badan Kepegawaian dan Pengembangan SDM',
  organizer: 'Badan Kepegawaian dan Pengembangan SDM, Pemerintah Kabupaten Tapanuli Contoh',
  url: 'https://belajar.tapanuli-contoh.go.id',
  contact: 'Bidang Pengembangan Kompetensi, telepon (0633) 21000',
  folder: 'budaya-kerja-tapanuli',
  zip: 'budaya-kerja-tapanuli-offline.zip',
};
const newModule = { id: 'nilai-daerah', title: 'Nilai Daerah (judul sementara)', number: 7 };
const siteYaml = `judul: ${settings.title}
judulSingkat: BK Tapanuli
instansi: ${settings.instansi}
unit: ${settings.unit}
logo: gambar/logo-tapanuli.svg
alamatSitus: ${settings.url}/
batasLulus: 80
kontak: "${settings.contact}"
namaBerkas: ${settings.folder}
namaPaketOffline: budaya-kerja-tapanuli-offline
nilaiInstansi:
  nama: SIGAP
  kepanjangan: Santun, Integritas, Gesit, Akuntabel, Profesional
  dasar: Peraturan Bupati Tapanuli Contoh Nomor 1 Tahun 2024
  nilai:
    - nama: Santun
      arti: Melayani warga dengan sopan dan ramah.
    - nama: Integritas
      arti: Jujur dan menolak setiap gratifikasi.
`;
const logo = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><rect width="120" height="60" rx="8" fill="#1b5e20"/><circle cx="30" cy="30" r="18" fill="#fff"/></svg>\n';

/** Runs `npm run new-module -- <id>` in a project copy, as an author would. */
function newModuleIn(dir: string, id: string): string {
  const run = spawnSync('npm', ['run', '--silent', 'new-module', '--', id], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run new-module failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const html = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');

/** Decodes every QR code of a built page: each SVG drawn on a canvas in the browser, the pixels read by jsQR. */
async function qrCodesOf(browser: Browser, pageHtml: string): Promise<string[]> {
  const svgs = [...pageHtml.matchAll(/<svg class="bk-qr"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  const page = await browser.newPage();
  const out: string[] = [];
  for (const svg of svgs) {
    const { width, height, data } = await page.evaluate(async (source) => {
      const img = new Image();
      img.src = `data:image/svg+xml,${encodeURIComponent(source)}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 400 });
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(img, 0, 0, 400, 400);
      return { width: 400, height: 400, data: Array.from(ctx.getImageData(0, 0, 400, 400).data) };
    }, svg);
    out.push(jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? '(tidak terbaca)');
  }
  await page.close();
  return out;
}

/** A logo's `src`: the file of the settings, served under a fixed name, versioned by its content. */
const logoUrl = expect.stringMatching(/^\/instansi\/logo\.svg\?v=[0-9a-f]{10}$/);

/** The pages' logo images as their `src`, or "NOT LOADED …" for one the browser could not show. */
async function loadedLogos(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => (img.complete && img.naturalWidth > 0 ? img.getAttribute('src')! : `NOT LOADED ${img.getAttribute('src')}`)),
  );
}

test.describe('another institution\'s settings and a module made by npm run new-module', () => {
  test.describe.configure({ mode: 'serial' });
  let dist = '';
  let copyDir = '';
  let cleanup = () => {};
  let server: Server;
  let base = '';
  let made = '';

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    ({ dist, cleanup } = buildCopy({
      // Not the address of the machine running the tests: the settings file decides.
      env: { SITE_URL: '' },
      edit: (dir) => {
        copyDir = dir;
        writeFileSync(path.join(dir, 'content/site.yaml'), siteYaml);
        mkdirSync(path.join(dir, 'content/gambar'));
        writeFileSync(path.join(dir, 'content/gambar/logo-tapanuli.svg'), logo);
        made = newModuleIn(dir, newModule.id);
      },
    }));
    server = (await startStaticServer({ root: dist, port: 0 })) as Server;
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    cleanup();
  });

  test('npm run new-module says what it made, and the build passes with it', () => {
    expect(made).toContain(`Modul baru "${newModule.id}" dibuat sebagai modul ke-${newModule.number}`);
    expect(existsSync(path.join(dist, 'modul', newModule.id, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'presentasi', newModule.id, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'kuis', newModule.id, 'index.html'))).toBe(true);
  });

  test('the header, footer, home page and page titles carry the institution\'s name and logo', async ({ page }) => {
    await page.goto(`${base}/`);
    await expect(page).toHaveTitle(settings.title);
    await expect(page.locator('.bk-brand')).toHaveText(settings.title);
    expect(await loadedLogos(page, '.bk-brand__logo, .bk-org__logo')).toEqual([logoUrl, logoUrl]);
    await expect(page.locator('main .bk-org__name')).toHaveText(settings.instansi);
    await expect(page.locator('main .bk-org__unit')).toHaveText(settings.unit);
    await expect(page.locator('.bk-footer')).toContainText(settings.organizer);
    await expect(page.locator('.bk-footer')).toContainText(`Kontak: ${settings.contact}`);
    await expect(page.getByText('Tujuh modul singkat untuk sosialisasi')).toBeVisible();
    await expect(page.locator('[data-bk-module-list]')).toHaveAttribute('data-bk-pass', '80');
    await page.goto(`${base}/modul/${newModule.id}/`);
    await expect(page).toHaveTitle(`${newModule.title} · ${settings.title}`);
    expect(await loadedLogos(page, '.bk-brand__logo')).toEqual([logoUrl]);
    const manifest = JSON.parse(html(dist, 'manifest.webmanifest')) as { name: string; short_name: string };
    expect(manifest).toMatchObject({ name: settings.title, short_name: 'BK Tapanuli' });
  });

  test('the self-study proof, the recap report (print header, organiser, signature) and the worksheet print under the letterhead', async ({ page }) => {
    await page.goto(`${base}/bukti-belajar/`);
    await expect(page.locator('.bk-cert .bk-org__name')).toHaveText(settings.instansi);
    await expect(page.locator('.bk-cert')).toContainText(`${settings.title}: Reformasi Birokrasi dan Budaya Kerja ASN`);
    await expect(page.locator('[data-bk-certificate]')).toHaveAttribute('data-bk-pass', '80');

    await page.goto(`${base}/rekap/`);
    await expect(page.getByLabel('Instansi penyelenggara')).toHaveValue(settings.organizer);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.bk-report__kop')).toBeVisible();
    await expect(page.locator('.bk-report__kop')).toContainText(settings.instansi);
    expect(await loadedLogos(page, '.bk-report__kop img')).toEqual([logoUrl]);
    await expect(page.locator('[data-bk-event-value="instansi"]')).toHaveText(settings.organizer);
    await expect(page.locator('.bk-report__signature')).toContainText(settings.organizer);
    // What the trainer types replaces it, and stays (even empty).
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Instansi penyelenggara').fill('Kecamatan Contoh');
    await page.reload();
    await expect(page.getByLabel('Instansi penyelenggara')).toHaveValue('Kecamatan Contoh');

    await page.goto(`${base}/rencana-aksi/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.bk-ws-kop')).toBeVisible();
    await expect(page.locator('.bk-ws-kop')).toContainText(settings.instansi);
    await expect(page.locator('.bk-ws-table thead')).toContainText('nilai BerAKHLAK atau nilai SIGAP, dan perilaku yang dapat diamati');
  });

  test('decks show the institution on the title and closing slides, and so do their handouts', async ({ page }) => {
    await page.goto(`${base}/presentasi/grand-design/`);
    await expect(page).toHaveTitle(/ · Budaya Kerja Tapanuli Contoh$/);
    const slides = page.locator('.reveal .slides > section');
    await expect(slides.first().locator('.bk-deck-org')).toContainText(settings.organizer);
    expect(await loadedLogos(page, '.reveal .slides > section:first-child .bk-deck-org__logo')).toEqual([logoUrl]);
    await expect(slides.last()).toContainText(`Kontak: ${settings.contact}`);
    for (const handout of ['handout-peserta', 'handout-fasilitator']) {
      await page.goto(`${base}/presentasi/grand-design/${handout}/`);
      await expect(page.locator('.bk-ho-sheet-head').first()).toContainText(settings.instansi);
      await expect(page.locator('.bk-ho-slide').first().locator('.bk-deck-org')).toContainText(settings.organizer);
      // On the title slide and the closing slide.
      expect(await loadedLogos(page, '.bk-ho-slide .bk-deck-org__logo'), handout).toEqual([logoUrl, logoUrl]);
    }
  });

  test('the QR codes on every closing slide point to the institution\'s address', async ({ browser }) => {
    for (const deck of ['grand-design', newModule.id]) {
      const codes = await qrCodesOf(browser, html(dist, `presentasi/${deck}/index.html`));
      expect(codes, deck).toEqual([`${settings.url}/modul/${deck}/`]);
    }
    const handout = await qrCodesOf(browser, html(dist, `presentasi/${newModule.id}/handout-peserta/index.html`));
    expect(handout).toEqual([`${settings.url}/modul/${newModule.id}/`]);
    expect(html(dist, `presentasi/${newModule.id}/index.html`)).toContain(`<a href="${settings.url}/kuis/${newModule.id}/">`);
  });

  test('the booklet and modules 3 and 4 show the institution\'s own values beside BerAKHLAK, labelled as its own', async ({ page }) => {
    for (const lesson of ['nilai-budaya-kerja', 'kelompok-budaya-kerja']) {
      await page.goto(`${base}/modul/${lesson}/`);
      const values = page.locator('[data-bk-local-values]');
      await expect(values).toHaveCount(1);
      await expect(values.locator('.bk-callout__title')).toHaveText(`Nilai organisasi ${settings.instansi}: SIGAP`);
      await expect(values).toContainText('bukan bagian dari BerAKHLAK');
      await expect(values.locator('dt')).toHaveText(['Santun', 'Integritas']);
      await expect(values).toContainText('Dasar penetapan: Peraturan Bupati Tapanuli Contoh Nomor 1 Tahun 2024.');
    }
    await page.goto(`${base}/buku/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Buku Materi ${settings.title}`);
    await expect(page.locator('.bk-book-cover .bk-org__name')).toHaveText(settings.instansi);
    await expect(page.locator('[data-bk-local-values]')).toHaveCount(2);
    await expect(page.locator(`#${newModule.id}`)).toContainText(newModule.title);
  });

  test('the new module is in the sitemap (at the new address), in search, in the recap and in the question bank', async ({ page }) => {
    const sitemap = html(dist, 'sitemap.xml');
    expect(sitemap).toContain(`<loc>${settings.url}/modul/${newModule.id}/</loc>`);
    expect(sitemap).not.toContain('budayakerja-asn.id');

    await page.goto(`${base}/cari/?q=${encodeURIComponent('Nilai Daerah')}`);
    await expect(page.getByRole('region', { name: 'Hasil pencarian' }).locator(`a[href^="/modul/${newModule.id}/"]`).first()).toBeVisible();
    // The file:// fallback index of the offline package has it too.
    expect(html(dist, 'search/indeks.js')).toContain(`/modul/${newModule.id}/`);

    // Its question in the pre-/post-test gives it a row of its own in the recap's results per skill.
    await page.goto(`${base}/rekap/`);
    await expect(page.locator('[data-bk-skills] tbody tr').last()).toContainText('[Isi: kemampuan yang diuji modul Nilai Daerah]');
    expect(html(dist, 'unduh/bank-soal.gift.txt')).toContain(`$CATEGORY: $course$/top/${settings.title}/Modul ${newModule.number} – ${newModule.title}`);
  });

  test('the offline package is named by the settings and its BACA-SAYA names the institution, its contact and address', () => {
    const entries = readZip(path.join(dist, 'unduh', settings.zip));
    const names = entries.map((e) => e.name);
    expect(names).toContain(`${settings.folder}/modul/${newModule.id}/index.html`);
    expect(names).toContain(`${settings.folder}/instansi/logo.svg`);
    const readme = entries.find((e) => e.name === `${settings.folder}/BACA-SAYA.txt`)!.data.toString('utf8');
    expect(readme.split('\r\n').slice(0, 4)).toEqual([
      'BUDAYA KERJA TAPANULI CONTOH - PAKET OFFLINE',
      expect.stringMatching(/^Versi .+, \d+ \w+ \d{4}$/),
      `Diterbitkan oleh: ${settings.organizer}`,
      `Kontak: ${settings.contact}`,
    ]);
    expect(readme).toContain(`Ekstrak berkas ${settings.zip}.`);
    expect(readme).toContain(`materi situs ${settings.url}/ untuk`);
    expect(readme).toContain(`kiwix-serve --port 8080 ${settings.folder}.zim`);
    expect(readme).not.toMatch(/budaya-kerja-asn|budaya-kerja-offline|budayakerja-asn\.id/);
    const download = html(dist, 'unduh/index.html');
    expect(download).toContain(`href="/unduh/${settings.zip}"`);
    expect(download).toContain(`Get-FileHash ${settings.zip} -Algorithm SHA256`);
    expect(download).toContain(`${settings.url}/unduh/`);
  });

  test('the offline package opened from disk shows the logo', async ({ page }) => {
    await page.goto(pathToFileURL(path.join(path.dirname(dist), 'dist-offline', settings.folder, 'index.html')).href);
    expect(await loadedLogos(page, '.bk-brand__logo')).toEqual([expect.stringMatching(/^instansi\/logo\.svg\?v=/)]);
  });

  test('the SCORM packages are named and titled by the settings, with the new module as its own package and the pass mark as mastery score', () => {
    const scorm = path.join(dist, 'unduh', 'scorm');
    const manifestOf = (file: string) => readZip(path.join(scorm, file)).find((e) => e.name === 'imsmanifest.xml')!.data.toString('utf8');
    const course = manifestOf(`${settings.folder}-scorm-semua-modul.zip`);
    expect(course).toContain(`<title>${settings.title}: semua modul, pre-test, dan post-test</title>`);
    expect(course).toContain(`<title>Modul ${newModule.number} – ${newModule.title}</title>`);
    expect(course).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    const own = manifestOf(`${settings.folder}-scorm-modul-${newModule.number}-${newModule.id}.zip`);
    expect(own).toContain(`<title>Modul ${newModule.number} – ${newModule.title}</title>`);
    // The pages inside carry the logo they show.
    expect(readZip(path.join(scorm, `${settings.folder}-scorm-modul-${newModule.number}-${newModule.id}.zip`)).map((e) => e.name)).toContain('instansi/logo.svg');
  });

  test('the ZIM is named by the settings, with the institution as creator and publisher', () => {
    const skip = missingTools('zimwriterfs');
    test.skip(Boolean(skip), skip);
    const meta = readMetadata(readFileSync(path.join(dist, 'unduh', `${settings.folder}.zim`)));
    expect(meta).toMatchObject({ Name: `${settings.folder}_id_all`, Title: settings.title, Creator: settings.organizer, Publisher: settings.instansi, Source: `${settings.url}/` });
  });

  test('the pass mark decides the verdict: 12 of 17 passes at the default 70% and fails at 80%', async ({ page }) => {
    const twelveOfSeventeen = async (origin: string) => {
      await page.goto(`${origin}/kuis/grand-design/`);
      await answerAllCorrectly(page);
      for (const q of (await page.locator('[data-bk-q]').all()).slice(0, 5)) await answerWrongly(q);
      await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
      await expect(page.locator('[data-bk-score]')).toHaveText('Skor Anda: 12 dari 17 (71%).');
      return page.locator('[data-bk-verdict]');
    };
    await expect(await twelveOfSeventeen(base)).toHaveText('Belum mencapai batas 80%. Baca lagi bagian yang terlewat, lalu coba lagi.');
    await expect(page.getByText('17 soal · lulus bila skor minimal 80%')).toBeVisible();
    // The default build (the suite's own server) with the same answers.
    await expect(await twelveOfSeventeen('')).toHaveText('Lulus: Anda mencapai batas 70%.');
  });

  test('its pages are valid HTML, and those with the letterhead, logo and values pass axe', async ({ page }) => {
    const validator = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:recommended'],
        rules: { 'no-inline-style': 'off', 'attribute-boolean-style': 'off', 'void-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
      }),
    );
    const problems: string[] = [];
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('pagefind/'))) {
      const report = await validator.validateString(html(dist, file), file);
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    for (const [url, width] of [['/', 360], ['/modul/nilai-budaya-kerja/', 360], [`/modul/${newModule.id}/`, 360], ['/buku/', 1280], ['/rekap/', 1280]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}${url}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('the project copy is the one changed: the real content/ still holds the default settings and no new module', () => {
    expect(copyDir).not.toBe('');
    const real = path.resolve(import.meta.dirname, '../..');
    expect(existsSync(path.join(real, 'content/lessons', `${newModule.id}.mdx`))).toBe(false);
    expect(readFileSync(path.join(real, 'content/site.yaml'), 'utf8')).toMatch(/^judul: Budaya Kerja ASN$/m);
  });
});

test('the default settings add nothing: no letterhead, logo, contact line or own values on any page', () => {
  const added = /class="bk-org|bk-brand__logo|bk-deck-org|bk-closing-contact|data-bk-local-values|bk-footer__org|bk-report__sign-org/;
  // The markup, not the inline stylesheet: a rule such as `.bk-brand:has(.bk-brand__logo)` stays in
  // the CSS of every page (src/build/unused-css.ts keeps selectors whose classes sit inside `:has()`).
  const markup = (f: string) => html(defaultDist, f).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const found = htmlFiles(defaultDist).filter((f) => added.test(markup(f)));
  expect(found).toEqual([]);
  expect(existsSync(path.join(defaultDist, 'instansi'))).toBe(false);
});

test.describe('wrong settings stop the build, naming content/site.yaml and the field', () => {
  const cases: [string, (yaml: string) => string, RegExp][] = [
    ['a missing title', (y) => y.replace(/^judul: .*\n/m, ''), /judul: wajib diisi \(teks\), tetapi tidak ada/],
    ['an unknown field', (y) => `${y}warnaUtama: hijau\n`, /warnaUtama: kolom tidak dikenal; kolom yang dikenal: judul, /],
    ['a logo file that is missing', (y) => `${y}logo: logo-instansi.png\n`, /logo: berkas logo content\/logo-instansi\.png tidak ada/],
    ['an address that is not absolute', (y) => y.replace(/^alamatSitus: .*$/m, 'alamatSitus: belajar.contoh.go.id'), /alamatSitus: harus alamat lengkap situs yang diawali https:\/\/ atau http:\/\/, tanpa folder/],
  ];
  for (const [name, change, message] of cases) {
    test(name, () => {
      test.setTimeout(180_000);
      let output = '';
      try {
        buildCopy({ env: { SITE_URL: '' }, edit: (dir) => writeFileSync(path.join(dir, 'content/site.yaml'), change(readFileSync(path.join(dir, 'content/site.yaml'), 'utf8'))) }).cleanup();
      } catch (error) {
        output = String(error);
      }
      expect(output, 'the build must fail').toContain('astro build failed');
      expect(output).toContain('content/site.yaml');
      expect(output).toMatch(message);
    });
  }
});
