import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium.mjs';

// A port of the tests' own, never reused: a `npm run preview` left running on 4173 would otherwise
// be tested instead of the build just made. E2E_PORT lets two checkouts test side by side. Not
// 4190: it is on the Fetch standard's list of bad ports, so the fault tests' Node proxy could not
// reach it.
const PORT = Number(process.env.E2E_PORT ?? 4191);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  // One retry in CI only: a test that passes on retry is reported as flaky, not hidden. The
  // lazily loaded panels make a few tests sensitive to a busy 2-core machine.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    // The offline worker would answer requests that tests reroute; the offline test allows it.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    // Serves the production build made by `npm run test:e2e` (vite build runs first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
