import { loadProgress, today, updateProgress } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import type { lessonScript } from './lesson.contract';
import { initOfflineWeb } from './lib/offline-web';

const ui = uiFor<typeof lessonScript>();

/** Lesson page: the "Tandai sudah dibaca" toggle, saved under the module's build-time id. */
function init(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-bk-mark-read]');
  if (!button) return;
  const id = button.dataset.bkMarkRead ?? '';
  const render = (read: boolean) => {
    button.setAttribute('aria-pressed', String(read));
    button.textContent = ui(read ? 'lesson.markedRead' : 'lesson.markRead');
  };
  const { progress, notice } = loadProgress();
  showStorageNotice(notice, ui);
  render(Boolean(progress.read[id]));
  button.addEventListener('click', () => {
    const result = updateProgress((p) => {
      if (p.read[id]) delete p.read[id];
      else p.read[id] = today();
    });
    showStorageNotice(result.notice, ui);
    render(Boolean(result.progress.read[id]));
  });
}

init();
initOfflineWeb(ui);
