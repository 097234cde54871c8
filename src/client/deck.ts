/**
 * Boots a deck page (/presentasi/<id>/): reveal.js from its classic UMD build (globals `Reveal` and
 * `RevealNotes`, loaded before this script), our settings, and what reveal.js lacks for a trainer
 * with a clicker: F5 (a remote's "start" key, by default a reload that would lose the speaker view)
 * toggles full screen, and `?presenter` shows a guide with a "Buka catatan pembicara" button, since
 * the speaker window may only open on a click or key press. `?inti` presents the core version:
 * only the slides marked core, with the pacing timer set to their minutes. The speaker view's
 * previews load this page with the same query (reveal's notes plugin keeps `location.search`),
 * so they show the same slides.
 */
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';
import { uiFor } from './lib/ui-strings';
import type { deckScript } from './deck.contract';
import { keyLabel, revealShortcuts, speakerViewBinding } from '../shared/reveal-shortcuts';

const ui = uiFor<typeof deckScript>();

declare global {
  interface Window {
    Reveal: RevealApi;
    RevealNotes: () => RevealPlugin;
  }
}

type NotesPlugin = RevealPlugin & { open(): void };
/** Options the notes plugin reads that reveal's bundled types leave out (https://revealjs.com/speaker-view/). */
type DeckConfig = RevealConfig & { totalTime?: number };

const root = document.querySelector<HTMLElement>('[data-bk-deck]');
const params = new URLSearchParams(location.search);
/** The speaker view's current/next previews load this page with `?receiver`: no guide, no keys. */
const receiver = params.has('receiver');
const printing = /print-pdf/i.test(location.search);
/** The core version: `?inti`. */
const core = params.has('inti');
/** reveal switches to its scroll view below this width (phones); see `phoneSize`. */
const scrollActivationWidth = 435;

/** Our settings for reveal.js; https://revealjs.com/config/ */
function settings(): DeckConfig {
  const minutes = Number((core ? root?.dataset.coreMinutes : root?.dataset.minutes) ?? 0) || 0;
  // The speaker view's previews are narrow iframes, but they show the projected slide, not a phone.
  const narrow = !receiver && window.innerWidth <= scrollActivationWidth;
  const size = printing
    ? // One slide per A4 landscape page (297 × 210 mm, 1122 × 793 px at 96 px/in). reveal makes the
      // page the slide's size times (1 + margin) and centres the slide on it: 1002 × 708 with a
      // margin of 0.12 leaves 16 mm left and right and 11 mm above and below, which office
      // printers do not clip. https://revealjs.com/pdf-export/
      { width: 1002, height: 708, margin: 0.12 }
    : narrow
      ? // Phones read the scroll view; a narrower slide reflows the text instead of shrinking it to ~10 px.
        { width: 560, height: 800, margin: 0.02 }
      : { width: 1280, height: 720, margin: 0.04 };
  return {
    ...size,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    center: true,
    transition: 'fade',
    backgroundTransition: 'none',
    // Pacing in the speaker view: slides carry data-timing from their notes, the rest share the remainder.
    totalTime: minutes > 0 ? minutes * 60 : undefined,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    scrollActivationWidth,
    scrollLayout: 'compact',
    plugins: [window.RevealNotes],
  };
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** F5 / Shift+F5 from a presentation remote: full screen instead of a reload. */
function bindStartKey(): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'F5') return;
      event.preventDefault();
      toggleFullscreen();
    },
    true,
  );
  window.Reveal.registerKeyboardShortcut('F5', ui('reveal.f5'));
}

/**
 * The help overlay (`?`) in Indonesian, through reveal's API: each built-in key's description
 * replaced in place, and the speaker view's key bound again with its Indonesian description.
 */
function translateKeys(): void {
  const space = ui('reveal.keySpace');
  for (const s of revealShortcuts) window.Reveal.registerKeyboardShortcut(keyLabel(s.key, space), ui(s.label));
  const notes = window.Reveal.getPlugin('notes') as NotesPlugin | undefined;
  if (!notes) return;
  const { keyCode, key, label } = speakerViewBinding;
  window.Reveal.addKeyBinding({ keyCode, key, description: ui(label) }, () => notes.open());
}

/** Shows the mouse-only menu button while the pointer moves; it stays off the projected picture otherwise. */
function bindMenuVisibility(): void {
  let timer: number | undefined;
  document.addEventListener('mousemove', () => {
    document.documentElement.classList.add('bk-pointer-active');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => document.documentElement.classList.remove('bk-pointer-active'), 2500);
  });
}

/** The presenter guide: open at `?presenter`, from the menu button otherwise. */
function bindPanel(): void {
  const panel = document.querySelector<HTMLElement>('[data-bk-panel]');
  const menu = document.querySelector<HTMLButtonElement>('[data-bk-menu]');
  const openNotes = panel?.querySelector<HTMLButtonElement>('[data-bk-open-notes]');
  if (!panel || !menu || !openNotes) return;

  const setOpen = (open: boolean) => {
    panel.toggleAttribute('data-open', open);
    menu.setAttribute('aria-expanded', String(open));
    if (open) openNotes.focus();
  };
  menu.addEventListener('click', () => setOpen(!panel.hasAttribute('data-open')));
  // The speaker window opens over this one; the guide closes so the projected picture is clean.
  // A blocked pop-up is reported by the notes plugin itself (translated at build time).
  openNotes.addEventListener('click', () => {
    setOpen(false);
    (window.Reveal.getPlugin('notes') as NotesPlugin | undefined)?.open();
  });
  panel.querySelector('[data-bk-fullscreen]')?.addEventListener('click', () => {
    setOpen(false);
    toggleFullscreen();
  });
  panel.querySelector('[data-bk-close-panel]')?.addEventListener('click', () => {
    setOpen(false);
    menu.focus();
  });
  // Once the trainer starts presenting, the guide gets out of the way.
  window.Reveal.on('slidechanged', () => setOpen(false));
  if (params.has('presenter')) setOpen(true);
}

/**
 * Keeps only the core slides (`data-bk-core`) before reveal.js reads the deck, so its slide
 * numbers, progress bar, overview and the speaker view's pacing count the core version alone.
 */
function keepCoreSlides(deck: HTMLElement): void {
  const slides = deck.querySelector('.slides');
  if (!slides) return;
  for (const section of Array.from(slides.querySelectorAll('section:not([data-bk-core])'))) {
    if (!section.querySelector('section')) section.remove();
  }
  // A vertical stack whose slides were all left out goes too.
  for (const stack of Array.from(slides.querySelectorAll(':scope > section'))) {
    if (!stack.hasAttribute('data-bk-core') && !stack.querySelector('section')) stack.remove();
  }
  document.documentElement.classList.add('bk-inti');
  document.title = `${document.title} (${ui('deck.coreTitle')})`;
}

if (root && window.Reveal) {
  if (core) keepCoreSlides(root);
  void window.Reveal.initialize(settings()).then(() => {
    if (receiver || printing) return;
    translateKeys();
    bindStartKey();
    bindMenuVisibility();
    bindPanel();
  });
}
