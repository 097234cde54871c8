import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-files';
import { portableNameProblems } from './portable-names';
import { writeReproducibleZip } from './reproducible-zip';
import { fileForPath, routes } from '../shared/links';
import { buildDate, versionLabel } from '../build-info';
import { formatBytes } from '../shared/format-bytes';
import { downloadPlaceholders } from '../shared/placeholders';
import { HtmlPage } from './html-page';
import { formatDate } from '../shared/dates';
import { site } from '../site';

/** The largest package we ship: district offices copy it over slow links and onto small USB sticks. */
export const maxPackageBytes = 5 * 1024 * 1024;

const readmeTemplate = new URL('../i18n/baca-saya.txt', import.meta.url);

/**
 * BACA-SAYA.txt from its template (src/i18n/baca-saya.txt): CRLF line ends so Windows Notepad of
 * any age shows the lines, and plain ASCII so no code page can garble it.
 */
export async function renderReadme(): Promise<string> {
  const template = await readFile(readmeTemplate, 'utf8');
  const vars: Record<string, string> = {
    version: versionLabel,
    date: formatDate(buildDate),
    url: `${site.url}/`,
    downloadUrl: `${site.url}${routes.download()}`,
  };
  const text = template.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m).replace(/\r?\n/g, '\r\n');
  const bad = text.match(/[^\x20-\x7e\r\n]/);
  if (bad) throw new Error(`BACA-SAYA.txt: karakter non-ASCII "${bad[0]}"; tulis dengan huruf ASCII saja`);
  if (/\{\w+\}/.test(text)) throw new Error('BACA-SAYA.txt: ada {variabel} yang tidak dikenal');
  return text;
}

export interface PackageResult {
  zip: string;
  bytes: number;
  sha256: string;
  files: number;
}

/**
 * Packs the offline variant into dist/unduh/budaya-kerja-offline.zip (one top folder, BACA-SAYA.txt
 * beside index.html), writes its checksum file in `sha256sum` format, and fills the size and
 * checksum into the download page. Fails the build on a name Windows or an old unzip cannot take.
 */
export async function buildOfflinePackage({ dist, offlineDir }: { dist: string; offlineDir: string }): Promise<PackageResult> {
  const top = path.basename(offlineDir);
  await writeFile(path.join(offlineDir, 'BACA-SAYA.txt'), await renderReadme());
  const files = await listFiles(offlineDir);
  if (!files.includes('index.html')) throw new Error(`Paket offline: ${top}/index.html tidak ada`);
  const problems = portableNameProblems(files.map((f) => `${top}/${f}`));
  if (problems.length) throw new Error(`Paket offline: nama berkas tidak aman untuk Windows/zip lama:\n- ${problems.join('\n- ')}`);

  const zipFile = path.join(dist, fileForPath(routes.offlinePackage()));
  await mkdir(path.dirname(zipFile), { recursive: true });
  const zip = await writeReproducibleZip({ dir: offlineDir, top, out: zipFile, mtime: buildDate });
  await writeFile(`${zipFile}.sha256`, `${zip.sha256}  ${path.basename(zipFile)}\n`);

  const page = path.join(dist, fileForPath(routes.download()));
  if (!existsSync(page)) throw new Error(`Halaman unduhan ${routes.download()} tidak ada di dist/`);
  const html = new HtmlPage(await readFile(page, 'utf8'), fileForPath(routes.download()));
  const filled = html.fillTokens({
    [downloadPlaceholders.size]: formatBytes(zip.bytes),
    [downloadPlaceholders.bytes]: String(zip.bytes),
    [downloadPlaceholders.sha256]: zip.sha256,
    [downloadPlaceholders.files]: String(zip.entries.length),
  });
  if (!filled) throw new Error(`Halaman unduhan ${routes.download()}: tempat ukuran dan checksum tidak ditemukan`);
  await writeFile(page, html.toString());
  return { zip: path.relative(path.resolve(dist, '..'), zipFile), bytes: zip.bytes, sha256: zip.sha256, files: zip.entries.length };
}
