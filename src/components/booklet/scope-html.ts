import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Makes one rendered page part fit into the booklet, where six lessons, the glossary and the
 * sources share one document: every id gets the part's prefix (each lesson has its own
 * "ringkasan"), every reference to those ids follows (`#x`, `for`, `aria-*`, SVG `url(#x)`),
 * headings go one level down under the part's h2, and links to another part of the booklet
 * become links inside it (`/glosarium/#kkn` → `#glosarium--kkn`), so the printed or saved PDF
 * links within itself. Works on the HTML the lesson renders, with a real parser (parse5).
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const idListAttributes = new Set(['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers']);

/** `prefix--id`: the id an element of part `prefix` has in the booklet. */
export const scopedId = (prefix: string, id: string) => `${prefix}--${id}`;

export interface ScopeOptions {
  /** Part id, e.g. the lesson id. */
  prefix: string;
  /** Levels to move headings down (h2 → h3 with 1). */
  demote: number;
  /** The in-booklet target of a site link (`/glosarium/#kkn` → `#glosarium--kkn`), or undefined to keep it. */
  linkInBooklet: (href: string) => string | undefined;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

export function scopeHtml(html: string, { prefix, demote, linkInBooklet }: ScopeOptions): string {
  const fragment = parseFragment(html);
  const all = [...elements(fragment)];
  const ids = new Set(all.flatMap((el) => el.attrs.filter((a) => a.name === 'id').map((a) => a.value)));
  const scoped = (id: string) => (ids.has(id) ? scopedId(prefix, id) : id);
  for (const el of all) {
    for (const a of el.attrs) {
      if (a.name === 'id') a.value = scopedId(prefix, a.value);
      else if (idListAttributes.has(a.name)) a.value = a.value.split(/\s+/).map(scoped).join(' ');
      else if (a.name === 'href' || a.name === 'xlink:href') {
        if (a.value.startsWith('#')) a.value = `#${scoped(a.value.slice(1))}`;
        else a.value = linkInBooklet(a.value) ?? a.value;
      } else if (a.value.includes('url(#')) a.value = a.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scoped(id)})`);
    }
    const level = /^h([1-6])$/.exec(el.tagName);
    if (level && demote) el.tagName = el.nodeName = `h${Math.min(6, Number(level[1]) + demote)}`;
  }
  return serialize(fragment);
}
