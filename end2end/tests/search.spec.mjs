// Choosing a municipality by postal code or name: the GET form works without
// JavaScript; once hydrated, the list narrows while you type.
import { test, expect, municipalityList, MUNICIPALITY_COUNT } from './helpers.mjs';

test('submitting a postal code shows only its municipalities', async ({ page, visit, navigate }) => {
  await visit('/');
  const list = municipalityList(page);
  await page.locator('#q').fill('8957');
  await navigate(() => page.locator('form[role="search"] button[type="submit"]').click());

  await expect(page).toHaveURL(/\/\?q=8957$/);
  await expect(page.locator('#q')).toHaveValue('8957');
  await expect(list.shownNames).toHaveText(['Heuvelland', 'Mesen']);
  await expect(list.hidden).toHaveCount(MUNICIPALITY_COUNT - 2);
});

test('an unknown postal code shows an error summary that leads to the field', async ({ page, visit }) => {
  await visit('/?q=1000');
  const summary = page.locator('.error-summary');
  const field = page.locator('#q');

  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('1000');
  await expect(page.locator('#q-error')).toBeVisible();

  await summary.locator('a[href="#q"]').click();
  await expect(field).toBeFocused();
});

test('without JavaScript, typing does not filter until the form is sent', { tag: '@js-off' }, async ({ page, visit }) => {
  await visit('/');
  const list = municipalityList(page);
  await page.locator('#q').fill('ieper');

  await expect(list.shownNames).toHaveCount(MUNICIPALITY_COUNT);
  await expect(list.status).toHaveText('Er zijn 18 gemeenten.');
});

test('with JavaScript, typing narrows the list live and Enter still submits', { tag: '@js-on' }, async ({ page, visit, navigate }) => {
  await visit('/');
  const list = municipalityList(page);
  await expect(list.shownNames).toHaveCount(MUNICIPALITY_COUNT);

  await page.locator('#q').fill('ieper');
  await expect(list.shownNames).toHaveText(['Ieper']);
  await expect(list.status).toHaveText('1 gemeente gevonden.');
  await expect(page).not.toHaveURL(/[?&]q=/);

  await navigate(() => page.locator('#q').press('Enter'));
  await expect(page).toHaveURL(/\/\?q=ieper$/);
  await expect(list.shownNames).toHaveText(['Ieper']);
});
