import { z } from 'astro/zod';
import { idField, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** Frontmatter of a slide deck (`slides/<id>.md`); the body is split into slides at build time. */
export const deckShape = z.strictObject({
  /** Deck title, shown on the title slide and in the browser tab. */
  title: textField,
  /** Id of the lesson (module) this deck presents. */
  lesson: idField,
  /** Length of the session in minutes; feeds the presenter view's pacing timer. */
  minutes: z.number().int().min(5).max(480).default(45),
});

export const deckSchema = withEditorErrors(deckShape);
export type DeckData = z.output<typeof deckShape>;
