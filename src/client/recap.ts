import { toCsv } from '../shared/csv';
import { addCodes, summarize, type Entry, type RecapData } from '../shared/class-recap';
import { today } from './lib/progress-store';
import { uiFor } from './lib/ui-strings';
import { downloadFile } from './lib/download';
import { readIsland, required } from './lib/markup';
import type { recapScript } from './recap.contract';
import { RecapTables } from './recap/tables';
import { loadSavedCodes, saveCodes } from './recap/saved-codes';

const ui = uiFor<typeof recapScript>();
const component = 'Recap';

/**
 * "Rekap kelas": decodes result codes against the answer keys embedded in the page
 * (`#bk-recap-keys`), refuses each bad line with its reason, and shows participants, pre vs post,
 * and the questions most missed (counted by src/shared/class-recap.ts). Every value from a code
 * (above all the name) is untrusted and only ever set with textContent. Accepted codes are kept
 * in this browser, so a reload loses nothing.
 */
class Recap {
  private entries: Entry[] = [];
  private readonly tables: RecapTables;
  private readonly status: HTMLElement;
  private readonly rejectedBox: HTMLElement;
  private readonly rejectedList: HTMLElement;
  private readonly one: HTMLFormElement;
  private readonly oneInput: HTMLInputElement;
  private readonly paste: HTMLFormElement;
  private readonly pasteInput: HTMLTextAreaElement;
  private readonly csv: HTMLButtonElement;
  private readonly clear: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: RecapData,
  ) {
    this.tables = new RecapTables(root, ui);
    this.status = required(root, '[data-bk-status]', component);
    this.rejectedBox = required(root, '[data-bk-rejected-box]', component);
    this.rejectedList = required(root, '[data-bk-rejected]', component);
    this.one = required<HTMLFormElement>(root, '[data-bk-one]', component);
    this.oneInput = required<HTMLInputElement>(root, '[data-bk-one-input]', component);
    this.paste = required<HTMLFormElement>(root, '[data-bk-paste]', component);
    this.pasteInput = required<HTMLTextAreaElement>(root, '[data-bk-paste-input]', component);
    this.csv = required<HTMLButtonElement>(root, '[data-bk-csv]', component);
    this.clear = required<HTMLButtonElement>(root, '[data-bk-clear]', component);
  }

  start(): void {
    this.one.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.oneInput;
      if (!input.value.trim()) return;
      if (this.add(input.value, true)) input.setAttribute('aria-invalid', 'true');
      else {
        input.value = '';
        input.removeAttribute('aria-invalid');
      }
      input.focus();
    });
    this.paste.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!this.add(this.pasteInput.value, false)) this.pasteInput.value = '';
    });
    this.csv.addEventListener('click', () => downloadFile(`${ui('recap.csvName')}-${today()}.csv`, toCsv(this.tables.rows(), [0]), 'text/csv;charset=utf-8'));
    this.clear.addEventListener('click', () => {
      if (!window.confirm(ui('recap.clearConfirm'))) return;
      this.entries = [];
      this.update();
      this.rejectedBox.hidden = true;
      this.status.textContent = ui('recap.cleared');
    });
    // Codes accepted in an earlier visit come back; any that no longer decode are listed, not dropped.
    const saved = loadSavedCodes();
    if (saved.length) {
      this.add(saved.join('\n'), false);
      this.status.textContent = ui('recap.restored', { n: this.entries.length });
    }
    this.tables.render(summarize(this.entries, this.data));
    this.root.classList.add('is-ready');
  }

  /** Adds codes (one per line) and lists every refused line with its reason; returns how many were refused. */
  private add(text: string, single: boolean): number {
    const result = addCodes(this.entries, text, this.data);
    this.entries = result.entries;
    this.rejectedList.replaceChildren(
      ...result.refused.map((r) => {
        const reason = ui(`recap.reason.${r.reason}`, { detail: r.detail ?? '' });
        const li = document.createElement('li');
        li.textContent = single ? ui('recap.oneReason', { code: r.shown, reason }) : ui('recap.lineReason', { line: r.line, code: r.shown, reason });
        return li;
      }),
    );
    this.rejectedBox.hidden = !result.refused.length;
    const notes = result.replaced.map((r) => ui('recap.replaced', r));
    this.status.textContent = [ui('recap.added', { accepted: result.accepted, rejected: result.refused.length }), ...notes].join(' ');
    this.update();
    return result.refused.length;
  }

  private update(): void {
    saveCodes(this.entries.map((e) => e.code));
    this.tables.render(summarize(this.entries, this.data));
  }
}

const recapRoot = document.querySelector<HTMLElement>('[data-bk-recap]');
if (recapRoot) new Recap(recapRoot, readIsland<RecapData>('bk-recap-keys', component)).start();
