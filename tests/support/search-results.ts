import { expect, type Page } from '@playwright/test';

/** A result link mapped back to the site: its page path (`/modul/x/`) and section id. */
export type SitePathOf = (absoluteHref: string) => { page: string; section: string };

/** The results region of the search page. */
export const searchResults = (page: Page) => page.getByRole('region', { name: 'Hasil pencarian' });

/**
 * The top three results once the search has answered: each result's page and the section ids
 * listed under it. Shared by the http (Pagefind) and file:// (fallback) query-list tests, which
 * differ only in how a link maps back to a site path.
 */
export async function topThree(page: Page, sitePathOf: SitePathOf) {
  await expect(page.getByRole('status')).toContainText(/halaman cocok|Tidak ada/);
  const titles = searchResults(page).getByRole('heading', { level: 3 });
  const count = Math.min(3, await titles.count());
  const top: { page: string; sections: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const name = (await titles.nth(i).textContent()) ?? '';
    const href = await titles.nth(i).getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href);
    const sections = await searchResults(page)
      .getByRole('list', { name: `Bagian yang cocok di ${name}` })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    top.push({ page: sitePathOf(href).page, sections: sections.map((s) => sitePathOf(s).section) });
  }
  return top;
}
