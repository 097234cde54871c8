/**
 * The details of an activity that head its report (*laporan kegiatan*), as the trainer's guide
 * asks for them: the activity, the organising office, date, place and facilitator. The recap page
 * keeps them on the device with its codes.
 */
export const eventFields = ['kegiatan', 'instansi', 'tanggal', 'tempat', 'fasilitator'] as const;
export type EventField = (typeof eventFields)[number];
export type EventDetails = Partial<Record<EventField, string>>;

/** Longest value kept per field. */
export const EVENT_FIELD_MAX = 200;

/** Keeps only known fields with text values, trimmed to the longest kept (for untrusted storage). */
export function cleanEvent(value: unknown): EventDetails {
  const out: EventDetails = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const field of eventFields) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v === 'string') out[field] = v.slice(0, EVENT_FIELD_MAX);
  }
  return out;
}
