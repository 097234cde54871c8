/**
 * How the built site must be served: MIME types, caching, precompressed files, methods and security
 * headers. The one source of truth for the preview server (src/cli/static-server.mjs) and for the
 * host configurations generated from it (src/build/host-config.ts → hosting/ and dist/).
 *
 * Self-contained on purpose (no imports, only erasable TypeScript): the preview server is a plain
 * Node script and imports this file directly (Node ≥ 22.18 strips the types).
 */

/** A file type the build emits. `text`: served with `charset=utf-8` and precompressed next to it. */
export interface FileType {
  type: string;
  text: boolean;
}

/** Every extension in dist/ (Pagefind's own files included), by extension without the dot. */
export const fileTypes: Readonly<Record<string, FileType>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  sha256: { type: 'text/plain', text: true },
  svg: { type: 'image/svg+xml', text: true },
  png: { type: 'image/png', text: false },
  jpg: { type: 'image/jpeg', text: false },
  webp: { type: 'image/webp', text: false },
  ico: { type: 'image/x-icon', text: false },
  woff2: { type: 'font/woff2', text: false },
  pdf: { type: 'application/pdf', text: false },
  zip: { type: 'application/zip', text: false },
  // The ZIM for Kiwix (src/build/zim.ts), as freedesktop.org shared-mime-info names it.
  zim: { type: 'application/x-openzim', text: false },
  wasm: { type: 'application/wasm', text: false },
  // Pagefind's engine and index: already compressed by Pagefind, fetched and decoded by its script.
  pagefind: { type: 'application/octet-stream', text: false },
  pf_meta: { type: 'application/octet-stream', text: false },
  pf_index: { type: 'application/octet-stream', text: false },
  pf_fragment: { type: 'application/octet-stream', text: false },
  pf_filter: { type: 'application/octet-stream', text: false },
};

/** For files whose extension is not listed (none today): download, never sniff. */
export const defaultType = 'application/octet-stream';
export const charset = 'utf-8';

/** The extension of a path or file name, without the dot (`index.html` → `html`). */
export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The Content-Type header for a file, with the charset for text. */
export function contentTypeOf(file: string): string {
  const known = fileTypes[extensionOf(file)];
  if (!known) return defaultType;
  return known.text ? `${known.type}; charset=${charset}` : known.type;
}

/** Whether a file is text: it gets `.br` and `.gz` siblings at build time. */
export function isText(file: string): boolean {
  return fileTypes[extensionOf(file)]?.text ?? false;
}

/** Precompressed siblings, in order of preference: `index.html.br`, then `index.html.gz`. */
export const precompressed: readonly { encoding: 'br' | 'gzip'; suffix: string }[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/**
 * A caching rule. `pattern` is a regular expression over the URL path, written in the subset that
 * JavaScript, PCRE (nginx, Apache) and RE2 (Caddy) read alike; `paths` are the same files as
 * `_headers` patterns (one `*` each, as Cloudflare Pages allows).
 */
export interface CacheRule {
  id: string;
  why: string;
  pattern: string;
  paths: readonly string[];
  cacheControl: string;
}

/**
 * File names that change whenever their content does (Astro's hashed assets, Pagefind's index
 * chunks and metadata): a browser may keep them for a year without asking again.
 */
export const immutableRule: CacheRule = {
  id: 'hashed',
  why: 'nama berkas berubah setiap isinya berubah (aset Astro, potongan indeks Pagefind)',
  pattern: '^/(?:_astro/|pagefind/(?:index|fragment|filter)/|pagefind/[^/]+\\.pf_meta$)',
  paths: ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'],
  cacheControl: 'public, max-age=31536000, immutable',
};

/**
 * Everything else (pages, `sw.js`, Pagefind's entry files, `/js/*.js?v=…`, the zip) is checked
 * with the server on every use: a changed page or service worker reaches learners at once, and an
 * unchanged one costs a 304 without a body. `paths` names the files that matter most, for
 * `_headers` hosts (their default already revalidates everything else).
 */
export const revalidateRule: CacheRule = {
  id: 'revalidate',
  why: 'halaman, service worker, dan berkas awal Pagefind harus selalu yang terbaru',
  pattern: '',
  paths: ['/sw.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/*.pagefind'],
  cacheControl: 'no-cache',
};

/** The Cache-Control header for a URL path. */
export function cacheControlOf(urlPath: string): string {
  return new RegExp(immutableRule.pattern).test(urlPath) ? immutableRule.cacheControl : revalidateRule.cacheControl;
}

/** Security headers for every response: no MIME sniffing, and our files are not for other sites to load. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Security headers for pages (`text/html` responses) only: they govern a document, so on scripts,
 * styles and images they would do nothing but add some 300 bytes to every response (a lesson page
 * makes four). The pages carry their full Content-Security-Policy in a `<meta>` tag computed by the
 * build (src/build/csp.ts; it also protects the offline copy on file://); the header adds what a
 * meta tag cannot carry.
 */
export const documentHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'same-origin',
  // Only the site itself may ask for the camera (scanning result codes); no microphone, location,
  // payment or USB. Full screen (decks) is allowed for the site by default.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The type of the responses that get `documentHeaders`. */
export const documentType = 'text/html';

/** Every security header a file is sent with. */
export function securityHeadersOf(file: string): Record<string, string> {
  return contentTypeOf(file).startsWith(documentType) ? { ...securityHeaders, ...documentHeaders } : { ...securityHeaders };
}

/**
 * Not sent: Cross-Origin-Opener-Policy (browsers reject it with a console error on a plain-HTTP
 * LAN host, and the site opens no cross-origin windows).
 *
 * HSTS is not sent by default: a district office may serve the site over plain HTTP on its LAN.
 * The host configs carry it commented out, to switch on once the site is on HTTPS for good.
 */
export const hsts = { name: 'Strict-Transport-Security', value: 'max-age=31536000' } as const;

/** A static site answers only these; anything else gets 405 with an `Allow` header. */
export const allowedMethods: readonly string[] = ['GET', 'HEAD'];

/** Served with status 404 for any path that does not exist. */
export const notFoundPage = '/404.html';

/** The page of a folder URL (`/modul/x/` → `/modul/x/index.html`). */
export const indexFile = 'index.html';
