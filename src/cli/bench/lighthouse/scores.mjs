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
 * The audits of one run worth reading, by id: `costly` are those a category weighs (weight > 0) that
 * scored under 1, so they cost points; `notes` are unweighted ones Lighthouse itself shows as failed
 * (score under 0.9), such as the performance insights that explain a metric.
 */
export function failingAudits(lhr) {
  const costly = new Set();
  const notes = new Set();
  for (const [category] of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || ['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)) continue;
      if (ref.weight > 0 && audit.score < 1) costly.add(ref.id);
      else if (!(ref.weight > 0) && audit.score < 0.9) notes.add(ref.id);
    }
  }
  return { costly, notes };
}

/** One page's row: median score per category (0–100), median metrics, and the audits with how many runs they failed in. */
export function summarize(lhrs) {
  const scores = categories.map(([id]) => Math.round(100 * median(lhrs.map((l) => l.categories[id]?.score ?? 0))));
  const count = (kind) => {
    const failed = new Map();
    for (const lhr of lhrs) for (const id of failingAudits(lhr)[kind]) failed.set(id, (failed.get(id) ?? 0) + 1);
    return [...failed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} (${n}/${lhrs.length})`);
  };
  const metric = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? 0));
  return {
    scores,
    costly: count('costly'),
    notes: count('notes'),
    metrics: { lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
  };
}

/** The markdown table: one row per page. */
export function table(rows) {
  const header = ['Halaman', 'URL', ...categories.map(([, name]) => name), 'LCP', 'TBT', 'CLS', 'Audit yang mengurangi skor (run)', 'Catatan tanpa bobot (run)'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const { label, url, summary: s } of rows) {
    const m = s.metrics;
    lines.push(`| ${[label, url, ...s.scores, `${(m.lcp / 1000).toFixed(2)} s`, `${Math.round(m.tbt)} ms`, m.cls.toFixed(3), s.costly.join(', ') || '–', s.notes.join(', ') || '–'].join(' | ')} |`);
  }
  return lines.join('\n');
}
