// The regional inventory as the steering group uses it: from any page's
// footer to the matrix, narrowed to a theme, totals per municipality, and the
// two downloads. JavaScript on and off.
import jsonld from 'jsonld';
import { test, expect, MUNICIPALITY_COUNT } from './helpers.mjs';

test('from the footer to the inventory, narrowed to a theme, with downloads', async ({ page, visit, navigate }) => {
  await visit('/ieper');
  await navigate(() => page.getByRole('contentinfo').getByRole('link', { name: 'Welke diensten zijn online?' }).click());
  await expect(page).toHaveURL(/\/inventaris$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Welke diensten bieden de Westhoekgemeenten online aan?',
  );

  // The totals: one row per municipality and one for the region.
  const totals = page.getByRole('region', { name: 'Per gemeente' }).getByRole('table');
  await expect(totals.locator('tbody tr')).toHaveCount(MUNICIPALITY_COUNT);
  await expect(totals.locator('tfoot th')).toHaveText('Hele Westhoek');
  const ieper = totals.getByRole('row', { name: /^Ieper / });
  await expect(ieper.locator('td').first()).toHaveText(/^\d+ van \d+$/);

  // The matrix: every cell has a name for screen readers.
  const matrix = page.getByRole('region', { name: 'Per product' }).getByRole('table');
  const all = await matrix.locator('tbody tr').count();
  expect(all).toBeGreaterThanOrEqual(30);
  await expect(matrix.locator('thead th')).toHaveCount(MUNICIPALITY_COUNT + 1);
  const passport = matrix.getByRole('row', { name: /^Paspoort/ });
  await expect(passport.locator('td')).toHaveCount(MUNICIPALITY_COUNT);
  await expect(passport.locator('td').first()).toHaveText(
    /^(Volledig online|Online, met één bezoek aan het gemeentehuis|Op afspraak in het gemeentehuis|Aan het loket in het gemeentehuis|Niet aangeboden)$/,
  );

  // Narrow to a theme with the form (a GET: works without JavaScript).
  await page.getByLabel('Toon de producten van').selectOption({ label: 'Afval' });
  await navigate(() => page.getByRole('button', { name: 'Toon', exact: true }).click());
  await expect(page).toHaveURL(/\/inventaris\?onderwerp=waste$/);
  const narrowed = await matrix.locator('tbody tr').count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  await expect(page.getByLabel('Toon de producten van')).toHaveValue('waste');

  // The downloads hold the same rows.
  const csv = page.getByRole('link', { name: 'als CSV (voor een rekenblad)' });
  await expect(csv).toHaveAttribute('href', '/inventaris.csv?onderwerp=waste');
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  expect(download.suggestedFilename()).toBe('westhoek-inventaris-waste.csv');
  const response = await page.request.get('/inventaris.json?onderwerp=waste');
  expect(response.ok()).toBe(true);
  const json = await response.json();
  expect(json.products).toHaveLength(narrowed);
  expect(json.municipalities).toHaveLength(MUNICIPALITY_COUNT);
});

test('the wide matrix scrolls inside its own region, which the keyboard reaches', async ({ page, visit }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await visit('/inventaris');
  const region = page.getByRole('region', { name: 'Per product' });
  await region.focus();
  await expect(region).toBeFocused();
  const before = await region.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
});

test('the whole catalogue is valid JSON-LD with CPSV-AP terms', async ({ page, visit }) => {
  await visit('/inventaris');
  const link = page.getByRole('link', { name: 'Download de hele catalogus (open data, JSON-LD)' });
  await expect(link).toHaveAttribute('href', '/catalogus.jsonld');
  const response = await page.request.get('/catalogus.jsonld');
  expect(response.headers()['content-type']).toBe('application/ld+json');
  const document = await response.json();
  // `safe` fails on anything that does not map to an IRI (a field the
  // context forgot) and on every other lossy conversion.
  const quads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true });
  expect(quads).toContain('<http://purl.org/dc/terms/identifier> "passport" .');
  expect(quads).toContain('<http://purl.org/dc/terms/title> "Paspoort" .');
  expect(quads).toContain('<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/vocab/cpsv#PublicService> .');
});
