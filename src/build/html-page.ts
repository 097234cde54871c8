import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * The one HTML walker of the post-build steps: a built page parsed once by a real HTML parser
 * (parse5, with source positions), whose elements, attributes and text the steps read and edit.
 * Edits are spliced into the original text, so everything a step does not touch stays byte for
 * byte what Astro wrote (the offline zip must be reproducible, and a diff of dist/ must show only
 * what a step meant to change). Values are decoded when read and escaped as Astro escapes them
 * (`&` and `"` in attributes; `&`, `<`, `>` in text) when written.
 */

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Elements that have no end tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isElement = (node: Node): node is Element => 'tagName' in node;
const isText = (node: Node): node is TextNode => node.nodeName === '#text';
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? (node as ParentNode).childNodes : []);

export class HtmlElement {
  constructor(
    private readonly page: HtmlPage,
    readonly node: Element,
  ) {}

  /** Lower-case tag name (`a`, `link`, `svg` …). */
  get tag(): string {
    return this.node.tagName;
  }

  /** Attributes in source order, values decoded. */
  get attributes(): readonly { name: string; value: string }[] {
    return this.node.attrs;
  }

  attr(name: string): string | undefined {
    return this.node.attrs.find((a) => a.name === name)?.value;
  }

  has(name: string): boolean {
    return this.node.attrs.some((a) => a.name === name);
  }

  /** The text inside the element (for `<script>` and `<style>`, their raw source). */
  get text(): string {
    return childrenOf(this.node)
      .filter(isText)
      .map((t) => t.value)
      .join('');
  }

  /** Gives an existing attribute a new value (written `name="value"`, escaped). */
  setAttr(name: string, value: string): void {
    const at = this.attrLocation(name);
    const rawName = this.page.source.slice(at.startOffset, at.startOffset + name.length);
    this.page.edit(at.startOffset, at.endOffset, `${rawName}="${escapeAttribute(value)}"`);
  }

  /** Adds an attribute the element does not have yet, at the end of its start tag. */
  addAttr(name: string, value: string): void {
    if (this.has(name)) throw new Error(`${this.page.name}: <${this.tag} ${name}> sudah ada`);
    const start = this.node.sourceCodeLocation?.startTag;
    if (!start) throw new Error(`${this.page.name}: <${this.tag}> tanpa posisi sumber`);
    const at = this.page.source[start.endOffset - 2] === '/' ? start.endOffset - 2 : start.endOffset - 1;
    this.page.edit(at, at, ` ${name}="${escapeAttribute(value)}"`);
  }

  /** Removes an attribute together with the whitespace before it. */
  removeAttr(name: string): void {
    const at = this.attrLocation(name);
    const start = /\s/.test(this.page.source[at.startOffset - 1] ?? '') ? at.startOffset - 1 : at.startOffset;
    this.page.edit(start, at.endOffset, '');
  }

  /**
   * Inserts markup, written as given (the caller escapes what it builds), right after the element's
   * start tag: before its first child, or, for a void element such as `<meta charset>`, right after it.
   */
  insertAfterStartTag(html: string): void {
    const at = this.node.sourceCodeLocation?.startTag?.endOffset;
    if (at === undefined) throw new Error(`${this.page.name}: <${this.tag}> tanpa tag pembuka di sumber`);
    this.page.edit(at, at, html);
  }

  /** Replaces what is between the start and end tag with `text`, as is (raw text of a `<script>`, or HTML the caller escaped). */
  setContent(text: string): void {
    const location = this.node.sourceCodeLocation;
    if (!location?.startTag || !location.endTag) throw new Error(`${this.page.name}: <${this.tag}> tanpa tag pembuka dan penutup`);
    this.page.edit(location.startTag.endOffset, location.endTag.startOffset, text);
  }

  /** Inserts HTML just before the element's start tag. */
  before(html: string): void {
    const start = this.node.sourceCodeLocation?.startOffset;
    if (start === undefined) throw new Error(`${this.page.name}: <${this.tag}> tanpa posisi sumber`);
    this.page.edit(start, start, html);
  }

  /** Inserts HTML just before the end tag (e.g. a `<script>` at the end of `<head>`). */
  append(html: string): void {
    const end = this.node.sourceCodeLocation?.endTag;
    if (!end) throw new Error(`${this.page.name}: <${this.tag}> tanpa tag penutup`);
    this.page.edit(end.startOffset, end.startOffset, html);
  }

  /** Removes the element, from its start tag to its end tag; its content is no longer walked. */
  remove(): void {
    const location = this.node.sourceCodeLocation;
    if (!location) throw new Error(`${this.page.name}: <${this.tag}> tanpa posisi sumber tidak dapat dihapus`);
    if (!voidElements.has(this.tag) && !location.endTag) throw new Error(`${this.page.name}: <${this.tag}> tanpa tag penutup`);
    this.page.edit(location.startOffset, location.endOffset, '');
    this.page.removed.add(this.node);
  }

  private attrLocation(name: string) {
    const at = this.node.sourceCodeLocation?.attrs?.[name];
    if (!at) throw new Error(`${this.page.name}: <${this.tag} ${name}> tidak ditemukan di sumber`);
    return at;
  }
}

export class HtmlPage {
  private readonly document: DefaultTreeAdapterMap['document'];
  private readonly edits: Edit[] = [];
  /** @internal Elements removed so far: their content is skipped. */
  readonly removed = new Set<Node>();

  /** `name` is the page's path, used in error messages. */
  constructor(
    readonly source: string,
    readonly name = 'HTML',
  ) {
    this.document = parse(source, { sourceCodeLocationInfo: true });
  }

  /** Every element in document order, `<template>` content included; removed elements' content skipped. */
  *elements(): Generator<HtmlElement> {
    const stack: Node[] = [...childrenOf(this.document)].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      yield new HtmlElement(this, node);
      if (this.removed.has(node)) continue;
      const content = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : undefined;
      stack.push(...[...childrenOf(content ?? node)].reverse());
    }
  }

  /** Elements matching `test`, in document order. */
  find(test: (el: HtmlElement) => boolean): HtmlElement[] {
    return [...this.elements()].filter(test);
  }

  /**
   * Replaces placeholder tokens (see src/shared/placeholders.ts) wherever they stand in text or in
   * attribute values, escaping each value for where it lands; returns how many were replaced.
   */
  fillTokens(values: Readonly<Record<string, string>>): number {
    const tokens = Object.keys(values).filter(Boolean);
    let count = 0;
    const fill = (start: number, end: number, escape: (v: string) => string) => {
      const raw = this.source.slice(start, end);
      let out = raw;
      for (const token of tokens) {
        const parts = out.split(token);
        count += parts.length - 1;
        out = parts.join(escape(values[token]!));
      }
      if (out !== raw) this.edit(start, end, out);
    };
    const walk = (node: Node) => {
      if (this.removed.has(node)) return;
      if (isText(node) && node.sourceCodeLocation && !/^(script|style)$/.test((node.parentNode as Element | null)?.tagName ?? '')) {
        fill(node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset, escapeText);
      }
      if (isElement(node)) {
        for (const at of Object.values(node.sourceCodeLocation?.attrs ?? {})) fill(at.startOffset, at.endOffset, escapeAttribute);
      }
      const content = isElement(node) && node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : undefined;
      for (const child of childrenOf(content ?? node)) walk(child);
    };
    walk(this.document);
    return count;
  }

  /** @internal Records a splice of the source; edits may not overlap. */
  edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  /** The page with every edit applied. */
  toString(): string {
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw new Error(`${this.name}: dua perubahan HTML bertumpuk di posisi ${e.start}`);
      out += this.source.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.source.slice(at);
  }
}
