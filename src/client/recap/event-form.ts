import { eventFields, type EventDetails, type EventField } from '../../shared/recap-event';
import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { RecapUiKey } from '../recap.contract';

const component = 'Recap event';

/**
 * The activity's details (markup: src/components/recap/RecapEvent.astro): the inputs, the same
 * values as text for print, and the place, date and facilitator's name in the signature block.
 * Each change goes to `onChange`, which keeps it on the device.
 */
export class EventForm {
  private readonly inputs = new Map<EventField, HTMLInputElement>();
  private readonly values = new Map<EventField, HTMLElement>();
  private readonly place: HTMLElement;
  private readonly signName: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly onChange: (field: EventField, value: string) => void,
    private readonly ui: Ui<RecapUiKey>,
  ) {
    for (const field of eventFields) {
      this.inputs.set(field, required<HTMLInputElement>(root, `[data-bk-event-field="${field}"]`, component));
      this.values.set(field, required(root, `[data-bk-event-value="${field}"]`, component));
    }
    this.place = required(root, '[data-bk-sign-place]', component);
    this.signName = required(root, '[data-bk-sign-name]', component);
  }

  start(): void {
    for (const [field, input] of this.inputs) input.addEventListener('input', () => this.onChange(field, input.value));
  }

  /**
   * Shows stored details; a field being typed in keeps what the trainer is typing. A field never
   * stored shows the page's default (the input's `value` attribute: the organiser from the site
   * settings); one stored, even empty, shows what was stored.
   */
  show(stored: EventDetails): void {
    const { ui } = this;
    const event: EventDetails = {};
    for (const [field, input] of this.inputs) {
      const value = stored[field] ?? input.defaultValue;
      event[field] = value;
      if (document.activeElement !== input) input.value = value;
      this.values.get(field)!.textContent = value.trim() || ui('recap.blank');
    }
    const place = event.tempat?.trim();
    const date = event.tanggal?.trim();
    this.place.textContent = place || date ? ui('recap.signPlace', { place: place || ui('recap.blank'), date: date || ui('recap.blank') }) : '';
    const name = event.fasilitator?.trim();
    this.signName.textContent = name ? `(${name})` : ui('recap.signBlankName');
  }
}
