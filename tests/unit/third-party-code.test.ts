import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { shippedLibraries } from '../../src/third-party-code';
import { thirdPartyNotice } from '../../src/pages/lisensi-pihak-ketiga.txt';

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The npm package of a bare import specifier: `workbox-core/types.js` → `workbox-core`, `@a/b/c` → `@a/b`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('third-party licences', () => {
  it('list every package that code bundled for browsers imports (client scripts, service worker, shared code)', () => {
    const listed = new Set<string>(shippedLibraries.flatMap((l) => l.packages));
    const imported = new Set<string>();
    for (const dir of ['src/client', 'src/browser', 'src/sw', 'src/shared']) {
      for (const file of filesUnder(dir).filter((f) => /\.ts$/.test(f))) {
        const source = readFileSync(file, 'utf8');
        // Type-only imports ship nothing.
        for (const m of source.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm)) if (!m[1]!.startsWith('node:')) imported.add(packageOf(m[1]!));
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].filter((p) => !listed.has(p))).toEqual([]);
  });

  it('carry each library with its version, licence name and licence text, each text once', () => {
    const notice = thirdPartyNotice();
    for (const library of shippedLibraries) {
      for (const name of library.packages) {
        const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string };
        expect(notice).toContain(`${name} ${pkg.version} (${pkg.license})`);
      }
    }
    expect(notice).toContain('Apache License');
    expect(notice).toContain('Copyright (C) 2011-2026 Hakim El Hattab');
    // The four Workbox packages share one licence text: printed once.
    const workbox = readFileSync('node_modules/workbox-core/LICENSE', 'utf8').trim();
    expect(notice.split(workbox).length - 1).toBe(1);
  });
});
