import type { UiKey } from '../i18n/t';

/**
 * The keys reveal.js lists in its help overlay (`?`), exactly as its keyboard controller writes
 * them (`this.shortcuts[key] = description`, reveal.js js/controllers/keyboard.js, default
 * navigation mode), with the dictionary key of their Indonesian description. The deck script
 * translates them at runtime through reveal's own API: `registerKeyboardShortcut(key, text)`
 * replaces a description in place. The vendor step (src/build/reveal-vendor.ts) fails the build
 * when reveal.js stops writing any of them exactly so, so an upgrade cannot bring English back
 * silently.
 */
export const revealShortcuts = [
  { key: 'N  ,  SPACE', english: 'Next slide', label: 'reveal.nextSlide' },
  { key: 'P  ,  Shift SPACE', english: 'Previous slide', label: 'reveal.previousSlide' },
  { key: '&#8592;  ,  H', english: 'Navigate left', label: 'reveal.navigateLeft' },
  { key: '&#8594;  ,  L', english: 'Navigate right', label: 'reveal.navigateRight' },
  { key: '&#8593;  ,  K', english: 'Navigate up', label: 'reveal.navigateUp' },
  { key: '&#8595;  ,  J', english: 'Navigate down', label: 'reveal.navigateDown' },
  { key: 'Alt + &#8592;/&#8593/&#8594;/&#8595;', english: 'Navigate without fragments', label: 'reveal.navigateWithoutFragments' },
  { key: 'Shift + &#8592;/&#8593/&#8594;/&#8595;', english: 'Jump to first/last slide', label: 'reveal.firstLastSlide' },
  { key: 'B  ,  .', english: 'Pause', label: 'reveal.pause' },
  { key: 'F', english: 'Fullscreen', label: 'reveal.fullscreen' },
  { key: 'G', english: 'Jump to slide', label: 'reveal.jumpToSlide' },
  { key: 'ESC, O', english: 'Slide overview', label: 'reveal.overview' },
] as const satisfies readonly { key: string; english: string; label: UiKey }[];

/**
 * The speaker view's key: the notes plugin registers it as a key binding with a description,
 * and the deck script registers it again (`addKeyBinding`) with the Indonesian one.
 */
export const speakerViewBinding = { keyCode: 83, key: 'S', english: 'Speaker notes view', label: 'reveal.speakerView' } as const;

/**
 * A key as the help overlay shows it. reveal's key labels have no API, so the vendor step
 * rewrites the one English word in them at build time; this gives the same label at runtime.
 */
export function keyLabel(key: string, spaceWord: string): string {
  return key.replaceAll('SPACE', spaceWord);
}
