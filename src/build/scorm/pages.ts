import { HtmlPage, type HtmlElement } from '../html-page';
import { packagePath } from './files';

/**
 * A page of the offline variant as it goes into a SCORM package. Inside an LMS the LMS is the
 * navigation, and a SCO's pages share one session, so the copy:
 * - drops what is marked `data-bk-no-lms` (the site's menu and search box, breadcrumbs, links to
 *   the previous and next module, the deck box, the progress page link);
 * - keeps a link only when it stays within what the learner may open from here: a SCO page links
 *   to its own SCO's pages and to the reference pages (glossary, sources); a reference page, which
 *   every SCO shares, only to reference pages. Any other link (another module, a page not in the
 *   package) loses its `href` and stays as text. A link that opens its own SCO's page in a new
 *   tab (the exam's review page) gets `rel="opener"`: browsers cut the opener of `target=_blank`
 *   links by default, and the new tab finds the LMS session through it;
 * - on a SCO page, loads the SCORM adapter as one more classic `defer` script, before the page's
 *   own (deferred scripts run in order, so it listens before the review page scores its code as
 *   it starts), and adds the adapter's UI strings to the page's `bk-ui` island.
 */
export interface LmsPageContext {
  /** Package path of the page. */
  file: string;
  /** The SCO this page belongs to; undefined for a reference page. */
  sco?: string;
  /** Package path of every page in the package → its SCO id (undefined: a reference page). */
  pages: ReadonlyMap<string, string | undefined>;
  /** Every file of the package. */
  files: ReadonlySet<string>;
  /** For a SCO page: the adapter script (relative to the page) and its UI strings. */
  adapter?: { src: string; ui: Record<string, string> };
}

/** A link that stays as it is in every package: an anchor, another site, an e-mail address. */
const alwaysAllowed = (href: string) => !href || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href);

/** Whether a link to this package path (undefined: outside the package) may stay a link. */
export function targetAllowed(target: string | undefined, context: LmsPageContext): boolean {
  if (!target || !context.files.has(target)) return false;
  if (!context.pages.has(target)) return true; // a file, not a page
  const targetSco = context.pages.get(target);
  return targetSco === undefined || targetSco === context.sco;
}

/** Whether a link from this page may stay a link. */
function linkAllowed(href: string, context: LmsPageContext): boolean {
  return alwaysAllowed(href) || targetAllowed(packagePath(href, context.file), context);
}

/**
 * The package paths the links of a page point to, each once ('' for a link out of the package).
 * Which of them `targetAllowed` keeps is all that makes a reference page differ between packages.
 */
export function linkTargets(html: string, file: string): string[] {
  const targets = new Set<string>();
  for (const el of new HtmlPage(html, file).elements()) {
    const href = (el.tag === 'a' || el.tag === 'area') && el.has('href') ? (el.attr('href') ?? '') : undefined;
    if (href !== undefined && !alwaysAllowed(href)) targets.add(packagePath(href, file) ?? '');
  }
  return [...targets].sort();
}

/** Whether a link opens a page of the same SCO. */
function opensOwnSco(href: string, context: LmsPageContext): boolean {
  const target = packagePath(href, context.file);
  return target !== undefined && context.pages.get(target) === context.sco;
}

const islandJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

function addUiStrings(page: HtmlPage, head: HtmlElement | undefined, body: HtmlElement | undefined, ui: Record<string, string>): void {
  const island = page.find((el) => el.tag === 'script' && el.attr('id') === 'bk-ui')[0];
  if (island) island.setContent(islandJson({ ...(JSON.parse(island.text) as Record<string, string>), ...ui }));
  else (body ?? head)?.append(`<script type="application/json" id="bk-ui">${islandJson(ui)}</script>`);
}

export function lmsPage(html: string, context: LmsPageContext): string {
  const page = new HtmlPage(html, context.file);
  let head: HtmlElement | undefined;
  let body: HtmlElement | undefined;
  let firstScript: HtmlElement | undefined;
  for (const el of page.elements()) {
    if (el.tag === 'head') head = el;
    else if (el.tag === 'body') body = el;
    else if (el.tag === 'script' && el.has('src') && !body) firstScript ??= el;
    if (el.has('data-bk-no-lms')) el.remove();
    else if ((el.tag === 'a' || el.tag === 'area') && el.has('href')) {
      const href = el.attr('href') ?? '';
      if (!linkAllowed(href, context)) el.removeAttr('href');
      else if (context.sco !== undefined && el.attr('target') === '_blank' && !el.has('rel') && opensOwnSco(href, context)) el.addAttr('rel', 'opener');
    }
  }
  if (context.adapter) {
    if (!head) throw new Error(`${context.file}: tanpa <head>`);
    const tag = `<script defer src="${context.adapter.src}"></script>`;
    if (firstScript) firstScript.before(tag);
    else head.append(tag);
    addUiStrings(page, head, body, context.adapter.ui);
  }
  return page.toString();
}
