// content/site.yaml: the institution's settings, read and checked by src/site.ts. The wording an
// office worker sees when a field is wrong is part of the product, so these tests pin it; the
// build stopping on it is tested on a real build in tests/e2e/settings.spec.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite, settingsFile, site } from '../../src/site';
import { checkLogo, maxLogoBytes } from '../../src/site-logo';

const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder holding only content/site.yaml (and any files given), for loadSite. */
function project(settings: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-pengaturan-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  writeFileSync(path.join(dir, settingsFile), settings);
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, 'content', name), data);
  return dir;
}
const minimal = 'judul: Budaya Kerja Contoh\nalamatSitus: https://contoh.go.id\n';
const problemsOf = (settings: string, files?: Record<string, string | Uint8Array>, env: NodeJS.ProcessEnv = {}) =>
  loadSite(project(settings, files), env).problems.map((p) => `${p.field}: ${p.message}`);

const svg = (body: string, attrs = 'viewBox="0 0 200 100"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`;
/** The smallest PNG header (signature and IHDR with its size), enough for the checks. */
function png(width: number, height: number): Uint8Array {
  const data = new Uint8Array(33);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(data.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return data;
}

describe('the default settings', () => {
  it('keep today\'s site: its name, address, pass mark and download names', () => {
    const defaults = loadSite(root, {}).site!;
    expect(defaults).toMatchObject({
      title: 'Budaya Kerja ASN',
      shortTitle: 'Budaya Kerja ASN',
      url: 'https://budayakerja-asn.id',
      passPercent: 70,
      files: { folder: 'budaya-kerja-asn', offlineZip: 'budaya-kerja-offline.zip', zim: 'budaya-kerja-asn.zim', zimName: 'budaya-kerja-asn_id_all' },
    });
    expect(defaults.instansi).toBeUndefined();
    expect(defaults.logo).toBeUndefined();
    expect(defaults.localValues).toBeUndefined();
  });

  it('are read from content/site.yaml, and SITE_URL overrides the address without a trailing slash', () => {
    // `site` is this process's (SITE_URL may be set while testing); read the file again without it.
    expect(loadSite(root, {}).site).toEqual({ ...site, url: 'https://budayakerja-asn.id' });
    expect(loadSite(root, { SITE_URL: 'https://uji.contoh.go.id/' }).site?.url).toBe('https://uji.contoh.go.id');
  });
});

describe('another institution\'s settings', () => {
  it('fill every derived name: organiser line, short title, download files, ZIM name', () => {
    const loaded = loadSite(
      project(
        `${minimal}judulSingkat: BK Contoh\ninstansi: Pemerintah Kabupaten Contoh\nunit: BKPSDM\nbatasLulus: 80\nkontak: "Telepon 123"\nnamaBerkas: bk-contoh\nnamaPaketOffline: bk-contoh-luring\n`,
      ),
      {},
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.site).toMatchObject({
      title: 'Budaya Kerja Contoh',
      shortTitle: 'BK Contoh',
      organizer: 'BKPSDM, Pemerintah Kabupaten Contoh',
      contact: 'Telepon 123',
      passPercent: 80,
      url: 'https://contoh.go.id',
      files: { folder: 'bk-contoh', offlineZip: 'bk-contoh-luring.zip', zim: 'bk-contoh.zim', zimName: 'bk-contoh_id_all' },
    });
  });

  it('take an SVG or PNG logo from content/, served as /instansi/logo.<ext> with its proportions', () => {
    const withSvg = loadSite(project(`${minimal}logo: gambar/logo.svg\n`, {}), {});
    expect(withSvg.problems.map((p) => p.message)).toEqual([expect.stringContaining('content/gambar/logo.svg tidak ada')]);
    const dir = project(`${minimal}logo: logo.svg\n`, { 'logo.svg': svg('<rect width="200" height="100" fill="#060"/>') });
    expect(loadSite(dir, {}).site?.logo).toEqual({ type: 'svg', aspect: 2, source: 'content/logo.svg', url: '/instansi/logo.svg' });
    const pngDir = project(`${minimal}logo: logo.png\n`, { 'logo.png': png(300, 100) });
    expect(loadSite(pngDir, {}).site?.logo).toMatchObject({ type: 'png', aspect: 3, url: '/instansi/logo.png' });
  });

  it('list the institution\'s own values with their meaning', () => {
    const loaded = loadSite(
      project(`${minimal}instansi: Pemerintah Kabupaten Contoh\nnilaiInstansi:\n  nama: SIGAP\n  nilai:\n    - nama: Santun\n      arti: Melayani dengan sopan.\n`),
      {},
    );
    expect(loaded.site?.localValues).toEqual({ nama: 'SIGAP', nilai: [{ nama: 'Santun', arti: 'Melayani dengan sopan.' }] });
  });
});

describe('wrong settings name the field and say what is expected', () => {
  it('a missing title', () => {
    expect(problemsOf('alamatSitus: https://contoh.go.id\n')).toEqual(['judul: wajib diisi (teks), tetapi tidak ada']);
  });

  it('an unknown field, with the field it most likely meant', () => {
    expect(problemsOf(`${minimal}batasLuluss: 80\n`)).toEqual([
      expect.stringMatching(/^batasLuluss: kolom tidak dikenal \(maksud Anda "batasLulus"\?\); kolom yang dikenal: judul, judulSingkat, instansi, /),
    ]);
    expect(problemsOf(`${minimal}instansi: X\nnilaiInstansi:\n  nama: A\n  nilai:\n    - nama: B\n      artii: C\n`)).toEqual([
      'nilaiInstansi.nilai.0.arti: wajib diisi (teks), tetapi tidak ada',
      'nilaiInstansi.nilai.0.artii: kolom tidak dikenal (maksud Anda "arti"?); kolom yang dikenal: nama, arti',
    ]);
  });

  it('a logo file that is not there, or not an SVG or PNG', () => {
    expect(problemsOf(`${minimal}logo: logo.svg\n`)).toEqual([
      'logo: berkas logo content/logo.svg tidak ada; simpan logonya di folder content/ lalu tulis namanya di sini (mis. logo: logo.svg)',
    ]);
    expect(problemsOf(`${minimal}logo: logo.jpg\n`)).toEqual(['logo: harus nama berkas SVG atau PNG di folder content/, mis. logo.svg atau gambar/logo.png']);
    expect(problemsOf(`${minimal}logo: ../rahasia.svg\n`)).toEqual(['logo: harus nama berkas SVG atau PNG di folder content/, mis. logo.svg atau gambar/logo.png']);
    expect(problemsOf(`${minimal}logo: logo.png\n`, { 'logo.png': '<svg/>' })).toEqual([
      'logo: content/logo.png: berkas .png ini bukan gambar PNG (isinya tidak diawali tanda PNG); simpan ulang sebagai PNG',
    ]);
  });

  it('an address that is not absolute http(s)', () => {
    for (const url of ['budayakerja.contoh.go.id', '/budaya/', 'ftp://contoh.go.id', 'https://contoh.go.id/?a=1', 'https://', 'https://contoh.go.id/budaya']) {
      expect(problemsOf(`judul: X\nalamatSitus: ${url}\n`), url).toEqual([
        'alamatSitus: harus alamat lengkap situs yang diawali https:// atau http://, tanpa folder di belakangnya, mis. https://budayakerja.contoh.go.id (situs diterbitkan di akar domain)',
      ]);
    }
    expect(problemsOf(`judul: X\nalamatSitus: http://10.0.0.5:8080/\n`)).toEqual([]);
    expect(problemsOf(minimal, {}, { SITE_URL: 'contoh.go.id' })).toEqual([
      'SITE_URL: variabel lingkungan SITE_URL "contoh.go.id" harus alamat lengkap situs yang diawali https:// atau http://, tanpa folder di belakangnya',
    ]);
  });

  it('a pass mark out of range, a file name with capitals, a unit or values without an institution', () => {
    expect(problemsOf(`${minimal}batasLulus: 0\n`)).toEqual(['batasLulus: minimal 1']);
    expect(problemsOf(`${minimal}batasLulus: "70%"\n`)).toEqual(['batasLulus: harus berupa angka, tetapi berisi teks "70%"']);
    expect(problemsOf(`${minimal}namaBerkas: Budaya Kerja\n`)).toEqual([
      'namaBerkas: harus berupa nama berkas: huruf kecil, angka, dan tanda hubung, diawali huruf (contoh: budaya-kerja-asn)',
    ]);
    expect(problemsOf(`${minimal}unit: BKPSDM\n`)).toEqual(['unit: unit butuh instansi: isi juga instansi tempat unit ini berada']);
    expect(problemsOf(`${minimal}nilaiInstansi:\n  nama: A\n  nilai:\n    - { nama: B, arti: C }\n`)).toEqual([
      'nilaiInstansi: nilai instansi butuh instansi: isi juga instansi, karena nilai ini ditampilkan sebagai milik instansi itu',
    ]);
  });

  it('a file that is not YAML, or not a set of fields', () => {
    expect(problemsOf('judul: [Budaya\nalamatSitus: x\n')).toEqual([expect.stringMatching(/^: YAML tidak dapat dibaca \(baris \d+, kolom \d+: .+\); periksa titik dua/)]);
    expect(problemsOf('- judul\n')).toEqual([': harus berupa kumpulan kolom (judul, alamatSitus, …)']);
  });
});

describe('a logo goes on every page only when it is inert', () => {
  const refused = (text: string) => checkLogo(new TextEncoder().encode(text), 'svg').problems;

  it('accepts a plain SVG, with an embedded raster and internal references, and reads its proportions', () => {
    const plain = svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>');
    expect(checkLogo(new TextEncoder().encode(`<?xml version="1.0"?>\n<!-- Inkscape -->\n${plain}`), 'svg')).toEqual({ problems: [], info: { type: 'svg', aspect: 2 } });
    expect(checkLogo(new TextEncoder().encode(svg('', 'width="30" height="60"')), 'svg').info).toEqual({ type: 'svg', aspect: 0.5 });
  });

  it('refuses scripts, event handlers, embedded HTML, outside references, javascript: URLs and entities, saying what it found', () => {
    expect(refused(svg('<script>alert(1)</script>'))).toEqual([expect.stringContaining('SVG ini memuat elemen <script>')]);
    expect(refused(svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x</svg:script>'))).toEqual([expect.stringContaining('elemen <svg:script>')]);
    expect(refused(svg('<rect onload="alert(1)"/>'))).toEqual([expect.stringContaining('penangan kejadian onload="…"')]);
    expect(refused(svg('<foreignObject><div/></foreignObject>'))).toEqual([expect.stringContaining('elemen <foreignObject>')]);
    expect(refused(svg('<image href="https://contoh.go.id/a.png"/>'))).toEqual([expect.stringContaining('rujukan ke luar berkas href="https://contoh.go.id/a.png"')]);
    expect(refused(svg('<a xlink:href="javascript:alert(1)"><rect/></a>'))).toEqual([expect.stringContaining('alamat javascript:')]);
    expect(refused(svg('<style>@import url(https://x.y/f.css);</style>'))).toEqual([expect.stringMatching(/@import di CSS, url\(https:\/\/x\.y\/f\.css\) di CSS/)]);
    expect(refused(svg('<rect style="fill: url(https://x.y/p.svg#a)"/>'))).toEqual([expect.stringContaining('url(https://x.y/p.svg#a) di CSS')]);
    expect(refused(`<!DOCTYPE svg [<!ENTITY a "b">]>${svg('')}`)).toEqual([expect.stringContaining('<!ENTITY>')]);
    for (const problem of refused(svg('<script>x</script>'))) expect(problem).toMatch(/ekspor ulang sebagai "SVG biasa" atau pakai PNG$/);
  });

  it('refuses a file that is not SVG, and one too large for every page', () => {
    expect(refused('<svg><rect></svg>')).toEqual([expect.stringMatching(/^bukan SVG yang sah: .+ \(baris 1\)$/)]);
    expect(refused('<html><body/></html>')).toEqual(['berkas .svg ini tidak berisi gambar SVG (elemen teratasnya bukan <svg>)']);
    expect(checkLogo(new Uint8Array(maxLogoBytes + 1), 'png').problems).toEqual([expect.stringMatching(/^berkas logo 101 KB, maksimal 100 KB/)]);
  });
});
