/**
 * A date as an Indonesian reader expects it: 23 November 2026. Takes a Date (its UTC calendar
 * day: content dates and the build date are UTC) or an ISO date `YYYY-MM-DD` (saved progress).
 * Falls back to the ISO form where the browser has no Indonesian date formatting.
 */
export function formatDate(value: Date | string): string {
  const date = typeof value === 'string' ? fromIsoDate(value) : value;
  try {
    return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
  }
}

/** `2026-11-23` → that day at 00:00 UTC. */
function fromIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
