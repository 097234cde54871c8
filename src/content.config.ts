import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { deckSchema } from './schemas/deck';
import { regulationSchema } from './schemas/regulation';
import { glossarySchema } from './schemas/glossary';
import { searchAliasSchema } from './schemas/search-alias';
import { yamlListLoader } from './content/yaml-list-loader';

/**
 * The only gate between what editors write (content/, slides/) and the pages. Each schema carries
 * editor-facing error wording; cross-references between collections are checked in
 * src/course/course.ts, which every page goes through.
 */
export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/lessons' }), schema: lessonSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/quizzes' }), schema: quizSchema }),
  decks: defineCollection({ loader: glob({ pattern: '*.md', base: './slides' }), schema: deckSchema }),
  regulations: defineCollection({ loader: yamlListLoader('content/regulations.yaml'), schema: regulationSchema }),
  glossary: defineCollection({ loader: yamlListLoader('content/glossary.yaml'), schema: glossarySchema }),
  searchAliases: defineCollection({ loader: yamlListLoader('content/search-aliases.yaml'), schema: searchAliasSchema }),
};
