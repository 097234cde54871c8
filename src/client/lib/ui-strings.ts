/**
 * UI strings for client scripts come from the page itself: the layout writes the keys a page's
 * scripts need into `<script type="application/json" id="bk-ui">` (see `pick()` in src/i18n/t.ts),
 * so scripts carry no copy of the dictionary and every string stays in src/i18n/id.json.
 */
let cache: Record<string, string> | undefined;

export function ui(key: string, vars: Record<string, string | number> = {}): string {
  if (!cache) {
    try {
      cache = JSON.parse(document.getElementById('bk-ui')?.textContent ?? '{}') as Record<string, string>;
    } catch {
      cache = {};
    }
  }
  const template = cache[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])));
}
