/**
 * The action-plan worksheet (Rencana Aksi KBK) as data: the fields the KBK lesson teaches
 * (content/lessons/kelompok-budaya-kerja.mdx, "Dari nilai ke rencana aksi"), validation of
 * untrusted copies (device storage, an imported file), and the three-way merge that keeps two
 * browser tabs from overwriting each other. No DOM, no Node: the worksheet script and the tests
 * both use it.
 */

export const ACTION_PLAN_VERSION = 1;

/** The columns of one row, in the order the worksheet shows them. */
export const actionPlanFields = ['masalah', 'nilai', 'kegiatan', 'indikator', 'target', 'penanggungJawab', 'waktu', 'bukti', 'tahap'] as const;
export type ActionPlanField = (typeof actionPlanFields)[number];

/** The fields above the table. */
export const actionPlanHeaderFields = ['unit', 'ketua', 'tanggal', 'pengesah'] as const;
export type ActionPlanHeaderField = (typeof actionPlanHeaderFields)[number];

/** Where a row stands in the KBK's PDCA cycle; '' when not yet chosen. */
export const pdcaSteps = ['plan', 'do', 'check', 'action'] as const;

export type ActionPlanRow = { id: string } & Record<ActionPlanField, string>;

export type ActionPlan = {
  v: typeof ACTION_PLAN_VERSION;
  rows: ActionPlanRow[];
} & Record<ActionPlanHeaderField, string>;

/** Limits that keep a copy sane (a worksheet is a page of paper, not a database). */
export const actionPlanLimits = { rows: 40, text: 4000 } as const;

const rowId = /^[a-z0-9-]{1,40}$/i;

export function emptyRow(id: string): ActionPlanRow {
  return { id, ...(Object.fromEntries(actionPlanFields.map((f) => [f, ''])) as Record<ActionPlanField, string>) };
}

/** An empty worksheet with one empty row per id (ids come from the caller: this module reads no clock). */
export function emptyActionPlan(rowIds: readonly string[] = []): ActionPlan {
  return {
    v: ACTION_PLAN_VERSION,
    ...(Object.fromEntries(actionPlanHeaderFields.map((f) => [f, ''])) as Record<ActionPlanHeaderField, string>),
    rows: rowIds.map((id) => emptyRow(id)),
  };
}

/** True when nothing has been written anywhere: replacing it loses nothing. */
export function isBlankActionPlan(plan: ActionPlan): boolean {
  return actionPlanHeaderFields.every((f) => plan[f].trim() === '') && plan.rows.every((r) => actionPlanFields.every((f) => r[f].trim() === ''));
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= actionPlanLimits.text ? value : value === undefined ? '' : undefined;

/** Validates an untrusted copy; undefined when it is not a version-1 worksheet. Unknown keys are dropped. */
export function parseActionPlan(value: unknown): ActionPlan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.v !== ACTION_PLAN_VERSION || !Array.isArray(v.rows) || v.rows.length > actionPlanLimits.rows) return undefined;
  const plan = emptyActionPlan();
  for (const f of actionPlanHeaderFields) {
    const value = text(v[f]);
    if (value === undefined) return undefined;
    plan[f] = value;
  }
  const ids = new Set<string>();
  for (const raw of v.rows as unknown[]) {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || !rowId.test(r.id) || ids.has(r.id)) return undefined;
    ids.add(r.id);
    const row = emptyRow(r.id);
    for (const f of actionPlanFields) {
      const value = text(r[f]);
      if (value === undefined) return undefined;
      row[f] = value;
    }
    if (row.tahap !== '' && !(pdcaSteps as readonly string[]).includes(row.tahap)) return undefined;
    plan.rows.push(row);
  }
  return plan;
}

/** Separates the two versions of a field that both tabs changed, so neither text is lost. */
export const mergeSeparator = '\n— — —\n';

/** Merges one field: the side that changed wins; when both changed it differently, both texts stay. */
function mergeText(base: string, mine: string, theirs: string, field?: ActionPlanField): { value: string; conflict: boolean } {
  if (mine === theirs || theirs === base) return { value: mine, conflict: false };
  if (mine === base) return { value: theirs, conflict: false };
  // A PDCA step is one choice, not text: the other tab's, the later save, stands.
  if (field === 'tahap') return { value: theirs, conflict: true };
  return { value: `${mine}${mergeSeparator}${theirs}`, conflict: true };
}

/**
 * Three-way merge of the worksheet: `base` is what this tab last read or wrote, `mine` what it
 * shows now, `theirs` what another tab saved since. A change on one side is taken; a field both
 * sides changed keeps both texts; a row added on either side is kept; a row deleted on one side
 * goes, unless the other side edited it. Row order follows `theirs`, then rows new in `mine`.
 */
export function mergeActionPlans(base: ActionPlan, mine: ActionPlan, theirs: ActionPlan): { plan: ActionPlan; conflicts: number } {
  let conflicts = 0;
  const plan = emptyActionPlan();
  for (const f of actionPlanHeaderFields) {
    const m = mergeText(base[f], mine[f], theirs[f]);
    plan[f] = m.value;
    if (m.conflict) conflicts++;
  }
  const byId = (p: ActionPlan) => new Map(p.rows.map((r) => [r.id, r]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const same = (x: ActionPlanRow, y: ActionPlanRow) => actionPlanFields.every((f) => x[f] === y[f]);
  const mergeRow = (id: string): ActionPlanRow | undefined => {
    const [rb, rm, rt] = [b.get(id), m.get(id), t.get(id)];
    if (rm && rt) {
      const row = emptyRow(id);
      for (const f of actionPlanFields) {
        const merged = mergeText(rb?.[f] ?? '', rm[f], rt[f], f);
        row[f] = merged.value;
        if (merged.conflict) conflicts++;
      }
      return row;
    }
    // Present on one side only: new there (keep), or deleted on the other (drop unless edited since).
    const only = rm ?? rt!;
    if (!rb) return only;
    return same(rb, only) ? undefined : only;
  };
  const order = [...theirs.rows.map((r) => r.id), ...mine.rows.map((r) => r.id).filter((id) => !t.has(id))];
  for (const id of order) {
    const row = mergeRow(id);
    if (row) plan.rows.push(row);
  }
  return { plan, conflicts };
}

/** A file name for an exported worksheet: `rencana-aksi-dinas-kesehatan-2026-07-01.json`. */
export function actionPlanFileName(plan: ActionPlan, date: string): string {
  const unit = plan.unit
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `rencana-aksi${unit ? `-${unit}` : ''}-${date}.json`;
}
