// What `npm run bench:lighthouse` prints, made from Lighthouse results (LHR objects): the median of
// each category score over the runs of a page, and the audits that kept it below 100.

/** The four categories Lighthouse scores, in its own order, with the table's column names. */
export const categories = [
  ['performance', 'Performa'],
  ['accessibility', 'Aksesibilitas'],
  ['best-practices', 'Praktik terbaik'],
  ['seo', 'SEO'],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The audits of one run that cost a category points: every audit a category weighs (weight > 0)
 * scoring under 1, plus unweighted ones Lighthouse itself shows as failed (score under 0.9), such as
 * the performance insights that explain a metric. Each id carries its score when it is not 0.
 */
export function failingAudits(lhr) {
  const out = new Map();
  for (const [category] of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || ['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)) continue;
      if (audit.score < (ref.weight > 0 ? 1 : 0.9)) out.set(ref.id, audit.score);
    }
  }
  return out;
}

/** One page's row: median score per category (0–100) and failing audits with how many runs they failed in. */
export function summarize(lhrs) {
  const scores = categories.map(([id]) => Math.round(100 * median(lhrs.map((l) => l.categories[id]?.score ?? 0))));
  const failed = new Map();
  for (const lhr of lhrs) for (const id of failingAudits(lhr).keys()) failed.set(id, (failed.get(id) ?? 0) + 1);
  const audits = [...failed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} (${n}/${lhrs.length})`);
  const cls = median(lhrs.map((l) => l.audits['cumulative-layout-shift']?.numericValue ?? 0));
  const tbt = median(lhrs.map((l) => l.audits['total-blocking-time']?.numericValue ?? 0));
  const lcp = median(lhrs.map((l) => l.audits['largest-contentful-paint']?.numericValue ?? 0));
  return { scores, audits, metrics: { lcp, tbt, cls } };
}

/** The markdown table: one row per page. */
export function table(rows) {
  const header = ['Halaman', 'URL', ...categories.map(([, name]) => name), 'LCP', 'TBT', 'CLS', 'Audit yang gagal (jumlah run)'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const { label, url, summary: s } of rows) {
    const m = s.metrics;
    lines.push(`| ${[label, url, ...s.scores, `${(m.lcp / 1000).toFixed(2)} s`, `${Math.round(m.tbt)} ms`, m.cls.toFixed(3), s.audits.join(', ') || '–'].join(' | ')} |`);
  }
  return lines.join('\n');
}
