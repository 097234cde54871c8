/**
 * How an enhancer finds its markup (after GOV.UK Frontend's components): it collects every
 * element it needs once, when it starts, and missing markup fails there with an error that names
 * the component and what is missing, instead of a TypeError at the learner's first click. Browser
 * tests fail on any console error, so a template change that breaks a script cannot go unnoticed.
 */

export class MarkupError extends Error {
  override name = 'MarkupError';
  constructor(component: string, what: string) {
    super(`${component}: ${what} not found`);
  }
}

/** The first element matching `selector` inside `root`; throws a MarkupError naming `component` when there is none. */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string, component: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new MarkupError(component, selector);
  return found;
}

/** Every element matching `selector`; throws when there is none at all. */
export function requiredAll<T extends Element = HTMLElement>(root: ParentNode, selector: string, component: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  if (!found.length) throw new MarkupError(component, selector);
  return found;
}

/** A number the page writes into a data attribute (`data-bk-pass` → `dataNumber(root, 'bkPass', …)`). */
export function dataNumber(el: HTMLElement, key: string, component: string): number {
  const value = Number(el.dataset[key] ?? Number.NaN);
  if (!Number.isFinite(value)) throw new MarkupError(component, `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return value;
}

/** The data of a JSON island the page wrote (src/components/DataIsland.astro). */
export function readIsland<T>(id: string, component: string): T {
  const text = document.getElementById(id)?.textContent;
  if (text == null) throw new MarkupError(component, `#${id}`);
  return JSON.parse(text) as T;
}
