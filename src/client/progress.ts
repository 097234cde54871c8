import {
  checkProgress,
  emptyProgress,
  loadProgress,
  mergeProgress,
  readBackup,
  removeBackup,
  saveProgress,
  today,
  type Progress,
  type StorageNotice,
} from './lib/progress-store';
import { storageIsolatedPerFile } from './lib/file-storage';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import type { progressScript } from './progress.contract';
import { formatDate } from '../shared/dates';
import { downloadFile } from './lib/download';
import { dataNumber } from './lib/markup';

const ui = uiFor<typeof progressScript>();

/**
 * "Kemajuan belajar": fills the module checklist from storage, says what to do next, and moves
 * progress in and out as a small JSON file (a Blob download and a file input: both work from
 * file://). Imports are checked entry by entry like storage, entries for lessons and quizzes this
 * course does not have are left out (both counted in the message), and the rest is merged, keeping
 * the better score; an import that cannot be saved says so and changes nothing. When loading ever
 * left entries out, the original is offered here as a backup to restore, download or remove.
 */
function init(root: HTMLElement): void {
  const pass = dataNumber(root, 'bkPass', 'Progress');
  const message = root.querySelector<HTMLElement>('[data-bk-message]')!;
  const say = (text: string) => (message.textContent = text);
  const notice = (n: StorageNotice | undefined) => showStorageNotice(n, ui);

  const render = (p: Progress) => {
    const rows = Array.from(root.querySelectorAll<HTMLTableRowElement>('[data-bk-row]'));
    let done = 0;
    let next: HTMLElement | undefined;
    for (const row of rows) {
      const id = row.dataset.bkRow ?? '';
      const quiz = row.dataset.bkRowQuiz;
      const record = quiz ? p.quizzes[quiz] : undefined;
      const read = Boolean(p.read[id]);
      const passed = Boolean(record && record.best >= pass);
      if (passed) done++;
      row.querySelector('[data-bk-read]')!.textContent = read ? `${ui('progress.read')} (${formatDate(p.read[id]!)})` : ui('progress.notRead');
      const score = row.querySelector('[data-bk-score]');
      if (score) score.textContent = record ? ui('progress.scoreValue', { percent: record.best, date: formatDate(record.date) }) : ui('progress.noScore');
      const status = row.querySelector<HTMLElement>('[data-bk-status]')!;
      status.textContent = ui(passed ? 'progress.done' : 'progress.notDone');
      status.className = passed ? 'bk-status-ok' : 'bk-status-no';
      if (!next && !passed) {
        const useQuiz = read && row.querySelector('[data-bk-quiz-link]');
        const source = row.querySelector<HTMLAnchorElement>(useQuiz ? '[data-bk-quiz-link]' : '[data-bk-lesson-link]')!;
        const title = row.querySelector('[data-bk-lesson-link]')!.textContent ?? '';
        next = link(source.href, ui(useQuiz ? 'progress.nextQuiz' : 'progress.nextRead', { title }));
      }
    }
    for (const row of Array.from(root.querySelectorAll<HTMLElement>('[data-bk-test]'))) {
      const record = p.quizzes[row.dataset.bkTest ?? ''];
      row.querySelector('[data-bk-score]')!.textContent = record
        ? ui('progress.scoreValue', { percent: record.best, date: formatDate(record.date) })
        : ui('progress.noScore');
    }
    root.querySelector('[data-bk-summary]')!.textContent = ui('progress.summary', { done, total: rows.length });
    const certificate = root.querySelector<HTMLAnchorElement>('[data-bk-certificate-link]')!;
    root.querySelector('[data-bk-next]')!.replaceChildren(next ?? link(certificate.href, ui('progress.nextCertificate')));
  };

  const loaded = loadProgress();
  notice(loaded.notice);
  render(loaded.progress);
  // Only where storage really is per file (Firefox from disk), not in every browser on file://.
  root.querySelector<HTMLElement>('[data-bk-file-hint]')!.hidden = !storageIsolatedPerFile();

  root.querySelector('[data-bk-export]')!.addEventListener('click', () => {
    const { progress } = loadProgress();
    downloadFile(`kemajuan-budaya-kerja-asn-${today()}.json`, JSON.stringify({ ...progress, app: 'budaya-kerja-asn', exported: today() }), 'application/json');
    say(ui('progress.exported'));
  });

  const fileInput = root.querySelector<HTMLInputElement>('[data-bk-import]')!;
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const failed = () => say(ui('progress.importFailed'));
    if (file.size > 100_000) return failed();
    file.text().then((text) => {
      fileInput.value = '';
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return failed();
      }
      const lessons = Array.from(root.querySelectorAll<HTMLElement>('[data-bk-row]'), (row) => row.dataset.bkRow ?? '');
      const incoming = checkProgress(value, lessons);
      if (incoming.unreadable) return failed();
      const merged = mergeProgress(loadProgress().progress, incoming.progress);
      if (saveProgress(merged)) {
        render(loadProgress().progress);
        return say(ui('progress.importNotSaved'));
      }
      render(merged);
      say(
        [
          ui('progress.imported'),
          incoming.dropped ? ui('progress.importSkipped', { n: incoming.dropped }) : '',
          incoming.unknown ? ui('progress.importUnknown', { n: incoming.unknown }) : '',
        ].filter(Boolean).join(' '),
      );
    }, failed);
  });

  root.querySelector('[data-bk-reset]')!.addEventListener('click', () => {
    if (!window.confirm(ui('progress.resetConfirm'))) return;
    const empty = emptyProgress();
    if (saveProgress(empty)) return say(ui('progress.resetNotSaved'));
    render(empty);
    say(ui('progress.resetDone'));
  });

  initBackup(root, say, render);
  root.classList.add('is-ready');
}

/** The backup box: shown while a backup exists; restoring merges what is readable in it. */
function initBackup(root: HTMLElement, say: (text: string) => void, render: (p: Progress) => void): void {
  const box = root.querySelector<HTMLElement>('[data-bk-backup]')!;
  const show = () => {
    const backup = readBackup();
    box.hidden = !backup;
    if (backup) box.querySelector('[data-bk-backup-info]')!.textContent = ui('progress.backupInfo', { date: formatDate(backup.date) });
  };
  show();
  box.querySelector('[data-bk-backup-restore]')!.addEventListener('click', () => {
    const backup = readBackup();
    if (!backup) return show();
    let value: unknown;
    try {
      value = JSON.parse(backup.raw);
    } catch {
      value = undefined;
    }
    const { progress, unreadable } = checkProgress(value);
    const n = Object.keys(progress.read).length + Object.keys(progress.quizzes).length;
    if (unreadable || !n) return say(ui('progress.backupUnreadable'));
    const merged = mergeProgress(loadProgress().progress, progress);
    if (saveProgress(merged)) return say(ui('progress.importNotSaved'));
    render(merged);
    say(ui('progress.backupRestored', { n }));
  });
  box.querySelector('[data-bk-backup-download]')!.addEventListener('click', () => {
    const backup = readBackup();
    if (backup) downloadFile(`cadangan-kemajuan-budaya-kerja-asn-${backup.date}.json`, backup.raw, 'application/json');
  });
  box.querySelector('[data-bk-backup-remove]')!.addEventListener('click', () => {
    removeBackup();
    show();
    say(ui('progress.backupRemoved'));
    root.querySelector<HTMLElement>('[data-bk-export]')!.focus();
  });
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

const progressRoot = document.querySelector<HTMLElement>('[data-bk-progress]');
if (progressRoot) init(progressRoot);
