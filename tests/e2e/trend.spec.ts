import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const SHOTS = 'tests/e2e/screenshots';

function trend(page: Page) {
  return page.getByRole('region', { name: 'Offences over time' });
}

test('loads the dashboard with the published figures and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19');
  await expect(
    trend(page).getByText(
      /England and Wales 3,217 to 4,373, 2017\/18 to 2018\/19: \+36% as published/,
    ),
  ).toBeVisible();
  await expect(trend(page).locator('svg.chart-surface')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/desktop-trend.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a filter change updates the URL and the table, and the URL reopens the same view', async ({
  page,
}) => {
  await page.goto('./?from=2017-18&to=2018-19');
  const panel = trend(page);
  await panel.getByRole('button', { name: 'Table' }).click();
  await expect(
    panel.getByRole('row', {
      name: /^2018\/19 4,373 all 43 forces; published \+36% on 2017\/18: 43 forces in both years.* 5,333 .* 260 all 4 forces/,
    }),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Filters:/ }).click();
  await page.getByRole('radio', { name: 'Index (2017/18 = 100)' }).check();
  await page.getByRole('checkbox', { name: 'United Kingdom' }).uncheck();
  await expect(page).toHaveURL(
    /\?geo=england-wales,west-midlands-region&to=2018-19&measure=index$/,
  );

  await page.reload();
  const reloaded = trend(page);
  await page.getByRole('button', { name: /^Filters:/ }).click();
  await expect(page.getByRole('radio', { name: 'Index (2017/18 = 100)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).not.toBeChecked();
  await reloaded.getByRole('button', { name: 'Table' }).click();
  await expect(
    reloaded.getByRole('row', {
      name: '2018/19 135.9† all 43 forces; published +36% on 2017/18: 43 forces in both years; Capital FM Birmingham\'s report of the release says "by a third" 134.0† all 4 forces; published +34% on 2017/18: the region\'s four forces in both years',
    }),
  ).toBeVisible();
});

test('a hand-edited bad link shows what was ignored and the rest of the view', async ({ page }) => {
  await page.goto('./?geo=england-wales,%3Cscript%3Ealert(1)%3C/script%3E&from=1999-00&measure=🙂');
  const notice = page.getByRole('status', { name: 'Some settings in this link were not used' });
  await expect(notice).toContainText('geo: "<script>alert(1)</script>" is not a known geography');
  await expect(notice).toContainText('from: 1999/00 is outside the data');
  await expect(
    trend(page).getByText(
      /England and Wales 5,441 in 2020\/21: ≈\+70% on 2017\/18 as published; \+69%† from the totals shown/,
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?geo=england-wales$/);
});

test('a corrupted data file names the file, row and column, and Retry recovers', async ({
  page,
}) => {
  let corrupt = true;
  await page.route('**/data/observations.csv', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: corrupt ? body.replace('"4,373"', 'n/a') : body });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('observations.csv, row 3, column value: "n/a" is not a number');
  await page.screenshot({ path: `${SHOTS}/data-error.png` });
  corrupt = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(trend(page)).toBeVisible();
});

test('a missing data file says which', async ({ page }) => {
  await page.route('**/data/geographies.csv', (route) =>
    route.fulfill({ status: 404, body: 'Not Found' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'geographies.csv, could not be loaded: the server answered 404',
  );
});

for (const [name, width, height] of [
  ['laptop', 1280, 720],
  ['phone', 390, 844],
] as const) {
  test(`renders at ${name} size without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await expect(trend(page).locator('svg.chart-surface')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-trend.png`, fullPage: true });
  });
}

/** The page's first live trend chart's width as it was drawn, before anything could redraw it. */
const FIRST_DRAWN = `new MutationObserver((_, observer) => {
  const svg = [...document.querySelectorAll('#trend svg.chart-surface')].find(
    (s) => !s.closest('#baked'),
  );
  if (!svg) return;
  observer.disconnect();
  window.__firstWidth = Number(svg.getAttribute('width'));
}).observe(document, { childList: true, subtree: true });`;

/** Each window width, opened afresh: the chart's first and last drawing, and its box. */
async function drawnWidths(page: Page, widths: readonly number[], link: string) {
  await page.addInitScript({ content: FIRST_DRAWN });
  const seen = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(link);
    await expect(trend(page).locator('.chart-line').first()).toBeVisible();
    seen.push(
      await page.evaluate(() => ({
        width: innerWidth,
        first: (window as unknown as { __firstWidth: number }).__firstWidth,
        last: Number(document.querySelector('#trend svg.chart-surface')!.getAttribute('width')),
        box: Math.round(
          document.querySelector('#trend .chart-frame')!.getBoundingClientRect().width,
        ),
      })),
    );
  }
  return seen;
}

// The chart is drawn at the width the page's layout gives it (app/first-screen-width.ts), not
// measured: held here to the box at each of the layout's breakpoints and either side of them.
test('the trend chart is first drawn at its box’s width at every window width', async ({
  page,
}) => {
  const widths = [320, 390, 639, 640, 768, 1023, 1024, 1279, 1280, 1440, 1920];
  for (const link of ['./?geo=england-wales,west-midlands-region', './']) {
    const seen = await drawnWidths(page, widths, link);
    expect(seen).toEqual(seen.map((s) => ({ ...s, first: s.box, last: s.box })));
  }
});

test('… and beside a scrollbar that takes up room', async ({ playwright }) => {
  // Headless Chromium's scrollbars overlay the page, as on phones and Macs; Windows' and most
  // Linux desktops' take room beside it.
  const browser = await playwright.chromium.launch({
    ...CHROMIUM_LAUNCH,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  const seen = await drawnWidths(page, [390, 1024, 1280, 1440], './?place=scotland');
  const scrollbar = await page.evaluate(
    () => window.innerWidth - document.documentElement.clientWidth,
  );
  await browser.close();
  expect(scrollbar).toBeGreaterThan(0);
  expect(seen).toEqual(seen.map((s) => ({ ...s, first: s.box, last: s.box })));
});
