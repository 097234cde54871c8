import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.2 AA rule set every axe run in the tests uses. */
export const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules Lighthouse's accessibility score weighs that carry none of the WCAG tags above (axe files
 * them as best practice), so that a page passing the tests also scores 100 there. Kept equal to
 * Lighthouse's list by tests/unit/lighthouse-axe-rules.test.ts.
 */
export const lighthouseOnlyRules = [
  'accesskeys',
  'aria-dialog-name',
  'aria-text',
  'aria-treeitem-name',
  'heading-order',
  'landmark-one-main',
  'presentation-role-conflict',
  'skip-link',
  'tabindex',
];

/** axe's violations on the page (WCAG 2.2 AA plus the rules above), one line per rule: `id: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: wcag }, rules: Object.fromEntries(lighthouseOnlyRules.map((id) => [id, { enabled: true }])) })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
