// Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing scrolls sideways (a
// data table may scroll inside its own focusable region, which is allowed).
// Text spacing (WCAG 1.4.12): with the spacing a reader may set (line height
// 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em) the same pages
// still do not scroll sideways and no heading is cut off.
import { test, expect } from './helpers.mjs';

test.use({ viewport: { width: 320, height: 640 } });

const PUBLIC_PAGES = [
  '/',
  '/ieper',
  '/ieper/producten',
  '/ieper/producten?onderwerp=building-renovating',
  '/ieper/producten/passport',
  '/inventaris',
  '/producten',
  '/producten/passport',
  '/aanmelden',
];

/** Pages behind a sign-in: [persona, path]. */
const SIGNED_IN_PAGES = [
  ['Hilde Dewulf', '/beheer/rollen'],
  ['Tom Vermeulen', '/beheer/catalogus/regio'],
  ['Tom Vermeulen', '/beheer/catalogus/regio/passport'],
  ['Marie Dupont', '/mijn'],
  ['Marie Dupont', '/mijn/sessies'],
  ['Karim El Amrani', '/hulp'],
];

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

async function signInAs(page, visit, navigate, name) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: `Aanmelden als ${name}` }).click());
}

async function expectNoSidewaysScrolling(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(320);
}

/** Headings whose text does not fit their box (cut off, or running out of it). */
async function expectNoClippedHeadings(page) {
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4')]
      .filter((h) => h.getClientRects().length > 0 && !h.closest('.visually-hidden'))
      .filter((h) => {
        const box = h.getBoundingClientRect();
        const overflows = h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1;
        return overflows || box.right > document.documentElement.clientWidth + 1 || box.left < -1;
      })
      .map((h) => h.textContent.trim()),
  );
  expect(clipped, 'headings cut off or wider than the screen').toEqual([]);
}

for (const spacing of [false, true]) {
  const variant = spacing ? ' with WCAG text spacing' : '';
  const prepare = async (page) => {
    if (!spacing) return;
    // Not addStyleTag: it waits for the tag's load event, which needs page scripts.
    await page.evaluate((css) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    }, TEXT_SPACING);
  };

  test.describe(spacing ? 'text spacing' : 'reflow', () => {
    // A reader's own style sheet (an extension, a bookmarklet) is not bound by
    // the page's CSP; the test's inline style tag would be.
    test.use({ bypassCSP: spacing });

    for (const path of PUBLIC_PAGES) {
      test(`no horizontal scrolling at 320 px on ${path}${variant}`, async ({ page, visit }) => {
        await visit(path);
        await prepare(page);
        await expectNoSidewaysScrolling(page);
        if (spacing) await expectNoClippedHeadings(page);
      });
    }

    for (const [persona, path] of SIGNED_IN_PAGES) {
      test(`no horizontal scrolling at 320 px on ${path} (${persona})${variant}`, async ({ page, visit, navigate }) => {
        await signInAs(page, visit, navigate, persona);
        await visit(path);
        await prepare(page);
        await expectNoSidewaysScrolling(page);
        if (spacing) await expectNoClippedHeadings(page);
      });
    }
  });
}
