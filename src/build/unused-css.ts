import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles, listPages } from './dist-files';
import { HtmlPage } from './html-page';

/**
 * Every page carries its CSS inline (astro.config.mjs `inlineStylesheets: 'always'`), and Astro
 * gives a route the CSS of every component the route imports, e.g. a lesson gets the rules of all
 * diagrams because MDX can use any of them. This step drops, page by page, the selectors that name
 * a class the page cannot have: a class that occurs neither in the page's markup nor in any script
 * the site ships (scripts add classes too). It only ever removes selectors that cannot match, so
 * the page looks exactly the same; the CSP step, which runs next, hashes what is left.
 */

/** A parsed piece of a stylesheet: a rule, an at-rule with rules inside, or anything kept verbatim. */
type CssNode = { kind: 'rule'; selectors: string; body: string } | { kind: 'group'; prelude: string; children: CssNode[] } | { kind: 'raw'; text: string };

/** At-rules whose block holds rules (and so can be pruned inside); any other block is kept whole. */
const groupingAtRules = /^@(media|supports|layer|container|scope|document|-moz-document)\b/i;

/** Index just past the string, comment or parenthesised group that starts at `i`, or `i + 1`. */
function skipToken(css: string, i: number): number {
  const c = css[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end === -1 ? css.length : end + 2;
  }
  return i + 1;
}

/** Index of the first of `stops` at nesting depth 0 (strings and comments skipped), or -1. */
function findTopLevel(css: string, from: number, stops: string): number {
  let depth = 0;
  for (let i = from; i < css.length; ) {
    const c = css[i]!;
    if (depth === 0 && stops.includes(c)) return i;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    i = skipToken(css, i);
  }
  return -1;
}

/** Index of the `}` that closes the block opened at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; ) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
    i = skipToken(css, i);
  }
  throw new Error(`CSS: blok tanpa penutup di posisi ${open}`);
}

/** Parses a stylesheet into rules and grouping at-rules (comments between rules are dropped). */
export function parseCss(css: string, from = 0, to = css.length): CssNode[] {
  const nodes: CssNode[] = [];
  let i = from;
  while (i < to) {
    if (/\s/.test(css[i]!)) {
      i++;
      continue;
    }
    if (css[i] === '/' && css[i + 1] === '*') {
      i = skipToken(css, i);
      continue;
    }
    const stop = findTopLevel(css, i, '{;}');
    if (stop === -1 || stop >= to || css[stop] === '}') {
      // trailing text without a block: keep as is
      nodes.push({ kind: 'raw', text: css.slice(i, stop === -1 || stop > to ? to : stop) });
      i = stop === -1 || stop > to ? to : stop + 1;
      continue;
    }
    const prelude = css.slice(i, stop).trim();
    if (css[stop] === ';') {
      nodes.push({ kind: 'raw', text: `${prelude};` });
      i = stop + 1;
      continue;
    }
    const end = closingBrace(css, stop);
    if (prelude.startsWith('@')) {
      nodes.push(groupingAtRules.test(prelude) ? { kind: 'group', prelude, children: parseCss(css, stop + 1, end) } : { kind: 'raw', text: css.slice(i, end + 1) });
    } else {
      nodes.push({ kind: 'rule', selectors: prelude, body: css.slice(stop + 1, end) });
    }
    i = end + 1;
  }
  return nodes;
}

/** Splits a selector list at its top-level commas. */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = findTopLevel(list, 0, ','); i !== -1; i = findTopLevel(list, start, ',')) {
    out.push(list.slice(start, i).trim());
    start = i + 1;
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * The classes a selector requires: those outside any parentheses (a class inside `:not(…)`,
 * `:is(…)` or `:has(…)` need not be on the page for the selector to match).
 */
export function requiredClasses(selector: string): string[] {
  let outside = '';
  let depth = 0;
  for (let i = 0; i < selector.length; ) {
    const c = selector[i]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) outside += c;
    const next = skipToken(selector, i);
    if (next > i + 1 && depth === 0) outside += ' ';
    i = next;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** Serialises nodes back, keeping only selectors whose required classes all pass `present`. */
export function pruneCss(css: string, present: (className: string) => boolean): string {
  const write = (nodes: CssNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'raw') return node.text;
        if (node.kind === 'group') {
          const inner = write(node.children);
          return inner ? `${node.prelude}{${inner}}` : '';
        }
        const kept = splitSelectors(node.selectors).filter((s) => requiredClasses(s).every(present));
        return kept.length ? `${kept.join(',')}{${node.body}}` : '';
      })
      .join('');
  return write(parseCss(css));
}

export interface UnusedCssResult {
  pages: number;
  before: number;
  after: number;
}

/**
 * Whether a class can be on a page: a whole word (letters, digits, `-`, `_`) of its markup or of a
 * script, or it starts with a word a script ends with `-` or `_` (a name built at run time, such as
 * `bk-chart__bar--${series}`). Whole words, so `data-bk-card-status` does not count for `.bk-card`.
 */
export function classPresence(...texts: string[]): (className: string) => boolean {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[\w-]+/g)) words.add(m[0]);
  const prefixes = [...words].filter((w) => /[-_]$/.test(w) && w.length > 3);
  return (name) => words.has(name) || prefixes.some((p) => name.startsWith(p));
}

/** Classes that code outside the site puts on our pages: kiwix-serve's toolbar (`span.kiwix`, src/styles/deck.css). */
export const outsideClasses: ReadonlySet<string> = new Set(['kiwix']);

/** Prunes the inline `<style>` of every page of dist/ (error page included). */
export async function pruneUnusedCss(dist: string): Promise<UnusedCssResult> {
  // Every script the site ships may add classes to a page: their words count as "on the page".
  const scripts = (await listFiles(dist)).filter((f) => f.endsWith('.js'));
  const scriptText = (await Promise.all(scripts.map((f) => readFile(path.join(dist, f), 'utf8')))).join('\n');
  const inScripts = classPresence(scriptText);
  const result: UnusedCssResult = { pages: 0, before: 0, after: 0 };
  for (const page of [...(await listPages(dist)), '404.html']) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    const styles = html.find((el) => el.tag === 'style');
    if (!styles.length) continue;
    let markup = html.source;
    for (const style of styles) markup = markup.replace(style.text, '');
    const inMarkup = classPresence(markup);
    const present = (name: string) => outsideClasses.has(name) || inMarkup(name) || inScripts(name);
    for (const style of styles) {
      const pruned = pruneCss(style.text, present);
      result.before += style.text.length;
      result.after += pruned.length;
      if (pruned !== style.text) style.setContent(pruned);
    }
    await writeFile(file, html.toString());
    result.pages++;
  }
  return result;
}
