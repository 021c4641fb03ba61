// Signing in (demo personas), my data, my child's data, my sessions and signing out: plain
// form posts with the visitor's CSRF token, so all of it works with and
// without JavaScript. axe on every page of it.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

/** Signs in as a demo persona from the sign-in page. */
async function signInAs(page, visit, navigate, name) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: `Aanmelden als ${name}` }).click());
}

test('a parent signs in, sees her data and child, her session, and signs out', async ({ page, visit, navigate }) => {
  await visit('/');
  await navigate(() => page.locator('nav.account-nav a', { hasText: 'Aanmelden' }).click());
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2F$|\/aanmelden\?terug=\/$/);
  await expectNoAxeViolations(page, '/aanmelden');

  await navigate(() => page.getByRole('button', { name: 'Aanmelden als Sofie Maes' }).click());
  // Back where she started, now signed in.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('nav.account-nav')).toContainText('Sofie Maes');

  await visit('/mijn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn gegevens');
  await expect(page.locator('main')).toContainText('88.11.02-062.57');
  await expect(page.locator('main')).toContainText('Lotte Maes');
  await expect(page.locator('main')).toContainText('Rijksregister');
  await expectNoAxeViolations(page, '/mijn');

  // She may act for her child: she sees Lotte's data, marked as such.
  await navigate(() => page.getByRole('link', { name: 'Gegevens van Lotte Maes bekijken' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gegevens van Lotte Maes');
  await expect(page.locator('main')).toContainText('U bekijkt dit als ouder van Lotte Maes.');
  await expect(page.locator('main')).toContainText('15.05.17-088.72');
  await expectNoAxeViolations(page, '/mijn/voor/…');

  await visit('/mijn/inzage');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie bekeek mijn gegevens?');
  await expectNoAxeViolations(page, '/mijn/inzage');

  await visit('/mijn/sessies');
  await expect(page.locator('table.sessions tbody tr')).toHaveCount(1);
  await expect(page.locator('table.sessions')).toContainText('(deze sessie)');
  await expectNoAxeViolations(page, '/mijn/sessies');

  await navigate(() => page.locator('nav.account-nav button', { hasText: 'Afmelden' }).click());
  await expect(page).toHaveURL(/\/afgemeld$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent afgemeld');
  await expectNoAxeViolations(page, '/afgemeld');
  // The session is gone on the server: my data now asks to sign in.
  const response = await page.request.get('/mijn');
  expect(response.status()).toBe(401);
});

test('a clerk sees her role; ending her session signs her out', async ({ page, visit, navigate }) => {
  await signInAs(page, visit, navigate, 'An Verstraete');
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.locator('main')).toContainText('Baliemedewerker – Burgerzaken, Ieper');
  await visit('/mijn/sessies');
  await navigate(() => page.getByRole('button', { name: 'Deze sessie beëindigen en afmelden' }).click());
  await expect(page).toHaveURL(/\/afgemeld$/);
  await expect(page.locator('nav.account-nav')).toContainText('Aanmelden');
});

test('signing in and my data in French', async ({ page, visit, navigate, switchLanguage }) => {
  await visit('/aanmelden');
  await switchLanguage('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se connecter');
  await expectNoAxeViolations(page, '/aanmelden (fr)');
  await navigate(() => page.getByRole('button', { name: 'Se connecter en tant que Marie Dupont' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes données');
  await expect(page.locator('main')).toContainText('une personne de démo');
  await expectNoAxeViolations(page, '/mijn (fr)');
});

test('the regional admin gives a clerk a role on the role screen', async ({ page, visit, navigate }) => {
  await signInAs(page, visit, navigate, 'Hilde Dewulf');
  await navigate(() => page.getByRole('link', { name: 'Rollen van medewerkers' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rollen van medewerkers');
  await expectNoAxeViolations(page, '/beheer/rollen');
  const card = page.locator('section.staff-card', { has: page.getByRole('heading', { name: 'An Verstraete' }) });
  await card.getByLabel('Rol', { exact: true }).selectOption('team_lead');
  await card.getByLabel('Waar').selectOption({ label: 'Ieper' });
  await card.getByLabel('Dienst (niet verplicht)').fill('Burgerzaken');
  await navigate(() => card.getByRole('button', { name: 'Rol geven aan An Verstraete' }).click());
  await expect(page.getByRole('status')).toContainText('De rol is gegeven.');
  await expect(card).toContainText('Teamleider – Burgerzaken, Ieper');
  await expectNoAxeViolations(page, '/beheer/rollen?gedaan=toegekend');
});

test('a citizen changes how we send her messages; a wrong address is said at the field', async ({ page, visit, navigate }, testInfo) => {
  // The two projects run at the same time: each its own citizen.
  const [name, address] = testInfo.project.name === 'js-on'
    ? ['Els Vandamme', 'els.js-on@example.org']
    : ['Jan Declercq', 'jan.js-off@example.org'];
  await signInAs(page, visit, navigate, name);
  await visit('/mijn');
  const field = page.getByLabel('E-mailadres voor berichten');
  await field.fill('geen adres');
  await navigate(() => page.getByRole('button', { name: 'Voorkeuren bewaren' }).click());
  await expect(page.locator('.error-summary')).toContainText('Vul een e-mailadres in zoals naam@voorbeeld.be.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '/mijn?fout=email-ongeldig');

  await field.fill(address);
  await page.getByLabel('Français').check();
  await navigate(() => page.getByRole('button', { name: 'Voorkeuren bewaren' }).click());
  await expect(page.getByRole('status')).toContainText('Uw voorkeuren zijn bewaard.');
  await expect(field).toHaveValue(address);
  await expect(page.getByLabel('Français')).toBeChecked();
  await expectNoAxeViolations(page, '/mijn?melding=contact');
});
