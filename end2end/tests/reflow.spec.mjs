// Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing scrolls sideways (a
// data table may scroll inside its own focusable region, which is allowed).
import { test, expect } from './helpers.mjs';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of ['/', '/ieper', '/ieper/producten', '/ieper/producten/passport', '/inventaris', '/producten/passport']) {
  test(`no horizontal scrolling at 320 px on ${path}`, async ({ page, visit }) => {
    await visit(path);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
}
