import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { t } from './i18n/t';

/**
 * The libraries whose code the site ships to browsers, and so into the offline zip, the ZIM and
 * the SCORM packages. Their licences (MIT, Apache-2.0) ask that their notice travel with every copy;
 * the build minifies comments away (legalComments: 'none'), so `/lisensi-pihak-ketiga.txt` carries
 * them instead. tests/unit/third-party-code.test.ts fails when browser code imports a package that
 * is not listed here.
 */
export const shippedLibraries = [
  { name: 'reveal.js', use: 'licenses.use.reveal', packages: ['reveal.js'] },
  { name: 'Pagefind', use: 'licenses.use.pagefind', packages: ['pagefind'] },
  { name: 'Workbox', use: 'licenses.use.workbox', packages: ['workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies'] },
  { name: 'jsQR', use: 'licenses.use.jsqr', packages: ['jsqr'] },
  { name: 'uqr', use: 'licenses.use.uqr', packages: ['uqr'] },
] as const;

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** Where packages keep their licence text (Pagefind's is a folder, LICENSE/LICENSE). */
const licenseFiles = ['LICENSE', 'LICENSE/LICENSE', 'LICENSE.md', 'LICENSE.txt'];

/** A package's version, licence name and licence text, read from node_modules of the project (the working directory). */
function packageInfo(name: string): PackageInfo {
  const dir = path.join(process.cwd(), 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const file = licenseFiles.map((f) => path.join(dir, f)).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`${name}: berkas lisensi tidak ditemukan di ${dir} (dicari: ${licenseFiles.join(', ')})`);
  return { name, version: pkg.version, license: pkg.license ?? '?', text: readFileSync(file, 'utf8').trim() };
}

/** The notice as plain text: what each library does here, its packages and versions, and its licence text (once when its packages share it). */
export function thirdPartyNotice(): string {
  const rule = '='.repeat(72);
  const parts = [t('licenses.title'), '', t('licenses.intro'), ''];
  for (const library of shippedLibraries) {
    const infos = library.packages.map(packageInfo);
    parts.push(rule, `${library.name}: ${t(library.use)}`, infos.map((p) => `${p.name} ${p.version} (${p.license})`).join(', '), rule, '');
    for (const text of new Set(infos.map((p) => p.text))) parts.push(text, '');
  }
  return `${parts.join('\n').trim()}\n`;
}
