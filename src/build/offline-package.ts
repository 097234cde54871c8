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
 * Text for BACA-SAYA.txt: plain ASCII, so no code page can garble it. Letters lose their accents
 * (é → e), typographic quotes and dashes become their ASCII forms, anything else becomes `?`.
 */
export function asciiText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e\r\n]/g, '?');
}

/** Who publishes the package and whom to ask, from content/site.yaml: lines under the version, or nothing. */
function publisherLines(): string {
  const lines: string[] = [];
  if (site.organizer) lines.push(`Diterbitkan oleh: ${site.organizer}`);
  if (site.contact) lines.push(`Kontak: ${site.contact}`);
  return lines.map((l) => `\n${asciiText(l)}`).join('');
}

/**
 * BACA-SAYA.txt from its template (src/i18n/baca-saya.txt), with the names, address and publisher
 * of content/site.yaml: CRLF line ends so Windows Notepad of any age shows the lines, and plain
 * ASCII so no code page can garble it.
 */
export async function renderReadme(): Promise<string> {
  const template = await readFile(readmeTemplate, 'utf8');
  const vars: Record<string, string> = {
    title: asciiText(site.title.toUpperCase()),
    publisher: publisherLines(),
    version: versionLabel,
    date: formatDate(buildDate),
    url: `${site.url}/`,
    downloadUrl: `${site.url}${routes.download()}`,
    zip: site.files.offlineZip,
    folder: site.files.folder,
    zim: site.files.zim,
  };
  const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in vars));
  if (unknown.length) throw new Error(`BACA-SAYA.txt: variabel yang tidak dikenal: ${unknown.map((n) => `{${n}}`).join(', ')}`);
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name]!).replace(/\r?\n/g, '\r\n');
  const bad = text.match(/[^\x20-\x7e\r\n]/);
  if (bad) throw new Error(`BACA-SAYA.txt: karakter non-ASCII "${bad[0]}"; tulis dengan huruf ASCII saja`);
  return text;
}

export interface PackageResult {
  zip: string;
  bytes: number;
  sha256: string;
  files: number;
}

/**
 * Packs the offline variant into dist/unduh/<namaPaketOffline>.zip (one top folder, BACA-SAYA.txt
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

  const zipFile = path.join(dist, fileForPath(routes.offlinePackage(site.files.offlineZip)));
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
