import { z } from 'astro/zod';

/**
 * Plain-words (Indonesian) error wording for content editors. Every collection schema goes through
 * `withEditorErrors`, so a bad field fails the build with the file, the field path and what was
 * expected, e.g. `**questions.2.options**: tepat satu opsi harus benar (correct: true); sekarang 0`.
 */

const typeNames: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (list)',
  object: 'kumpulan kolom (objek)',
  date: 'tanggal (YYYY-MM-DD)',
  undefined: 'kosong',
  null: 'null',
};

/** Names the type of a value the way an editor sees it in YAML. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  if (value === null) return 'kosong (null)';
  if (Array.isArray(value)) return 'sebuah daftar';
  if (value instanceof Date) return 'sebuah tanggal';
  if (typeof value === 'object') return 'kumpulan kolom';
  if (typeof value === 'string') return `teks "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeNames[typeof value] ?? typeof value} ${String(value)}`;
}

type Issue = z.core.$ZodRawIssue;

/** Turns one Zod issue into a sentence that says what was expected and what was found. */
export function describeIssue(issue: Issue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (input === undefined) return `wajib diisi (${expected}), tetapi tidak ada`;
      return `harus berupa ${expected}, tetapi berisi ${describeValue(input)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'tidak boleh kosong' : `minimal ${min} karakter`;
      if (issue.origin === 'array' || issue.origin === 'set') return `minimal ${min} butir`;
      return `minimal ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `maksimal ${max} karakter (sekarang ${String(input).length})`;
      if (issue.origin === 'array' || issue.origin === 'set') return `maksimal ${max} butir (sekarang ${Array.isArray(input) ? input.length : '?'})`;
      return `maksimal ${max}`;
    }
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map((v) => String(v)).join(', ')}; tertulis ${describeValue(input)}`;
    case 'invalid_format':
      return issue.message ?? `format tidak sesuai, tertulis ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `kolom tidak dikenal: ${issue.keys.join(', ')} (salah ketik? lihat content/README.md)`;
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (disc) {
        const allowed = Array.isArray(options) && options.length ? `: ${options.map(String).join(', ')}` : '';
        return `kolom "${disc}" tidak dikenal${allowed}`;
      }
      return 'bentuknya tidak cocok dengan satu pun bentuk yang diizinkan';
    }
    default:
      return issue.message ?? 'isi tidak sesuai';
  }
}

/** Properties of a Zod definition that hold child schemas (objects, arrays, wrappers, unions, pipes). */
const childKeys = ['element', 'innerType', 'in', 'out', 'catchall', 'keyType', 'valueType', 'left', 'right', 'rest'] as const;

/**
 * The same schema with our wording as the error map of every node in it (Zod's schema-level
 * `error`, the way Starlight gives its config its own error map). Schema-level maps outrank the
 * parse-level map Astro passes in, so editors read Indonesian; and the schema stays the real
 * shape, so Astro still writes its JSON Schema (`.astro/collections/*.schema.json`) for editors'
 * autocompletion. Messages a schema sets itself (a regex hint, a `superRefine`, a node's own
 * `error`) still win.
 */
export function withEditorErrors<T extends z.ZodType>(schema: T): T {
  return addErrorMap(schema) as T;
}

function addErrorMap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  // A node that words its own errors (see dateField) keeps them.
  const next: Record<string, unknown> = { ...def, error: def.error ?? describeIssue };
  for (const key of childKeys) {
    const child = def[key];
    if (child instanceof z.core.$ZodType) next[key] = addErrorMap(child);
  }
  if (def.shape && typeof def.shape === 'object') {
    next.shape = Object.fromEntries(Object.entries(def.shape as Record<string, z.core.$ZodType>).map(([k, v]) => [k, addErrorMap(v)]));
  }
  if (Array.isArray(def.options)) next.options = (def.options as z.core.$ZodType[]).map(addErrorMap);
  if (Array.isArray(def.items)) next.items = (def.items as z.core.$ZodType[]).map(addErrorMap);
  return z.core.clone(schema, next as unknown as z.core.$ZodTypeDef);
}

/** A problem found in a content file, by the schemas or by the cross-reference checks. */
export interface ContentProblem {
  /** Path of the file relative to the project root, e.g. `content/lessons/grand-design.mdx`. */
  file: string;
  /** Dotted field path, e.g. `questions.2.cite.section`; empty for the whole file. */
  field: string;
  /** What was expected, in plain words. */
  message: string;
}

/** The text the build prints: one line per problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`Konten tidak valid (${problems.length} masalah):`];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const p of list) lines.push(`    • ${p.field || '(berkas)'}: ${p.message}`);
  }
  return lines.join('\n');
}

/** Runs a wrapped schema outside Astro (tests, scripts) and returns problems instead of throwing. */
export function checkAgainst(schema: z.ZodType, data: unknown, file: string): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message }));
}
