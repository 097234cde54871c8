import { z } from 'astro/zod';
import { dateField, idField, shortText, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** Frontmatter of a lesson (`content/lessons/<id>.mdx`); a lesson is the core of one module. */
export const lessonShape = z.strictObject({
  /** Module title, shown as the page's h1. */
  title: textField,
  /** Position on the home page and in previous/next navigation; unique. */
  order: z.number().int().min(1),
  /** One sentence for the home page and search results. */
  description: shortText(200),
  /** Learning objectives, each starting with a verb. */
  objectives: z.array(textField).min(2).max(6),
  /** Ids of the regulations the lesson rests on (`content/regulations.yaml`). */
  regulations: z.array(idField).min(1),
  /** Id of the deck in `slides/` that goes with this module. */
  deck: idField.optional(),
  /** Id of the quiz in `content/quizzes/` that goes with this module. */
  quiz: idField.optional(),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().min(1).max(180).default(20),
  /** Date of the last content review. */
  updated: dateField,
});

export const lessonSchema = withEditorErrors(lessonShape);
export type LessonData = z.output<typeof lessonShape>;
