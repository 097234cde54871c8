import { z } from 'astro/zod';
import { regulationSchema } from './regulation';
import { glossarySchema } from './glossary';
import { searchAliasSchema } from './search-alias';
import { siteSettingsSchema } from './site';

/**
 * JSON Schemas for the editors of content/ and slides/, so VS Code (with the YAML extension and
 * the Astro extension) or any editor with a YAML language server completes field names and flags
 * a wrong field as it is typed. The build's Indonesian errors stay the final word.
 *
 * Astro writes one schema per collection entry into `.astro/collections/<name>.schema.json`:
 * lesson, page and deck frontmatter (read by the Astro extension, `experimental.contentIntellisense`)
 * and a quiz file. A YAML file that holds a whole list (regulations, glossary, search synonyms)
 * needs the list around the entry schema: `listSchemas` below, written next to Astro's as
 * `<name>.list.schema.json` by src/integrations/content-schemas.ts, and so is the schema of the
 * site settings (`content/site.yaml`, one object, not a collection: `site.schema.json`).
 * `.vscode/settings.json` maps each content file to its schema.
 */

/** Where the schemas are: Astro's folder of collection schemas. */
export const schemaDir = '.astro/collections';

/** The YAML files that hold a list of entries, with the collection and schema of one entry. */
export const listFiles = [
  { file: 'content/regulations.yaml', collection: 'regulations', schema: regulationSchema },
  { file: 'content/glossary.yaml', collection: 'glossary', schema: glossarySchema },
  { file: 'content/search-aliases.yaml', collection: 'searchAliases', schema: searchAliasSchema },
] as const;

/** The JSON Schema of what an editor writes (Zod's input side), as Astro makes it: dates as strings. */
export function editorJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date';
      }
    },
  });
}

/**
 * The schema files our integration writes: one per list file, and the site settings'.
 * `{ path relative to the project, the content file, JSON Schema }`.
 */
export function fileSchemas(): { path: string; file: string; json: Record<string, unknown> }[] {
  return [
    ...listFiles.map(({ file, collection, schema }) => ({
      path: `${schemaDir}/${collection}.list.schema.json`,
      file,
      json: editorJsonSchema(z.array(schema)),
    })),
    { path: `${schemaDir}/site.schema.json`, file: 'content/site.yaml', json: editorJsonSchema(siteSettingsSchema) },
  ];
}
