import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cookTemplate, documentWriteScriptHashes, inlineCode, pagePolicy, runtimeNeeds } from '../../src/build/csp';
import { copyRevealVendor } from '../../src/build/reveal-vendor';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!doctype html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy from the emitted pages', () => {
  test('hashes each inline script exactly as written, and leaves JSON islands out (they never run)', () => {
    const script = "document.documentElement.classList.add('js')";
    const code = inlineCode(page(`<script>${script}</script><script type="application/json" id="bk-ui">{"a":"b"}</script><script defer src="/js/lesson.js?v=1"></script>`));
    expect(code.scripts).toEqual([script]);
    expect(code.scriptSources).toEqual(['/js/lesson.js']);
    const policy = pagePolicy(code, runtimeNeeds([]));
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'`);
  });

  test('reports inline event handlers and javascript: URLs, which no policy here allows', () => {
    const code = inlineCode(page('', '<button onclick="go()">x</button><a href="javascript:void 0">y</a>'));
    expect(code.problems).toHaveLength(2);
    expect(code.problems[0]).toContain('onclick');
  });

  test('allows a style attribute by its hash only, through unsafe-hashes', () => {
    const policy = pagePolicy(inlineCode(page('', '<div style="color: red">x</div>')), runtimeNeeds([]));
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${hash('color: red')}`);
  });

  test('a deck gets inline styles for reveal.js and the speaker view hashes; the search page gets wasm-unsafe-eval', () => {
    const needs = runtimeNeeds(["'sha256-speaker'"]);
    const deck = pagePolicy(inlineCode(page('<script defer src="/vendor/reveal/reveal.js?v=1"></script><script defer src="/vendor/reveal/notes.js?v=1"></script>', '<div class="reveal" style="--x: 1"></div>')), needs);
    expect(deck).toContain("script-src 'self' 'sha256-speaker'");
    expect(deck).toContain("style-src 'self' 'unsafe-inline';");
    expect(deck).not.toContain('unsafe-hashes');
    const search = pagePolicy(inlineCode(page('', '<div data-bk-pagefind-path="pagefind/pagefind.js"></div>')), needs);
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(search).not.toContain('speaker');
  });

  test('cooks a template literal as JavaScript does, and refuses one with ${…}', () => {
    expect(cookTemplate('a\\/b\\\\c\\`d\\x41\\u0042\\u{43}\\\ne\r\nf')).toBe('a/b\\c`dABCe\nf');
    expect(() => cookTemplate('x ${y} z')).toThrow(/\$\{/);
    expect(cookTemplate('x \\${y} z')).toBe('x ${y} z');
  });

  test('finds the speaker view script in the shipped notes plugin, and fails loudly when it is gone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bk-reveal-'));
    try {
      await copyRevealVendor(path.resolve(import.meta.dirname, '../..'), dir);
      const notes = readFileSync(path.join(dir, 'notes.js'), 'utf8');
      const hashes = documentWriteScriptHashes(notes, 'notes.js');
      expect(hashes).toHaveLength(1);
      expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(() => documentWriteScriptHashes(notes.replaceAll('document.write(`', 'document.writeln(`'), 'notes.js')).toThrow(/reveal\.js diperbarui/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
