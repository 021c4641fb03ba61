// Help at the digital help desk: a citizen makes a code, the helper enters
// it (first a wrong one), both see the help and what the helper did, the
// citizen stops it; a helper records a consent signed on paper. Plain
// forms: with and without JavaScript; axe on every page and state. The two
// projects run at the same time, so each has its own citizen.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

function citizenFor(testInfo) {
  return testInfo.project.name === 'js-on' ? 'Els Vandamme' : 'Jan Declercq';
}

async function signInAs(page, visit, navigate, name) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: `Aanmelden als ${name}` }).click());
}

// The helper (Karim, at the Ieper desk) in a browser of his own, on /hulp,
// with JavaScript as the project has it.
async function helperAtTheDesk(browser, testInfo) {
  const desk = await browser.newContext({
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
    locale: 'nl-BE',
  });
  const helper = await desk.newPage();
  await helper.goto('/aanmelden');
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Aanmelden als Karim El Amrani' }).click()]);
  await helper.goto('/hulp');
  return helper;
}

test('a citizen gives a helper a code, the helper helps, the citizen stops it', async ({ browser, page, visit, navigate }, testInfo) => {
  const citizen = citizenFor(testInfo);
  await signInAs(page, visit, navigate, citizen);
  await navigate(() => page.getByRole('link', { name: 'Hulp van een helper' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp van een helper');
  await expectNoAxeViolations(page, '/mijn/hulp');

  await page.getByLabel('uw gegevens en aanvragen bekijken, en aanvragen doen in uw naam').check();
  await page.getByLabel('1 dag').check();
  await navigate(() => page.getByRole('button', { name: 'Code maken' }).click());
  const digits = page.locator('.help-code__digits');
  await expect(digits).toHaveText(/^\d{4} \d{4}$/);
  const code = await digits.textContent();
  await expectNoAxeViolations(page, '/mijn/hulp (with a code)');

  // The helper, in another browser.
  const helper = await helperAtTheDesk(browser, testInfo);
  await expect(helper.getByRole('heading', { level: 1 })).toHaveText('Digitale hulp');
  await expectNoAxeViolations(helper, '/hulp');

  await helper.getByLabel('Code van de burger').fill('0000 0000');
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Hulp beginnen' }).click()]);
  await expect(helper.locator('.error-summary')).toContainText('Deze code klopt niet');
  await expect(helper.getByLabel('Code van de burger')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(helper, '/hulp?fout=code');

  await helper.getByLabel('Code van de burger').fill(code);
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Hulp beginnen' }).click()]);
  await expect(helper.getByRole('status')).toContainText('De code klopt.');
  await expect(helper.locator('.help-list')).toContainText(citizen);
  await expectNoAxeViolations(helper, '/hulp?melding=aanvaard');
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('link', { name: `Gegevens van ${citizen} bekijken` }).click()]);
  await expect(helper.getByRole('heading', { level: 1 })).toHaveText(`Gegevens van ${citizen}`);
  await expect(helper.locator('main')).toContainText(`U helpt ${citizen} als helper van de digitale hulp.`);
  await expect(helper.locator('main')).toContainText('U bekeek de gegevens.');
  await expectNoAxeViolations(helper, '/hulp/burger/…');

  // The citizen sees who helps her, and stops it.
  await visit('/mijn/hulp');
  await expect(page.locator('.help-list')).toContainText('Karim El Amrani (digitale hulp Ieper)');
  await expect(page.locator('.help-list')).toContainText('aanvragen doen in uw naam');
  await navigate(() => page.getByRole('button', { name: 'Hulp van Karim El Amrani stoppen' }).click());
  await expect(page.getByRole('status')).toContainText('De hulp is gestopt.');
  await expect(page.locator('main')).toContainText('Geen enkele helper mag nu voor u werken.');
  // What the helper did, with his name and desk.
  const done = page.getByRole('table', { name: 'Wat helpers van de digitale hulp voor u deden, het laatste eerst' });
  await expect(done).toContainText('Bekeek uw gegevens, met uw toestemming');
  await expect(done).toContainText('Karim El Amrani (digitale hulp Ieper)');
  await expectNoAxeViolations(page, '/mijn/hulp (what helpers did)');

  await helper.goto('/hulp');
  await expect(helper.locator('main')).not.toContainText(citizen);

  await visit('/mijn/inzage');
  await expect(page.locator('main')).toContainText('Begon u te helpen, met uw code');
  await expect(page.locator('main')).toContainText('Bekeek uw gegevens, met uw toestemming');
  await helper.context().close();
});

const rrnOf = { 'Els Vandamme': '85.07.30-033.28', 'Jan Declercq': '79.03.12-145.11' };
// Jan lives in Poperinge, not in Ieper where Karim's desk is: a reason is needed.
const reasonFor = { 'Jan Declercq': 'Woont bij zijn dochter in Ieper' };

test('a helper records a consent signed on paper; the citizen sees it and stops it', async ({ browser, page, visit, navigate }, testInfo) => {
  const citizen = citizenFor(testInfo);
  const reference = `DH-${testInfo.project.name}`;
  const helper = await helperAtTheDesk(browser, testInfo);
  await expect(helper.getByRole('heading', { level: 2, name: 'Toestemming op papier' })).toBeVisible();

  // A typing error in the number and no confirmation: both said, the rest kept.
  await helper.getByLabel('Rijksregisternummer van de burger').fill('85.07.30-033.29');
  await helper.getByLabel('Nummer van het formulier').fill(reference);
  await helper.getByLabel('1 week').check();
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Toestemming vastleggen' }).click()]);
  const summary = helper.locator('.error-summary');
  await expect(summary).toContainText('Dit rijksregisternummer klopt niet.');
  await expect(summary).toContainText('Bevestig dat u de identiteitskaart zag');
  await expect(helper.getByLabel('Rijksregisternummer van de burger')).toHaveAttribute('aria-invalid', 'true');
  await expect(helper.getByLabel('Nummer van het formulier')).toHaveValue(reference);
  await expect(helper.getByLabel('1 week')).toBeChecked();
  await expectNoAxeViolations(helper, '/hulp (paper form with errors)');

  await helper.getByLabel('Rijksregisternummer van de burger').fill(rrnOf[citizen]);
  await helper.getByLabel('Ik zag de identiteitskaart.').check();
  await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Toestemming vastleggen' }).click()]);
  const reason = reasonFor[citizen];
  if (reason) {
    // Someone of another municipality: said at the reason field, nothing recorded yet.
    await expect(helper.locator('.error-summary')).toContainText('Deze burger woont niet in de gemeente van uw balie.');
    const field = helper.getByLabel('Reden, als de burger niet in uw gemeente woont');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(helper, '/hulp (paper form, reason needed)');
    await field.fill(reason);
    await helper.getByLabel('Rijksregisternummer van de burger').fill(rrnOf[citizen]);
    await helper.getByLabel('Ik zag de identiteitskaart.').check();
    await Promise.all([helper.waitForEvent('load'), helper.getByRole('button', { name: 'Toestemming vastleggen' }).click()]);
  }
  await expect(helper.getByRole('status')).toContainText('De toestemming is vastgelegd.');
  await expect(helper.locator('.help-list')).toContainText(`${citizen}, tot`);
  await expect(helper.locator('.help-list')).toContainText(`formulier ${reference}`);
  await expectNoAxeViolations(helper, '/hulp?melding=vastgelegd');

  await signInAs(page, visit, navigate, citizen);
  await visit('/mijn/hulp');
  await expect(page.locator('.help-list')).toContainText(`U tekende daarvoor aan de balie formulier ${reference}.`);
  if (reason) {
    await expect(page.locator('.help-list')).toContainText(`De reden: ${reason}`);
  }
  await expectNoAxeViolations(page, '/mijn/hulp (help on paper)');
  await navigate(() => page.getByRole('button', { name: 'Hulp van Karim El Amrani stoppen' }).click());
  await expect(page.getByRole('status')).toContainText('De hulp is gestopt.');
  await helper.goto('/hulp');
  await expect(helper.locator('main')).not.toContainText(`formulier ${reference}`);
  await helper.context().close();
});
