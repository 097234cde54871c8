import { qrSvg } from '../../shared/qr';
import { routes } from '../../shared/links';
import { t } from '../../i18n/t';
import { site } from '../../site';
import type { ParsedDeck, Slide } from './parse';
import { closingInstitution, withInstitution } from './institution';

export interface ClosingLinks {
  /** Public URL of the module's lesson page on the published site (what the QR code encodes). */
  lessonUrl: string;
  /** Public URL of the module's quiz, when the module has one. */
  quizUrl?: string;
}

/** Shows a URL without its scheme, the way people type it: `budayakerja-asn.id/modul/x/`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * The closing slide every deck gets: a QR code that takes participants from the hall to the
 * module's self-study page, with the lesson and quiz addresses as text for those who cannot scan.
 */
export function closingSlide(links: ClosingLinks, number: number): Slide {
  const link = (url: string) => `<a href="${url}">${displayUrl(url)}</a>`;
  const html = [
    `<h2>${t('deck.closingTitle')}</h2>`,
    `<div class="bk-closing">`,
    qrSvg(links.lessonUrl, t('deck.qrLabel', { url: displayUrl(links.lessonUrl) })),
    `<div>`,
    `<p>${t('deck.closingBody')}</p>`,
    `<p class="bk-closing-url">${t('deck.closingLesson')}<br>${link(links.lessonUrl)}</p>`,
    links.quizUrl ? `<p class="bk-closing-url">${t('deck.closingQuiz')}<br>${link(links.quizUrl)}</p>` : '',
    `</div>`,
    `</div>`,
    closingInstitution(),
  ].join('');
  return {
    number,
    line: 0,
    title: t('deck.closingTitle'),
    html,
    notesHtml: `<p>${t('deck.closingNotes')}</p>`,
    // The way to self-study ends the short version too.
    core: true,
  };
}

/**
 * Every slide of a deck as presented, in order: the authored slides (vertical ones included; the
 * title slide with the institution of content/site.yaml) and the closing slide with the lesson's
 * and quiz's public addresses. The deck page and the handouts show the same slides.
 */
export function presentedSlides(parsed: ParsedDeck, lessonId: string, quizId: string | undefined): { stacks: Slide[][]; slides: Slide[] } {
  const closing = closingSlide(
    { lessonUrl: site.url + routes.lesson(lessonId), quizUrl: quizId ? site.url + routes.quiz(quizId) : undefined },
    parsed.slides.length + 1,
  );
  const stacks = parsed.stacks.map((stack) => stack.map((slide) => (slide.number === 1 ? withInstitution(slide) : slide)));
  return { stacks: [...stacks, [closing]], slides: [...stacks.flat(), closing] };
}
