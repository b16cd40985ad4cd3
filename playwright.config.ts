import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/support/chromium';

/**
 * End-to-end tests drive the built renderer in Chromium through the browser
 * preview (each test starts its own on a fresh profile): the system's
 * Chromium when there is one, else the one from npm (e2e/support/chromium.ts).
 * Run `npm run build` first; `npm test` does.
 */
export default defineConfig({
  testDir: 'e2e',
  // Two shared cores: one browser at a time keeps timings sane.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: launchOptions(),
  },
});
