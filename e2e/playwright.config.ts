import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/chromium.js';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/e2e',
  globalSetup: './fixtures/playwright-global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: resolve(import.meta.dirname, '..', 'test-results', 'e2e.json') }],
  ],
  use: {
    launchOptions: chromiumLaunchOptions(),
    // The specs find elements by their English names; languages.spec.ts opts into Chinese.
    locale: 'en-US',
    // An action or navigation that cannot happen fails naming itself, not as the test's timeout.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
