// Takes the README's screenshots from a running server:
//   BASE_URL=http://127.0.0.1:3000 node screenshots.mjs
// Phone-sized (360 px), Dutch, JavaScript on, as a citizen sees the portal.
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const shots = [
  ['home', '/'],
  ['search-by-postal-code', '/?q=8957', 'section.chooser'],
  ['municipality', '/ieper'],
  ['product', '/ieper/producten/passport'],
  ['error-summary', '/?q=1000'],
  ['suggestions', '/ieper/producten', 'form.catalogue-search', 'pasp'],
  ['inventory', '/inventaris?onderwerp=identity-documents', 'main'],
  ['sign-in', '/aanmelden'],
  // Signed in as a demo persona (the button on the sign-in page) first.
  ['my-data', '/mijn', 'main', null, 'Sofie Maes'],
  ['my-sessions', '/mijn/sessies', 'main', null, 'Sofie Maes'],
  ['help-desk', '/hulp', 'main', null, 'Karim El Amrani'],
  ['catalogue-editor', '/beheer/catalogus/poperinge/library-membership', 'main', null, 'Griet Desmet'],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'nl-BE' });
let signedInAs = null;
for (const [name, path, part, typed, persona] of shots) {
  if (persona && persona !== signedInAs) {
    await page.goto(`${base}/aanmelden`);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: `Aanmelden als ${persona}` }).click(),
    ]);
    signedInAs = persona;
  }
  await page.goto(base + path);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  if (typed) {
    // Type into the search field and wait for the suggestions to show.
    await page.locator('#q').pressSequentially(typed, { delay: 50 });
    await page.getByRole('option').first().waitFor();
  }
  const target = part ? page.locator(part) : page;
  await target.screenshot({ path: `screenshots/${name}.png` });
}
await browser.close();
