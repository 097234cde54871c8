// `npm run bench` report: the offline package (zip size, files, unpacked size) and what phones
// download for offline reading (the service worker's app shell, each "Simpan modul" list).
// Sizes come from the built files: gzip as a web host serves text, raw for the zip and images.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { downloadFile } from '../build-outputs.mjs';

const fileOf = (dist, url) => {
  const clean = url.replace(/[?#].*$/, '').replace(/^\/+/, '');
  return path.join(dist, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
};
const wire = (file) => {
  const data = readFileSync(file);
  return /\.(png|jpe?g|webp|avif|woff2?|zip|pdf|pagefind)$|\.pf_\w+$/.test(file) ? data.length : gzipSync(data).length;
};
const sum = (dist, urls) => urls.reduce((s, u) => s + (existsSync(fileOf(dist, u)) ? wire(fileOf(dist, u)) : 0), 0);

export default async function ({ dist, kb }) {
  const zip = downloadFile(dist, '.zip');
  if (!zip) return;
  const buf = readFileSync(zip);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  // Central directory: count file entries (names not ending in /) and their unpacked sizes.
  let offset = buf.readUInt32LE(eocd + 16);
  let files = 0;
  let unpacked = 0;
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    const nameLength = buf.readUInt16LE(offset + 28);
    const name = buf.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    if (!name.endsWith('/')) {
      files++;
      unpacked += buf.readUInt32LE(offset + 24);
    }
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  const rows = [
    ['Paket offline (zip)', `${kb(buf.length)} KB`, `${files} berkas, ${kb(unpacked)} KB setelah diekstrak; batas 5120 KB`],
  ];
  const sw = path.join(dist, 'sw.js');
  if (existsSync(sw)) {
    const text = readFileSync(sw, 'utf8');
    const shell = [...text.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
    rows.push(['App shell service worker (gz)', `${kb(sum(dist, shell))} KB`, `${shell.length} berkas; sw.js sendiri ${kb(gzipSync(readFileSync(sw)).length)} KB`]);
  }
  // What "Simpan modul ini" stores: the save lists the build writes for the service worker.
  const lists = path.join(dist, 'simpan');
  for (const name of existsSync(lists) ? readdirSync(lists).filter((f) => f.endsWith('.json')).sort() : []) {
    const list = JSON.parse(readFileSync(path.join(lists, name), 'utf8'));
    const urls = list.files.map((f) => f.url);
    const pages = urls.filter((u) => u.endsWith('/')).length;
    rows.push([`Simpan modul ${list.module} (gz)`, `${kb(sum(dist, urls))} KB`, `${urls.length} berkas, ${pages} halaman`]);
  }
  console.log('\n## Offline: paket zip dan simpanan ponsel\n');
  console.log('| Ukuran | Nilai | Keterangan |');
  console.log('|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
