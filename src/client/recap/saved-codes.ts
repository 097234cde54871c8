/**
 * The codes a trainer accepted, kept in this browser (key `bkasn:recap`, versioned) so a reload
 * or a closed tab loses nothing. Every storage call is wrapped: without storage the recap still
 * works for the visit; only the safety net is gone.
 */
const storeKey = 'bkasn:recap';

export function loadSavedCodes(): string[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(storeKey) ?? 'null') as { v?: number; codes?: unknown } | null;
    if (parsed?.v === 1 && Array.isArray(parsed.codes)) return parsed.codes.filter((c): c is string => typeof c === 'string');
  } catch {
    // unreadable or unavailable: start empty
  }
  return [];
}

export function saveCodes(codes: readonly string[]): void {
  try {
    localStorage.setItem(storeKey, JSON.stringify({ v: 1, codes }));
  } catch {
    // The recap still works for this visit; only the reload safety net is lost.
  }
}
