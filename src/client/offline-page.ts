import { moduleOfCache, savedState } from '../browser/saved-modules';
import { uiFor } from './lib/ui-strings';
import type { offlinePageScript } from './offline-page.contract';

const ui = uiFor<typeof offlinePageScript>();

/** The modules saved completely on this device, in the order of their cache names. */
async function savedModules(): Promise<string[]> {
  const ids = [...new Set((await caches.keys()).map(moduleOfCache).filter((id): id is string => Boolean(id)))].sort();
  const saved: string[] = [];
  for (const id of ids) if ((await savedState(id).catch(() => 'none')) === 'saved') saved.push(id);
  return saved;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * A saved module's title: the text of the h1 of its saved lesson page (this page names no module
 * itself). Read from the text, not parsed into a document: a parsed copy would apply the lesson's
 * inline styles under this page's policy.
 */
async function titleOf(lessonUrl: string, id: string): Promise<string> {
  try {
    const html = (await (await caches.match(lessonUrl))?.text()) ?? '';
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    const text = h1.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (m, name: string) => entities[name] ?? m).trim();
    return text || id;
  } catch {
    return id;
  }
}

/**
 * Offline fallback page: lists the modules saved completely on this device, and searches their
 * text with what each save stored (the search script, the engine, the module's index), so
 * nothing here depends on how many modules the course has.
 */
async function init(): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-bk-saved-list]');
  const search = document.querySelector<HTMLElement>('[data-bk-saved-search]');
  if (!list || !('caches' in window)) return;
  const saved = await savedModules();
  if (!saved.length) {
    const none = document.createElement('p');
    none.textContent = ui('offline.savedNone');
    list.replaceWith(none);
    return;
  }
  // URL patterns come from the page (`{id}` stands for the module), as for every script of the site.
  const urlFor = (pattern: string | undefined, id: string) => (pattern ?? '').replace('{id}', encodeURIComponent(id));
  for (const id of saved) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = urlFor(list.dataset.bkLessonHref, id);
    link.textContent = await titleOf(link.href, id);
    item.append(link);
    list.append(item);
  }
  if (!search?.dataset.bkSearchSrc) return;
  search.dataset.bkIndexSrcs = saved.map((id) => urlFor(search.dataset.bkModuleIndexSrc, id)).join(' ');
  search.hidden = false;
  const script = document.createElement('script');
  script.src = search.dataset.bkSearchSrc;
  document.head.append(script);
}

void init();
