import type { Ui } from './ui-strings';
import type { StorageNotice } from './progress-store';
import type { storageNoticeStrings } from './notice.contract';

type NoticeKey = (typeof storageNoticeStrings.keys)[number];

/**
 * Shows a short, polite notice at the top of <main> (once per page and code). Used when progress
 * could not be saved, or when unreadable entries were left out: the page itself keeps working.
 */
export function showStorageNotice(notice: StorageNotice | undefined, ui: Ui<NoticeKey>): void {
  const main = document.querySelector('main');
  if (!notice || !main || main.querySelector(`[data-bk-notice="${notice}"]`)) return;
  const box = document.createElement('p');
  box.className = 'bk-notice';
  box.setAttribute('role', 'status');
  box.dataset.bkNotice = notice;
  box.textContent = ui(`storage.${notice}`);
  main.prepend(box);
}
