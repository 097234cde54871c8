import { clientScript } from '../shared/client-script';
import { revealShortcuts, speakerViewBinding } from '../shared/reveal-shortcuts';

/**
 * A deck page's boot script (deck.ts): the core version's title, our F5 key, and the descriptions of reveal's own keys and
 * of the speaker view's, translated through reveal's API at runtime.
 */
export const deckScript = clientScript('deck', [
  'reveal.f5',
  'deck.coreTitle',
  'reveal.keySpace',
  ...revealShortcuts.map((s) => s.label),
  speakerViewBinding.label,
]);
