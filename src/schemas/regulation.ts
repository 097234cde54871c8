import { z } from 'astro/zod';
import { idField, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** Kinds of regulation the course cites, in the order of the Indonesian hierarchy. */
export const regulationKinds = [
  'UU',
  'PP',
  'Perpres',
  'Keppres',
  'Permen PANRB',
  'Permen PAN',
  'Kepmenpan',
  'Permendagri',
  'Peraturan KPK',
  'SE Menteri PANRB',
] as const;

/** Status today, as far as the fact sheets confirm it. */
export const regulationStatuses = ['berlaku', 'diubah', 'diganti', 'dicabut', 'periode-berakhir', 'belum-pasti'] as const;

/** One regulation cited by lessons, quizzes and decks (`content/regulations.yaml`). */
export const regulationShape = z.strictObject({
  /** Stable id used in `<Reg id>` and `cite.regulation`, e.g. `perpres-81-2010`. */
  id: idField,
  /** Kind of instrument, e.g. `Perpres`. */
  kind: z.enum(regulationKinds),
  /** Number as written in the instrument, e.g. `81` or `25/KEP/M.PAN/4/2002`. */
  number: textField,
  /** Year of enactment. */
  year: z.number().int().min(1945).max(2100),
  /** The "tentang …" part of the title. */
  title: textField,
  /** Short name used in running text, e.g. `Perpres 81/2010`. */
  shortName: textField,
  /** What it governs, one or two sentences. */
  governs: textField,
  /** Status today. */
  status: z.enum(regulationStatuses),
  /** What the status means here, with the replacing instrument if any. */
  statusNote: textField,
  /** Id of the regulation that replaced or revoked this one. */
  replacedBy: idField.optional(),
  /** Ids of regulations that amended this one. */
  amendedBy: z.array(idField).default([]),
  /** False when the identity or title itself still needs checking against the official text. */
  verified: z.boolean().default(true),
});

export const regulationSchema = withEditorErrors(regulationShape);
export type Regulation = z.output<typeof regulationShape>;
