// Shared fixtures and helpers for the e-Westhoek end-to-end tests.
//
// Every test gets:
//   visit(path)          goes to a page and, with JavaScript on, waits until it
//                        has hydrated; returns the document's response.
//   navigate(action)     runs an action that loads a new document (a form post,
//                        a submit) and waits for it, and for hydration.
//   switchLanguage(code) presses that language's button in the language switch.
//   consoleProblems      the console errors and warnings and uncaught page
//                        errors seen so far; checked after every test (auto).
//   intendedStatuses     push [status, pathname] for an error status the test
//                        causes on purpose (not a console problem then).
import { test as base, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';

export { expect };

/** The axe rule sets the portal must pass (WCAG 2.2 AA and everything below it). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const MUNICIPALITY_COUNT = 18;

/** Addresses that answer 404 on purpose; their document load logs an error. */
export const NOT_FOUND_PATHS = ['/brugge', '/no/such/page'];

const FAILED_RESOURCE = /Failed to load resource: the server responded with a status of (\d{3})/;

export const test = base.extend({
  // [status, pathname] pairs a test causes on purpose (a refused form that
  // answers 400 with the page again); their "Failed to load resource" console
  // error is not a problem.
  intendedStatuses: async ({}, use) => {
    await use([]);
  },

  consoleProblems: [
    async ({ context, javaScriptEnabled, intendedStatuses }, use) => {
      const problems = [];
      context.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        if (isIntendedStatus(message, intendedStatuses)) return;
        // With JavaScript off the preloaded WebAssembly can never be used, and
        // Chromium says so once a test runs a few seconds (axe on a big page).
        if (!javaScriptEnabled && isUnusedPreload(message)) return;
        const { url, lineNumber } = message.location() ?? {};
        const source = url ? ` (from ${url}:${lineNumber})` : '';
        problems.push(`console.${message.type()} on ${message.page()?.url() ?? '?'}${source}: ${message.text()}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        const where = webError.page()?.url() ?? '?';
        problems.push(`uncaught error on ${where}: ${error.stack || error.message}`);
      });
      await use(problems);
      expectCleanConsole(problems);
    },
    { auto: true },
  ],

  visit: async ({ page, javaScriptEnabled }, use) => {
    await use(async (path) => {
      const response = await page.goto(path);
      if (javaScriptEnabled) await waitForHydration(page);
      return response;
    });
  },

  navigate: async ({ page, javaScriptEnabled }, use) => {
    await use(async (action) => {
      await Promise.all([page.waitForEvent('load'), action()]);
      if (javaScriptEnabled) await waitForHydration(page);
    });
  },

  switchLanguage: async ({ page, navigate }, use) => {
    await use(async (code) => {
      const button = page.locator(`nav.language-switch button[name="lang"][value="${code}"]`);
      await navigate(() => button.click());
      await expect(page.locator('html')).toHaveAttribute('lang', code);
    });
  },
});

/** Waits until the WebAssembly app has taken over the server-rendered page. */
export async function waitForHydration(page) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Fails (and empties the list) when a console problem was recorded. */
export function expectCleanConsole(problems) {
  const seen = problems.splice(0);
  expect(seen.length, `Console problems:\n${seen.map((p) => `- ${p}`).join('\n')}`).toBe(0);
}

function isUnusedPreload(message) {
  return message.type() === 'warning' && /was preloaded using link preload but not used/.test(message.text());
}

function isIntendedStatus(message, intendedStatuses) {
  const failed = message.type() === 'error' && FAILED_RESOURCE.exec(message.text());
  if (!failed) return false;
  const url = message.location()?.url || message.page()?.url();
  if (!url) return false;
  const status = Number(failed[1]);
  const path = new URL(url).pathname;
  if (status === 404 && NOT_FOUND_PATHS.includes(path)) return true;
  return intendedStatuses.some(([intended, intendedPath]) => intended === status && intendedPath === path);
}

/** Runs axe with the WCAG tags and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, label = page.url()) {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  const { violations } = javaScriptEnabled ? await runAxe(page) : await runAxeWithoutPageScripts(page);
  expect(violations.length, formatViolations(violations, label)).toBe(0);
}

function runAxe(page) {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
}

// With JavaScript off, Chromium still evaluates what a test sends, but it runs
// no timer callbacks, and axe-core waits on setTimeout. So axe goes in with a
// stand-in for setTimeout that queues the callbacks in the page, and the test
// fires the due ones from outside until axe is done. Legacy mode runs axe in
// the page itself (the default finishes in a new blank page, which would need
// the same help); the portal has no iframes, which is all legacy mode lacks.
async function runAxeWithoutPageScripts(page) {
  const builder = new AxeBuilder({ page, axeSource: `(${installTimers})();\n${axe.source}` })
    .withTags(WCAG_TAGS)
    .setLegacyMode();
  let settled = false;
  const run = builder.analyze().finally(() => {
    settled = true;
  });
  const deadline = Date.now() + 20_000;
  while (!settled) {
    if (Date.now() > deadline) throw new Error('axe did not finish within 20 s (JavaScript off)');
    await page.evaluate(() => window.__e2eTimers?.fireDue()).catch(() => {});
    await Promise.race([run.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5))]);
  }
  return run;
}

function installTimers() {
  if (window.__e2eTimers) return;
  const queue = new Map();
  let nextId = 1;
  window.setTimeout = (callback, delay = 0, ...args) => {
    const id = nextId++;
    queue.set(id, { callback, args, due: performance.now() + (Number(delay) || 0) });
    return id;
  };
  window.clearTimeout = (id) => queue.delete(id);
  window.__e2eTimers = {
    fireDue() {
      const now = performance.now();
      const due = [...queue].filter(([, timer]) => timer.due <= now).sort(([, a], [, b]) => a.due - b.due);
      for (const [id, { callback, args }] of due) {
        queue.delete(id);
        if (typeof callback === 'function') callback(...args);
      }
    },
  };
}

function formatViolations(violations, label) {
  const lines = [`${violations.length} axe violation(s) on ${label}:`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact}] ${violation.help}`);
    lines.push(`  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 10)) {
      lines.push(`    at ${node.target.join(' ')}`);
      lines.push(`       ${truncate(node.html, 160)}`);
      const summary = (node.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim();
      if (summary) lines.push(`       ${truncate(summary, 240)}`);
    }
    if (violation.nodes.length > 10) lines.push(`    … and ${violation.nodes.length - 10} more`);
  }
  return lines.join('\n');
}

function truncate(text, max) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The municipality list on the home page: the items shown and hidden. */
export function municipalityList(page) {
  const list = page.locator('#municipality-list');
  return {
    items: list.locator(':scope > li'),
    shownNames: list.locator(':scope > li:not([hidden]) .municipality-list__name'),
    hidden: list.locator(':scope > li[hidden]'),
    links: list.locator('a.municipality-list__link'),
    status: page.locator('p.chooser__count[role="status"]'),
  };
}
