import { cleanEvent, type EventDetails } from '../../shared/recap-event';
import { localStore } from '../lib/local-storage';

/**
 * What the recap keeps in this browser (key `bkasn:recap`, versioned): the codes, as a set, and the
 * activity's details. Every change is read-modify-write against what is stored at that moment, so
 * two tabs (or a tab and a reload) merge instead of overwriting each other; the page follows the
 * `storage` event to show what another tab added. Every storage call is wrapped: the caller learns
 * whether a save failed (a full disk, private mode) so it can say so, and nothing readable is
 * dropped: a stored value that is not valid JSON still gives back every code found in its text.
 */
export const storeKey = 'bkasn:recap';

export interface RecapStore {
  codes: string[];
  event: EventDetails;
}

const codePattern = /BK[0-9A-Z]{8,}/g;

/** The store from its stored text; `recovered` when the text was damaged and the codes were fished out of it. */
export function parseStore(raw: string | null): { store: RecapStore; recovered: boolean } {
  if (raw === null) return { store: { codes: [], event: {} }, recovered: false };
  try {
    const parsed = JSON.parse(raw) as { v?: unknown; codes?: unknown; event?: unknown } | null;
    if (parsed && (parsed.v === 1 || parsed.v === 2) && Array.isArray(parsed.codes)) {
      const codes = [...new Set(parsed.codes.filter((c): c is string => typeof c === 'string'))];
      return { store: { codes, event: cleanEvent(parsed.event) }, recovered: false };
    }
  } catch {
    // not JSON: fall through and keep whatever codes the text holds
  }
  return { store: { codes: [...new Set(raw.toUpperCase().match(codePattern) ?? [])], event: {} }, recovered: true };
}

const copy = (store: RecapStore): RecapStore => ({ codes: [...store.codes], event: { ...store.event } });

/** Where the store lives when the browser has no usable localStorage: this visit only. */
let memory: RecapStore = { codes: [], event: {} };


/** What is stored now. */
export function readStore(): { store: RecapStore; recovered: boolean } {
  const s = localStore();
  if (!s) return { store: copy(memory), recovered: false };
  try {
    return parseStore(s.getItem(storeKey));
  } catch {
    return { store: copy(memory), recovered: false };
  }
}

/** Applies `change` to what is stored now and writes it back; `saved` is false when writing failed. */
export function updateStore(change: (store: RecapStore) => void): { store: RecapStore; saved: boolean } {
  const { store } = readStore();
  change(store);
  store.codes = [...new Set(store.codes)];
  memory = copy(store);
  const s = localStore();
  if (!s) return { store, saved: false };
  try {
    s.setItem(storeKey, JSON.stringify({ v: 2, codes: store.codes, event: store.event }));
    return { store, saved: true };
  } catch {
    return { store, saved: false };
  }
}
