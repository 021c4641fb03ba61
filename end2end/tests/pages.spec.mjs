// What the server renders on each kind of page.
import { test, expect, municipalityList, MUNICIPALITY_COUNT, NOT_FOUND_PATHS } from './helpers.mjs';

test('the home page lists all municipalities', async ({ page, visit }) => {
  const response = await visit('/');
  expect(response.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('form[role="search"][method="get"][action="/"] label[for="q"]')).toHaveCount(1);
  await expect(page.locator('#q')).toHaveAttribute('autocomplete', 'postal-code');

  const list = municipalityList(page);
  await expect(list.items).toHaveCount(MUNICIPALITY_COUNT);
  await expect(list.shownNames).toHaveCount(MUNICIPALITY_COUNT);
  await expect(list.status).toHaveText('Er zijn 18 gemeenten.');
  await expect(list.links.first()).toHaveAttribute('href', /^\/[a-z-]+$/);
  await expect(page.locator('footer a[href="/toegankelijkheid"]')).toHaveCount(1);
});

test('a municipality page shows contact details and opening hours', async ({ page, visit }) => {
  const response = await visit('/ieper');
  expect(response.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Ieper');
  await expect(page.locator('h2#contact')).toBeVisible();
  await expect(page.locator('table.hours th[scope="row"]')).toHaveCount(7);
  await expect(page.locator('footer a[href="/ieper/toegankelijkheid"]')).toHaveCount(1);
});

test('a postal code shared with another municipality is marked as partial', async ({ page, visit }) => {
  await visit('/heuvelland');
  await expect(page.locator('h1')).toHaveText('Heuvelland');
  await expect(page.locator('main')).toContainText('8957 (een deel)');
});

for (const path of ['/toegankelijkheid', '/ieper/toegankelijkheid']) {
  test(`the accessibility statement at ${path}`, async ({ page, visit }) => {
    const response = await visit(path);
    expect(response.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Toegankelijkheidsverklaring');
    await expect(page.locator(`footer a[href="${path}"]`)).toHaveCount(1);
  });
}

for (const path of NOT_FOUND_PATHS) {
  test(`an unknown address answers 404 with an error id: ${path}`, async ({ page, visit }) => {
    const response = await visit(path);
    expect(response.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
    const errorId = page.locator('code[data-error-id]');
    await expect(errorId).toHaveCount(1);
    await expect(errorId).toHaveText(/\S/);
  });
}
