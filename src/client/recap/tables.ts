import { dayToIso } from '../../shared/result-code';
import { percentOf, percentRight, type ClassSummary, type Entry, type Tally } from '../../shared/class-recap';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { RecapUiKey } from '../recap.contract';
import { drawBarChart } from './charts';

const component = 'Recap report';

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (tag === 'th') el.setAttribute('scope', 'row');
  return el;
}

function row(...cells: HTMLElement[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function body(table: HTMLTableElement): HTMLTableSectionElement {
  const tbody = table.tBodies[0];
  if (!tbody) throw new Error(`${component}: <tbody> not found`);
  return tbody;
}

/** A table as text cells, header row first: what the CSV export writes. */
export function tableRows(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((tr) => Array.from(tr.cells).map((c) => c.textContent ?? ''));
}

/**
 * The report's numbers (markup: src/components/recap/RecapReport.astro): the class summary and its
 * figures, the spread of scores and % correct per skill (each a chart and a table), the weakest
 * skills, and the per-person table. Untrusted text (names) only through textContent.
 */
export class RecapTables {
  private readonly summary: HTMLElement;
  private readonly figures: HTMLTableElement;
  private readonly distributionChart: HTMLElement;
  private readonly distribution: HTMLTableElement;
  private readonly skillsChart: HTMLElement;
  /** The per-skill table; also what its CSV export writes. */
  readonly skills: HTMLTableElement;
  private readonly weakest: HTMLElement;
  /** The per-person table; also what its CSV export writes. */
  readonly participants: HTMLTableElement;

  constructor(
    root: HTMLElement,
    private readonly ui: Ui<RecapUiKey>,
  ) {
    this.summary = required(root, '[data-bk-summary]', component);
    this.figures = required<HTMLTableElement>(root, '[data-bk-figures]', component);
    this.distributionChart = required(root, '[data-bk-chart="distribution"]', component);
    this.distribution = required<HTMLTableElement>(root, '[data-bk-distribution]', component);
    this.skillsChart = required(root, '[data-bk-chart="skills"]', component);
    this.skills = required<HTMLTableElement>(root, '[data-bk-skills]', component);
    this.weakest = required(root, '[data-bk-weakest]', component);
    this.participants = required<HTMLTableElement>(root, '[data-bk-participants]', component);
  }

  render(result: ClassSummary): void {
    this.renderClass(result);
    this.renderSkills(result);
    this.renderPeople(result);
  }

  private renderClass(result: ClassSummary): void {
    const { ui } = this;
    const none = ui('recap.none');
    const percent = (n?: number) => (n === undefined ? none : ui('recap.percent', { n }));
    const { counts, average } = result;
    this.summary.textContent = result.participants.length
      ? ui('recap.summaryLine', { n: result.participants.length, pre: percent(average.pretest), post: percent(average.posttest) })
      : ui('recap.empty');
    const gain = average.change === undefined ? none : ui('recap.points', { n: `${average.change > 0 ? '+' : ''}${average.change}` });
    body(this.figures).replaceChildren(
      ...(
        [
          ['recap.figParticipants', String(result.participants.length)],
          ['recap.figPre', String(counts.pretest)],
          ['recap.figPost', String(counts.posttest)],
          ['recap.figBoth', String(counts.both)],
          ['recap.figAvgPre', percent(average.pretest)],
          ['recap.figAvgPost', percent(average.posttest)],
          ['recap.figGain', gain],
        ] as const
      ).map(([key, value]) => row(cell('th', ui(key)), cell('td', value))),
    );
    const range = (from: number, to: number) => ui('recap.range', { from, to });
    body(this.distribution).replaceChildren(
      ...result.distribution.map((b) => row(cell('th', range(b.from, b.to)), cell('td', ui('recap.people', { n: b.pretest })), cell('td', ui('recap.people', { n: b.posttest })))),
    );
    const most = Math.max(0, ...result.distribution.flatMap((b) => [b.pretest, b.posttest]));
    drawBarChart(
      this.distributionChart,
      result.distribution.map((b) => ({ label: range(b.from, b.to), values: [b.pretest, b.posttest] })),
      { max: Math.max(4, Math.ceil(most / 4) * 4), format: (n) => String(n), empty: none },
      [ui('recap.legendPre'), ui('recap.legendPost')],
      ui('recap.chartLabel', { caption: this.caption(this.distributionChart) }),
    );
  }

  private renderSkills(result: ClassSummary): void {
    const { ui } = this;
    const none = ui('recap.none');
    const right = (t: Tally) => {
      const percent = percentRight(t);
      return percent === undefined ? none : ui('recap.rightCell', { percent });
    };
    body(this.skills).replaceChildren(
      ...result.skills.map((s) => row(cell('th', ui('recap.skillCell', { id: s.id, skill: s.skill })), cell('td', right(s.pretest)), cell('td', right(s.posttest)))),
    );
    drawBarChart(
      this.skillsChart,
      result.skills.map((s) => ({ label: s.id, values: [percentRight(s.pretest), percentRight(s.posttest)] })),
      { max: 100, format: (n) => ui('recap.percent', { n }), empty: none },
      [ui('recap.legendPre'), ui('recap.legendPost')],
      ui('recap.chartLabel', { caption: this.caption(this.skillsChart) }),
    );
    // The skills to go over again: the lowest of the post-test, or of the pre-test before there is one.
    const kind = result.skills.some((s) => s.posttest.total) ? 'posttest' : 'pretest';
    const ranked = result.skills
      .filter((s) => s[kind].total)
      .map((s) => ({ id: s.id, percent: percentRight(s[kind])! }))
      .sort((a, b) => a.percent - b.percent || (a.id < b.id ? -1 : 1))
      .slice(0, 3);
    this.weakest.textContent = ranked.length
      ? ui(kind === 'posttest' ? 'recap.weakestPost' : 'recap.weakestPre', { list: ranked.map((r) => ui('recap.weakItem', r)).join(', ') })
      : '';
  }

  private renderPeople(result: ClassSummary): void {
    const { ui } = this;
    const none = ui('recap.none');
    const score = (e?: Entry) => (e ? ui('recap.scoreCell', { score: e.score, total: e.total, percent: percentOf(e) }) : none);
    body(this.participants).replaceChildren(
      ...result.participants.map((p) =>
        row(
          cell('th', p.name),
          cell('td', score(p.pre)),
          cell('td', score(p.post)),
          cell('td', p.change === undefined ? none : `${p.change > 0 ? '+' : ''}${p.change}`),
          cell('td', `${p.pre?.attempt ?? none} / ${p.post?.attempt ?? none}`),
          cell('td', dayToIso(p.lastDay)),
        ),
      ),
    );
  }

  private caption(figure: HTMLElement): string {
    return figure.querySelector('figcaption')?.textContent ?? '';
  }
}
