import { clientScript } from '../shared/client-script';

/** A deck page's boot script (deck.ts). */
export const deckScript = clientScript('deck', ['reveal.f5']);
