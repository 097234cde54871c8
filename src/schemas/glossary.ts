import { z } from 'astro/zod';
import { idField, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** One glossary term (`content/glossary.yaml`), linked from `<Term id>` in lessons. */
export const glossaryShape = z.strictObject({
  /** Stable id used in `<Term id>`, e.g. `sop-ap`. */
  id: idField,
  /** The term or acronym as written, e.g. `SOP AP`. */
  term: textField,
  /** Full form of an acronym. */
  expansion: textField.optional(),
  /** One to three plain sentences. */
  definition: textField,
  /** Id of the regulation the definition comes from. */
  regulation: idField.optional(),
});

export const glossarySchema = withEditorErrors(glossaryShape);
export type GlossaryTerm = z.output<typeof glossaryShape>;
