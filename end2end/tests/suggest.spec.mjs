// Search suggestions on a municipality's catalogue: with JavaScript, the search
// field is an ARIA combobox that suggests products as you type and is used
// with the keyboard alone; without it, the field is the plain input of the GET
// form (search.spec.mjs and catalogue.spec.mjs cover that form).
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

function combobox(page) {
  return {
    field: page.locator('#q'),
    listbox: page.locator('#q-listbox'),
    options: page.locator('#q-listbox [role="option"]'),
    status: page.locator('.suggest [role="status"]'),
  };
}

test('without JavaScript, the search field stays a plain input', { tag: '@js-off' }, async ({ page, visit }) => {
  await visit('/ieper/producten');
  const { field, listbox } = combobox(page);
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('enterkeyhint', 'search');
  await expect(field).toHaveAttribute('aria-describedby', 'q-hint');
  await expect(field).not.toHaveAttribute('role', /.*/);
  await expect(field).not.toHaveAttribute('aria-expanded', /.*/);
  await expect(listbox).toBeHidden();
});

test('typing suggests products; Down chooses one, Enter opens it', { tag: '@js-on' }, async ({ page, visit, navigate }) => {
  await visit('/ieper/producten');
  const { field, listbox, options, status } = combobox(page);
  await expect(field).toHaveAttribute('role', 'combobox');
  // ARIA in HTML: the combobox role is allowed on type=text, not on type=search.
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveAttribute('aria-controls', 'q-listbox');
  await expect(field).toHaveAttribute('aria-autocomplete', 'list');

  await field.pressSequentially('pasp');
  await expect(listbox).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(listbox.getByRole('option', { name: 'Paspoort' })).toBeVisible();
  await expect(status).toHaveText(/^\d+ suggesties?\. Gebruik pijl omlaag om te kiezen\.$/);
  await expect(field).not.toHaveAttribute('aria-activedescendant', /.*/);
  await expectNoAxeViolations(page, 'catalogue with suggestions open');

  await field.press('ArrowDown');
  const first = options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toHaveText('Paspoort');
  await expect(field).toHaveAttribute('aria-activedescendant', await first.getAttribute('id'));
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page, 'catalogue with an active suggestion');

  await navigate(() => field.press('Enter'));
  await expect(page).toHaveURL(/\/ieper\/producten\/passport$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paspoort');
});

test('Escape closes the list, a second Escape clears the field', { tag: '@js-on' }, async ({ page, visit }) => {
  await visit('/ieper/producten');
  const { field, listbox } = combobox(page);
  await field.pressSequentially('pasp');
  await expect(listbox).toBeVisible();
  await field.press('ArrowDown');

  await field.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).not.toHaveAttribute('aria-activedescendant', /.*/);
  await expect(field).toHaveValue('pasp');

  // Down opens the list again.
  await field.press('ArrowDown');
  await expect(listbox).toBeVisible();
  await field.press('Escape');
  await field.press('Escape');
  await expect(field).toHaveValue('');
  await expect(listbox).toBeHidden();
});

test('Enter without a chosen suggestion submits the search as before', { tag: '@js-on' }, async ({ page, visit, navigate }) => {
  await visit('/ieper/producten');
  const { field, listbox } = combobox(page);
  await field.pressSequentially('pasp');
  await expect(listbox).toBeVisible();
  await navigate(() => field.press('Enter'));
  await expect(page).toHaveURL(/\/ieper\/producten\?q=pasp#producten$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Resultaten voor “pasp”' })).toBeVisible();
});

test('Tab leaves the field and closes the list; a click on a suggestion opens it', { tag: '@js-on' }, async ({ page, visit, navigate }) => {
  await visit('/ieper/producten');
  const { field, listbox } = combobox(page);
  await field.pressSequentially('pasp');
  await expect(listbox).toBeVisible();
  await field.press('Tab');
  await expect(listbox).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoeken' })).toBeFocused();

  await field.click();
  await field.press('End');
  await field.pressSequentially('o');
  await expect(listbox).toBeVisible();
  const option = listbox.getByRole('option', { name: 'Paspoort' });
  const box = await option.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(24);
  await navigate(() => option.click());
  await expect(page).toHaveURL(/\/ieper\/producten\/passport$/);
});

test('two letters that find nothing open no list', { tag: '@js-on' }, async ({ page, visit }) => {
  await visit('/ieper/producten');
  const { field, listbox, status } = combobox(page);
  await field.pressSequentially('xy');
  await expect(status).toHaveText('Geen suggesties.');
  await expect(listbox).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
});
