/**
 * The first sentence of a text: up to the first `.`, `!` or `?` that ends the text or is followed
 * by a space and a capital letter, digit, quote or bracket (so "Rp1.500.000" and "Pasal 1 angka 5"
 * do not end it). Glossary popovers show this and link to the whole definition in the glossary.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const m = /^.*?[.!?](?=\s+[\p{Lu}\d"“(]|$)/su.exec(trimmed);
  return m ? m[0] : trimmed;
}
