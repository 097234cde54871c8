import { dayToIso, type RejectReason } from '../../shared/result-code';
import type { AddResult, RecapData, RecapState } from '../../shared/class-recap';
import { formatDate } from '../../shared/dates';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { RecapUiKey } from '../recap.contract';

const component = 'Recap code lists';

const item = (...content: (Node | string)[]) => {
  const li = document.createElement('li');
  li.append(...content);
  return li;
};

/**
 * The lists beside the codes (markup: src/components/recap/RecapCodes.astro): lines refused when
 * they were added, each with its reason; codes kept in the recap that no longer decode, each with
 * its reason and its full text (and a button that copies them all); and older attempts that a
 * newer code of the same participant replaced.
 */
export class CodeLists {
  private readonly rejectedBox: HTMLElement;
  private readonly rejected: HTMLElement;
  private readonly staleBox: HTMLElement;
  private readonly stale: HTMLElement;
  private readonly staleCopy: HTMLButtonElement;
  private readonly supersededBox: HTMLDetailsElement;
  private readonly supersededSummary: HTMLElement;
  private readonly superseded: HTMLElement;
  private staleCodes: string[] = [];

  constructor(
    root: HTMLElement,
    private readonly data: RecapData,
    private readonly announce: (text: string) => void,
    private readonly ui: Ui<RecapUiKey>,
  ) {
    this.rejectedBox = required(root, '[data-bk-rejected-box]', component);
    this.rejected = required(root, '[data-bk-rejected]', component);
    this.staleBox = required(root, '[data-bk-stale-box]', component);
    this.stale = required(root, '[data-bk-stale]', component);
    this.staleCopy = required<HTMLButtonElement>(root, '[data-bk-stale-copy]', component);
    this.supersededBox = required<HTMLDetailsElement>(root, '[data-bk-superseded-box]', component);
    this.supersededSummary = required(root, '[data-bk-superseded-summary]', component);
    this.superseded = required(root, '[data-bk-superseded]', component);
  }

  start(): void {
    this.staleCopy.addEventListener('click', () => this.copyStale());
  }

  reason(reason: RejectReason | 'duplicate', detail = ''): string {
    return this.ui(`recap.reason.${reason}`, { detail });
  }

  /** The lines refused by the last add (or none). */
  showRefused(refused: AddResult['refused'], single: boolean): void {
    const { ui } = this;
    this.rejected.replaceChildren(
      ...refused.map((r) => {
        const reason = this.reason(r.reason, r.detail);
        return item(single ? ui('recap.oneReason', { code: r.shown, reason }) : ui('recap.lineReason', { line: r.line, code: r.shown, reason }));
      }),
    );
    this.rejectedBox.hidden = !refused.length;
  }

  render(state: RecapState): void {
    const { ui } = this;
    this.staleCodes = state.stale.map((s) => s.code);
    this.stale.replaceChildren(
      ...state.stale.map((s) => {
        const code = document.createElement('code');
        code.className = 'bk-recap__code';
        code.textContent = s.code;
        return item(ui('recap.staleItem', { reason: this.reason(s.reason, s.detail) }), ' ', code);
      }),
    );
    this.staleBox.hidden = !state.stale.length;
    const date = (day: number) => formatDate(dayToIso(day));
    this.supersededSummary.textContent = ui('recap.supersededSummary', { n: state.superseded.length });
    this.superseded.replaceChildren(
      ...state.superseded.map(({ entry, by }) =>
        item(
          ui('recap.supersededItem', {
            quiz: this.data.quizzes[entry.quiz]?.title ?? entry.quiz,
            name: entry.name,
            attempt: entry.attempt,
            date: date(entry.day),
            newer: by.attempt,
            newerDate: date(by.day),
          }),
        ),
      ),
    );
    this.supersededBox.hidden = !state.superseded.length;
  }

  private copyStale(): void {
    const text = this.staleCodes.join('\n');
    const done = () => this.announce(this.ui('recap.staleCopied', { n: this.staleCodes.length }));
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'bk-visually-hidden';
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
      done();
    };
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }
}
