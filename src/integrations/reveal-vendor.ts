import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyRevealVendor } from '../build/reveal-vendor';

/**
 * Puts the translated reveal.js classic scripts into public/vendor/reveal/ (gitignored) before
 * Astro copies public/ into dist/, so dev, the web build and the offline package all serve them.
 * A translation that no longer matches the installed reveal.js fails the build here.
 */
export function revealVendor(): AstroIntegration {
  return {
    name: 'bk:reveal-vendor',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const written = await copyRevealVendor(root, path.join(root, 'public/vendor/reveal'));
        logger.info(`reveal.js (klasik, berbahasa Indonesia): ${written.length} berkas di public/vendor/reveal/`);
      },
    },
  };
}
