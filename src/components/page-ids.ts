/**
 * Ids that stay unique within one rendered page although a component renders many times on it
 * (a booklet may use the same glossary term in several lessons): the first use of `base` keeps
 * it, later ones get `-2`, `-3`… Counted per page render (one Request per render), so a rebuilt
 * page gets the same ids.
 */
const perRender = new WeakMap<Request, Map<string, number>>();

export function uniqueId(request: Request, base: string): string {
  let uses = perRender.get(request);
  if (!uses) perRender.set(request, (uses = new Map()));
  const n = (uses.get(base) ?? 0) + 1;
  uses.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
