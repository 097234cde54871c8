/**
 * `/lisensi-pihak-ketiga.txt`: the licences of the libraries the site ships (src/third-party-code.ts),
 * at the root of the site and so of the offline folder, the ZIM and each SCORM package. Per library:
 * what it does here, its packages with version and licence, and the licence text (once when its
 * packages share it).
 */
import type { APIRoute } from 'astro';
import { packageLicense, shippedLibraries } from '../third-party-code';
import { t } from '../i18n/t';

export function thirdPartyNotice(): string {
  const rule = '='.repeat(72);
  const parts = [t('licenses.title'), '', t('licenses.intro'), ''];
  for (const library of shippedLibraries) {
    const packages = library.packages.map(packageLicense);
    parts.push(rule, `${library.name}: ${t(library.use)}`, packages.map((p) => `${p.name} ${p.version} (${p.license})`).join(', '), rule, '');
    for (const text of new Set(packages.map((p) => p.text))) parts.push(text, '');
  }
  return `${parts.join('\n').trim()}\n`;
}

export const GET: APIRoute = () => new Response(thirdPartyNotice(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
