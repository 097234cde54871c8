import { test } from '../support/fixtures';
import { accentsFindTheSamePages, punctuationGetsAMessage } from '../support/search-normalise';

// Over http, Pagefind answers; the query is normalised before it gets there (src/shared/search/query.ts).
test('an accent typed composed or decomposed finds the same pages as the plain word (Pagefind)', async ({ page }) => {
  await accentsFindTheSamePages(page, '/cari/');
});

test('a query of punctuation only, or an empty one, gets a message (Pagefind)', async ({ page }) => {
  await punctuationGetsAMessage(page, '/cari/');
});
