import { describe, expect, it } from 'vitest';
import {
  actionPlanFileName,
  emptyActionPlan,
  emptyRow,
  isBlankActionPlan,
  mergeActionPlans,
  mergeSeparator,
  parseActionPlan,
  type ActionPlan,
} from '../../src/shared/action-plan';

function plan(rows: Record<string, Partial<Record<string, string>>>, unit = ''): ActionPlan {
  const p = emptyActionPlan();
  p.unit = unit;
  for (const [id, fields] of Object.entries(rows)) p.rows.push({ ...emptyRow(id), ...fields });
  return p;
}

describe('reading a worksheet from storage or a file', () => {
  it('accepts a version-1 worksheet and drops keys it does not know', () => {
    const p = plan({ a: { masalah: 'Antrean', tahap: 'check' } }, 'Puskesmas');
    expect(parseActionPlan({ ...JSON.parse(JSON.stringify(p)), app: 'budaya-kerja-asn', kind: 'rencana-aksi' })).toEqual(p);
  });

  it('refuses anything else: another version, a bad PDCA step, twin row ids, text that is not text', () => {
    const good = JSON.parse(JSON.stringify(plan({ a: {} }))) as Record<string, unknown>;
    expect(parseActionPlan(null)).toBeUndefined();
    expect(parseActionPlan({ ...good, v: 2 })).toBeUndefined();
    expect(parseActionPlan({ ...good, rows: [{ ...emptyRow('a'), tahap: 'selesai' }] })).toBeUndefined();
    expect(parseActionPlan({ ...good, rows: [emptyRow('a'), emptyRow('a')] })).toBeUndefined();
    expect(parseActionPlan({ ...good, rows: [{ ...emptyRow('a'), masalah: 5 }] })).toBeUndefined();
    expect(parseActionPlan({ ...good, unit: 'x'.repeat(5000) })).toBeUndefined();
  });

  it('knows a blank worksheet from one with anything written in it', () => {
    expect(isBlankActionPlan(emptyActionPlan(['a', 'b', 'c']))).toBe(true);
    expect(isBlankActionPlan(plan({ a: { bukti: ' ' } }))).toBe(true);
    expect(isBlankActionPlan(plan({ a: { bukti: 'RBK' } }))).toBe(false);
    expect(isBlankActionPlan(plan({}, 'Kelurahan'))).toBe(false);
  });

  it('names an exported file after the unit and the date', () => {
    expect(actionPlanFileName(plan({}, 'Dinas Penanaman Modal & PTSP'), '2026-07-01')).toBe('rencana-aksi-dinas-penanaman-modal-ptsp-2026-07-01.json');
    expect(actionPlanFileName(plan({}), '2026-07-01')).toBe('rencana-aksi-2026-07-01.json');
  });
});

describe('merging two tabs', () => {
  const base = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan');

  it('takes each side\'s changes when they touch different fields', () => {
    const mine = plan({ a: { masalah: 'Antrean pagi', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan');
    const theirs = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan antrean' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan Sukamaju');
    const { plan: merged, conflicts } = mergeActionPlans(base, mine, theirs);
    expect(conflicts).toBe(0);
    expect(merged.unit).toBe('Kecamatan Sukamaju');
    expect(merged.rows[0]).toMatchObject({ masalah: 'Antrean pagi', kegiatan: 'Papan antrean' });
  });

  it('keeps both texts of a field both sides changed, and counts it', () => {
    const mine = plan({ a: { masalah: 'Mine', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan');
    const theirs = plan({ a: { masalah: 'Theirs', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan');
    const { plan: merged, conflicts } = mergeActionPlans(base, mine, theirs);
    expect(conflicts).toBe(1);
    expect(merged.rows[0]!.masalah).toBe(`Mine${mergeSeparator}Theirs`);
  });

  it('keeps rows added on either side, drops a row deleted on one side, but not one the other side edited', () => {
    const mine = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan' }, c: { masalah: 'Baru di sini' } }, 'Kecamatan');
    const theirs = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat' }, d: { masalah: 'Baru di sana' } }, 'Kecamatan');
    expect(mergeActionPlans(base, mine, theirs).plan.rows.map((r) => r.id)).toEqual(['a', 'd', 'c']);
    const edited = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan' }, b: { masalah: 'Surat lambat, 3 hari' } }, 'Kecamatan');
    const deleted = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan' } }, 'Kecamatan');
    expect(mergeActionPlans(base, deleted, edited).plan.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(mergeActionPlans(base, edited, deleted).plan.rows.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('changes nothing when only the other side changed', () => {
    const theirs = plan({ a: { masalah: 'Antrean', kegiatan: 'Papan', tahap: 'do' }, b: { masalah: 'Surat lambat' } }, 'Kecamatan');
    expect(mergeActionPlans(base, base, theirs)).toEqual({ plan: theirs, conflicts: 0 });
  });
});
