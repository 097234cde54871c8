import { describe, expect, it } from 'vitest';
import { fileForPath, offlineHref, routes } from '../../src/shared/links';

describe('links for the web and the offline package', () => {
  it('gives folder URLs for pages on the web', () => {
    expect(routes.lesson('grand-design')).toBe('/modul/grand-design/');
    expect(routes.sources('uu-20-2023')).toBe('/dasar-hukum/#uu-20-2023');
    expect(routes.search('pola pikir')).toBe('/cari/?q=pola%20pikir');
  });

  it('maps a URL path to the file that serves it', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/modul/x/')).toBe('modul/x/index.html');
    expect(fileForPath('/js/lesson.js')).toBe('js/lesson.js');
  });

  it('rewrites links relative to the page and naming the .html file', () => {
    expect(offlineHref('/glosarium/#kkn', 'modul/grand-design/index.html')).toBe('../../glosarium/index.html#kkn');
    expect(offlineHref('/modul/pola-pikir/', 'modul/grand-design/index.html')).toBe('../pola-pikir/index.html');
    expect(offlineHref('/', 'modul/grand-design/index.html')).toBe('../../index.html');
    expect(offlineHref('/modul/x/', 'index.html')).toBe('modul/x/index.html');
    expect(offlineHref('/', 'index.html')).toBe('index.html');
    expect(offlineHref('/cari/?q=kkn', 'glosarium/index.html')).toBe('../cari/index.html?q=kkn');
    expect(offlineHref('/_astro/site.css', 'modul/x/index.html')).toBe('../../_astro/site.css');
  });

  it('leaves external and protocol-relative URLs alone', () => {
    expect(offlineHref('https://jdih.menpan.go.id/', 'index.html')).toBe('https://jdih.menpan.go.id/');
    expect(offlineHref('//cdn.example/x.js', 'index.html')).toBe('//cdn.example/x.js');
    expect(offlineHref('#isi', 'index.html')).toBe('#isi');
  });
});
