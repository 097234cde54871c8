import dictionary from './id.json';

/** Keys of the Indonesian UI dictionary (`src/i18n/id.json`), flat `area.item` names. */
export type UiKey = keyof typeof dictionary;

/**
 * The one way to reach a UI string. `{name}` placeholders are filled from `vars`; a missing
 * variable is a programming error and throws, so it fails the build instead of shipping "{n}".
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  const template: string = dictionary[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`t("${key}"): variabel {${name}} tidak diisi`);
    return String(value);
  });
}

/** A subset of the dictionary, for the JSON island a page's scripts read (src/components/UiStrings.astro). */
export function pick(keys: readonly UiKey[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, dictionary[k]]));
}
