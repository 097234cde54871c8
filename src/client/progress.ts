import {
  emptyProgress,
  loadProgress,
  mergeProgress,
  parseProgress,
  saveProgress,
  today,
  type Progress,
  type StorageNotice,
} from './lib/progress-store';
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
 * file://). Imports are validated like storage and merged, keeping the better score.
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
      if (score) score.textContent = ` · ${record ? ui('progress.scoreValue', { percent: record.best, date: formatDate(record.date) }) : ui('progress.noScore')}`;
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
  if (location.protocol === 'file:') root.querySelector<HTMLElement>('[data-bk-file-hint]')!.hidden = false;

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
      let incoming: Progress | undefined;
      try {
        incoming = parseProgress(JSON.parse(text));
      } catch {
        incoming = undefined;
      }
      fileInput.value = '';
      if (!incoming) return failed();
      const merged = mergeProgress(loadProgress().progress, incoming);
      notice(saveProgress(merged));
      render(merged);
      say(ui('progress.imported'));
    }, failed);
  });

  root.querySelector('[data-bk-reset]')!.addEventListener('click', () => {
    if (!window.confirm(ui('progress.resetConfirm'))) return;
    const empty = emptyProgress();
    notice(saveProgress(empty));
    render(empty);
    say(ui('progress.resetDone'));
  });

  root.classList.add('is-ready');
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

const progressRoot = document.querySelector<HTMLElement>('[data-bk-progress]');
if (progressRoot) init(progressRoot);
