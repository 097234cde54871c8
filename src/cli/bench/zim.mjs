// `npm run bench` report: the ZIM for Kiwix — its size and what takes the room, and how long the
// ZIM step of the build takes (median of 3 rebuilds from dist-offline/). The step is TypeScript,
// so it is bundled with esbuild (already a dependency) into a temporary module first.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { downloadFile, offlineFolder } from '../build-outputs.mjs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const runs = 3;

async function loadZimModules(dir) {
  const entry = "export * from './src/build/zim-writer.ts'; export * from './src/build/zim-archive.ts';";
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  const file = path.join(dir, 'zim.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

export default async function ({ dist, kb }) {
  const zimFile = downloadFile(dist, '.zim');
  const offlineDir = offlineFolder(dist);
  console.log('\n## ZIM untuk Kiwix\n');
  if (!zimFile || !offlineDir) {
    console.log('Tidak ada berkas .zim di dist/unduh/ (zimwriterfs tidak terpasang saat build): bagian ini dilewati.');
    return;
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'bk-bench-zim-'));
  try {
    const zim = await loadZimModules(temp);
    const buf = readFileSync(zimFile);
    const entries = zim.readEntries(buf);
    const size = (ns, p) => {
      const e = entries.find((x) => x.namespace === ns && x.path === p);
      return e && e.cluster !== undefined ? zim.readBlob(buf, e.cluster, e.blob).data.length : 0;
    };
    const pages = entries.filter((e) => e.namespace === 'C' && e.mimeType?.startsWith('text/html')).length;
    const content = entries.filter((e) => e.namespace === 'C').length;
    const zip = downloadFile(dist, '.zip');
    const rows = [
      ['Berkas ZIM', `${kb(buf.length)} KB`, `${content} berkas isi, ${pages} halaman; batas 5120 KB`],
      ['Indeks teks penuh (Xapian)', `${kb(size('X', 'fulltext/xapian'))} KB`, 'isi pelajaran, glosarium, dasar hukum, panduan'],
      ['Indeks judul (Xapian)', `${kb(size('X', 'title/xapian'))} KB`, 'saran judul, semua halaman'],
    ];
    if (zip) rows.push(['Paket zip (pembanding)', `${kb(statSync(zip).size)} KB`, 'isi yang sama, tanpa indeks Kiwix']);

    const zimwriterfs = zim.findExecutable('zimwriterfs');
    if (zimwriterfs && existsSync(offlineDir)) {
      const m = zim.readMetadata(buf);
      const meta = {
        name: m.Name, title: m.Title, description: m.Description, language: m.Language, creator: m.Creator,
        publisher: m.Publisher, source: m.Source, scraper: m.Scraper, tags: m.Tags.split(';').filter((t) => !t.startsWith('_ftindex')),
      };
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await zim.buildZim({ offlineDir, out: path.join(temp, `ulang-${i}.zim`), zimwriterfs, meta });
        times.push(performance.now() - start);
      }
      const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)];
      rows.push([`Waktu langkah ZIM (median ${runs})`, `${(median / 1000).toFixed(2)} s`, 'salin + zimwriterfs 1 thread dengan indeks + UUID stabil']);
    }
    console.log('| Ukuran / waktu | Nilai | Keterangan |');
    console.log('|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
