import type { UiKey } from '../../i18n/t';

/**
 * UI strings for client scripts come from the page itself: the layout writes the keys of the
 * page's script contracts (src/shared/client-script.ts) into `<script type="application/json"
 * id="bk-ui">`, so scripts carry no copy of the dictionary and every string stays in
 * src/i18n/id.json.
 */

/** A UI-string reader that accepts only the keys `K`; `{name}` placeholders are filled from `vars`. */
export type Ui<K extends UiKey> = (key: K, vars?: Record<string, string | number>) => string;

let cache: Record<string, string> | undefined;

function island(): Record<string, string> {
  if (!cache) {
    try {
      cache = JSON.parse(document.getElementById('bk-ui')?.textContent ?? '{}') as Record<string, string>;
    } catch {
      cache = {};
    }
  }
  return cache;
}

/**
 * The reader for one script, typed by its contract: `const ui = uiFor<typeof quizScript>()`, with
 * the contract imported as a type only, so its key list costs the script no bytes. Pass `ui` on to
 * the helpers the script calls.
 */
export function uiFor<C extends { readonly keys: readonly UiKey[] }>(): Ui<C['keys'][number]> {
  return (key, vars = {}) => {
    // The layout writes every key of the contract, so a miss means a page without its island.
    const template = island()[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])));
  };
}
