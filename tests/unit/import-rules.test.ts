// The house rule of ARCHITECTURE.md, kept by the imports themselves: data flows one way
// (content → course model → pages → client scripts → post-build steps), shared code has one home,
// and nothing imports across client ↔ build.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The folders (and files) of src/, by what they are. */
type Area = 'shared' | 'browser' | 'client' | 'contract' | 'build' | 'course' | 'pages' | 'schemas' | 'i18n' | 'integrations' | 'sw' | 'config' | 'cli';

function areaOf(file: string): Area {
  const rel = path.relative(path.join(root, 'src'), file).split(path.sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('browser/')) return 'browser';
  if (rel.startsWith('client/')) return rel.replace(/\.(ts|mts|mjs|js)$/, '').endsWith('.contract') ? 'contract' : 'client';
  if (rel.startsWith('build/')) return 'build';
  if (rel.startsWith('course/')) return 'course';
  if (/^(pages|layouts|components|styles)\//.test(rel)) return 'pages';
  if (rel.startsWith('schemas/') || rel.startsWith('content/') || rel === 'content.config.ts') return 'schemas';
  if (rel.startsWith('i18n/')) return 'i18n';
  if (rel.startsWith('integrations/')) return 'integrations';
  if (rel.startsWith('sw/')) return 'sw';
  if (rel.startsWith('cli/')) return 'cli';
  return 'config'; // site.ts, build-info.ts, asset-version.ts
}

/**
 * What each area may import (values; `import type` of i18n and schemas is always allowed, it
 * leaves nothing behind in a bundle). Packages are checked separately: no `node:` in code that
 * runs in a browser.
 */
const allowed: Record<Area, readonly Area[]> = {
  // Needs neither DOM nor Node: the client and the build both import it.
  shared: ['shared'],
  // Runs in a page and in the service worker: browser APIs both have (Cache Storage, Web Locks), no
  // DOM. The build never imports it (it has no caches), so it cannot live in shared/.
  browser: ['browser', 'shared'],
  // Runs in the browser: its own helpers, shared code, code it shares with the service worker, and its contracts.
  client: ['client', 'contract', 'shared', 'browser'],
  // What a page and its script agree on: pure data, imported by both.
  contract: ['contract', 'shared'],
  // Steps on the finished dist/ (and the reveal.js copy before it): never the course model or a page.
  build: ['build', 'shared', 'i18n', 'config'],
  // The course model: content in, checked; no page, no step, no client code.
  course: ['course', 'shared', 'schemas', 'i18n', 'config'],
  // Pages, layouts, components: the course model, shared code, and client contracts, never a build step.
  pages: ['pages', 'course', 'shared', 'contract', 'i18n', 'config', 'schemas'],
  schemas: ['schemas', 'shared'],
  i18n: ['i18n'],
  integrations: ['integrations', 'build', 'schemas', 'shared', 'i18n', 'config'],
  sw: ['sw', 'shared', 'browser'],
  // site.ts checks content/site.yaml with its schema, as the content layer checks every other content file.
  config: ['config', 'shared', 'schemas'],
  cli: ['cli', 'build', 'shared', 'config'],
};
const browserAreas: readonly Area[] = ['shared', 'browser', 'client', 'contract', 'sw'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.endsWith('.d.mts'))
    .map((e) => path.join(e.parentPath, e.name));
}

interface Import {
  line: number;
  specifier: string;
  typeOnly: boolean;
}

/** The imports of a file: static (`import … from`, `export … from`, side-effect) and dynamic `import('…')`. */
function importsOf(text: string): Import[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found: Import[] = [];
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([\s\S]*?)\bfrom\s*['"]([^'"]+)['"]/gm)) {
    const names = m[3] ?? '';
    const allTypes = /^\{[\s\S]*\}\s*$/.test(names.trim()) && names.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((n) => n.startsWith('type'));
    found.push({ line: lineAt(m.index), specifier: m[4]!, typeOnly: Boolean(m[2]) || allTypes });
  }
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push({ line: lineAt(m.index), specifier: m[1]!, typeOnly: false });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ line: lineAt(m.index), specifier: m[1]!, typeOnly: false });
  return found;
}

/** Every import that breaks the rules, as `file:line → specifier (why)`. */
function violations(files: readonly string[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = areaOf(file);
    const rel = path.relative(root, file);
    for (const { line, specifier, typeOnly } of importsOf(read(file))) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(path.join(root, 'src'))) continue; // package.json, styles outside src
        if (/\.(css|json|txt)$/.test(target) && !target.endsWith('id.json')) continue;
        const to = areaOf(target);
        if (typeOnly && (to === 'i18n' || to === 'schemas' || allowed[from].includes(to))) continue;
        if (!allowed[from].includes(to)) out.push(`${rel}:${line} → ${specifier} (${from} imports ${to})`);
      } else if (specifier.startsWith('node:') && browserAreas.includes(from)) {
        out.push(`${rel}:${line} → ${specifier} (${from} runs in the browser)`);
      }
    }
  }
  return out;
}

describe('imports follow the house rule', () => {
  const files = sourceFiles(path.join(root, 'src'));

  it('every import in src/ stays inside what its area may use', () => {
    expect(violations(files)).toEqual([]);
  });

  it('catches a page that imports a post-build step, client code that imports build code, and Node in shared code', () => {
    const page = path.join(root, 'src/pages/unduh/index.astro');
    const client = path.join(root, 'src/client/quiz.ts');
    const shared = path.join(root, 'src/shared/csv.ts');
    const browser = path.join(root, 'src/browser/saved-modules.ts');
    const build = path.join(root, 'src/build/service-worker.ts');
    const fake: Record<string, string> = {
      [page]: "---\nimport { maxPackageBytes } from '../../build/offline-package';\n---\n",
      [client]: "import { getCourse } from '../course/course';\nimport { loadedUrls } from '../build/module-offline';\n",
      [shared]: "import { readFileSync } from 'node:fs';\nimport { ui } from '../client/lib/ui-strings';\nimport { savedState } from '../browser/saved-modules';\n",
      [browser]: "import { ui } from '../client/lib/ui-strings';\n",
      [build]: "import { savedState } from '../browser/saved-modules';\n",
    };
    expect(violations(Object.keys(fake), (f) => fake[f]!)).toEqual([
      "src/pages/unduh/index.astro:2 → ../../build/offline-package (pages imports build)",
      "src/client/quiz.ts:1 → ../course/course (client imports course)",
      "src/client/quiz.ts:2 → ../build/module-offline (client imports build)",
      "src/shared/csv.ts:1 → node:fs (shared runs in the browser)",
      "src/shared/csv.ts:2 → ../client/lib/ui-strings (shared imports client)",
      "src/shared/csv.ts:3 → ../browser/saved-modules (shared imports browser)",
      "src/browser/saved-modules.ts:1 → ../client/lib/ui-strings (browser imports client)",
      "src/build/service-worker.ts:1 → ../browser/saved-modules (build imports browser)",
    ]);
  });

  /** Globals a file uses (comments left out), among `names`. */
  const globalsIn = (file: string, names: string) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return [...code.matchAll(new RegExp(`\\b(${names})\\b(?=\\s*[.([])`, 'g'))].map((m) => `${path.relative(root, file)}: ${m[1]}`);
  };

  it('shared code touches neither the DOM nor Node globals', () => {
    const names = 'document|window|navigator|localStorage|sessionStorage|HTMLElement|caches|process|Buffer|__dirname|require';
    expect(files.filter((f) => areaOf(f) === 'shared').flatMap((f) => globalsIn(f, names))).toEqual([]);
  });

  it('code shared by pages and the service worker uses nothing a service worker lacks (DOM, window, Web Storage) and no Node', () => {
    const names = 'document|window|localStorage|sessionStorage|HTMLElement|process|Buffer|__dirname|require';
    expect(files.filter((f) => areaOf(f) === 'browser').flatMap((f) => globalsIn(f, names))).toEqual([]);
  });
});
