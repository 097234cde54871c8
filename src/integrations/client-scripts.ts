import { build, context, type BuildContext, type BuildOptions } from 'esbuild';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Bundles each top-level file in src/client/ (its `.contract.ts` companions aside) into a classic
 * IIFE script in public/js/. Astro would turn a `<script>` into `type="module"`, which Chromium and
 * Firefox refuse to load from file:// (origin "null"), so the offline package could not run it.
 * Pages name a script by its contract and the layout loads it with
 * `<script is:inline defer src="/js/<name>.js?v=…">`.
 *
 * Under `astro dev` esbuild keeps watching: a change to a script or anything it imports rebuilds
 * public/js/ at once (reload the page to get it). A new top-level script needs a restart.
 */
export function clientScripts(): AstroIntegration {
  let watcher: BuildContext | undefined;
  return {
    name: 'bk:client-scripts',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const sourceDir = path.join(root, 'src/client');
        const entries = (await readdir(sourceDir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.contract.ts'));
        const options: BuildOptions = {
          entryPoints: entries.map((f) => path.join(sourceDir, f)),
          outdir: path.join(root, 'public/js'),
          bundle: true,
          format: 'iife',
          minify: true,
          // es2020: optional chaining and ?? stay as written (Chrome 80+, Safari 13.1+), which saves
          // bytes in every script; class fields (es2022) are still compiled away below.
          target: ['es2020'],
          legalComments: 'none',
          logLevel: 'warning',
          // Class fields become plain assignments in the constructor, without esbuild's
          // defineProperty helper in every script that has a class (es2020 has no class fields).
          tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
        };
        if (command === 'dev') {
          await watcher?.dispose();
          let watching = false;
          watcher = await context({
            ...options,
            plugins: [{ name: 'bk-log', setup: (b) => b.onEnd((r) => void (watching && !r.errors.length && logger.info('skrip klien dibundel ulang ke public/js/'))) }],
          });
          // Built once before Astro serves public/, then rebuilt on every change.
          await watcher.rebuild();
          await watcher.watch();
          watching = true;
          logger.info(`${entries.length} skrip klien dibundel ke public/js/ dan dipantau`);
          return;
        }
        await build(options);
        logger.info(`${entries.length} skrip klien dibundel ke public/js/`);
      },
      'astro:server:done': async () => {
        await watcher?.dispose();
        watcher = undefined;
      },
    },
  };
}
