import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';
/** A host page on another origin than the dashboard's (localhost against 127.0.0.1), as a
 * charity's own site would be. */
function hostUrl(baseURL: string | undefined): string {
  return `http://localhost:${new URL(baseURL!).port}/embed-host.html`;
}

/** Takes the embed code and the height script from the dashboard, as a web editor would. */
async function embedCode(page: Page, query: string) {
  await page.goto(`./${query}`);
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await panel.locator('summary', { hasText: 'Export' }).click();
  await panel.getByRole('button', { name: 'Embed this panel' }).click();
  const box = panel.getByRole('region', { name: 'Embed this panel' });
  return {
    iframe: await box.getByRole('textbox', { name: 'Embed code' }).inputValue(),
    script: await box.getByRole('textbox', { name: 'Height script' }).inputValue(),
  };
}

/** Serves a host page holding the code, which also records every message it receives. */
async function hostPage(page: Page, host: string, body: string) {
  // A routed page counts as a public site, and Chromium asks before a public page frames a
  // loopback address (Local Network Access); a deployed dashboard is public, so nothing asks.
  await page.context().grantPermissions(['local-network-access']);
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>A charity's briefing</h1>
<script>window.heights = []; addEventListener('message', function (e) { window.heights.push({ origin: e.origin, data: e.data }); });</script>
${body}
</body></html>`,
    }),
  );
  await page.goto(host);
}

test('embed=trend in an <iframe> of another site shows the panel alone and posts its height', async ({
  page,
  baseURL,
}) => {
  const { iframe, script } = await embedCode(page, '?geo=england-wales,uk&from=2017-18&to=2022-23');
  expect(iframe).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?geo=england-wales,uk&amp;to=2022-23&amp;embed=trend" title="Offences over time: online grooming of children dashboard" width="100%" height="\d+" loading="lazy" style="border:0"><\/iframe>$/,
  );
  const origin = new URL(/src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&')).origin;
  expect(script).toContain(`e.origin !== '${origin}'`);

  await hostPage(page, hostUrl(baseURL), `${iframe}\n${script}`);
  const frame = page.frameLocator('iframe');
  const panel = frame.getByRole('region', { name: 'Offences over time' });
  await expect(panel.locator('svg.chart-surface')).toBeVisible();

  // Nothing but the panel: no page header, filter bar, page actions or other panels.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole('region')).toHaveCount(1);
  await expect(frame.getByRole('button', { name: 'Present (p)' })).toHaveCount(0);
  await expect(frame.getByText('Skip to the figures')).toHaveCount(0);
  // What the panel keeps: headline (its note numbers), filter line, the chart/table toggle, a
  // one-line source, the notes and the full list folded under "Notes and sources", a way back.
  await expect(
    panel.getByText('England and Wales, United Kingdom · all platforms · 2017/18–2022/23 · counts'),
  ).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Show Offences over time as' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Notes', exact: true })).toBeHidden();
  await expect(panel.getByRole('list', { name: 'Notes in brief' })).toBeVisible();
  await expect(panel.getByRole('paragraph').filter({ hasText: /^Sources:/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeHidden();
  await panel.getByText(/^Notes and sources/).click();
  await expect(panel.getByRole('list', { name: 'Notes', exact: true })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await panel.getByText(/^Notes and sources/).click();
  await expect(panel.locator('summary', { hasText: 'Export' })).toHaveCount(0);
  const back = panel.getByRole('link', { name: 'Open in the full dashboard' });
  const href = new URL((await back.getAttribute('href'))!);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('panel')).toBe('trend');
  expect(href.searchParams.get('geo')).toBe('england-wales,uk');

  // The height message, from the dashboard's origin, matches the panel; the host follows it.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length))
    .toBeGreaterThan(0);
  const messages = await page.evaluate(
    () => (window as unknown as { heights: { origin: string; data: unknown }[] }).heights,
  );
  const last = messages.at(-1)!;
  expect(last.origin).toBe(origin);
  expect(last.data).toMatchObject({ type: 'grooming-dashboard:height', panel: 'trend' });
  const posted = (last.data as { height: number }).height;
  const content = await frame
    .locator('.embedded')
    .evaluate((n) => n.getBoundingClientRect().height);
  expect(Math.abs(posted - content)).toBeLessThanOrEqual(1);
  await expect.poll(() => page.locator('iframe').getAttribute('height')).toBe(String(posted));
  // Followed, the frame shows the whole panel with no scroll bar of its own.
  const scroll = await frame.locator('html').evaluate((n) => n.scrollHeight - n.clientHeight);
  expect(scroll).toBeLessThanOrEqual(1);

  // Switching to the table changes the height: a new message, and the frame follows again.
  await panel.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(() => page.locator('iframe').getAttribute('height')).not.toBe(String(posted));
  await page.screenshot({ path: `${SHOTS}/embed-host.png`, fullPage: true });
});

test('an unknown embed value is dropped with a notice, and the full dashboard shows', async ({
  page,
}) => {
  await page.goto('./?embed=nope');
  await expect(
    page.getByRole('heading', { name: 'Some settings in this link were not used' }),
  ).toBeVisible();
  await expect(page.getByText('embed: "nope" is not one of')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/embed=/);
});
