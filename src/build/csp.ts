import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listPages } from './dist-files';
import { escapeAttribute, HtmlPage, type HtmlElement } from './html-page';

/**
 * The Content-Security-Policy of every page, computed from what the build emitted and written as a
 * `<meta http-equiv>` right after `<meta charset>`, so it protects the web site and the offline
 * copy on file:// alike. Each page allows its own origin and exactly the inline code it carries
 * (by SHA-256), plus what the files it loads need at run time (see `runtimeNeeds`). The directives
 * a meta tag cannot carry (`frame-ancestors`) and the other security headers are in
 * src/build/hosting-rules.ts. https://www.w3.org/TR/CSP3/#meta-element
 */

/** The directives every page starts from: its own files only, nothing inline, no plugins. */
export const basePolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // The favicon is an inline data: SVG (no extra request); QR codes are drawn the same way.
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Script types the browser runs; anything else (`application/json` islands) is data, never executed. */
const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export interface RuntimeNeed {
  /** The file a page loads (a `<script src>` path without query) or an attribute it carries. */
  loads?: string;
  attribute?: string;
  why: string;
  script?: readonly string[];
  style?: readonly string[];
}

/**
 * What a page needs for code it does not carry itself but that its scripts create as they run.
 * `speakerView` is filled from the shipped notes plugin (its pop-up is written with document.write
 * and inherits the deck's policy).
 */
export function runtimeNeeds(speakerView: readonly string[]): RuntimeNeed[] {
  return [
    { loads: '/vendor/reveal/reveal.js', why: 'reveal.js writes <style> elements and style attributes as it lays out slides', style: ["'unsafe-inline'"] },
    { loads: '/vendor/reveal/notes.js', why: 'the speaker view pop-up runs an inline script written by the notes plugin', script: speakerView },
    { attribute: 'data-bk-pagefind-path', why: 'Pagefind compiles its WebAssembly search engine', script: ["'wasm-unsafe-eval'"] },
  ];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What a page carries inline, and the problems a policy cannot allow. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  scriptSources: string[];
  attributes: Set<string>;
  problems: string[];
  /** Where the policy meta goes: right after the page's `<meta charset>`. */
  charset?: HtmlElement;
  existingPolicy: boolean;
}

/**
 * Reads a page through the HTML walker (src/build/html-page.ts): inline script and style text as the
 * parser reads it, which is what the browser hashes.
 */
export function inlineCode(source: string | HtmlPage): InlineCode {
  const page = typeof source === 'string' ? new HtmlPage(source) : source;
  const out: InlineCode = { scripts: [], styles: [], styleAttributes: [], scriptSources: [], attributes: new Set(), problems: [], existingPolicy: false };
  for (const el of page.elements()) {
    for (const a of el.attributes) {
      out.attributes.add(a.name);
      if (/^on/i.test(a.name)) out.problems.push(`<${el.tag} ${a.name}>: penangan kejadian inline tidak diizinkan CSP; pasang lewat skrip`);
      if (/^(href|src|action|formaction)$/.test(a.name) && /^\s*javascript:/i.test(a.value)) out.problems.push(`<${el.tag} ${a.name}="javascript:…">: tidak diizinkan CSP`);
      if (a.name === 'style') out.styleAttributes.push(a.value);
    }
    if (el.tag === 'meta' && el.has('charset')) out.charset ??= el;
    if (el.tag === 'meta' && el.attr('http-equiv')?.toLowerCase() === 'content-security-policy') out.existingPolicy = true;
    if (el.tag === 'script') {
      const src = el.attr('src');
      if (src !== undefined) out.scriptSources.push(src.replace(/[?#].*$/, ''));
      else if (executableTypes.has((el.attr('type') ?? '').trim().toLowerCase())) out.scripts.push(el.text);
    }
    if (el.tag === 'style') out.styles.push(el.text);
  }
  return out;
}

/** The policy of one page, as the `content` of its meta tag. */
export function pagePolicy(code: InlineCode, needs: readonly RuntimeNeed[]): string {
  const policy = new Map(Object.entries(basePolicy).map(([k, v]) => [k, [...v]]));
  const add = (directive: string, sources: readonly string[]) => {
    const list = policy.get(directive)!;
    for (const s of sources) if (!list.includes(s)) list.push(s);
  };
  add('script-src', code.scripts.map(sha256));
  for (const need of needs) {
    const applies = (need.loads && code.scriptSources.includes(need.loads)) || (need.attribute && code.attributes.has(need.attribute));
    if (!applies) continue;
    if (need.script) add('script-src', need.script);
    if (need.style) add('style-src', need.style);
  }
  const style = policy.get('style-src')!;
  if (!style.includes("'unsafe-inline'")) {
    add('style-src', code.styles.map(sha256));
    // Hashes match style attributes only with 'unsafe-hashes' (CSP3).
    if (code.styleAttributes.length) add('style-src', ["'unsafe-hashes'", ...code.styleAttributes.map(sha256)]);
  }
  return [...policy].map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

/**
 * The value of a JavaScript template literal as the engine cooks it (escapes resolved, CRLF → LF).
 * Refuses `${…}`: code built at run time cannot be hashed at build time.
 */
export function cookTemplate(raw: string): string {
  if (/(^|[^\\])(\\\\)*\$\{/.test(raw)) throw new Error('template berisi ${…}: tidak dapat di-hash saat build');
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return raw.replace(/\r\n?/g, '\n').replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\n|.)/g, (_, esc: string, cp?: string, u4?: string, x2?: string) => {
    if (cp) return String.fromCodePoint(parseInt(cp, 16));
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (x2) return String.fromCharCode(parseInt(x2, 16));
    if (esc === '\n') return '';
    return simple[esc] ?? esc;
  });
}

/**
 * The hashes of the inline scripts in the HTML that a shipped script writes with
 * `document.write(`…`)` (reveal.js's speaker view). Fails when the call is not found, so a reveal.js
 * upgrade that moves the speaker view cannot ship a speaker view the policy blocks.
 */
export function documentWriteScriptHashes(source: string, file: string): string[] {
  const hashes: string[] = [];
  const call = /document\.write\(`/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    let i = m.index + m[0].length;
    const start = i;
    while (i < source.length && source[i] !== '`') i += source[i] === '\\' ? 2 : 1;
    const html = cookTemplate(source.slice(start, i));
    hashes.push(...inlineCode(html).scripts.map(sha256));
  }
  if (!hashes.length) throw new Error(`CSP: ${file} tidak lagi menulis jendela catatan pembicara dengan document.write(\`…\`) (reveal.js diperbarui?); perbarui src/build/csp.ts`);
  return hashes;
}

export interface PolicyResult {
  pages: number;
  policies: Map<string, string>;
}

/** Writes the meta policy into every page of dist/; fails the build on inline code a policy cannot allow. */
export async function applyContentSecurityPolicy(dist: string): Promise<PolicyResult> {
  const notes = path.join(dist, 'vendor/reveal/notes.js');
  const needs = runtimeNeeds(documentWriteScriptHashes(await readFile(notes, 'utf8'), 'vendor/reveal/notes.js'));
  const policies = new Map<string, string>();
  const problems: string[] = [];
  for (const page of [...(await listPages(dist)), '404.html']) {
    const file = path.join(dist, page);
    const html = new HtmlPage(await readFile(file, 'utf8'), page);
    const code = inlineCode(html);
    problems.push(...code.problems.map((p) => `${page}: ${p}`));
    if (!code.charset) problems.push(`${page}: tidak ada <meta charset> untuk tempat kebijakan CSP`);
    if (code.existingPolicy) problems.push(`${page}: sudah berisi meta Content-Security-Policy`);
    if (code.problems.length || !code.charset || code.existingPolicy) continue;
    const policy = pagePolicy(code, needs);
    policies.set(page, policy);
    code.charset.insertAfterStartTag(`<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`);
    await writeFile(file, html.toString());
  }
  if (problems.length) throw new Error(`CSP:\n- ${problems.join('\n- ')}`);
  return { pages: policies.size, policies };
}
