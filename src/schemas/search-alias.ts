import { z } from 'astro/zod';
import { idField } from './fields';
import { withEditorErrors } from './editor-errors';

/** A phrase as a reader would type it: letters, digits, spaces, and - / . only. */
const phraseField = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u, { message: 'hanya huruf, angka, spasi, dan tanda - / . (tanpa tanda kutip atau koma)' });

/**
 * One group of search synonyms (`content/search-aliases.yaml`): phrases that mean the same to a
 * reader, e.g. `[RB, reformasi birokrasi]`. A search for any of them also finds the others.
 */
export const searchAliasShape = z.strictObject({
  /** Stable id, e.g. `permen-panrb`. */
  id: idField,
  /** Two or more phrases that mean the same thing. */
  phrases: z.array(phraseField).min(2).max(12),
  /** Why the group exists, for the next editor (not shown to readers). */
  note: z.string().trim().optional(),
});

export const searchAliasSchema = withEditorErrors(searchAliasShape);
export type SearchAlias = z.output<typeof searchAliasShape>;
