// axe (WCAG 2.2 AA and below) on every page and state, with JavaScript on
// (after hydration) and off. Zero violations.
import { test, expectNoAxeViolations } from './helpers.mjs';

const PAGES = [
  ['home', '/'],
  ['home, filtered by postal code', '/?q=8957'],
  ['home, form error', '/?q=1000'],
  ['municipality', '/ieper'],
  ['municipality with a shared postal code', '/heuvelland'],
  ['regional accessibility statement', '/toegankelijkheid'],
  ["a municipality's accessibility statement", '/ieper/toegankelijkheid'],
  ['unknown municipality (404)', '/brugge'],
  ['catalogue of a municipality', '/ieper/producten'],
  ['catalogue, one life event', '/ieper/producten?onderwerp=moving'],
  ['product page (appointment)', '/ieper/producten/passport'],
  ['product page, not offered here', '/mesen/producten/passport'],
  ['catalogue search results', '/ieper/producten?q=pasport'],
  ['catalogue search without results', '/ieper/producten?q=xyzzy'],
  ['catalogue search, too long', `/ieper/producten?q=${'a'.repeat(101)}`],
  ['region catalogue', '/producten'],
  ['region search results', '/producten?q=pasport'],
  ['region page of a product', '/producten/passport'],
  ['regional inventory', '/inventaris'],
  ['regional inventory, one theme', '/inventaris?onderwerp=waste'],
  ['sign in', '/aanmelden'],
  ['guest sign-in: enter the code', '/aanmelden/gast/code'],
];

for (const [name, path] of PAGES) {
  test(`axe: ${name} (${path})`, async ({ page, visit }) => {
    await visit(path);
    await expectNoAxeViolations(page, path);
  });
}

for (const lang of ['fr', 'de', 'en']) {
  test(`axe: home in ${lang}`, async ({ page, visit, switchLanguage }) => {
    await visit('/');
    await switchLanguage(lang);
    await expectNoAxeViolations(page, `/ (${lang})`);
  });
}

test('axe: product page in en, with untranslated parts in Dutch', async ({ page, visit, switchLanguage }) => {
  await visit('/poperinge/producten/passport');
  await switchLanguage('en');
  await expectNoAxeViolations(page, '/poperinge/producten/passport (en)');
});

test('axe: regional inventory in fr', async ({ page, visit, switchLanguage }) => {
  await visit('/inventaris');
  await switchLanguage('fr');
  await expectNoAxeViolations(page, '/inventaris (fr)');
});
