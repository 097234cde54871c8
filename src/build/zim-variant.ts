/**
 * How a page of the offline variant changes on its way into the ZIM. Kiwix readers serve the
 * pages over their own http origin (kiwix-serve, the Android app, kiwix-js), run no service worker,
 * and bring their own full-text search built from the HTML by libzim while the ZIM is written.
 * So the ZIM copy:
 * - reveals what is marked `data-bk-zim-only` (e.g. the search page pointing to Kiwix's search);
 * - lets the search page go straight to the search index it carries (the package has no Pagefind;
 *   asking for it would be a 404 on every search);
 * - gives Kiwix's index the same scope as the site's search: pages whose `<main>` is marked
 *   `data-pagefind-body`, without their header and footer; every other page (decks, quizzes,
 *   tools) is kept out with `<meta name="robots" content="noindex">` and is still found by title.
 *   libzim reads both signals: robots `noindex` and `<!--htdig_noindex-->…<!--/htdig_noindex-->`
 *   (libzim src/xapian/myhtmlparse.cc and htmlparse.cc).
 */

import { HtmlPage } from './html-page';

const noindexStart = '<!--htdig_noindex-->';
const noindexEnd = '<!--/htdig_noindex-->';

/** A page of the offline variant as it goes into the ZIM (one parse, see src/build/html-page.ts). */
export function zimPage(html: string, name = 'HTML'): string {
  const page = new HtmlPage(html, name);
  revealZimOnlyIn(page);
  withoutPagefindIn(page);
  limitFullTextIndexIn(page);
  return page.toString();
}

/** Drops `hidden` from every element marked `data-bk-zim-only`. */
function revealZimOnlyIn(page: HtmlPage): void {
  for (const el of page.find((e) => e.has('data-bk-zim-only') && e.has('hidden'))) el.removeAttr('hidden');
}

/** Removes the Pagefind location from the search page, so it uses the bundled index at once. */
function withoutPagefindIn(page: HtmlPage): void {
  for (const el of page.find((e) => e.has('data-bk-pagefind-path'))) el.removeAttr('data-bk-pagefind-path');
}

/**
 * Limits what libzim indexes to the page's `<main data-pagefind-body>`; a page without one is
 * marked noindex. A page whose structure is not the expected one is left fully indexed.
 */
function limitFullTextIndexIn(page: HtmlPage): void {
  const elements = [...page.elements()];
  const main = elements.find((e) => e.tag === 'main' && e.has('data-pagefind-body'))?.node.sourceCodeLocation;
  if (!main) {
    const head = elements.find((e) => e.tag === 'head')?.node.sourceCodeLocation;
    const hasRobots = elements.some((e) => e.tag === 'meta' && e.attr('name')?.toLowerCase() === 'robots');
    if (!hasRobots && head?.endTag) page.edit(head.endTag.startOffset, head.endTag.startOffset, '<meta name="robots" content="noindex">');
    return;
  }
  const body = elements.find((e) => e.tag === 'body')?.node.sourceCodeLocation;
  if (!body?.startTag || !body.endTag || !main.startTag || !main.endTag) return;
  const at = (offset: number, text: string) => page.edit(offset, offset, text);
  at(body.startTag.endOffset, noindexStart);
  at(main.startTag.endOffset, noindexEnd);
  at(main.endTag.endOffset, noindexStart);
  at(body.endTag.startOffset, noindexEnd);
}

/** Each change on its own, for tests and for steps that need only one. */
const applied = (change: (page: HtmlPage) => void) => (html: string) => {
  const page = new HtmlPage(html);
  change(page);
  return page.toString();
};
export const revealZimOnly = applied(revealZimOnlyIn);
export const withoutPagefind = applied(withoutPagefindIn);
export const limitFullTextIndex = applied(limitFullTextIndexIn);

/** Files of the offline variant that stay out of the ZIM: the zip's read-me describes the zip. */
export const excludedFromZim: readonly RegExp[] = [/^BACA-SAYA\.txt$/];
