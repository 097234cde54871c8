import { z } from 'astro/zod';
import { shortText, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** Frontmatter of a stand-alone page (`content/pages/<id>.mdx`), e.g. the trainer's guide. */
export const pageShape = z.strictObject({
  /** Page title, shown as the h1. */
  title: textField,
  /** One sentence for lists and search results. */
  description: shortText(200),
});

export const pageSchema = withEditorErrors(pageShape);
export type PageData = z.output<typeof pageShape>;
