import { expect, test } from '@playwright/test';

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
  await expect(
    page.getByRole('region', { name: 'Offences over time' }).locator('svg.recharts-surface'),
  ).toBeVisible();
  await page.clock.runFor(3 * 16_000 + 10_000);
  await expect(page.getByRole('alert')).toContainText(
    // Jumping the fake clock can time out any of the three files; which one is not the point.
    /\.csv, could not be loaded: no answer within 15 seconds/,
  );
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
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
