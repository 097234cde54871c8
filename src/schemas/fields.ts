import { z } from 'astro/zod';

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
