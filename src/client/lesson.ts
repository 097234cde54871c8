import { loadProgress, today, updateProgress, type Progress } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import type { lessonScript } from './lesson.contract';
import { initOfflineWeb } from './lib/offline-web';
import { moduleStatus } from '../shared/progress';

const ui = uiFor<typeof lessonScript>();

/**
 * Lesson page: the module's status from this device (belum / dibaca / kuis lulus) under the title,
 * and the "Tandai sudah dibaca" toggle, saved under the module's build-time id.
 */
function init(): void {
  const article = document.querySelector<HTMLElement>('[data-module]');
  const button = document.querySelector<HTMLButtonElement>('[data-bk-mark-read]');
  const status = document.querySelector<HTMLElement>('[data-bk-module-status]');
  if (!article || !button || !status) return;
  const id = article.dataset.module!;
  const render = (p: Progress) => {
    const read = Boolean(p.read[id]);
    button.setAttribute('aria-pressed', String(read));
    button.textContent = ui(read ? 'lesson.markedRead' : 'lesson.markRead');
    status.textContent = ui('lesson.status', { status: ui(`status.${moduleStatus(p, id, article.dataset.bkQuiz, Number(article.dataset.bkPass))}`) });
    status.hidden = false;
  };
  const loaded = loadProgress();
  showStorageNotice(loaded.notice, ui);
  render(loaded.progress);
  button.addEventListener('click', () => {
    const result = updateProgress((p) => {
      if (p.read[id]) delete p.read[id];
      else p.read[id] = today();
    });
    showStorageNotice(result.notice, ui);
    render(result.progress);
  });
}

init();
initOfflineWeb(ui);
