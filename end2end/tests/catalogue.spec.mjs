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

test('search the whole region, then see how it works in one municipality', async ({ page, visit, navigate }) => {
  await visit('/');
  await navigate(() => page.getByRole('link', { name: 'Bekijk alle producten en diensten' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat kunt u regelen in de Westhoek?');
  await page.getByLabel('Zoek een product of dienst').fill('passeport');
  await navigate(() => page.getByRole('button', { name: 'Zoeken' }).click());
  await expect(page).toHaveURL(/\/producten\?q=passeport#producten$/);
  const first = page.locator('.product-list__item').first();
  await expect(first.locator('.product-list__title')).toHaveText('Paspoort');
  await expect(first).toContainText(/In \d+ van de 18 gemeenten\./);

  await navigate(() => first.getByRole('link', { name: 'Paspoort' }).click());
  await expect(page).toHaveURL(/\/producten\/passport$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Hoe werkt het bij u?' })).toBeVisible();
  const table = page.getByRole('region', { name: 'In de Westhoekgemeenten' });
  await expect(table.locator('tbody tr')).toHaveCount(18);
  await navigate(() => table.getByRole('link', { name: 'Ieper' }).click());
  await expect(page).toHaveURL(/\/ieper\/producten\/passport$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Zo werkt het in Ieper' })).toBeVisible();
});
