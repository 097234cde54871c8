/**
 * The action-plan worksheet (/rencana-aksi/): the form the page renders, enhanced. Every change
 * is saved on the device as it is typed (lib/action-plan-store.ts); rows are added and removed;
 * the worksheet moves in and out as a JSON file (a Blob download and a file input, both working
 * from file://); another tab's changes arrive through the `storage` event and are merged, never
 * overwritten; textareas grow with their text so print shows all of it.
 */
import {
  ACTION_PLAN_KEY,
  damagedCopy,
  loadActionPlan,
  newActionPlan,
  newRow,
  saveActionPlan,
  storedActionPlan,
  type Synced,
  type WorksheetNotice,
} from './lib/action-plan-store';
import {
  actionPlanFields,
  actionPlanFileName,
  actionPlanHeaderFields,
  emptyActionPlan,
  emptyRow,
  isBlankActionPlan,
  mergeActionPlans,
  parseActionPlan,
  type ActionPlan,
  type ActionPlanField,
  type ActionPlanRow,
} from '../shared/action-plan';
import { uiFor } from './lib/ui-strings';
import type { worksheetScript } from './worksheet.contract';
import { dataNumber, required, requiredAll } from './lib/markup';
import { downloadFile } from './lib/download';
import { today } from './lib/progress-store';

const ui = uiFor<typeof worksheetScript>();
const component = 'Worksheet';

type FieldControl = HTMLTextAreaElement | HTMLSelectElement;

function init(root: HTMLElement): void {
  const maxRows = dataNumber(root, 'bkMaxRows', component);
  const tbody = required<HTMLTableSectionElement>(root, '[data-bk-ws-rows]', component);
  const rowTemplate = required<HTMLTableRowElement>(tbody, '[data-bk-ws-row]', component).cloneNode(true) as HTMLTableRowElement;
  const headInputs = requiredAll<HTMLInputElement>(root, '[data-bk-ws-head]', component);
  const status = required(root, '[data-bk-ws-status]', component);
  const noticeBox = required(root, '[data-bk-ws-notice]', component);
  const fileInput = required<HTMLInputElement>(root, '[data-bk-ws-import]', component);

  const loaded = loadActionPlan();
  let synced: Synced = { plan: loaded.plan, rev: loaded.rev };

  const say = (text: string) => (status.textContent = text);

  /** A notice at the top of the worksheet, once per kind; `action` adds a button to it. */
  const notice = (kind: WorksheetNotice | undefined, action?: { label: string; run: () => void }) => {
    if (!kind || noticeBox.querySelector(`[data-bk-notice="${kind}"]`)) return;
    const box = document.createElement('div');
    box.className = 'bk-notice';
    box.setAttribute('role', 'status');
    box.dataset.bkNotice = kind;
    const text = document.createElement('p');
    text.textContent = ui(`worksheet.${kind}`);
    box.append(text);
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'bk-button--secondary';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      box.append(button);
    }
    noticeBox.append(box);
  };

  /** A textarea as tall as its text on screen, and its text in the print-only copy beside it. */
  const grow = (el: FieldControl) => {
    if (!(el instanceof HTMLTextAreaElement)) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
    const copy = el.nextElementSibling;
    if (copy?.hasAttribute('data-bk-ws-print-copy') && copy.textContent !== el.value) copy.textContent = el.value;
  };

  const rows = () => Array.from(tbody.querySelectorAll<HTMLTableRowElement>('[data-bk-ws-row]'));
  const control = (tr: HTMLTableRowElement, f: ActionPlanField) => required<FieldControl>(tr, `[data-bk-ws-field="${f}"]`, component);

  /** Numbers, ids and labels after rows moved: "Masalah, baris 2". */
  const renumber = () => {
    rows().forEach((tr, i) => {
      const n = i + 1;
      required(tr, '[data-bk-ws-no]', component).textContent = String(n);
      for (const f of actionPlanFields) {
        const el = control(tr, f);
        const cell = el.closest('td')!;
        el.id = `ws-${f}-${n}`;
        const label = required<HTMLLabelElement>(cell, '[data-bk-ws-label]', component);
        label.htmlFor = el.id;
        label.textContent = ui('worksheet.cellLabel', { field: cell.dataset.label ?? f, n });
      }
      required(tr, '[data-bk-ws-remove]', component).textContent = ui('worksheet.removeRow', { n });
    });
  };

  const rowFor = (row: ActionPlanRow) => {
    const tr = rowTemplate.cloneNode(true) as HTMLTableRowElement;
    tr.dataset.bkWsRow = row.id;
    return tr;
  };

  /** Shows `plan`, reusing the rows that are already there (focus and cursor stay where they are). */
  const render = (plan: ActionPlan) => {
    for (const input of headInputs) {
      const value = plan[input.dataset.bkWsHead as (typeof actionPlanHeaderFields)[number]] ?? '';
      if (input.value !== value) input.value = value;
    }
    const existing = new Map(rows().filter((tr) => tr.dataset.bkWsRow).map((tr) => [tr.dataset.bkWsRow, tr]));
    const wanted = plan.rows.map((row) => {
      const tr = existing.get(row.id) ?? rowFor(row);
      for (const f of actionPlanFields) {
        const el = control(tr, f);
        if (el.value !== row[f]) el.value = row[f];
      }
      return tr;
    });
    for (const tr of rows()) if (!wanted.includes(tr)) tr.remove();
    wanted.forEach((tr, i) => {
      if (tbody.children[i] !== tr) tbody.insertBefore(tr, tbody.children[i] ?? null);
    });
    renumber();
    for (const tr of wanted) for (const f of actionPlanFields) grow(control(tr, f));
  };

  /** What the page shows now, as a worksheet. */
  const collect = (): ActionPlan => {
    const plan = emptyActionPlan();
    for (const input of headInputs) plan[input.dataset.bkWsHead as (typeof actionPlanHeaderFields)[number]] = input.value;
    for (const tr of rows()) {
      const row = emptyRow(tr.dataset.bkWsRow ?? '');
      for (const f of actionPlanFields) row[f] = control(tr, f).value;
      plan.rows.push(row);
    }
    return plan;
  };

  const time = () => new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });

  const persist = () => {
    const saved = saveActionPlan(collect(), synced);
    if (saved.notice && saved.notice !== 'merged') {
      notice(saved.notice);
      return;
    }
    synced = { plan: saved.plan, rev: saved.rev };
    if (saved.conflicts) {
      render(saved.plan);
      notice('merged');
    }
    say(ui('worksheet.saved', { time: time() }));
  };

  // The first render: the server's empty rows get ids, or the saved worksheet replaces them.
  render(synced.plan);
  if (loaded.notice === 'damaged') {
    notice('damaged', {
      label: ui('worksheet.damagedDownload'),
      run: () => downloadFile(`rencana-aksi-rusak-${today()}.txt`, damagedCopy() ?? loaded.damaged ?? '', 'text/plain'),
    });
  } else notice(loaded.notice);

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('textarea')) grow(target as HTMLTextAreaElement);
    if (target.closest('[data-bk-ws-rows]') || target.matches('[data-bk-ws-head]')) persist();
  });

  // Another tab saved: take its changes into what this tab shows (nothing typed here is dropped).
  window.addEventListener('storage', (event) => {
    if (event.key !== ACTION_PLAN_KEY) return;
    const theirs = storedActionPlan();
    if (!theirs || theirs.rev === synced.rev) return;
    const mine = collect();
    const merged = mergeActionPlans(synced.plan, mine, theirs.plan);
    synced = theirs;
    render(merged.plan);
    if (JSON.stringify(merged.plan) !== JSON.stringify(theirs.plan)) persist();
    if (merged.conflicts) notice('merged');
    say(ui('worksheet.updatedElsewhere'));
  });

  required(root, '[data-bk-ws-add]', component).addEventListener('click', () => {
    if (rows().length >= maxRows) return say(ui('worksheet.rowsFull', { max: maxRows }));
    const plan = collect();
    plan.rows.push(newRow());
    render(plan);
    persist();
    control(rows().at(-1)!, 'masalah').focus();
  });

  tbody.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('[data-bk-ws-remove]');
    if (!button) return;
    const tr = button.closest('tr')!;
    const index = rows().indexOf(tr);
    const hasText = actionPlanFields.some((f) => control(tr, f).value.trim() !== '');
    if (hasText && !window.confirm(ui('worksheet.removeConfirm', { n: index + 1 }))) return;
    const plan = collect();
    plan.rows.splice(index, 1);
    if (plan.rows.length === 0) plan.rows.push(newRow());
    render(plan);
    persist();
    const next = rows()[Math.min(index, rows().length - 1)]!;
    required<HTMLButtonElement>(next, '[data-bk-ws-remove]', component).focus();
  });

  required(root, '[data-bk-ws-print]', component).addEventListener('click', () => window.print());

  required(root, '[data-bk-ws-export]', component).addEventListener('click', () => {
    const plan = collect();
    downloadFile(actionPlanFileName(plan, today()), JSON.stringify({ app: 'budaya-kerja-asn', kind: 'rencana-aksi', exported: today(), ...plan }, null, 2), 'application/json');
    say(ui('worksheet.exported'));
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const failed = () => {
      fileInput.value = '';
      say(ui('worksheet.importFailed'));
    };
    if (file.size > 1_000_000) return failed();
    file.text().then((text) => {
      let incoming: ActionPlan | undefined;
      try {
        incoming = parseActionPlan(JSON.parse(text));
      } catch {
        incoming = undefined;
      }
      if (!incoming) return failed();
      fileInput.value = '';
      if (!isBlankActionPlan(collect()) && !window.confirm(ui('worksheet.importConfirm'))) return;
      render(incoming);
      persist();
      say(ui('worksheet.imported'));
    }, failed);
  });

  required(root, '[data-bk-ws-clear]', component).addEventListener('click', () => {
    if (!isBlankActionPlan(collect()) && !window.confirm(ui('worksheet.clearConfirm'))) return;
    render(newActionPlan());
    persist();
    say(ui('worksheet.cleared'));
  });

  root.classList.add('is-ready');
}

const worksheetRoot = document.querySelector<HTMLElement>('[data-bk-worksheet]');
if (worksheetRoot) init(worksheetRoot);
