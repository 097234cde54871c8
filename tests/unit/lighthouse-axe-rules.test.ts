import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from 'lighthouse';
import { lighthouseOnlyRules, wcag } from '../support/axe';

// axe-core as @axe-core/playwright (the tests' axe) resolves it.
const axe = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
  getRules(): { ruleId: string; tags: string[] }[];
};

describe('the axe rules the page tests add to WCAG 2.2 AA', () => {
  it('are exactly the axe rules Lighthouse weighs in its accessibility score outside those tags', () => {
    const weighed = (defaultConfig.categories?.accessibility?.auditRefs ?? []).filter((ref) => (ref.weight ?? 0) > 0).map((ref) => ref.id);
    const outsideWcag = axe
      .getRules()
      .filter((rule) => weighed.includes(rule.ruleId) && !rule.tags.some((tag) => wcag.includes(tag)))
      .map((rule) => rule.ruleId)
      .sort();
    expect(weighed.length).toBeGreaterThan(40);
    expect(lighthouseOnlyRules).toEqual(outsideWcag);
  });
});
