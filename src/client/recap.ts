import { toCsv, type CsvSeparator } from '../shared/csv';
import { addCodes, readCodes, summarize, type RecapData } from '../shared/class-recap';
import { dayToIso } from '../shared/result-code';
import { formatDate } from '../shared/dates';
import type { EventDetails } from '../shared/recap-event';
import { today } from './lib/progress-store';
import { uiFor } from './lib/ui-strings';
import { downloadFile } from './lib/download';
import { announcer } from './lib/live-region';
import { MarkupError, readIsland, required, requiredAll } from './lib/markup';
import type { recapScript } from './recap.contract';
import { RecapTables, tableRows } from './recap/tables';
import { CodeLists } from './recap/code-lists';
import { EventForm } from './recap/event-form';
import { Scanner } from './recap/scanner';
import { readStore, storeKey, updateStore, type RecapStore } from './recap/store';

const ui = uiFor<typeof recapScript>();
const component = 'Recap';

/**
 * "Rekap kelas" and its activity report. Codes come in typed, pasted or scanned; each is decoded
 * against the answer keys embedded in the page (`#bk-recap-keys`) and refused with its reason, or
 * kept. The recap is the set of codes kept on this device (src/client/recap/store.ts): every change
 * merges with what is stored, another tab's changes arrive through the `storage` event, a failed
 * save is said out loud and the codes stay counted for the visit, and codes that stop decoding
 * stay listed. What counts is worked out by src/shared/class-recap.ts; every value from a code
 * (above all the name) is untrusted and only ever set with textContent.
 */
class Recap {
  private codes: string[] = [];
  private event: EventDetails = {};
  /** Codes accepted here that could not be saved yet; merged into every later save. */
  private pending = new Set<string>();
  private unsaved = false;
  private readonly tables: RecapTables;
  private readonly lists: CodeLists;
  private readonly eventForm: EventForm;
  private readonly scanner: Scanner;
  private readonly status: HTMLElement;
  private readonly saveWarning: HTMLElement;
  private readonly one: HTMLFormElement;
  private readonly oneInput: HTMLInputElement;
  private readonly paste: HTMLFormElement;
  private readonly pasteInput: HTMLTextAreaElement;
  private readonly clear: HTMLButtonElement;
  private readonly classOnly: HTMLButtonElement;
  private readonly print: HTMLButtonElement;
  private readonly csvButtons: HTMLButtonElement[];
  private readonly separators: HTMLInputElement[];

  constructor(
    private readonly root: HTMLElement,
    private readonly data: RecapData,
  ) {
    this.status = required(root, '[data-bk-status]', component);
    const announce = announcer(this.status);
    this.tables = new RecapTables(root, ui);
    this.lists = new CodeLists(root, data, announce, ui);
    this.eventForm = new EventForm(root, (field, value) => this.save((s) => (s.event[field] = value)), ui);
    const scannerSrc = root.dataset.bkScannerSrc;
    if (!scannerSrc) throw new MarkupError(component, 'data-bk-scanner-src');
    this.scanner = new Scanner(root, scannerSrc, (text) => this.scanned(text), announce, ui);
    this.saveWarning = required(root, '[data-bk-save-warning]', component);
    this.one = required<HTMLFormElement>(root, '[data-bk-one]', component);
    this.oneInput = required<HTMLInputElement>(root, '[data-bk-one-input]', component);
    this.paste = required<HTMLFormElement>(root, '[data-bk-paste]', component);
    this.pasteInput = required<HTMLTextAreaElement>(root, '[data-bk-paste-input]', component);
    this.clear = required<HTMLButtonElement>(root, '[data-bk-clear]', component);
    this.classOnly = required<HTMLButtonElement>(root, '[data-bk-class-only]', component);
    this.print = required<HTMLButtonElement>(root, '[data-bk-print]', component);
    this.csvButtons = requiredAll<HTMLButtonElement>(root, '[data-bk-csv]', component);
    this.separators = requiredAll<HTMLInputElement>(root, '[data-bk-separator]', component);
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
    this.clear.addEventListener('click', () => {
      if (!window.confirm(ui('recap.clearConfirm'))) return;
      this.pending.clear();
      this.save((s) => (s.codes = []));
      this.lists.showRefused([], false);
      this.status.textContent = ui('recap.cleared');
    });
    this.classOnly.addEventListener('click', () => {
      const on = !this.root.classList.contains('is-class-only');
      this.root.classList.toggle('is-class-only', on);
      this.classOnly.setAttribute('aria-pressed', String(on));
      this.status.textContent = ui(on ? 'recap.classOnlyOn' : 'recap.classOnlyOff');
    });
    this.print.addEventListener('click', () => window.print());
    for (const button of this.csvButtons) button.addEventListener('click', () => this.downloadCsv(button.dataset.bkCsv === 'skills' ? 'skills' : 'people'));
    // Another tab changed the recap: show its codes and details too (nothing here is lost: the
    // next save merges with what is stored).
    window.addEventListener('storage', (event) => {
      if (event.key !== storeKey && event.key !== null) return;
      const before = this.codes.length;
      this.load(readStore().store);
      this.render();
      if (this.codes.length !== before) this.status.textContent = ui('recap.otherTab', { n: this.codes.length });
    });
    this.lists.start();
    this.eventForm.start();
    this.scanner.start();
    const { store, recovered } = readStore();
    this.load(store);
    if (recovered) this.save(() => undefined);
    if (this.codes.length) this.status.textContent = ui(recovered ? 'recap.recovered' : 'recap.restored', { n: this.codes.length });
    this.render();
    this.root.classList.add('is-ready');
    performance.mark('bk:recap-ready');
  }

  /** Adds codes (one per line) and lists every refused line with its reason; returns how many were refused. */
  private add(text: string, single: boolean): number {
    const result = addCodes(this.codes, text, this.data);
    const added = result.codes.slice(this.codes.length);
    if (added.length) this.save((s) => s.codes.push(...added));
    this.lists.showRefused(result.refused, single);
    const date = (day: number) => formatDate(dayToIso(day));
    const notes = result.kept.map((k) =>
      ui('recap.kept', { quiz: k.quiz, name: k.name, attempt: k.kept.attempt, date: date(k.kept.day), other: k.other.attempt, otherDate: date(k.other.day) }),
    );
    this.status.textContent = [ui('recap.added', { accepted: result.accepted, rejected: result.refused.length }), ...notes].join(' ');
    return result.refused.length;
  }

  /** A code read by the camera: added like a typed one. */
  private scanned(text: string): void {
    this.add(text, true);
  }

  /** Applies a change to the stored recap (merged with what another tab may have stored) and shows the result. */
  private save(change: (store: RecapStore) => void): void {
    const { store, saved } = updateStore((s) => {
      for (const code of this.pending) if (!s.codes.includes(code)) s.codes.push(code);
      change(s);
    });
    const wasUnsaved = this.unsaved;
    this.pending = saved ? new Set() : new Set(store.codes);
    this.unsaved = !saved;
    this.saveWarning.textContent = ui('recap.saveFailed');
    this.saveWarning.hidden = saved;
    this.load(store);
    this.render();
    if (saved && wasUnsaved) this.status.textContent = ui('recap.savedAgain');
  }

  private load(store: RecapStore): void {
    this.codes = [...new Set([...store.codes, ...this.pending])];
    this.event = store.event;
  }

  private render(): void {
    const state = readCodes(this.codes, this.data);
    this.tables.render(summarize(state.entries, this.data));
    this.lists.render(state);
    this.eventForm.show(this.event);
  }

  private downloadCsv(which: 'people' | 'skills'): void {
    const separator = (this.separators.find((s) => s.checked)?.value ?? ';') as CsvSeparator;
    const table = which === 'skills' ? this.tables.skills : this.tables.participants;
    // Names come from codes: guard the first column of the people table against formulas.
    const csv = toCsv(tableRows(table), which === 'people' ? [0] : [], separator);
    downloadFile(`${ui(which === 'skills' ? 'recap.csvSkills' : 'recap.csvPeople')}-${today()}.csv`, csv, 'text/csv;charset=utf-8');
  }
}

const recapRoot = document.querySelector<HTMLElement>('[data-bk-recap]');
if (recapRoot) new Recap(recapRoot, readIsland<RecapData>('bk-recap-keys', component)).start();
