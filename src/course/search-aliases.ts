import { getCollection } from 'astro:content';
import { getCourse } from './course';
import { duplicatePhrases, glossaryAliasGroups } from './search-alias-rules';
import { formatProblems } from '../schemas/editor-errors';

/** The synonym groups the search page hands to its script: the alias file plus the glossary's abbreviations. */
export async function getSearchAliasGroups(): Promise<string[][]> {
  const entries = await getCollection('searchAliases');
  const groups = entries.map((e) => ({ id: e.id, phrases: e.data.phrases }));
  const problems = duplicatePhrases(groups);
  if (problems.length) throw new Error(formatProblems(problems));
  const { glossary } = await getCourse();
  return [...groups.map((g) => g.phrases), ...glossaryAliasGroups([...glossary.values()])];
}
