import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { writeSitemap } from '../build/sitemap';
import { buildOfflineVariant } from '../build/offline-variant';
import { buildSearchIndex } from '../build/search-index';
import { buildDate, buildVersion } from '../build-info';
import { buildOfflinePackage } from '../build/offline-package';
import { fillModuleSaveLists } from '../build/module-offline';
import { writeWebAppManifest } from '../build/web-app-manifest';
import { buildServiceWorker } from '../build/service-worker';
import { formatBytes } from '../shared/format-bytes';
import { zimMode, zimStep } from '../build/zim';
import { writeHostConfigsInDist } from '../build/host-config';
import { precompressDist } from '../build/precompress';
import { applyContentSecurityPolicy } from '../build/csp';
import { pruneUnusedCss } from '../build/unused-css';

import { buildScormPackages } from '../build/scorm/packages';
import { fillLmsDownloads } from '../build/lms-downloads';

/**
 * The steps that run on the finished dist/, in this order and only here, so no step reads another
 * step's output by accident: sitemap → unused inline CSS dropped per page → Content-Security-Policy
 * meta (hashes the inline styles that are left) → search index (Pagefind +
 * file:// fallback) → module save lists → manifest and service worker → offline variant → zip
 * (which also fills the download page) → ZIM for Kiwix, from the offline variant (fills or removes
 * the download page's ZIM block; skipped without zimwriterfs) → SCORM packages, from the offline
 * variant → the download page's LMS block (sizes and checksums of the packages and of the question
 * banks Astro rendered) → host configs → precompressed .br/.gz siblings (last, so nothing changes a
 * file after them).
 * Any failure fails `npm run build`.
 */
export function postbuild(): AstroIntegration {
  return {
    name: 'bk:postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // How long each step takes, for `npm run bench:scale`: only when BK_BUILD_TIMES names a file
        // to write them to, never into dist/ (an ordinary build does not read the clock).
        const times: Record<string, number> = {};
        const clock = process.env.BK_BUILD_TIMES ? () => performance.now() : () => 0;
        const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
          const started = clock();
          try {
            return await run();
          } finally {
            times[step] = Math.round(clock() - started);
          }
        };
        const pages = await timed('sitemap', () => writeSitemap(dist));
        logger.info(`sitemap.xml: ${pages} halaman`);
        const css = await timed('css', () => pruneUnusedCss(dist));
        logger.info(`CSS inline: ${css.pages} halaman, ${formatBytes(css.before)} → ${formatBytes(css.after)} (aturan untuk kelas yang tidak ada di halaman dibuang)`);
        // First of the steps that read pages after the CSS is final: every later step sees them with their policy.
        const csp = await timed('csp', () => applyContentSecurityPolicy(dist));
        logger.info(`Content-Security-Policy: ${csp.pages} halaman`);
        const search = await timed('search', () => buildSearchIndex(dist, buildVersion));
        logger.info(`pencarian: Pagefind ${search.pages} halaman, indeks offline ${formatBytes(search.fallbackBytes)} dalam ${search.fallbackFiles} berkas (kepala ${formatBytes(search.fallbackHeadBytes)})`);
        const saves = await timed('saves', () => fillModuleSaveLists(dist, search.index, buildVersion));
        logger.info(`simpan modul offline: ${saves.map((m) => `${m.lesson} ${formatBytes(m.bytes)} (${m.urls.length} berkas)`).join(', ')}`);
        await timed('manifest', () => writeWebAppManifest(dist));
        const sw = await timed('serviceWorker', () => buildServiceWorker(dist));
        logger.info(`service worker: app shell ${sw.entries} berkas, ${formatBytes(sw.bytes)}`);
        const offline = await timed('offlineVariant', () => buildOfflineVariant(dist));
        logger.info(`varian offline: ${offline.files} berkas di ${offline.dir}`);
        const missing = new Map<string, number>();
        for (const b of offline.broken) {
          const target = b.split(' → ')[1] ?? b;
          missing.set(target, (missing.get(target) ?? 0) + 1);
        }
        if (missing.size) logger.warn(`varian offline, tautan ke halaman yang tidak ada: ${[...missing].map(([u, n]) => `${u} (${n}×)`).join(', ')}`);
        for (const u of offline.leftovers) logger.warn(`varian offline, URL absolut yang tidak ditulis ulang: ${u}`);
        const pack = await timed('zip', () => buildOfflinePackage({ dist, offlineDir: path.resolve(dist, '..', offline.dir) }));
        logger.info(`paket offline: ${pack.zip}, ${pack.bytes} byte, ${pack.files} berkas, sha256 ${pack.sha256}`);
        const { zim, skipped } = await timed('zim', () => zimStep({ dist, offlineDir: path.resolve(dist, '..', offline.dir), mode: zimMode() }));
        if (skipped) logger.warn(skipped);
        if (zim) {
          logger.info(`ZIM untuk Kiwix: ${path.relative(path.resolve(dist, '..'), zim.file)}, ${zim.bytes} byte, ${zim.files} berkas, sha256 ${zim.sha256}`);
          for (const problem of zim.unstable) logger.warn(`ZIM tidak byte-identik antar-build: ${problem}`);
        }
        const scorm = await timed('scorm', () => buildScormPackages({ dist, offlineDir: path.resolve(dist, '..', offline.dir), mtime: buildDate }));
        for (const p of scorm) logger.info(`paket SCORM: ${p.zip}, ${p.bytes} byte, ${p.files} berkas, sha256 ${p.sha256}`);
        const lms = await timed('lmsDownloads', () => fillLmsDownloads({ dist, packages: scorm.map((p) => p.file) }));
        logger.info(`untuk LMS: ${lms.map((f) => `${f.file} ${formatBytes(f.bytes)}`).join(', ')}`);
        logger.info(`konfigurasi hosting di dist/: ${(await timed('hostConfigs', () => writeHostConfigsInDist(dist))).join(', ')}`);
        // Last: no step may change a file after its .br/.gz siblings exist.
        const packed = await timed('precompress', () => precompressDist(dist));
        if (process.env.BK_BUILD_TIMES) await writeFile(process.env.BK_BUILD_TIMES, JSON.stringify(times));
        logger.info(`prakompresi: ${packed.files} berkas teks, ${formatBytes(packed.bytes)} → gzip ${formatBytes(packed.gzip)}, brotli ${formatBytes(packed.br)}`);
      },
    },
  };
}
