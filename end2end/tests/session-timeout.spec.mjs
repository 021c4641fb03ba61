// The session time-out warning (WCAG 2.2.1 Timing Adjustable, 2.4.3 Focus
// Order, 2.4.11 Focus Not Obscured), against a second server that .ci/test
// starts with a short idle time-out: APP__SESSION__IDLE_MINUTES=1 and
// APP__SESSION__WARNING_SECONDS=50, so the warning comes about 10 s after a
// page loads. SHORT_SESSION_URL says where that server listens.
//
// With JavaScript: the warning is in view at 320 px however far the page is
// scrolled, focus moves to "Aangemeld blijven", pressing it extends the
// session on the server and puts focus back (never on <body>), and a request
// from another tab keeps the session going, so this tab never says "signed
// out" on its own clock. Without JavaScript (and with it): every signed-in
// page says until when the session lasts, and a plain form extends it.
import { test, expect, expectNoAxeViolations } from './helpers.mjs';

const SHORT_SESSION_URL = process.env.SHORT_SESSION_URL;
if (!SHORT_SESSION_URL) {
  throw new Error('SHORT_SESSION_URL is not set: .ci/test starts a server with idle_minutes=1 for this file');
}
test.use({ baseURL: SHORT_SESSION_URL, viewport: { width: 320, height: 640 } });

// Waiting for the warning takes about 10 s, the other-tab story a little more.
test.describe.configure({ timeout: 60_000 });
const WARNING_WAIT = { timeout: 30_000 };
const ENDS_AT = '.session-timer__line p[data-ends-at]';

async function signIn(page, visit, navigate) {
  await visit('/aanmelden');
  await navigate(() => page.getByRole('button', { name: 'Aanmelden als Sofie Maes' }).click());
  await expect(page).toHaveURL(/\/mijn$/);
}

/** How long the session lasts, as the server says (asking does not extend it). */
async function secondsLeft(request) {
  const response = await request.get('/api/session-status');
  expect(response.status()).toBe(200);
  return (await response.json()).seconds;
}

async function endsAt(page) {
  return Date.parse(await page.locator(ENDS_AT).getAttribute('data-ends-at'));
}

const focusIsOnBody = (page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

test('the warning is in view after scrolling down at 320 px and takes focus; staying keeps focus on the page @js-on', async ({
  page,
  visit,
  navigate,
}) => {
  await signIn(page, visit, navigate);
  await visit('/ieper/producten');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible(WARNING_WAIT);
  await expect(dialog).toHaveAccessibleName(/U wordt over 1 minuut afgemeld/);
  await expect(dialog).toBeInViewport({ ratio: 1 });
  const stay = dialog.getByRole('button', { name: 'Aangemeld blijven' });
  await expect(stay).toBeFocused();
  // Taking focus did not scroll the page away from where the person was.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // The page can still be scrolled so that its end is above the warning.
  const [pageEnd, dialogTop] = await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return [
      document.querySelector('footer').getBoundingClientRect().bottom,
      document.querySelector('[role="alertdialog"]').getBoundingClientRect().top,
    ];
  });
  expect(pageEnd).toBeLessThanOrEqual(dialogTop + 1);
  await expect(dialog).toBeInViewport({ ratio: 1 });
  await expectNoAxeViolations(page, '/ieper/producten with the time-out warning');
  expect(await secondsLeft(page.request)).toBeLessThanOrEqual(50);
  const before = await endsAt(page);

  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.session-timer__announcement[aria-live="polite"]').filter({ hasText: 'U blijft aangemeld.' })).toHaveCount(1);
  expect(await focusIsOnBody(page)).toBe(false);
  // Extended on the server: the idle end moved, and the page says the new end.
  expect(await secondsLeft(page.request)).toBeGreaterThan(50);
  await expect.poll(() => endsAt(page)).toBeGreaterThan(before);
});

test('after staying signed in, focus returns to where it was before the warning @js-on', async ({ page, visit, navigate }) => {
  await signIn(page, visit, navigate);
  await visit('/ieper/producten');
  const footerLink = page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' });
  await footerLink.focus();

  const stay = page.getByRole('alertdialog').getByRole('button', { name: 'Aangemeld blijven' });
  await expect(stay).toBeFocused(WARNING_WAIT);
  await stay.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(footerLink).toBeFocused();
  // The focused link is not hidden behind anything fixed to the viewport.
  await expect(footerLink).toBeInViewport({ ratio: 1 });
});

test("another tab's request keeps the session going, so this tab does not say signed out @js-on", async ({
  page,
  context,
  visit,
  navigate,
}) => {
  // This tab's clock can be moved forward; the server's cannot.
  await page.clock.install();
  await signIn(page, visit, navigate);
  await visit('/ieper/producten');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible(WARNING_WAIT);

  // Meanwhile the person works on in another tab of the same browser.
  const other = await context.newPage();
  await other.goto('/mijn');
  await expect(other.locator('nav.account-nav')).toContainText('Sofie Maes');
  expect(await secondsLeft(other.request)).toBeGreaterThan(55);
  await other.close();

  // By this tab's clock the session has now ended; the server says it has not.
  await page.clock.fastForward('00:55');
  await expect(dialog).toHaveCount(0, WARNING_WAIT);
  await expect(page.getByText('U bent afgemeld')).toHaveCount(0);
  await expect(page.locator('nav.account-nav')).toContainText('Sofie Maes');
  expect(await secondsLeft(page.request)).toBeGreaterThan(0);
});

test('every signed-in page says until when the session lasts, and a plain form extends it', async ({ page, visit, navigate }) => {
  await signIn(page, visit, navigate);
  const path = '/ieper/producten?q=paspoort';
  await visit(path);
  const line = page.locator('.session-timer__line');
  await expect(line).toContainText(/Als u niets doet, blijft u aangemeld tot \d\d:\d\d\./);
  await expectNoAxeViolations(page, `${path} with the session line`);
  const before = await endsAt(page);
  const leftBefore = await secondsLeft(page.request);

  // The ends are counted in whole seconds: let one pass before extending.
  await page.waitForTimeout(1_100);
  await navigate(() => line.getByRole('button', { name: 'Langer aangemeld blijven' }).click());
  // Back on the same page, query and all, with a later end.
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
  await expect(page.locator('nav.account-nav')).toContainText('Sofie Maes');
  expect(await endsAt(page)).toBeGreaterThan(before);
  expect(await secondsLeft(page.request)).toBeGreaterThanOrEqual(leftBefore);
});
