// Every form's error state, the same everywhere (WCAG 3.3.1, 2.4.3): after a
// refused submit the page shows ALL problems at once in the error summary,
// the summary has focus when the page loads (with and without JavaScript:
// `autofocus`, and a redirect's fragment names the summary itself), each
// entry links to its field, and <title> starts with the locale's "Fout: ".
// The two projects run at the same time, so each uses its own products.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

const PREFIX = { nl: 'Fout: ', fr: 'Erreur : ', de: 'Fehler: ', en: 'Error: ' };

/**
 * The summary is focused, lists exactly these fields (in this order) with a
 * link each to an element that exists, and the title carries the prefix.
 */
async function expectErrorState(page, fieldIds, lang = 'nl') {
  const summary = page.locator('.error-summary');
  await expect(summary).toHaveCount(1);
  await expect(summary).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), {
      message: 'focus on the error summary',
    })
    .toBe(true);
  await expect(summary).toHaveAttribute('role', 'alert');
  await expect(summary).toHaveAccessibleName(/\S/);
  const hrefs = await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(fieldIds.map((id) => `#${id}`));
  for (const id of fieldIds) {
    await expect(page.locator(`[id="${id}"]`), `the field ${id} the summary links to`).toHaveCount(1);
  }
  expect(await page.title()).toMatch(new RegExp(`^${PREFIX[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S`));
}

async function signInAs(page, visit, navigate, name) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: `Aanmelden als ${name}` }).click());
}

test('the municipality chooser reports an unknown postal code with a focused summary', async ({ page, visit, navigate }) => {
  await visit('/');
  await page.locator('#q').fill('1000');
  await navigate(() => page.locator('form.chooser__form button[type="submit"]').click());
  await expectErrorState(page, ['q']);
});

for (const lang of ['fr', 'de', 'en']) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: lang });
    test(`the error title prefix and summary are in ${lang} too`, async ({ page, visit }) => {
      await visit('/?q=1000');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectErrorState(page, ['q'], lang);
    });
  });
}

test('a too long catalogue search is reported with a focused summary', async ({ page, visit, navigate }) => {
  await visit('/ieper/producten');
  await page.locator('#q').fill('a'.repeat(101));
  await navigate(() => page.locator('form.catalogue-search button[type="submit"]').click());
  await expectErrorState(page, ['q']);
});

test('a refused guest address is reported with a focused summary', async ({ page, visit, navigate, intendedStatuses }) => {
  intendedStatuses.push([400, '/aanmelden/gast']);
  await visit('/aanmelden');
  await page.getByLabel('E-mailadres', { exact: true }).fill('geen adres');
  await navigate(() => page.getByRole('button', { name: 'Stuur mij een code' }).click());
  await expectErrorState(page, ['guest-email']);
});

test('a malformed guest code, and a code that no longer works, are reported with a focused summary', async ({ page, visit, navigate }) => {
  await visit('/aanmelden/gast/code');
  await page.getByLabel('Code uit de e-mail').fill('12');
  await navigate(() => page.getByRole('button', { name: 'Aanmelden', exact: true }).click());
  await expectErrorState(page, ['guest-code']);
  // No code was asked in this browser: the summary leads to asking a new one.
  await page.getByLabel('Code uit de e-mail').fill('123456');
  await navigate(() => page.getByRole('button', { name: 'Aanmelden', exact: true }).click());
  await expectErrorState(page, ['guest-code-new']);
  await expectNoAxeViolations(page, '/aanmelden/gast/code (code no longer works)');
});

test('a bad address in my contact preferences is reported with a focused summary', async ({ page, visit, navigate }) => {
  await signInAs(page, visit, navigate, 'Els Vandamme');
  await visit('/mijn');
  const field = page.locator('#contact-email');
  await field.fill('geen adres');
  await navigate(() => field.locator('xpath=ancestor::form').locator('button[type="submit"]').click());
  await expect(page).toHaveURL(/\/mijn\?fout=email-ongeldig#fout$/);
  await expectErrorState(page, ['contact-email'], await page.locator('html').getAttribute('lang'));
});

test('the help desk reports a wrong code, and every problem of an empty paper form at once', async ({ page, visit, navigate }) => {
  await signInAs(page, visit, navigate, 'Karim El Amrani');
  await visit('/hulp');
  await page.getByLabel('Code van de burger').fill('0000 0000');
  await navigate(() => page.getByRole('button', { name: 'Hulp beginnen' }).click());
  await expectErrorState(page, ['helper-code']);

  await visit('/hulp');
  await navigate(() => page.getByRole('button', { name: 'Toestemming vastleggen' }).click());
  await expectErrorState(page, ['helper-paper-rrn', 'helper-paper-reference', 'helper-paper-confirmed']);
});

test('the catalogue editor reports all mistakes of a draft and of a new product at once', async ({ page, visit, navigate }, testInfo) => {
  const product = testInfo.project.name === 'js-on' ? 'terrace-permit' : 'signage-permit';
  await signInAs(page, visit, navigate, 'Tom Vermeulen');

  // A new product with no title and a bad code: both on the first submit.
  await visit('/beheer/catalogus/regio');
  await page.getByLabel('Titel (Nederlands)').fill('');
  await page.getByLabel('Code voor het webadres').fill('Fiets beugel!');
  await navigate(() => page.getByRole('button', { name: 'Ontwerp beginnen' }).click());
  await expect(page).toHaveURL(/#fout$/);
  await expectErrorState(page, ['new-title', 'new-code']);
  await expect(page.getByLabel('Code voor het webadres')).toHaveValue('Fiets beugel!');
  await expectNoAxeViolations(page, '/beheer/catalogus/regio (new product, two errors)');

  // A draft with two mistakes.
  await visit(`/beheer/catalogus/regio/${product}`);
  await page.getByLabel('Titel (Nederlands)').fill('');
  await page.getByLabel('Kosten in euro (standaard)').fill('twaalf euro');
  await navigate(() => page.getByRole('button', { name: 'Bewaren en publiceren' }).click());
  await expectErrorState(page, ['default_fee', 'nl-title']);
  await navigate(() => page.getByRole('button', { name: 'Ontwerp weggooien' }).click());
  await expect(page.getByRole('status')).toContainText('Het ontwerp is weggegooid.');
});
