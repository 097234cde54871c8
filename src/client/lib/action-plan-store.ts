/**
 * The action-plan worksheet on the device: one namespaced key holding `{ rev, plan }`, reached
 * through local-storage.ts like every store, so private mode, file://, a full quota or a throwing
 * localStorage never break the page. What it guarantees is that no text is lost:
 * - damaged data is copied aside (`…:rusak`) before anything overwrites it, and can be downloaded;
 * - a save that finds another tab's newer save merges the two (src/shared/action-plan.ts) instead
 *   of overwriting it;
 * - a save that fails leaves the text on screen and says so, so it can still go to a file.
 */
import { localStore, writeFailure } from './local-storage';
import { mergeActionPlans, emptyActionPlan, emptyRow, parseActionPlan, type ActionPlan, type ActionPlanRow } from '../../shared/action-plan';

export const ACTION_PLAN_KEY = 'bkasn:rencana-aksi';
export const ACTION_PLAN_DAMAGED_KEY = 'bkasn:rencana-aksi:rusak';

/** A fresh row id, unique enough to tell rows apart across tabs and files. */
export function newRowId(): string {
  return `r${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

/** A new empty row. */
export const newRow = (): ActionPlanRow => emptyRow(newRowId());

/** A new worksheet with `rows` empty rows, as a device without a saved one starts. */
export const newActionPlan = (rows = 3): ActionPlan => emptyActionPlan(Array.from({ length: rows }, newRowId));

/** Why the worksheet could not be read or saved as usual, for a notice on the page. */
export type WorksheetNotice = 'unavailable' | 'full' | 'damaged' | 'merged';

/** A worksheet as this tab knows it: the plan and the revision it was read or saved at. */
export interface Synced {
  plan: ActionPlan;
  rev: number;
}


type Read = { kind: 'none' } | { kind: 'unavailable' } | { kind: 'ok'; synced: Synced } | { kind: 'damaged'; raw: string };

function read(s: Storage | undefined): Read {
  if (!s) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = s.getItem(ACTION_PLAN_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const value = JSON.parse(raw) as { rev?: unknown; plan?: unknown };
    const plan = parseActionPlan(value.plan);
    if (plan && typeof value.rev === 'number' && Number.isInteger(value.rev) && value.rev > 0) return { kind: 'ok', synced: { plan, rev: value.rev } };
  } catch {
    // not JSON: damaged
  }
  return { kind: 'damaged', raw };
}


/** Copies damaged data aside once; true when it is safe to overwrite the main key. */
function keepDamaged(s: Storage, raw: string): boolean {
  try {
    if (s.getItem(ACTION_PLAN_DAMAGED_KEY) !== raw) s.setItem(ACTION_PLAN_DAMAGED_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** The damaged data copied aside, if any, to offer as a download. */
export function damagedCopy(): string | undefined {
  try {
    return localStore()?.getItem(ACTION_PLAN_DAMAGED_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the worksheet; never throws. A new device starts with an empty worksheet at revision 0. */
export function loadActionPlan(): Synced & { notice?: WorksheetNotice; damaged?: string } {
  const s = localStore();
  const found = read(s);
  if (found.kind === 'ok') return found.synced;
  const empty = { plan: newActionPlan(), rev: 0 };
  if (found.kind === 'unavailable') return { ...empty, notice: 'unavailable' };
  if (found.kind === 'damaged') {
    keepDamaged(s!, found.raw);
    return { ...empty, notice: 'damaged', damaged: found.raw };
  }
  return empty;
}

/** The stored worksheet when it is readable (for another tab's `storage` event). */
export function storedActionPlan(): Synced | undefined {
  const found = read(localStore());
  return found.kind === 'ok' ? found.synced : undefined;
}

/**
 * Saves what the page shows (`mine`), knowing `base` is what this tab last read or saved. When
 * another tab saved in between, the two are merged and the merge is saved and returned (with the
 * number of fields both changed). When saving fails, `base` comes back unchanged with a notice.
 */
export function saveActionPlan(mine: ActionPlan, base: Synced): Synced & { notice?: WorksheetNotice; conflicts: number } {
  const s = localStore();
  const found = read(s);
  if (found.kind === 'unavailable') return { ...base, notice: 'unavailable', conflicts: 0 };
  if (found.kind === 'damaged' && !keepDamaged(s!, found.raw)) return { ...base, notice: 'full', conflicts: 0 };
  let plan = mine;
  let conflicts = 0;
  let rev = base.rev + 1;
  if (found.kind === 'ok' && found.synced.rev !== base.rev) {
    const merged = mergeActionPlans(base.plan, mine, found.synced.plan);
    plan = merged.plan;
    conflicts = merged.conflicts;
    rev = Math.max(found.synced.rev, base.rev) + 1;
  }
  try {
    s!.setItem(ACTION_PLAN_KEY, JSON.stringify({ rev, plan }));
  } catch (error) {
    return { ...base, notice: writeFailure(error), conflicts: 0 };
  }
  return { plan, rev, conflicts, notice: conflicts ? 'merged' : undefined };
}
