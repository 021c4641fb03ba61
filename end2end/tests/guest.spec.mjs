// Guest sign-in for residents without a Belgian eID: an e-mail address, a
// code by mail (from the real test SMTP server that .ci/test starts; its HTTP
// API is SMTP_API), a wrong code, the right one, my data, and ending the
// guest account. With and without JavaScript; axe on every page and state.
// The two projects run at the same time, so each has its own address.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

const SMTP_API = process.env.SMTP_API;

/** The newest mail to `address`, waiting for it to arrive (the outbox sends it). */
async function newestMailTo(request, address, after) {
  let found;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${SMTP_API}/messages`);
        const messages = await response.json();
        found = messages.filter((message) => message.envelope.rcptTo.includes(address)).slice(after);
        return found.length;
      },
      { timeout: 15_000, message: `a mail to ${address}` },
    )
    .toBeGreaterThan(0);
  return found[found.length - 1];
}

async function mailCount(request, address) {
  const messages = await (await request.get(`${SMTP_API}/messages`)).json();
  return messages.filter((message) => message.envelope.rcptTo.includes(address)).length;
}

test('a guest signs in with a code by e-mail, sees her data and ends the account', async ({ page, request, visit, navigate, intendedStatuses }, testInfo) => {
  expect(SMTP_API, 'SMTP_API: the test SMTP server that .ci/test starts').toBeTruthy();
  const address = `gast.${testInfo.project.name}.${Date.now()}@example.org`;
  const before = await mailCount(request, address);

  await visit('/aanmelden');
  const email = page.getByLabel('E-mailadres', { exact: true });
  await expect(page.getByRole('heading', { name: 'Geen Belgische eID? Meld u aan met uw e-mailadres' })).toBeVisible();
  // A refused address answers 400 with the sign-in page again.
  intendedStatuses.push([400, '/aanmelden/gast']);
  await email.fill('geen adres');
  await navigate(() => page.getByRole('button', { name: 'Stuur mij een code' }).click());
  await expect(page.locator('.error-summary')).toContainText('Vul een e-mailadres in zoals naam@voorbeeld.be.');
  await expect(page.getByLabel('E-mailadres', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '/aanmelden (guest address refused)');

  await page.getByLabel('E-mailadres', { exact: true }).fill(address);
  await navigate(() => page.getByRole('button', { name: 'Stuur mij een code' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul uw code in');
  await expectNoAxeViolations(page, '/aanmelden/gast/code');

  const mail = await newestMailTo(request, address, before);
  expect(mail.subject).toBe('Uw code om aan te melden bij e-Westhoek');
  expect(mail.contentLanguage).toBe('nl');
  const code = mail.text.match(/^\d{6}$/m)?.[0];
  expect(code, mail.text).toBeTruthy();

  // A wrong code: said at the field and in the summary; it can be typed again.
  const wrong = code === '000000' ? '111111' : '000000';
  await page.getByLabel('Code uit de e-mail').fill(wrong);
  await navigate(() => page.getByRole('button', { name: 'Aanmelden', exact: true }).click());
  await expect(page.locator('.error-summary')).toContainText('Deze code klopt niet.');
  await expect(page.getByLabel('Code uit de e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '/aanmelden/gast/code?fout=verkeerd');

  await page.getByLabel('Code uit de e-mail').fill(code);
  await navigate(() => page.getByRole('button', { name: 'Aanmelden', exact: true }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn gegevens');
  await expect(page.locator('main')).toContainText(address);
  await expect(page.locator('main')).toContainText('een code per e-mail');
  await expectNoAxeViolations(page, '/mijn (guest)');

  // Ending the account signs out; the address is gone with it.
  await navigate(() => page.getByRole('button', { name: 'Mijn gastaccount beëindigen' }).click());
  await expect(page.locator('main')).toContainText('Uw gastaccount is beëindigd.');
  await expect(page.locator('nav.account-nav')).toContainText('Aanmelden');
  await expectNoAxeViolations(page, '/afgemeld?account=beeindigd');
  const mine = await page.request.get('/mijn');
  expect(mine.status()).toBe(401);
});
