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

// WCAG 1.4.11: the focus ring of a scrolling table region (reached with Tab)
// and of the focused error summary stands out 3:1 against what is next to it:
// the background it is drawn on (the ring sits outside the box).
async function focusRingContrast(page, selector) {
  return page.evaluate((selector) => {
    const parse = (colour) => {
      const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const lin = (v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (x, y) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    };
    const element = document.querySelector(selector);
    const style = getComputedStyle(element);
    let backdrop = element.parentElement;
    let background = parse('rgb(255, 255, 255)');
    while (backdrop) {
      const colour = parse(getComputedStyle(backdrop).backgroundColor);
      if (colour.a > 0) {
        background = colour;
        break;
      }
      backdrop = backdrop.parentElement;
    }
    return {
      focused: element.matches(':focus-visible') || element.matches(':focus'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: ratio(parse(style.outlineColor), background),
    };
  }, selector);
}

for (const [path, selector] of [
  ['/ieper/producten/passport', '.table-scroll'],
  ['/inventaris', '.table-scroll'],
]) {
  test(`the focus ring of the scrolling table on ${path} has 3:1 contrast`, async ({ page, visit }) => {
    await visit(path);
    const region = page.locator(selector).first();
    // Tab until the region has focus (it is the only way a mouse-less user gets there).
    for (let press = 0; press < 80; press++) {
      await page.keyboard.press('Tab');
      if (await region.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(region).toBeFocused();
    const ring = await focusRingContrast(page, selector);
    expect(ring.focused).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.contrast, `outline contrast ${ring.contrast.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  });
}

test('the focus ring of the focused error summary has 3:1 contrast', async ({ page, visit }) => {
  await visit('/?q=1000');
  await expect(page.locator('.error-summary')).toBeFocused();
  const ring = await focusRingContrast(page, '.error-summary');
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, `outline contrast ${ring.contrast.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
});
