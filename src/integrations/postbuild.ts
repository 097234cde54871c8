import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSitemap } from '../build/sitemap';
import { buildOfflineVariant } from '../build/offline-variant';
import { buildSearchIndex } from '../build/search-index';
import { buildVersion } from '../lib/build-info';

/**
 * The steps that run on the finished dist/, in this order and only here, so no step reads another
 * step's output by accident: sitemap → (search index) → offline variant → (zip, service worker).
 * Any failure fails `npm run build`.
 */
export function postbuild(): AstroIntegration {
  return {
    name: 'bk:postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = await writeSitemap(dist);
        logger.info(`sitemap.xml: ${pages} halaman`);
        const search = await buildSearchIndex(dist, buildVersion);
        logger.info(`pencarian: Pagefind ${search.pages} halaman, indeks offline ${search.fallbackBytes} B`);
        const offline = await buildOfflineVariant(dist);
        logger.info(`varian offline: ${offline.files} berkas di ${offline.dir}`);
      },
    },
  };
}
