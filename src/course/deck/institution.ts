import { site } from '../../site';
import { versioned } from '../../build-info';
import { t } from '../../i18n/t';
import type { Slide } from './parse';

/**
 * The institution of content/site.yaml on a deck: its logo and name under the title slide's
 * heading, and its name and contact line on the closing slide, so a deck projected in a hall (and
 * its handouts) says whose session it is. Nothing is added when the settings name no institution
 * and no logo: the default decks stay as they are.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The logo and name as one line of slide HTML, or '' when there is neither. */
export function institutionLine(): string {
  const { organizer, logo } = site;
  if (!organizer && !logo) return '';
  const name = organizer ? escape(organizer) : '';
  const alt = organizer ? '' : escape(t('site.logoAlt', { name: site.title }));
  const img = logo ? `<img class="bk-deck-org__logo" src="${versioned(logo.url)}" alt="${alt}" width="${Math.round(96 * logo.aspect)}" height="96">` : '';
  return `<p class="bk-deck-org">${img}${name ? `<span>${name}</span>` : ''}</p>`;
}

/** The deck's first slide, when it is a title slide (opens with `#`), with the institution line below its text. */
export function withInstitution(slide: Slide): Slide {
  const line = institutionLine();
  if (!line || !slide.html.startsWith('<h1')) return slide;
  return { ...slide, html: `${slide.html}${line}` };
}

/** What the closing slide adds below the addresses: the institution and the contact line. */
export function closingInstitution(): string {
  const contact = site.contact ? `<p class="bk-closing-contact">${escape(t('site.contact', { contact: site.contact }))}</p>` : '';
  return `${institutionLine()}${contact}`;
}
