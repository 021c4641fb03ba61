// Valid HTML (the Nu HTML checker, npm vnu-jar, on the machine's Java): the
// markup the server sends for every route and state the other suites visit,
// public and signed in, error states included, in the four languages. All
// pages are checked in ONE java run (the JVM starts slowly). The server sends
// the same HTML whether the browser runs JavaScript or not, so this runs in
// the js-off project only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, NOT_FOUND_PATHS } from './helpers.mjs';

const VNU_JAR = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** Pages anyone can open: the routes of pages.spec.mjs and accessibility.spec.mjs, and error states. */
const PUBLIC = [
  '/',
  '/?q=8957',
  '/?q=1000',
  '/ieper',
  '/heuvelland',
  '/toegankelijkheid',
  '/ieper/toegankelijkheid',
  ...NOT_FOUND_PATHS,
  '/ieper/producten',
  '/ieper/producten?onderwerp=moving',
  '/ieper/producten/passport',
  '/mesen/producten/passport',
  '/ieper/producten?q=pasport',
  '/ieper/producten?q=xyzzy',
  `/ieper/producten?q=${'a'.repeat(101)}`,
  '/producten',
  '/producten?q=pasport',
  '/producten/passport',
  '/inventaris',
  '/inventaris?onderwerp=waste',
  '/aanmelden',
  '/aanmelden?terug=%2Fieper',
  '/aanmelden/gast/code',
  '/aanmelden/gast/code?fout=formaat',
  '/aanmelden/gast/code?fout=verlopen',
  '/afgemeld',
];

/** Pages behind a sign-in: persona → paths (states from the other suites). Not
 * Sofie Maes: account.spec.mjs counts her sessions. */
const SIGNED_IN = {
  'Marie Dupont': ['/mijn', '/mijn?fout=email-ongeldig', '/mijn?melding=contact', '/mijn/sessies', '/mijn/hulp', '/mijn/inzage'],
  'Karim El Amrani': ['/hulp', '/hulp?fout=code', '/hulp?fout=rrn-leeg,formulier,bevestig&formulier=DH-1'],
  'Tom Vermeulen': [
    '/beheer/catalogus',
    '/beheer/catalogus/regio',
    '/beheer/catalogus/regio?fout=code,titel&code=Fiets%21&titel=',
    '/beheer/catalogus/regio/passport',
    '/beheer/catalogus/regio/passport/geschiedenis',
  ],
  'Griet Desmet': ['/beheer/catalogus/poperinge', '/beheer/catalogus/poperinge/passport'],
  'Hilde Dewulf': ['/beheer/rollen', '/beheer/rollen?gedaan=toegekend'],
};

const LANGUAGES = ['fr', 'de', 'en'];

// What the checker may say that is not about our markup. Each with why.
const IGNORED = [
  // Leptos writes the CSP nonce of its hydration scripts into the
  // `crossorigin` attribute of the preload links (`crossorigin="<nonce>"`);
  // browsers read an unknown value as "anonymous", which is what we want.
  /^Bad value “[^”]*” for attribute “crossorigin” on element “link”/,
];

/**
 * Leptos's own markup, taken out before the check (not ours to fix):
 * - `<!>`, the empty comments that mark where hydration resumes ("Bogus
 *   comment" to the checker); other bogus comments are still reported;
 * - the scripts of resources resolved while streaming, which Leptos sends
 *   after `</html>` ("Stray start tag script", after which the checker stops
 *   reading); browsers put them at the end of the body, and so do we.
 */
function withoutLeptosQuirks(html) {
  const bare = html.replaceAll('<!>', '');
  const end = bare.indexOf('</body></html>');
  return end < 0 ? bare : `${bare.slice(0, end)}${bare.slice(end + '</body></html>'.length)}</body></html>`;
}

async function signInAs(page, name) {
  await page.goto('/aanmelden');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: `Aanmelden als ${name}` }).click()]);
}

test('every page the suites visit is valid HTML (Nu HTML checker)', { tag: '@js-off' }, async ({ page, browser }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'ewh-vnu-'));
  const files = new Map();
  let n = 0;
  const keep = async (label, response) => {
    expect(response.headers()['content-type'] ?? '', label).toContain('text/html');
    const file = path.join(dir, `${String(++n).padStart(3, '0')}.html`);
    writeFileSync(file, withoutLeptosQuirks(await response.text()));
    files.set(file, label);
  };
  try {
    for (const route of PUBLIC) await keep(route, await page.request.get(route));
    for (const lang of LANGUAGES) {
      for (const route of ['/', '/?q=1000', '/ieper/producten/passport', '/aanmelden']) {
        await keep(`${route} (${lang})`, await page.request.get(route, { headers: { 'Accept-Language': lang } }));
      }
    }
    for (const [persona, routes] of Object.entries(SIGNED_IN)) {
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false, locale: 'nl-BE' });
      const signedIn = await context.newPage();
      await signInAs(signedIn, persona);
      for (const route of routes) await keep(`${route} (${persona})`, await signedIn.request.get(route));
      await context.close();
    }

    const output = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files.keys()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(output);
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => !IGNORED.some((pattern) => pattern.test(m.message)));
    const report = errors.map((m) => {
      const file = m.url ? fileURLToPath(m.url) : '?';
      return `- ${files.get(file) ?? file}:${m.lastLine ?? '?'}: ${m.message}\n    ${String(m.extract ?? '').replace(/\s+/g, ' ').slice(0, 200)}`;
    });
    expect(errors.length, `Nu HTML checker errors on ${files.size} pages:\n${report.join('\n')}`).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
