import { normalizeQuery } from '../shared/search/query';
import type { ContentProblem } from '../schemas/editor-errors';

/** Rules for the search synonyms that need no Astro (so unit tests reach them). */

export const aliasFile = 'content/search-aliases.yaml';

/**
 * Glossary terms that are abbreviations get their expansion as a synonym: a term without
 * lower-case letters ("RB", "SOP AP", "K/L") or a single word ("Tupoksi", "Permen").
 */
export function glossaryAliasGroups(terms: readonly { term: string; expansion?: string }[]): string[][] {
  return terms
    .filter((t) => t.expansion && (!/\p{Ll}/u.test(t.term) || !/\s/.test(t.term.trim())))
    .map((t) => [t.term, t.expansion!]);
}

/** A phrase written in two groups of the alias file is a mistake: say where, in editor words. */
export function duplicatePhrases(groups: readonly { id: string; phrases: readonly string[] }[], file = aliasFile): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  groups.forEach((group, g) => {
    group.phrases.forEach((phrase, p) => {
      const key = normalizeQuery(phrase);
      if (!key) {
        problems.push({ file, field: `${g}.phrases.${p}`, message: `frasa "${phrase}" kosong setelah kata "nomor"/"tahun" dibuang` });
        return;
      }
      const first = seen.get(key);
      if (first && first !== group.id) {
        problems.push({ file, field: `${g}.phrases.${p}`, message: `frasa "${phrase}" sudah ada di kelompok "${first}"; satu frasa hanya boleh di satu kelompok` });
      } else seen.set(key, group.id);
    });
  });
  return problems;
}

