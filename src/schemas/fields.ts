import { z } from 'astro/zod';
import { describeValue } from './editor-errors';

/** Shared field shapes, so every collection words the same mistake the same way. */

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id written by an editor: lower-case letters, digits and single hyphens. */
export const idField = z
  .string()
  .regex(idPattern, { message: 'harus berupa id: huruf kecil, angka, dan tanda hubung (contoh: grand-design)' });

/** A non-empty, trimmed line of text. */
export const textField = z.string().trim().min(1);

/** Text with an upper length, for summaries shown in lists and search results. */
export const shortText = (max: number) => z.string().trim().min(1).max(max);

/**
 * A calendar date as editors write it, `2026-11-23`, read as that day at 00:00 UTC. The YAML
 * parser may hand it over as a Date already. Its JSON Schema says "a date string", so an editor's
 * YAML checker accepts `2026-11-23` (a plain `z.date()` would be written as a date-time).
 */
const dateError = (issue: { input?: unknown }) => `harus berupa tanggal (YYYY-MM-DD), tetapi berisi ${describeValue(issue.input)}`;
export const dateField = z
  .union([z.date({ error: dateError }), z.iso.date({ error: dateError })], { error: dateError })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));
