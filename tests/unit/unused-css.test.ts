import { describe, expect, test } from 'vitest';
import { classPresence, parseCss, pruneCss, requiredClasses, splitSelectors } from '../../src/build/unused-css';

const on = (...names: string[]) => (name: string) => names.includes(name);

describe('dropping the inline CSS a page cannot use', () => {
  test('a rule whose class is not on the page goes, one whose class is stays', () => {
    expect(pruneCss('.a{color:red}.b{color:blue}p{margin:0}', on('a'))).toBe('.a{color:red}p{margin:0}');
  });

  test('only the selectors that cannot match leave a list; the rule stays while one can match', () => {
    expect(pruneCss('.a,.b>li,h1{x:1}', on('a'))).toBe('.a,h1{x:1}');
    expect(pruneCss('.b .c,.d{x:1}', on('b'))).toBe('');
  });

  test('classes inside :not(), :is() and :has() are not required, attribute values are not classes', () => {
    expect(requiredClasses('main button:not(.bk-term)')).toEqual([]);
    expect(requiredClasses('.bk-term:has(+ .bk-term-def:popover-open)')).toEqual(['bk-term']);
    expect(requiredClasses('a[href$=".pdf"].x')).toEqual(['x']);
    expect(pruneCss('main button:not(.gone){x:1}', on())).toBe('main button:not(.gone){x:1}');
  });

  test('media and supports blocks are pruned inside and dropped when empty; other at-rules stay whole', () => {
    const css = '@media print{.a{x:1}.b{y:2}}@supports selector(:popover-open){.b{z:3}}@font-face{font-family:X}@keyframes k{0%{a:b}}';
    expect(pruneCss(css, on('a'))).toBe('@media print{.a{x:1}}@font-face{font-family:X}@keyframes k{0%{a:b}}');
  });

  test('strings and comments with braces or commas do not confuse the parser', () => {
    const css = '/* a { b } */.q::before{content:"} , {"}.r{content:\'x\'}';
    expect(pruneCss(css, on('q'))).toBe('.q::before{content:"} , {"}');
    expect(splitSelectors('.a:is(.b,.c), .d')).toEqual(['.a:is(.b,.c)', '.d']);
    expect(parseCss('@import "x.css";.a{b:c}')).toHaveLength(2);
  });
});

describe('which classes a page can have', () => {
  test('whole words of the markup or the scripts, and names a script builds from a prefix', () => {
    const present = classPresence('<p class="bk-a x" data-bk-card-status>', "el.className = `bk-bar--${s}`; add('bk-b')");
    expect(['bk-a', 'x', 'bk-b', 'bk-bar--good'].every(present)).toBe(true);
    expect(present('bk-card')).toBe(false);
    expect(present('bk-c')).toBe(false);
  });
});
