import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UiKey } from './i18n/t';

/**
 * The libraries whose code the site ships to browsers, and so into the offline zip, the ZIM and
 * the SCORM packages. Their licences (MIT, Apache-2.0) ask that their notice travel with every copy;
 * the build minifies comments away (legalComments: 'none'), so `/lisensi-pihak-ketiga.txt`
 * (src/pages/lisensi-pihak-ketiga.txt.ts) carries them instead. tests/unit/third-party-code.test.ts
 * fails when browser code imports a package that is not listed here.
 */
export const shippedLibraries: readonly { name: string; use: UiKey; packages: readonly string[] }[] = [
  { name: 'reveal.js', use: 'licenses.use.reveal', packages: ['reveal.js'] },
  { name: 'Pagefind', use: 'licenses.use.pagefind', packages: ['pagefind'] },
  { name: 'Workbox', use: 'licenses.use.workbox', packages: ['workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies'] },
  { name: 'jsQR', use: 'licenses.use.jsqr', packages: ['jsqr'] },
  { name: 'uqr', use: 'licenses.use.uqr', packages: ['uqr'] },
];

export interface PackageLicense {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** Where packages keep their licence text (Pagefind's is a folder, LICENSE/LICENSE). */
const licenseFiles = ['LICENSE', 'LICENSE/LICENSE', 'LICENSE.md', 'LICENSE.txt'];

/** A package's version, licence name and licence text, read from node_modules of the project (the working directory). */
export function packageLicense(name: string): PackageLicense {
  const dir = path.join(process.cwd(), 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const file = licenseFiles.map((f) => path.join(dir, f)).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`${name}: berkas lisensi tidak ditemukan di ${dir} (dicari: ${licenseFiles.join(', ')})`);
  return { name, version: pkg.version, license: pkg.license ?? '?', text: readFileSync(file, 'utf8').trim() };
}
