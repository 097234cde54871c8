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

const noindexStart = '<!--htdig_noindex-->';
const noindexEnd = '<!--/htdig_noindex-->';

/** Drops `hidden` from every element marked `data-bk-zim-only`. */
export function revealZimOnly(html: string): string {
  return html.replace(/<[a-zA-Z][\w-]*\b[^>]*\sdata-bk-zim-only\b[^>]*>/g, (tag) => tag.replace(/\shidden(?:="[^"]*")?(?=[\s>/])/, ''));
}

/** Removes the Pagefind location from the search page, so it uses the bundled index at once. */
export function withoutPagefind(html: string): string {
  return html.replace(/\sdata-bk-pagefind-path="[^"]*"/g, '');
}

/**
 * Limits what libzim indexes to the page's `<main data-pagefind-body>`; a page without one is
 * marked noindex. A page whose structure is not the expected one is left fully indexed.
 */
export function limitFullTextIndex(html: string): string {
  const main = /<main\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!main) {
    if (/<meta\s+name="robots"/i.test(html)) return html;
    return html.replace(/<\/head>/i, '<meta name="robots" content="noindex"></head>');
  }
  const body = /<body\b[^>]*>/i.exec(html);
  const mainEnd = html.lastIndexOf('</main>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (!body || mainEnd < main.index || bodyEnd < mainEnd || body.index > main.index) return html;
  const afterBody = body.index + body[0].length;
  const afterMain = main.index + main[0].length;
  const afterMainEnd = mainEnd + '</main>'.length;
  return (
    html.slice(0, afterBody) +
    noindexStart +
    html.slice(afterBody, afterMain) +
    noindexEnd +
    html.slice(afterMain, afterMainEnd) +
    noindexStart +
    html.slice(afterMainEnd, bodyEnd) +
    noindexEnd +
    html.slice(bodyEnd)
  );
}

/** A page of the offline variant as it goes into the ZIM. */
export function zimPage(html: string): string {
  return limitFullTextIndex(withoutPagefind(revealZimOnly(html)));
}

/** Files of the offline variant that stay out of the ZIM: the zip's read-me describes the zip. */
export const excludedFromZim: readonly RegExp[] = [/^BACA-SAYA\.txt$/];
