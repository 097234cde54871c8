import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hostConfigs, nginxConfig, apacheHtaccess, caddyfile, headersFile } from '../../src/build/host-config';
import { cacheControlOf, documentHeaders, fileTypes, immutableRule, revalidateRule, securityHeaders } from '../../src/build/hosting-rules';

const root = path.resolve(import.meta.dirname, '../..');

describe('host configs', () => {
  test('the files in hosting/ are exactly what hosting-rules.ts generates (run npm run hosting after changing the rules)', () => {
    for (const [name, text] of Object.entries(hostConfigs())) {
      expect(readFileSync(path.join(root, 'hosting', name), 'utf8'), `hosting/${name}`).toBe(text);
    }
  });

  test.each([
    ['nginx', nginxConfig()],
    ['Apache', apacheHtaccess()],
    ['Caddy', caddyfile()],
  ])('%s sets every MIME type, both cache rules, precompressed serving and every security header', (_, config) => {
    for (const [ext, { type }] of Object.entries(fileTypes)) {
      expect(config, ext).toContain(type);
      expect(config, ext).toMatch(new RegExp(`[ .*]${ext}\\b`));
    }
    expect(config).toContain(immutableRule.pattern);
    expect(config).toContain(immutableRule.cacheControl);
    expect(config).toContain(revalidateRule.cacheControl);
    expect(config).toMatch(/gzip_static on|precompressed br gzip|\.br" -f/);
    for (const [name, value] of Object.entries(securityHeaders)) expect(config).toContain(`${name} "${value}"`);
    for (const [name, value] of Object.entries(documentHeaders)) {
      expect(config).toContain(name);
      expect(config).toContain(`"${value}"`);
    }
    expect(config).toMatch(/# .*Strict-Transport-Security/);
  });

  test('_headers sets every security header once for all files (its patterns cannot single out pages) and each Cache-Control on files no other rule matches', () => {
    const text = headersFile();
    for (const [name, value] of Object.entries({ ...securityHeaders, ...documentHeaders })) expect(text.split(`${name}: ${value}`).length - 1, name).toBe(1);
    // Hosts that read _headers join a header named by two matching rules: every Cache-Control path
    // must belong to one rule only, and the site-wide block must not set Cache-Control.
    const blocks = text.split(/\n(?=\/)/).filter((b) => b.startsWith('/'));
    const siteWide = blocks.find((b) => b.startsWith('/*\n'))!;
    expect(siteWide).not.toContain('Cache-Control');
    for (const p of immutableRule.paths) expect(revalidateRule.paths.some((q) => glob(q).test(p.replace('*', 'x')))).toBe(false);
  });

  test('each _headers path pattern agrees with the rule pattern the other hosts use', () => {
    const samples = ['/_astro/Base.abc123.css', '/pagefind/index/id_1.pf_index', '/pagefind/fragment/id_2.pf_fragment', '/pagefind/pagefind.id_9.pf_meta', '/sw.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.id.pagefind', '/modul/x/', '/js/lesson.js'];
    for (const url of samples) {
      const byGlob = immutableRule.paths.some((p) => glob(p).test(url)) ? immutableRule.cacheControl : revalidateRule.cacheControl;
      expect(byGlob, url).toBe(cacheControlOf(url));
    }
  });
});

/** A `_headers` path pattern as Cloudflare Pages reads it: `*` matches anything, `/` included. */
function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')}$`);
}
