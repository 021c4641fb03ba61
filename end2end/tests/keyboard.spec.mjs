// Keyboard use: the skip link comes first and works, and every municipality
// in the list can be reached with Tab.
import { test, expect, municipalityList, MUNICIPALITY_COUNT } from './helpers.mjs';

test('the skip link is reached first, is visible, and moves to the main content', async ({ page, visit }) => {
  await visit('/');
  const skipLink = page.locator('a.skip-link[href="#main"]');

  await page.keyboard.press('Tab');
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('every municipality link can be reached with Tab', async ({ page, visit }) => {
  await visit('/');
  const expected = await municipalityList(page).links.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(expected).toHaveLength(MUNICIPALITY_COUNT);

  const reached = new Set();
  // Skip link, banner, language buttons, search field and button come first.
  for (let press = 0; press < MUNICIPALITY_COUNT + 30 && reached.size < MUNICIPALITY_COUNT; press++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('a.municipality-list__link') ? el.getAttribute('href') : null;
    });
    if (href) reached.add(href);
  }
  expect([...reached].sort()).toEqual([...expected].sort());
});
