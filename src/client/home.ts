import { loadProgress } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import { dataNumber } from './lib/markup';
import { canUseServiceWorker, registerServiceWorker } from './lib/service-worker';
import { isModuleSaved, saveModule, saveUrls } from './lib/module-save';
import { moduleStatus } from '../shared/progress';
import type { homeScript } from './home.contract';

const ui = uiFor<typeof homeScript>();

/**
 * Home page: each module card shows its status on this device (belum / dibaca / kuis lulus) and the
 * course progress shows how many modules are done (quiz passed), both from saved progress; the
 * page reads fully without them. On the web, "Simpan semua modul" saves every module not yet saved.
 */
function initStatus(list: HTMLElement): void {
  const pass = dataNumber(list, 'bkPass', 'Home');
  const { progress, notice } = loadProgress();
  showStorageNotice(notice, ui);
  const cards = Array.from(list.querySelectorAll<HTMLElement>('[data-module]'));
  let done = 0;
  for (const card of cards) {
    const status = moduleStatus(progress, card.dataset.module ?? '', card.dataset.bkQuiz, pass);
    if (status === 'passed') done++;
    const label = card.querySelector<HTMLElement>('[data-bk-card-status]')!;
    label.textContent = ui(`status.${status}`);
    label.dataset.status = status;
    label.hidden = false;
  }
  const box = document.querySelector<HTMLElement>('[data-bk-course-progress]');
  if (!box) return;
  box.querySelector('[data-bk-course-summary]')!.textContent = ui('home.courseProgress', { done, total: cards.length });
  box.querySelector('progress')!.value = done;
  box.hidden = false;
}

function initSaveAll(box: HTMLElement): void {
  const sw = box.dataset.bkSwSrc;
  if (!sw || !canUseServiceWorker()) return;
  registerServiceWorker(sw, ui);
  const modules = Array.from(box.querySelectorAll<HTMLElement>('[data-bk-save-module]')).map((el) => ({ id: el.dataset.bkSaveModule ?? '', urls: saveUrls(el) }));
  const button = box.querySelector<HTMLButtonElement>('[data-bk-save-all-button]')!;
  const status = box.querySelector<HTMLElement>('[data-bk-save-all-status]')!;
  const unsaved = async () => (await Promise.all(modules.map(async (m) => ((await isModuleSaved(m.id)) ? [] : [m])))).flat();
  const render = async (message?: string) => {
    const missing = await unsaved();
    button.hidden = missing.length === 0;
    status.textContent = message ?? ui('offline.saveAllCount', { saved: modules.length - missing.length, total: modules.length });
  };
  box.hidden = false;
  void render();
  button.addEventListener('click', async () => {
    button.disabled = true;
    const missing = await unsaved();
    let failed = 0;
    for (const [i, m] of missing.entries()) {
      status.textContent = ui('offline.saveAllProgress', { i: i + 1, n: missing.length });
      await saveModule(m.id, m.urls).catch(() => failed++);
    }
    button.disabled = false;
    await render(ui(failed ? 'offline.saveAllFailed' : 'offline.saveAllDone', { failed }));
  });
}

const list = document.querySelector<HTMLElement>('[data-bk-module-list]');
if (list) initStatus(list);
const saveAll = document.querySelector<HTMLElement>('[data-bk-save-all]');
if (saveAll) initSaveAll(saveAll);
