import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { parseDeck, type ParsedDeck } from './parse';

export type { ParsedDeck, Slide } from './parse';

/** Parses one deck of the `decks` collection, counting lines from the top of its file. */
export function parseDeckEntry(entry: CollectionEntry<'decks'>): ParsedDeck {
  const file = entry.filePath ?? `slides/${entry.id}.md`;
  const body = entry.body ?? '';
  let lineOffset = 0;
  try {
    const raw = readFileSync(file, 'utf8');
    const at = raw.indexOf(body);
    if (at > 0) lineOffset = raw.slice(0, at).split('\n').length - 1;
  } catch {
    // Line numbers then count from the end of the frontmatter; the slide numbers stay right.
  }
  return parseDeck(body, { file, lineOffset, minutes: entry.data.minutes });
}
