// `npm run bench` report: what LMS administrators download — each SCORM 1.2 package (zip size,
// unpacked size, files, SCOs), the question banks, the SCORM adapter that only the packages load —
// and how long the SCORM step of the build takes (median of 3 rebuilds from dist-offline/). The
// step is TypeScript, so it is bundled with esbuild into a temporary module first.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { offlineFolder } from '../build-outputs.mjs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const runs = 3;

/** Entry names and unpacked bytes of a zip, from its central directory. */
function zipContents(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    entries.push({ name: buf.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'), size });
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return entries;
}

export default async function ({ dist, kb }) {
  const stage = path.resolve(dist, '..', 'dist-scorm');
  const planFile = path.join(stage, 'plan.json');
  console.log('\n## Untuk LMS: paket SCORM 1.2 dan bank soal\n');
  if (!existsSync(planFile)) {
    console.log('Tidak ada dist-scorm/plan.json (build lama): bagian ini dilewati.');
    return;
  }
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  const rows = [];
  for (const pack of plan.packages) {
    const buf = readFileSync(path.join(dist, 'unduh', 'scorm', pack.file));
    const files = zipContents(buf).filter((e) => !e.name.endsWith('/'));
    const unpacked = files.reduce((n, e) => n + e.size, 0);
    rows.push([pack.file, `${kb(buf.length)} KB`, `${kb(unpacked)} KB`, String(files.length), String(pack.scos.length)]);
  }
  for (const bank of ['bank-soal.gift.txt', 'bank-soal.moodle.xml']) {
    const data = readFileSync(path.join(dist, 'unduh', bank));
    rows.push([bank, `${kb(data.length)} KB (gz ${kb(gzipSync(data).length)} KB)`, '–', '1', '–']);
  }
  const adapter = readFileSync(path.join(dist, 'js', 'scorm.js'));
  rows.push(['js/scorm.js (hanya di paket)', `${kb(adapter.length)} KB (gz ${kb(gzipSync(adapter).length)} KB)`, '–', '1', '–']);
  const header = ['Berkas', 'Ukuran', 'Setelah diekstrak', 'Berkas di dalamnya', 'SCO'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);

  const offlineDir = offlineFolder(dist);
  if (!offlineDir) return;
  const temp = mkdtempSync(path.join(tmpdir(), 'bk-bench-scorm-'));
  try {
    const out = await build({
      entryPoints: ['src/build/scorm/packages.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      // yazl is CommonJS and requires Node's built-ins.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const file = path.join(temp, 'packages.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    // The step finds its schema files and stylesheet beside itself.
    cpSync('src/build/scorm/schemas', path.join(temp, 'schemas'), { recursive: true });
    cpSync('src/build/scorm/shell.css', path.join(temp, 'shell.css'));
    const { buildScormPackages } = await import(pathToFileURL(file).href);
    // The build's date, as the zips carry it (one DOS timestamp on every entry).
    const first = readFileSync(path.join(dist, 'unduh', 'scorm', plan.packages[0].file));
    const [dosTime, dosDate] = [first.readUInt16LE(10), first.readUInt16LE(12)];
    const mtime = new Date(Date.UTC((dosDate >> 9) + 1980, ((dosDate >> 5) & 0xf) - 1, dosDate & 0x1f, dosTime >> 11, (dosTime >> 5) & 0x3f, (dosTime & 0x1f) * 2));
    const times = [];
    for (let i = 0; i < runs; i++) {
      const again = path.join(temp, `ulang-${i}`, 'dist');
      mkdirSync(path.join(again, 'js'), { recursive: true });
      cpSync(path.join(dist, 'js', 'scorm.js'), path.join(again, 'js', 'scorm.js'));
      const start = performance.now();
      await buildScormPackages({ dist: again, offlineDir, plan, mtime });
      times.push(performance.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)];
    console.log(`\nLangkah SCORM di build (${plan.packages.length} paket dari varian offline): ${(median / 1000).toFixed(2)} s (median ${runs} kali).`);
  } catch (error) {
    console.log(`\nWaktu langkah SCORM tidak terukur: ${error.message}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
