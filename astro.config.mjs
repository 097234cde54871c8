// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { clientScripts } from './src/integrations/client-scripts';
import { postbuild } from './src/integrations/postbuild';
import { revealVendor } from './src/integrations/reveal-vendor';
import { contentSchemas } from './src/integrations/content-schemas';
import { siteSettings } from './src/integrations/site-settings';
import { site } from './src/site';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // The content cache lives with the project, not in node_modules: test and bench builds run from
  // copies that link node_modules, and builds running at once must not share one content store.
  cacheDir: './.astro/cache',
  build: {
    // Folder URLs on the web; the offline variant rewrites links to name their .html file.
    format: 'directory',
    // Every page carries its CSS in <style> (a few KB gz): no render-blocking request beyond the
    // HTML, so the first paint on slow 3G waits one round trip instead of two. The CSP step hashes
    // the inline styles (src/build/csp.ts). Components import the CSS they need, so a page carries
    // only its own rules.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  integrations: [siteSettings(), clientScripts(), revealVendor(), contentSchemas(), mdx(), postbuild()],
  experimental: {
    // JSON Schemas of the collections in .astro/collections/, which the Astro editor extension uses
    // to complete lesson, page and deck frontmatter (see src/schemas/editor-schemas.ts).
    contentIntellisense: true,
  },
});
