import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listPages, urlPathOf } from './dist-files';
import { site } from '../site';

/**
 * Writes dist/sitemap.xml with every page of the build. The test suite crawls exactly this list
 * (every page loads without console errors, passes axe and html-validate).
 */
export async function writeSitemap(dist: string): Promise<number> {
  const pages = (await listPages(dist)).filter((f) => !f.startsWith('presentasi/') || f.split('/').length === 3);
  const urls = pages.map((f) => `  <url><loc>${site.url}${urlPathOf(f)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  await writeFile(path.join(dist, 'sitemap.xml'), xml);
  return pages.length;
}
