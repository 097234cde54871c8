/**
 * Data files of the search as classic scripts (they run from file://, where there is no fetch):
 * each one files itself in `window.bkSearchParts` under its name (src/build/search-index.ts
 * `fallbackPartScript`). Used by the file:// fallback for the parts of its index, and over http for
 * the page outlines and blocks of words that draw Pagefind's results.
 */
declare global {
  interface Window {
    bkSearchParts?: Record<string, unknown>;
  }
}

/** Inserts the classic script `name` from `baseUrl` (with `?v=version`) and returns what it filed. */
export function loadPart<T>(name: string, baseUrl: URL, version: string): Promise<T> {
  const filed = () => window.bkSearchParts?.[name] as T | undefined;
  const known = filed();
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const url = new URL(name, baseUrl);
    if (version) url.search = `?v=${encodeURIComponent(version)}`;
    script.src = url.href;
    script.onload = () => {
      const data = filed();
      if (data !== undefined) resolve(data);
      else reject(new Error(`indeks pencarian tidak terbaca: ${name}`));
    };
    script.onerror = () => reject(new Error(`tidak dapat memuat ${url.href}`));
    document.head.append(script);
  });
}
