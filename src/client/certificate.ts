import { loadProgress, today } from './lib/progress-store';
import { showStorageNotice } from './lib/notice';
import { uiFor } from './lib/ui-strings';
import type { certificateScript } from './certificate.contract';
import { formatDate } from '../shared/dates';
import { requireValue } from './lib/field-error';
import { dataNumber } from './lib/markup';

const ui = uiFor<typeof certificateScript>();

/**
 * "Bukti Belajar Mandiri": shows what is missing until every module quiz reaches the pass mark,
 * then a printable page with the typed name (set as text, never parsed as HTML), the scores and
 * today's date.
 */
function init(root: HTMLElement): void {
  const pass = dataNumber(root, 'bkPass', 'Certificate');
  const { progress, notice } = loadProgress();
  showStorageNotice(notice, ui);
  const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-bk-cert-row]'));
  const missing = root.querySelector<HTMLElement>('[data-bk-missing]')!;
  for (const row of rows) {
    const record = progress.quizzes[row.dataset.bkCertRow ?? ''];
    const score = record ? ui('progress.scoreValue', { percent: record.best, date: formatDate(record.date) }) : ui('progress.noScore');
    row.querySelector('[data-bk-score]')!.textContent = score;
    if (!record || record.best < pass) {
      const source = row.querySelector<HTMLAnchorElement>('a')!;
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = source.href;
      a.textContent = ui('certificate.missingItem', { title: source.textContent ?? '', score: record ? `${record.best}%` : ui('progress.noScore') });
      item.append(a);
      missing.append(item);
    }
  }
  const ready = !missing.children.length;
  root.querySelector<HTMLElement>('[data-bk-not-yet]')!.hidden = ready;
  const section = root.querySelector<HTMLElement>('[data-bk-ready]')!;
  section.hidden = !ready;

  const nameInput = root.querySelector<HTMLInputElement>('[data-bk-name]')!;
  const nameOut = root.querySelector<HTMLElement>('[data-bk-cert-name]')!;
  const error = root.querySelector<HTMLElement>('[data-bk-name-error]')!;
  const showName = () => (nameOut.textContent = nameInput.value.replace(/\s+/g, ' ').trim() || '…');
  nameInput.addEventListener('input', showName);
  root.querySelector('[data-bk-cert-date]')!.textContent = ui('certificate.date', { date: formatDate(today()) });
  root.querySelector('[data-bk-print]')!.addEventListener('click', () => {
    showName();
    if (!requireValue(nameInput, error, nameInput.value.trim(), ui('certificate.nameMissing'))) return;
    window.print();
  });
  root.classList.add('is-ready');
}

const certificateRoot = document.querySelector<HTMLElement>('[data-bk-certificate]');
if (certificateRoot) init(certificateRoot);
