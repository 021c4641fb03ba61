// The catalogue as a citizen uses it: from the municipality page to its
// products, a life event, a product page with the local way and cost, and the
// same product in a neighbouring municipality. JavaScript on and off.
import { test, expect } from './helpers.mjs';

test('browse from a municipality to a product and to a neighbour', async ({ page, visit, navigate }) => {
  await visit('/ieper');
  await navigate(() => page.getByRole('link', { name: 'Bekijk wat u kunt regelen in Ieper' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat kunt u regelen in Ieper?');

  const lifeEvents = page.getByRole('navigation', { name: 'Wat gebeurt er in uw leven?' });
  await navigate(() => lifeEvents.getByRole('link', { name: 'Verhuizen' }).click());
  await expect(lifeEvents.getByRole('link', { name: 'Verhuizen' })).toHaveAttribute('aria-current', 'true');
  const products = page.locator('.product-list__item');
  expect(await products.count()).toBeGreaterThan(0);

  await navigate(() => products.first().getByRole('link').click());
  await expect(page).toHaveURL(/\/ieper\/producten\/[a-z-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Zo werkt het in Ieper' })).toBeVisible();
  const comparison = page.locator('table.comparison tbody tr');
  await expect(comparison).toHaveCount(17);

  await navigate(() => comparison.first().getByRole('link').click());
  await expect(page).not.toHaveURL(/\/ieper\//);
  await expect(page.getByRole('heading', { level: 2, name: /^Zo werkt het in / })).toBeVisible();
});

test('search forgives a typo and finds the passport', async ({ page, visit, navigate }) => {
  await visit('/ieper/producten');
  await page.getByLabel('Zoek een product of dienst').fill('pasport');
  await navigate(() => page.getByRole('button', { name: 'Zoeken' }).click());
  await expect(page.getByRole('heading', { level: 2, name: 'Resultaten voor “pasport”' })).toBeVisible();
  await expect(page.locator('.product-list__title').first()).toHaveText('Paspoort');
});

test('a search that finds nothing says what to do', async ({ page, visit }) => {
  await visit('/ieper/producten?q=xyzzy');
  await expect(page.getByText('We vinden niets voor “xyzzy”.', { exact: false })).toBeVisible();
  await expect(page.locator('.product-list__item')).toHaveCount(0);
});
