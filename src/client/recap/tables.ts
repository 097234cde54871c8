import { dayToIso } from '../../shared/result-code';
import { percentOf, type ClassSummary, type Entry, type Misses } from '../../shared/class-recap';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { RecapUiKey } from '../recap.contract';

const component = 'Recap tables';

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (tag === 'th') el.setAttribute('scope', 'row');
  return el;
}

/** The recap's results: the summary line, the participants table (pre vs post) and the questions most missed. */
export class RecapTables {
  private readonly summary: HTMLElement;
  /** The participants table; its rows are also what the CSV export writes. */
  readonly participants: HTMLTableElement;
  private readonly missed: HTMLTableElement;

  constructor(
    root: HTMLElement,
    private readonly ui: Ui<RecapUiKey>,
  ) {
    this.summary = required(root, '[data-bk-summary]', component);
    this.participants = required<HTMLTableElement>(root, '[data-bk-participants]', component);
    this.missed = required<HTMLTableElement>(root, '[data-bk-missed]', component);
    if (!this.participants.tBodies[0] || !this.missed.tBodies[0]) throw new Error(`${component}: <tbody> not found`);
  }

  render(result: ClassSummary): void {
    const { ui } = this;
    const none = ui('recap.none');
    const score = (e?: Entry) => (e ? ui('recap.scoreCell', { score: e.score, total: e.total, percent: percentOf(e) }) : none);
    this.participants.tBodies[0]!.replaceChildren(
      ...result.participants.map((p) => {
        const tr = document.createElement('tr');
        tr.append(
          cell('th', p.name),
          cell('td', score(p.pre)),
          cell('td', score(p.post)),
          cell('td', p.change === undefined ? none : `${p.change > 0 ? '+' : ''}${p.change}`),
          cell('td', dayToIso(p.lastDay)),
        );
        return tr;
      }),
    );
    const average = (n?: number) => (n === undefined ? none : `${n}%`);
    this.summary.textContent = result.participants.length
      ? ui('recap.summary', { n: result.participants.length, pre: average(result.average.pretest), post: average(result.average.posttest) })
      : ui('recap.empty');
    const misses = (m: Misses) => (m.total ? ui('recap.missCell', { n: m.n, total: m.total }) : none);
    this.missed.tBodies[0]!.replaceChildren(
      ...result.missed.map((s) => {
        const tr = document.createElement('tr');
        tr.append(cell('th', s.id), cell('td', s.skill), cell('td', misses(s.pre)), cell('td', misses(s.post)));
        return tr;
      }),
    );
  }

  /** The participants table as text cells, header row first, for the CSV export. */
  rows(): string[][] {
    return Array.from(this.participants.rows).map((tr) => Array.from(tr.cells).map((c) => c.textContent ?? ''));
  }
}
