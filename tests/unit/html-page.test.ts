import { describe, expect, it } from 'vitest';
import { HtmlPage } from '../../src/build/html-page';
import { brokenTargets, leftoverRootUrls } from '../../src/build/offline-variant';
import { loadedUrls } from '../../src/build/module-offline';

describe('the HTML walker of the post-build steps', () => {
  const source = '<!doctype html>\n<html lang="id"><head><title>A &amp; B</title></head>\n<body><a  HREF="/x/?a=1&amp;b=2"  class=k>x</a><p>keep   me &lt;as is&gt;</p></body></html>\n';

  it('writes back every byte it did not edit', () => {
    expect(new HtmlPage(source).toString()).toBe(source);
  });

  it('reads decoded values and writes them escaped as Astro escapes them, keeping the rest of the tag', () => {
    const page = new HtmlPage(source);
    const a = page.find((el) => el.tag === 'a')[0]!;
    expect(a.attr('href')).toBe('/x/?a=1&b=2');
    a.setAttr('href', 'x/index.html?a=1&b="2"');
    expect(page.toString()).toContain('<a  HREF="x/index.html?a=1&amp;b=&quot;2&quot;"  class=k>x</a>');
  });

  it('fills placeholder tokens in text and attributes, escaped for where they land', () => {
    const page = new HtmlPage('<p data-u="@@T@@">Ukuran @@T@@.</p><script>var t = "@@T@@"</script>');
    expect(page.fillTokens({ '@@T@@': 'a<b&c"' })).toBe(2);
    expect(page.toString()).toBe('<p data-u="a<b&amp;c&quot;">Ukuran a&lt;b&amp;c".</p><script>var t = "@@T@@"</script>');
  });

  it('removes an element with everything in it, and refuses one whose end tag is missing', () => {
    const page = new HtmlPage('<div><section data-x><p>a</p></section><p>b</p></div>');
    page.find((el) => el.has('data-x'))[0]!.remove();
    expect(page.toString()).toBe('<div><p>b</p></div>');
    const open = new HtmlPage('<ul><li data-x>a<li>b</ul>');
    expect(() => open.find((el) => el.has('data-x'))[0]!.remove()).toThrow(/tanpa tag penutup/);
  });

  it('inserts markup right after a start tag, also after a void element, and refuses an element the source never wrote', () => {
    const page = new HtmlPage('<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><p>a</p></body></html>');
    page.find((el) => el.tag === 'meta')[0]!.insertAfterStartTag('<meta name="a">');
    page.find((el) => el.tag === 'body')[0]!.insertAfterStartTag('<p>b</p>');
    expect(page.toString()).toBe('<!doctype html><html><head><meta charset="utf-8"><meta name="a"><title>x</title></head><body><p>b</p><p>a</p></body></html>');
    const implied = new HtmlPage('<p>no head</p>');
    expect(() => implied.find((el) => el.tag === 'head')[0]!.insertAfterStartTag('<meta name="a">')).toThrow(/tanpa tag pembuka/);
  });

  it('adds an attribute, inserts before an element or its end tag, and replaces a script\'s text, touching nothing else', () => {
    const page = new HtmlPage('<head><script defer src="a.js"></script></head><a href="x">x</a><br/><script id="d">{"a":1}</script>');
    const [head, script, link, br, island] = page.find((el) => ['head', 'script', 'a', 'br'].includes(el.tag));
    script!.before('<script src="s.js"></script>');
    head!.append('<meta name="x">');
    link!.addAttr('rel', 'opener');
    br!.addAttr('data-x', 'a"b');
    island!.setContent('{"a":2}');
    expect(page.toString()).toBe('<head><script src="s.js"></script><script defer src="a.js"></script><meta name="x"></head><a href="x" rel="opener">x</a><br data-x="a&quot;b"/><script id="d">{"a":2}</script>');
    expect(() => link!.addAttr('href', 'y')).toThrow(/sudah ada/);
  });

  it('sees links as a parser does: not inside scripts, JSON islands or comments', () => {
    const html = '<!-- <img src="/komentar.png"> --><script type="application/json" id="d">{"a":"<img src=\\"/json.png\\">"}</script><img src="/ya.png"><a href="/tautan/">t</a>';
    expect(loadedUrls(html)).toEqual(['/ya.png']);
    expect(brokenTargets(html, 'index.html', new Set(['ya.png']))).toEqual(['index.html → /tautan/']);
    expect(leftoverRootUrls('<p style="background:url(/x.png)" data-src-list="/a.png">x</p>')).toEqual(['url(/x.png)', 'data-src-list="/a.png"']);
  });
});
