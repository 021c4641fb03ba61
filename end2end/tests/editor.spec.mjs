// The catalogue editing screens: a regional editor's draft with mistakes
// (shown at the fields, nothing published) thrown away again, a new
// product form with an error, and a municipal admin publishing her
// municipality's own note. Plain forms: with and without JavaScript; axe on
// every page and state. The two projects run at the same time, so each
// works on its own products.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

/** Products per project: (regional draft, Poperinge's note). */
function productsFor(testInfo) {
  return testInfo.project.name === 'js-on'
    ? { concept: 'holiday-camps', conceptTitle: 'Sportkampen en speelpleinwerking', local: 'library-membership' }
    : { concept: 'life-certificate', conceptTitle: 'Attest van leven', local: 'residence-certificate' };
}

async function signInAs(page, visit, navigate, name) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: `Aanmelden als ${name}` }).click());
}

test('a regional editor saves a draft with mistakes, sees them at the fields, and throws it away', async ({ page, visit, navigate }, testInfo) => {
  const { concept, conceptTitle } = productsFor(testInfo);
  await signInAs(page, visit, navigate, 'Tom Vermeulen');
  await navigate(() => page.getByRole('link', { name: 'Productcatalogus beheren' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Productcatalogus beheren');
  // Tom edits the region's products, not a municipality's.
  await expect(page.locator('main .link-list a')).toHaveCount(1);
  await expectNoAxeViolations(page, '/beheer/catalogus');

  await navigate(() => page.getByRole('link', { name: 'Regionale productfiches' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionale productfiches');
  await expectNoAxeViolations(page, '/beheer/catalogus/regio');

  await navigate(() => page.getByRole('link', { name: conceptTitle, exact: true }).click());
  await expect(page).toHaveURL(new RegExp(`/beheer/catalogus/regio/${concept}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(conceptTitle);
  await expect(page.locator('main')).toContainText('U ziet de gepubliceerde versie.');
  await expectNoAxeViolations(page, `/beheer/catalogus/regio/${concept}`);

  // Two mistakes: no Dutch title, and a fee in words.
  await page.getByLabel('Titel (Nederlands)').fill('');
  await page.getByLabel('Kosten in euro (standaard)').fill('twaalf euro');
  await navigate(() => page.getByRole('button', { name: 'Bewaren en publiceren' }).click());
  await expect(page).toHaveURL(/melding=fouten$/);
  await expect(page.getByRole('status')).toContainText('Los eerst de fouten op.');
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Titel (Nederlands): Vul dit in.');
  await expect(summary).toContainText('Kosten in euro (standaard): Schrijf een bedrag in euro');
  const fee = page.getByLabel('Kosten in euro (standaard)');
  await expect(fee).toHaveValue('twaalf euro');
  await expect(fee).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, `/beheer/catalogus/regio/${concept} (with errors)`);
  // The summary's link leads to the field.
  await summary.getByRole('link', { name: /Titel \(Nederlands\)/ }).click();
  await expect(page).toHaveURL(/#nl-title$/);

  // Nothing public changed.
  const publicPage = await page.request.get(`/producten/${concept}`);
  expect(await publicPage.text()).toContain(conceptTitle);

  await navigate(() => page.getByRole('button', { name: 'Ontwerp weggooien' }).click());
  await expect(page).toHaveURL(/\/beheer\/catalogus\/regio\?melding=weggegooid$/);
  await expect(page.getByRole('status')).toContainText('Het ontwerp is weggegooid.');

  // A new product needs a proper code.
  await page.getByLabel('Titel (Nederlands)').fill('Fietsbeugel aanvragen');
  await page.getByLabel('Code voor het webadres').fill('Fiets beugel!');
  await navigate(() => page.getByRole('button', { name: 'Ontwerp beginnen' }).click());
  await expect(page.locator('.error-summary')).toContainText('Schrijf de code met alleen kleine letters');
  await expect(page.getByLabel('Titel (Nederlands)')).toHaveValue('Fietsbeugel aanvragen');
  await expectNoAxeViolations(page, '/beheer/catalogus/regio (new product error)');

  await visit(`/beheer/catalogus/regio/${concept}/geschiedenis`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Geschiedenis van ${conceptTitle}`);
  await expectNoAxeViolations(page, `/beheer/catalogus/regio/${concept}/geschiedenis`);
});

test("a municipal admin publishes her municipality's own note", async ({ page, visit, navigate }, testInfo) => {
  const { local } = productsFor(testInfo);
  const note = `Bel eerst naar het gemeentehuis (${testInfo.project.name}, ${Date.now()}).`;
  await signInAs(page, visit, navigate, 'Griet Desmet');
  await visit('/beheer/catalogus');
  await navigate(() => page.getByRole('link', { name: 'Producten van Poperinge' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Producten van Poperinge');
  await expectNoAxeViolations(page, '/beheer/catalogus/poperinge');

  await visit(`/beheer/catalogus/poperinge/${local}`);
  await expect(page.getByRole('group', { name: 'Biedt Poperinge dit product aan?' })).toBeVisible();
  await expectNoAxeViolations(page, `/beheer/catalogus/poperinge/${local}`);
  await page.getByLabel('Eigen uitleg van de gemeente (Nederlands)').fill(note);
  await navigate(() => page.getByRole('button', { name: 'Bewaren en publiceren' }).click());
  await expect(page.getByRole('status')).toContainText('Gepubliceerd.');
  await expectNoAxeViolations(page, `/beheer/catalogus/poperinge/${local}?melding=gepubliceerd`);

  await navigate(() => page.getByRole('link', { name: 'Bekijk de pagina zoals burgers ze zien' }).click());
  await expect(page).toHaveURL(new RegExp(`/poperinge/producten/${local}$`));
  await expect(page.locator('main')).toContainText(note);
  // Editors find their way back from the public page.
  await expect(page.getByRole('link', { name: 'Bewerken hoe Poperinge dit aanbiedt' })).toHaveAttribute(
    'href',
    `/beheer/catalogus/poperinge/${local}`,
  );
  await expectNoAxeViolations(page, `/poperinge/producten/${local} (as an editor)`);

  await visit(`/beheer/catalogus/poperinge/${local}/geschiedenis`);
  await expect(page.locator('.history-list__item').first()).toContainText('Griet Desmet (Beheerder van de gemeente – Poperinge)');
  await expect(page.locator('.history-list__item').first()).toContainText(note);
  await expectNoAxeViolations(page, `/beheer/catalogus/poperinge/${local}/geschiedenis`);
});

test('the editing screens in French', async ({ page, visit, navigate, switchLanguage }, testInfo) => {
  const { concept } = productsFor(testInfo);
  await signInAs(page, visit, navigate, 'Tom Vermeulen');
  await visit(`/beheer/catalogus/regio/${concept}`);
  await switchLanguage('fr');
  await expect(page.getByRole('button', { name: 'Enregistrer et publier' })).toBeVisible();
  await expect(page.getByLabel('Titre (néerlandais)')).toHaveAttribute('lang', 'nl');
  await expectNoAxeViolations(page, `/beheer/catalogus/regio/${concept} (fr)`);
});
