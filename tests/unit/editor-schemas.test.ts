// The JSON Schemas content editors get (src/schemas/editor-schemas.ts), checked with the engine
// of VS Code's YAML extension and of the Astro extension's frontmatter support: yaml-language-server.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = path.resolve(import.meta.dirname, '../..');
// The language service, not the server entry point (which would start listening on stdio).
const { getLanguageService } = createRequire(import.meta.url)('yaml-language-server/lib/umd/index.js') as typeof import('yaml-language-server');

/** What .vscode/settings.json maps: schema path (relative to the project) → file glob. */
const settings = JSON.parse(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string>; 'astro.content-intellisense': boolean };
const yamlMappings = Object.entries(settings['yaml.schemas']).map(([schema, glob]) => ({ schema: path.join(root, schema), glob }));

/** Frontmatter collections: the Astro extension validates them against Astro's schema of that collection. */
const frontmatter = [
  { dir: 'content/lessons', ext: '.mdx', collection: 'lessons' },
  { dir: 'content/pages', ext: '.mdx', collection: 'pages' },
  { dir: 'slides', ext: '.md', collection: 'decks' },
];

const filesIn = (dir: string, ext: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f}`);
const yamlFiles = [...filesIn('content', '.yaml'), ...filesIn('content/quizzes', '.yaml')];

function languageService(schemas: { uri: string; fileMatch: string[] }[]) {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, completion: true, hover: true, schemas });
  return service;
}

/** A service configured the way VS Code is by .vscode/settings.json. */
const vscode = () => languageService(yamlMappings.map((m) => ({ uri: pathToFileURL(m.schema).href, fileMatch: [m.glob] })));
// The language server caches parsed documents by URI and version, as an editor's buffer: each text gets a new version.
let version = 0;
const doc = (file: string, text: string) => TextDocument.create(pathToFileURL(path.join(root, file)).href, 'yaml', ++version, text);
const problems = async (service: ReturnType<typeof languageService>, file: string, text: string) =>
  (await service.doValidation(doc(file, text), false)).map((d) => `${file}:${d.range.start.line + 1}: ${d.message}`);

beforeAll(() => {
  // Astro writes the collection schemas and our integration the list schemas: the same as `npm run dev`.
  const sync = spawnSync(process.execPath, [path.join(root, 'node_modules/.bin/astro'), 'sync'], { cwd: root, encoding: 'utf8' });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}\n${sync.stderr}`);
}, 120_000);

describe('JSON Schemas for content editors', () => {
  it('every YAML file in content/ is mapped to a schema that exists and describes real fields', () => {
    const unmapped = yamlFiles.filter((file) => !yamlMappings.some((m) => path.matchesGlob(file, m.glob)));
    expect(unmapped).toEqual([]);
    for (const m of yamlMappings) {
      const schema = JSON.parse(readFileSync(m.schema, 'utf8')) as { type?: string; items?: unknown; properties?: unknown };
      expect(schema.type, m.schema).toMatch(/^(object|array)$/);
      expect(schema.properties ?? schema.items, m.schema).toBeTruthy();
    }
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('the real content passes the editor\'s check: every YAML file and every lesson, page and deck frontmatter', async () => {
    const service = vscode();
    const found: string[] = [];
    for (const file of yamlFiles) found.push(...(await problems(service, file, readFileSync(path.join(root, file), 'utf8'))));
    const manifest = JSON.parse(readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8')) as { entries: Record<string, string> };
    // Astro writes the entries' file URLs in lower case: a project under /tmp/tmp.rIGF6wHUnz/ is listed as tmp.rigf6whunz.
    const collectionOf = new Map(Object.entries(manifest.entries).map(([url, collection]) => [url.toLowerCase(), collection]));
    for (const { dir, ext, collection } of frontmatter) {
      const schema = pathToFileURL(path.join(root, `.astro/collections/${collection}.schema.json`)).href;
      const service = languageService([{ uri: schema, fileMatch: ['*.yaml'] }]);
      for (const file of filesIn(dir, ext)) {
        expect(collectionOf.get(pathToFileURL(path.join(root, file)).href.toLowerCase()), file).toBe(collection);
        const text = readFileSync(path.join(root, file), 'utf8');
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
        found.push(...(await problems(service, `${file}.yaml`, yaml)));
      }
    }
    expect(found).toEqual([]);
  });

  it('flags a misspelt field and a wrong value as the editor types, and completes field names', async () => {
    const service = vscode();
    const quiz = 'title: Kuis\nkind: modul\nlesson: grand-design\nquestions:\n  - id: q1\n    type: single\n    prompt: Pilih.\n    explanation: Karena.\n    cite: { regulation: uu-20-2023 }\n    optionz: []\n';
    const found = await problems(service, 'content/quizzes/baru.yaml', quiz);

    expect(found.some((p) => p.includes(':2:'))).toBe(true);
    expect(found.some((p) => /optionz/.test(p))).toBe(true);
    const glossary = '- id: rb\n  term: RB\n  definiton: Reformasi Birokrasi.\n';
    expect((await problems(service, 'content/glossary.yaml', glossary)).some((p) => /definiton/.test(p))).toBe(true);
    // The site settings: a misspelt key, and an address that is not absolute.
    const settings = await problems(service, 'content/site.yaml', 'judull: Budaya Kerja\nalamatSitus: budayakerja.go.id\n');
    expect(settings.some((p) => /judull/.test(p))).toBe(true);
    expect(settings.some((p) => p.includes(':2:'))).toBe(true);
    // Editors without the VS Code mapping: the modeline content/README.md describes.
    const modeline = `# yaml-language-server: $schema=../../.astro/collections/quizzes.schema.json\n${quiz}`;
    expect((await problems(languageService([]), 'content/quizzes/baru.yaml', modeline)).some((p) => /optionz/.test(p))).toBe(true);
    const partial = 'title: Kuis\nles';
    const completion = await service.doComplete(doc('content/quizzes/baru.yaml', partial), { line: 1, character: 3 }, false);
    expect(completion.items.map((i) => i.label)).toContain('lesson');
  });
});
