// End-to-end tests for e-Westhoek in Debian's Chromium, once with JavaScript
// on (the hydrated app) and once with it off (the server-rendered pages alone).
// The caller starts the server; BASE_URL says where it listens.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    browserName: 'chromium',
    // Sends Accept-Language: nl-BE, so a visitor without a cookie gets Dutch.
    locale: 'nl-BE',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    // A test tagged @js-on or @js-off runs in that project only.
    { name: 'js-on', use: { javaScriptEnabled: true }, grepInvert: /@js-off/ },
    { name: 'js-off', use: { javaScriptEnabled: false }, grepInvert: /@js-on/ },
  ],
});
