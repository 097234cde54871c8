import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Loader } from 'astro/loaders';

/**
 * Loads a YAML file holding a list of entries with an `id` each (regulations, glossary).
 * Unlike Astro's `file()` loader, a repeated id fails the build with both positions named
 * instead of silently keeping the last one.
 */
export function yamlListLoader(relativePath: string): Loader {
  return {
    name: 'yaml-list-loader',
    async load({ store, parseData, generateDigest, config, watcher }) {
      const root = fileURLToPath(config.root);
      const absolute = path.join(root, relativePath);
      watcher?.add(absolute);
      const items = parseList(await readFile(absolute, 'utf8'), relativePath);
      const duplicate = findDuplicateId(items);
      if (duplicate) {
        throw new Error(
          `${relativePath}\n  • ${duplicate.index}.id: id "${duplicate.id}" sudah dipakai butir ke-${duplicate.firstIndex + 1}; setiap id harus unik`,
        );
      }
      store.clear();
      for (const item of items) {
        const id = String(item.id);
        const data = await parseData({ id, data: item, filePath: relativePath });
        store.set({ id, data, digest: generateDigest(data), filePath: relativePath });
      }
    },
  };
}

/** Parses the YAML text and checks that it is a list of objects with an id. */
export function parseList(text: string, file: string): Record<string, unknown>[] {
  const parsed = parseYaml(text);
  if (!Array.isArray(parsed)) throw new Error(`${file}\n  • (berkas): harus berupa daftar (list) butir yang masing-masing punya id`);
  return parsed.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new Error(`${file}\n  • ${i}: harus berupa kumpulan kolom dengan id, tertulis ${JSON.stringify(item)}`);
    }
    if (typeof (item as { id?: unknown }).id !== 'string') {
      throw new Error(`${file}\n  • ${i}.id: wajib diisi (teks), tetapi tidak ada`);
    }
    return item as Record<string, unknown>;
  });
}

/** The first id that appears twice, with both positions (0-based index of the repeat). */
export function findDuplicateId(items: readonly Record<string, unknown>[]) {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const id = String(item.id);
    const firstIndex = seen.get(id);
    if (firstIndex !== undefined) return { id, index, firstIndex };
    seen.set(id, index);
  }
  return undefined;
}
