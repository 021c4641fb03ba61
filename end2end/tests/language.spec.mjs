// The language switch is a plain form post: it works with and without
// JavaScript and brings you back to the page you were on.
import { test, expect } from './helpers.mjs';

test('switching to French on /ieper and back to Dutch', async ({ page, visit, switchLanguage }) => {
  const skipLink = page.locator('a.skip-link');
  const current = page.locator('nav.language-switch [aria-current="true"]');

  await visit('/ieper');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(current).toHaveAttribute('lang', 'nl');

  await switchLanguage('fr');
  await expect(page).toHaveURL(/\/ieper$/);
  await expect(skipLink).toHaveText('Aller au contenu');
  await expect(current).toHaveAttribute('lang', 'fr');
  await expect(page.locator('nav.language-switch button[name="lang"][value="fr"]')).toHaveCount(0);

  await switchLanguage('nl');
  await expect(page).toHaveURL(/\/ieper$/);
  await expect(skipLink).toHaveText('Ga naar de inhoud');
  await expect(current).toHaveAttribute('lang', 'nl');
});

test('every page offers the other languages', async ({ page, visit }) => {
  await visit('/');
  const buttons = page.locator('nav.language-switch form[method="post"][action="/taal"] button[name="lang"]');
  await expect(buttons).toHaveCount(3);
  await expect(page.locator('nav.language-switch span[aria-current="true"]')).toHaveAttribute('lang', 'nl');
  for (const code of ['fr', 'de', 'en']) {
    await expect(buttons.and(page.locator(`[value="${code}"]`))).toHaveCount(1);
  }
});
