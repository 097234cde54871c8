import { getCourse, getModule } from '../course';
import { presentedSlides } from './closing';

/** `getStaticPaths` for every page made per deck (the deck itself and its handouts). */
export async function deckPaths() {
  const { decks } = await getCourse();
  return [...decks.keys()].map((id) => ({ params: { id } }));
}

/**
 * One deck as every page made from it presents it: its entry, parsed slides, module, and the slides
 * with the closing slide added (flat and as reveal.js stacks).
 */
export async function presentedDeck(id: string) {
  const course = await getCourse();
  const deck = course.decks.get(id);
  const parsed = course.deckSlides.get(id);
  if (!deck || !parsed) throw new Error(`Dek "${id}" tidak ada`);
  const module = await getModule(deck.data.lesson);
  return { deck, parsed, module, ...presentedSlides(parsed, module.id, module.quiz?.id) };
}
