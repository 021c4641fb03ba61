// Markup typed into a draft stays text (issue 12, findings 1 and 2): an
// outside tester closed the editor's <textarea> with `</textarea>` and put a
// button with a `formaction` after it, so that the next editor to open the
// draft and press Enter posted a role grant with their own CSRF token. Here a
// regional editor saves such a draft; the page must have exactly the controls
// it had before, show the text as typed, and Enter must still save the draft.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

const PAYLOAD =
  'Pwn</title></textarea></option>"\'><b id="pwned">b</b><script id="pwned-script">1</script>' +
  '<meta http-equiv="refresh" content="0;url=/"><button formaction="/beheer/rollen/toekennen">x</button>&lt;';

/** A product per project (the two run at the same time). */
function productFor(testInfo) {
  return testInfo.project.name === 'js-on' ? 'signage-permit' : 'terrace-permit';
}

/** What a person can operate in the editor's form: name and kind of each control. */
async function controls(page) {
  return page.locator('main form').evaluateAll((forms) =>
    forms.flatMap((form) =>
      [...form.elements]
        .filter((element) => element.type !== 'hidden')
        .map((element) => `${element.tagName.toLowerCase()}:${element.name}:${element.getAttribute('formaction') ?? ''}`),
    ),
  );
}

test('a draft with markup in its texts has exactly the controls of the editor page', async ({ page, visit, navigate }, testInfo) => {
  const product = productFor(testInfo);
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: 'Aanmelden als Tom Vermeulen' }).click());
  const editor = `/beheer/catalogus/regio/${product}`;
  await visit(editor);
  // First a harmless draft, so that the page has a draft's controls too.
  await page.locator('textarea[name="nl-description"]').fill('Gewone tekst.');
  await navigate(() => page.getByRole('button', { name: 'Ontwerp bewaren' }).click());
  await expect(page).toHaveURL(new RegExp(`${editor}\\?melding=bewaard`));
  const before = await controls(page);
  const titleBefore = await page.title();

  await page.locator('textarea[name="nl-description"]').fill(PAYLOAD);
  await page.locator('textarea[name="nl-conditions"]').fill(PAYLOAD);
  await navigate(() => page.getByRole('button', { name: 'Ontwerp bewaren' }).click());
  await expect(page).toHaveURL(new RegExp(`${editor}\\?melding=bewaard`));

  // Nothing typed became markup, and the page kept its title.
  for (const css of ['#pwned', '#pwned-script', 'meta[http-equiv]', '[formaction]']) {
    await expect(page.locator(css)).toHaveCount(0);
  }
  expect(await page.title()).toBe(titleBefore);
  expect(await controls(page)).toEqual(before);
  await expect(page.locator('textarea[name="nl-description"]')).toHaveValue(PAYLOAD);
  await expect(page.locator('textarea[name="nl-conditions"]')).toHaveValue(PAYLOAD);
  await expectNoAxeViolations(page, `${editor} (draft with markup)`);

  // Enter in a text field submits the editor's own form: the draft is saved.
  await navigate(() => page.getByLabel('Titel (Nederlands)').press('Enter'));
  await expect(page).toHaveURL(new RegExp(`${editor}\\?melding=`));
  await expect(page.locator('textarea[name="nl-description"]')).toHaveValue(PAYLOAD);

  // Leave the product as it was for the other tests.
  await navigate(() => page.getByRole('button', { name: 'Ontwerp weggooien' }).click());
  await expect(page).toHaveURL(/melding=weggegooid$/);
});
