// Console hygiene: no console error or warning and no uncaught error on any
// page. The consoleProblems fixture records them in every test; here each page
// is visited on its own (and, with JavaScript on, hydrated) so that a problem
// names its page. Only the 404 pages may log the failed load of their document.
import { test, expectCleanConsole } from './helpers.mjs';

const PATHS = [
  '/',
  '/?q=8957',
  '/?q=1000',
  '/ieper',
  '/heuvelland',
  '/toegankelijkheid',
  '/ieper/toegankelijkheid',
  '/ieper/producten',
  '/ieper/producten/passport',
  '/inventaris',
  '/producten',
  '/producten/passport',
  '/brugge',
  '/no/such/page',
];

for (const path of PATHS) {
  test(`console: clean on ${path}`, async ({ visit, consoleProblems }) => {
    await visit(path);
    expectCleanConsole(consoleProblems);
  });
}

test('console: clean after switching language', async ({ visit, switchLanguage, consoleProblems }) => {
  await visit('/ieper');
  await switchLanguage('fr');
  await switchLanguage('nl');
  expectCleanConsole(consoleProblems);
});
