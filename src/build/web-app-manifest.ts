import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appIconPng } from './png-icon';
import { fileForPath, routes } from '../shared/links';
import { t } from '../i18n/t';
import { site } from '../site';

/** Sizes Chrome needs to offer "install" (192) and for the splash screen (512). */
export const iconSizes = [192, 512] as const;
export const manifestUrl = routes.asset('manifest.webmanifest');
export const iconUrl = (size: number) => routes.asset(`icons/icon-${size}.png`);

/**
 * Writes the web app manifest and its PNG icons into dist/, so phones can install the site
 * ("Tambahkan ke layar utama") and open it full screen, with saved modules readable offline.
 */
export async function writeWebAppManifest(dist: string): Promise<void> {
  await mkdir(path.join(dist, 'icons'), { recursive: true });
  for (const size of iconSizes) await writeFile(path.join(dist, fileForPath(iconUrl(size))), appIconPng(size));
  const manifest = {
    name: site.title,
    short_name: site.shortTitle,
    description: t('site.tagline'),
    lang: 'id',
    dir: 'ltr',
    start_url: routes.home(),
    scope: routes.home(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    // The icon is full bleed with its mark inside the safe zone, so the same file serves as maskable.
    icons: [
      ...iconSizes.map((size) => ({ src: iconUrl(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: iconUrl(512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  await writeFile(path.join(dist, fileForPath(manifestUrl)), `${JSON.stringify(manifest, null, 2)}\n`);
}
