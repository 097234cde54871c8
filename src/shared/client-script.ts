import type { UiKey } from '../i18n/t';

/**
 * The contract between a page and one of its classic scripts. Each script `src/client/<name>.ts`
 * has a `<name>.contract.ts` beside it that names the script and lists every UI string it (and
 * the `src/client/lib/` helpers it calls) may show. The page hands the contract to its layout,
 * which loads `/js/<name>.js?v=<build>` and writes exactly those strings into the `bk-ui` JSON
 * island; the script reads them with `uiFor<typeof contract>()`, which accepts only the listed keys. So a
 * misspelt key, or one the page would not carry, fails `astro check` instead of showing a raw key.
 */
export interface ClientScript<K extends UiKey = UiKey> {
  /** File name in src/client/ and public/js/, without extension. */
  readonly name: string;
  /** Every dictionary key the script may show, in the order the island lists them. */
  readonly keys: readonly K[];
  /** The script reads saved progress: the page carries the course's lesson ids and quiz lengths to check it against. */
  readonly progress?: boolean;
}

/** The UI strings of a helper in src/client/lib/, spread into the contract of each script that calls it. */
export interface UiStrings<K extends UiKey = UiKey> {
  readonly keys: readonly K[];
}

/** Declares a script's contract; `keys` must be dictionary keys (checked by the type system). */
export function clientScript<const K extends UiKey = never>(name: string, keys: readonly K[] = [], options: { progress?: boolean } = {}): ClientScript<K> {
  return { name, keys, ...options };
}

/** Declares the UI strings of a client helper. */
export function uiStrings<const K extends UiKey>(keys: readonly K[]): UiStrings<K> {
  return { keys };
}

/** The keys of several scripts in one list (first use wins the position), for one page's island. */
export function uiKeysOf(scripts: readonly ClientScript[]): UiKey[] {
  return [...new Set(scripts.flatMap((s) => s.keys))];
}
