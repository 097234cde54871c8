import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { logoFolder, settingsFile, site } from '../site';

/**
 * Wires content/site.yaml into Astro: `astro dev` restarts when the settings file or the logo
 * changes (both are read once, when src/site.ts loads), and the logo goes into
 * public/instansi/ (gitignored, emptied every time, so a removed or renamed logo never lingers)
 * before pages render, so pages version it by content (`versioned()`) and every output (web,
 * offline folder, ZIM, SCORM, saved modules) carries it like any other file of the site.
 */
export function siteSettings(): AstroIntegration {
  return {
    name: 'bk:site-settings',
    hooks: {
      'astro:config:setup': async ({ config, addWatchFile, logger }) => {
        const root = fileURLToPath(config.root);
        addWatchFile(path.join(root, settingsFile));
        const target = path.join(root, 'public', logoFolder);
        await rm(target, { recursive: true, force: true });
        if (!site.logo) return;
        addWatchFile(path.join(root, site.logo.source));
        await mkdir(target, { recursive: true });
        await copyFile(path.join(root, site.logo.source), path.join(root, 'public', site.logo.url));
        logger.info(`logo instansi: ${site.logo.source} → public${site.logo.url}`);
      },
    },
  };
}
