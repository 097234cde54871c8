import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileSchemas } from '../schemas/editor-schemas';

/**
 * Writes the JSON Schemas of the list files (regulations, glossary, search synonyms) and of the
 * site settings beside the ones Astro writes for each collection, whenever Astro starts (dev,
 * build, check, sync), so an editor's autocompletion always follows the schemas in src/schemas/.
 * See editor-schemas.ts.
 */
export function contentSchemas(): AstroIntegration {
  return {
    name: 'bk:content-schemas',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const root = fileURLToPath(config.root);
        for (const { path: file, json } of fileSchemas()) {
          const target = path.join(root, file);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, `${JSON.stringify(json, null, 2)}\n`);
        }
      },
    },
  };
}
