// `npm run bench` report for quizzes, progress and the class recap: what a first visit costs
// (bytes on the wire, gzip as served), what the on-demand QR encoder adds on the pre-test, and
// what the on-demand QR decoder (camera scanning) adds on the recap.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export default async function ({ browser, base, dist, measure, kb }) {
  const quizDir = path.join(dist, 'kuis');
  const quizzes = existsSync(quizDir) ? readdirSync(quizDir).sort() : [];
  const pages = [
    ...quizzes.flatMap((id) => [
      [`Kuis ${id}`, `/kuis/${id}/`],
      [`Pembahasan ${id}`, `/kuis/${id}/pembahasan/`],
    ]),
    ['Kemajuan belajar', '/kemajuan/'],
    ['Bukti belajar', '/bukti-belajar/'],
    ['Rekap kelas', '/rekap/'],
  ].filter(([, url]) => existsSync(path.join(dist, url.slice(1), 'index.html')));
  const context = await browser.newContext();
  const rows = [];
  for (const [label, url] of pages) {
    const m = await measure(context, base + url);
    const cell = (k) => (m.byKind[k] ? `${kb(m.byKind[k].decoded)} / ${kb(m.byKind[k].encoded)}` : '–');
    rows.push([label, cell('html'), cell('js'), `${kb(m.decoded)} / ${kb(m.encoded)}`, String(m.count)]);
  }
  // The QR encoder loads only when a participant makes a result code.
  let qr = '–';
  if (quizzes.includes('pretest')) {
    const m = await measure(context, `${base}/kuis/pretest/`, {
      action: async (page) => {
        await page.getByRole('textbox', { name: 'Nama peserta' }).fill('Peserta Uji');
        await page.getByRole('button', { name: 'Buat kode hasil' }).click();
        // Exam mode points out the blank answers first.
        await page.getByRole('button', { name: 'Buat kode dengan soal yang kosong' }).click();
        await page.getByRole('img', { name: 'Kode QR kode hasil' }).waitFor();
      },
    });
    const r = m.requests.find((x) => x.url.includes('/js/qr.js'));
    if (r) qr = `${kb(r.decoded)} / ${kb(r.encoded)}`;
  }
  // The QR decoder loads only when the trainer starts the camera; its size is that of the file.
  let decoder = '–';
  const decoderFile = path.join(dist, 'js/qr-scan.js');
  if (existsSync(decoderFile)) {
    const m = await measure(context, `${base}/js/qr-scan.js`);
    const r = m.requests[0];
    if (r) decoder = `${kb(r.decoded)} / ${kb(r.encoded)}`;
  }
  await context.close();
  console.log('\n## Kuis, kemajuan, rekap: kunjungan pertama\n');
  console.log('| Halaman | HTML KB (mentah / gz) | JS KB (mentah / gz) | Total KB (mentah / gz) | Permintaan |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nPenyandi QR (js/qr.js), dimuat hanya saat membuat kode hasil: ${qr} KB (mentah / gz).`);
  console.log(`Pembaca QR (js/qr-scan.js, jsQR), dimuat hanya saat rekap memindai dengan kamera: ${decoder} KB (mentah / gz).`);
}
