import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { changeDataFile } from './data-host';

/**
 * A server in front of the preview that answers `file` with its headers and half its body, then
 * resets the connection: what a dropped connection or a proxy that gives up does mid-download.
 */
async function cuttingProxy(upstream: string, file: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    // Joined, not resolved: a path beginning with // would name another host.
    const answer = await fetch(`${upstream.replace(/\/$/, '')}${req.url!}`);
    const body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    res.writeHead(answer.status, { 'Content-Type': type, 'Content-Length': body.length });
    if (!req.url!.includes(file)) return res.end(body);
    res.write(body.subarray(0, body.length >> 1));
    setTimeout(() => req.socket.resetAndDestroy(), 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test('works offline after the first visit, and says so', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes control of the page (clientsClaim) once it has precached everything.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await expect(
    page.getByText(
      /You are offline: the figures are the copy saved on this device, with data as of the 2025-11 release/,
    ),
  ).toBeVisible();
  await context.close();
});

test('a data file that never answers ends in a clear message with Retry', async ({ page }) => {
  await page.clock.install();
  await page.route('**/data/sources.csv', () => {
    // Never answer: the app's own time-out must end the wait.
  });
  await page.goto('./');
  // Meanwhile the view baked into the page shows the bundled figures, not an empty page.
  await expect(page.locator('#baked #trend svg.chart-surface')).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(page.getByRole('alert')).toContainText(
    // Jumping the fake clock can time out any of the three files; which one is not the point.
    /\.csv, could not be loaded: no answer within 15 seconds/,
  );
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a data file that never answers is reported within the 15 seconds the README states', async ({
  page,
}) => {
  test.setTimeout(40_000);
  await page.route('**/data/sources.csv*', () => {
    // Never answer, on the real clock: every retry must fit in the one deadline.
  });
  const started = Date.now();
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'sources.csv, could not be loaded: no answer within 15 seconds',
    { timeout: 25_000 },
  );
  expect(Date.now() - started).toBeLessThan(16_000);
});

test('a connection reset in the middle of a data file names the file and says what happened', async ({
  page,
  baseURL,
}) => {
  const proxy = await cuttingProxy(baseURL!, 'observations.csv');
  try {
    const { port } = proxy.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The data file observations.csv could not be used', {
      timeout: 15_000,
    });
    await expect(alert).toContainText(
      'observations.csv, could not be loaded: the connection was cut off before the whole file arrived',
    );
    await expect(alert).not.toContainText('Failed to fetch');
  } finally {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  }
});

test('a nasty hand-edited link never breaks the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const junk = encodeURIComponent('"><img src=x onerror=alert(1)>');
  const many = Array.from({ length: 500 }, (_, i) => `g${i}`).join(',');
  await page.goto(
    `./?geo=${junk},${many}&geo=uk&platforms=%F0%9F%98%80&from=%E0%A4%A&to=9999-00&measure=&view=chart&view=table&panel=__proto__&present=true`,
  );
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  const notice = page.getByRole('status', { name: 'Some settings in this link were not used' });
  await expect(notice).toContainText('geo: only the first 30 of 501 values were read.');
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('works at 320 px wide and at 200% zoom without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  // 200% zoom of a 1280 px window lays out like a 640 px one.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('a data file served corrupt once is not kept: Retry, reloads and new tabs get the healthy one', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  let corrupt = true;
  await context.route(/\/data\/observations\.csv/, async (route) => {
    if (!corrupt) return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('"4,373"', '4.373.0') });
  });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'observations.csv, row 3, column value: "4.373.0" is not a number',
  );
  // The service worker is installed and in control while the file is corrupt.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  corrupt = false;
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('./');
  await expect(second.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  // The healthy copy, once validated, is what offline visits get.
  await context.setOffline(true);
  await second.reload();
  await expect(second.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await context.close();
});

test('a data file that hung is asked for again: Retry heals without a reload', async ({ page }) => {
  await page.clock.install();
  let hung = true;
  let requests = 0;
  await page.route('**/data/sources.csv*', (route) => {
    requests++;
    // While the host hangs, requests are held for good (never answered, never failed).
    if (hung) return;
    return route.continue();
  });
  await page.goto('./');
  // The baked view is on screen meanwhile; the live page beneath it waits for the file.
  await expect(page.locator('#baked')).toBeVisible();
  await page.clock.runFor(16_000);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/could not be loaded: no answer within 15 seconds/);
  hung = false;
  const before = requests;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  expect(requests).toBeGreaterThan(before);
});

test('storage that never answers: the figures show at once, and imports say they are not kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As a database blocked by another tab: requests that never succeed nor fail.
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
    indexedDB.databases = () => new Promise(() => {});
  });
  const started = Date.now();
  await page.goto('./?geo=england-wales');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(4000);
  const imports = page.getByRole('region', { name: 'Imported data' });
  await expect(imports).toContainText(
    "Imports saved in this browser earlier could not be loaded (the browser's storage did not answer within 5 seconds)",
    { timeout: 10_000 },
  );
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await dialog.getByLabel('Choose a CSV file, or drop one here').setInputFiles({
    name: 'new-year.csv',
    mimeType: 'text/csv',
    // A test-only row: 2025/26 has no published figure.
    buffer: Buffer.from('indicator,period,geography,value\noffences,2025/26,england-wales,1234\n'),
  });
  await dialog.getByRole('button', { name: 'Add 1 figure to the dashboard' }).click();
  await expect(imports).toContainText(
    "Imported data cannot be saved in this browser (the browser's storage did not answer within 5 seconds), so it is kept only until this tab is closed.",
    { timeout: 10_000 },
  );
  await expect(imports).toContainText('new-year.csv: 1 figure');
});

test('the page runs under a style policy without unsafe-inline, with no violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  // Every panel drawn (scrolled into view), a tooltip, a table and the Add data dialog.
  for (const name of [
    'Offences over time',
    'Platforms by year',
    'Change in platform use',
    "Victims' age",
    'Data coverage and notes',
  ]) {
    const panel = page.getByRole('region', { name });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('.recharts-surface, .chart-surface').first()).toBeVisible();
  }
  const trend = page.getByRole('region', { name: 'Offences over time' });
  await trend.scrollIntoViewIfNeeded();
  // A hover that waits until the chart takes the pointer: just scrolled to, a panel is still
  // skipped (content-visibility) for a frame.
  await trend.locator('.chart-frame').hover();
  await expect(trend.locator('.chart-tooltip-wrapper')).toBeVisible();
  await trend.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Add data' }).click();
  await expect(page.getByRole('dialog', { name: 'Add data from a CSV file' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});

test('a path the dashboard does not have is a not-found page, not a blank one', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const response = await page.goto('./no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // A style policy without unsafe-inline (as deploy/ sends) would block any inline style.
  await expect(page.locator('[style], style')).toHaveCount(0);
  // The dashboard itself, with any view, is still served by the worker.
  await page.goto('./?geo=uk&view=table');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await context.close();
});

test('a panel whose code failed to download says so plainly, and Try again loads it', async ({
  page,
}) => {
  let broken = true;
  await page.route(/\/assets\/age-panel-[^/]+\.js$/, (route) =>
    broken ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('./');
  const failed = page.locator('#age');
  await expect(failed).toContainText('This panel could not be drawn', { timeout: 10_000 });
  await failed.scrollIntoViewIfNeeded();
  await expect(failed).toContainText(
    'The code of this panel could not be downloaded (are you offline?). The other panels are unaffected',
  );
  await expect(failed).not.toContainText('http');
  broken = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  const panel = page.getByRole('region', { name: "Victims' age" });
  await expect(panel.locator('.recharts-surface').first()).toBeVisible();
});

/**
 * Serves observations.csv with a made-up later release once `newer()` says so, with its manifest
 * rewritten as a data update does (`npm run data:manifest`).
 */
async function laterRelease(page: Page | BrowserContext, newer: () => boolean) {
  await changeDataFile(
    page,
    'observations.csv',
    // Test-only: a made-up later release of the 2017/18 figure, as a new release would bring.
    (text) =>
      `${text}offences,2017/18,england-wales,,,,"3,300",,nspcc-2019-09,2030-01,test data,,,\n`,
    { when: newer },
  );
}

test('newer data files on the host are noticed, and shown when the user asks', async ({ page }) => {
  let newer = false;
  await laterRelease(page, () => newer);
  await page.goto('./?geo=england-wales&view=table');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await expect(panel.getByRole('row', { name: /^2017\/18 3,217/ })).toBeVisible();
  newer = true;
  // The connection coming back (or the tab coming back into view) makes the page check.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const notice = page.getByRole('status').filter({ hasText: 'Newer figures have been published' });
  await expect(notice).toContainText(
    'Newer figures have been published since this page was opened.',
  );
  await expect(panel.getByRole('row', { name: /^2017\/18 3,217/ })).toBeVisible();
  await notice.getByRole('button', { name: 'Show the new figures' }).click();
  await expect(panel.getByRole('row', { name: /^2017\/18 3,300/ })).toBeVisible();
});

test('a release published while the tab is open is announced when the connection comes back', async ({
  browser,
}) => {
  // As deployed: the offline worker answers the page's requests.
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  let newer = false;
  await laterRelease(context, () => newer);
  await page.goto('./?geo=england-wales&view=table');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await expect(panel.getByRole('row', { name: /^2017\/18 3,217/ })).toBeVisible();
  await context.setOffline(true);
  newer = true;
  // A connection just back is often not usable at once: the first check fails.
  let unusable = 1;
  await context.route(/\/data\/[a-z]+\.csv\?check=/, (route) =>
    unusable-- > 0 ? route.abort('internetdisconnected') : route.fallback(),
  );
  // The browser itself fires `online` when the connection comes back.
  await context.setOffline(false);
  const notice = page.getByRole('status').filter({ hasText: 'Newer figures have been published' });
  await expect(notice).toContainText(
    'Newer figures have been published since this page was opened.',
    { timeout: 10_000 },
  );
  await notice.getByRole('button', { name: 'Show the new figures' }).click();
  await expect(panel.getByRole('row', { name: /^2017\/18 3,300/ })).toBeVisible();
  await context.close();
});

test('a release published while the tab is open is announced when the tab comes back into view', async ({
  page,
}) => {
  let newer = false;
  await laterRelease(page, () => newer);
  await page.goto('./?geo=england-wales&view=table');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await expect(panel.getByRole('row', { name: /^2017\/18 3,217/ })).toBeVisible();
  newer = true;
  // Headless Chromium never hides a tab (another tab in front, a minimised window: both stay
  // `visible`), so the state is set as the browser would and its own event fired, twice.
  await page.evaluate(() => {
    const to = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    to('hidden');
    to('visible');
  });
  const notice = page.getByRole('status').filter({ hasText: 'Newer figures have been published' });
  await expect(notice).toContainText(
    'Newer figures have been published since this page was opened.',
  );
});
