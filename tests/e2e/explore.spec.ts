import { expect, test, type Locator, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';
const PHONE = { width: 390, height: 844 };

function panel(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

/** Hovers a point inside a chart's plotted area, at a fraction of its width and height. */
async function hoverChart(page: Page, chart: Locator, x: number, y: number) {
  await chart.scrollIntoViewIfNeeded();
  const grid = chart.locator('.recharts-cartesian-grid, .chart-grid').first();
  await grid.scrollIntoViewIfNeeded();
  await expect(grid).toBeVisible();
  const box = (await grid.boundingBox())!;
  await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
  await page.mouse.move(box.x + box.width * x + 1, box.y + box.height * y);
}

test('place=wales sets Wales against England and Wales, with its forces and what differs', async ({
  page,
}) => {
  await page.goto('./?place=wales');
  const wales = panel(page, 'Wales and national');
  await wales.scrollIntoViewIfNeeded();
  await expect(wales).toHaveAttribute('id', 'west-midlands');
  await expect(wales.getByRole('combobox', { name: 'Place' })).toHaveValue('wales');
  await expect(wales.getByText('Compared with England and Wales:')).toBeVisible();
  await wales.locator('summary', { hasText: 'Notes and sources' }).click();
  await expect(
    wales.getByText(
      'In full: Wales recorded 549 offences in 2024/25. By 2024/25 it had doubled† (+100%†; not known to be like-for-like) since 2017/18 (274 to 549); the latest change was from 554 in 2023/24 to 549 in 2024/25 (−1%†).',
    ),
  ).toBeVisible();
  // Its four forces, drawn, with a tooltip per year.
  const forces = wales.getByRole('figure', {
    name: /^Line chart of the recorded offences of each/,
  });
  await hoverChart(page, forces, 0.001, 0.5);
  const tip = page.locator('.chart-tooltip');
  await expect(tip).toContainText("2017/18, Wales's forces");
  await expect(tip).toContainText('South Wales Police: 158 recorded offences');
  await expect(tip).toContainText('Source: archyde.com (with cardiffnewsonline), 2024');
  await wales.getByRole('button', { name: 'Table' }).click();
  // 2017/18: the share is of England and Wales in the same (2018) release: 2,908 + 274 = 3,182.
  await expect(wales.getByRole('row', { name: '2017/18 274 3,182† 8.6%†' })).toBeVisible();
  await expect(
    wales.getByRole('row', { name: /^South Wales Police 158 .*140 .*91 .*127 .*166 .*— 333 .*—$/ }),
  ).toBeVisible();

  // Choosing Scotland: the UK comparator, and the different offence said on the panel.
  await wales.getByRole('combobox', { name: 'Place' }).selectOption('scotland');
  await expect(page).toHaveURL(/\?place=scotland$/);
  const scotland = panel(page, 'Scotland and national');
  await expect(scotland.getByText('Compared with UK: not like-for-like')).toBeVisible();
  await expect(scotland.getByRole('list', { name: 'Notes' })).toContainText(
    'Scotland records a different offence, "communicating indecently',
  );

  // The default place leaves the URL, so every older link keeps its meaning.
  await scotland.getByRole('combobox', { name: 'Place' }).selectOption('west-midlands-region');
  await expect(page).toHaveURL(/\/$/);
  await expect(panel(page, 'West Midlands and national')).toBeVisible();
});

test('a place without enough figures says what is missing instead of an empty chart', async ({
  page,
}) => {
  await page.goto('./?place=west-midlands-police');
  const p = panel(page, 'West Midlands Police and national');
  await p.scrollIntoViewIfNeeded();
  await expect(
    p.getByText(
      'West Midlands Police has figures for 2021/22 (141) but none for 2017/18, the base of the index, so it cannot be indexed against England and Wales; its figures are in the table.',
    ),
  ).toBeVisible();
  await expect(p.locator('.recharts-line')).toHaveCount(0);
});

test('"only" and "Clear" choose places and platforms in one or two clicks, by keyboard too', async ({
  page,
}) => {
  await page.goto('./');
  const filters = panel(page, 'Filters');
  await page.getByRole('button', { name: /^Filters:/ }).click();
  await filters.getByRole('button', { name: 'Only Wales' }).click();
  await expect(page).toHaveURL(/\?geo=wales$/);
  await expect(filters.getByRole('checkbox', { name: 'England and Wales' })).not.toBeChecked();

  await filters.getByRole('button', { name: 'Clear platforms' }).click();
  await filters.getByRole('checkbox', { name: 'Snapchat', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(filters.getByRole('checkbox', { name: 'WhatsApp' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?geo=wales&platforms=whatsapp,snapchat$/);

  await filters.getByRole('button', { name: 'Only Instagram' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?geo=wales&platforms=instagram$/);
  // Controls are at least 24 px high (WCAG 2.2 target size).
  const only = (await filters.getByRole('button', { name: 'Only Instagram' }).boundingBox())!;
  expect(only.height).toBeGreaterThanOrEqual(24);
});

test('every chart has a tooltip naming the value, its mark, the year, the place and the source', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const tip = page.locator('.chart-tooltip');

  await hoverChart(page, panel(page, 'Offences over time'), 0.001, 0.5);
  await expect(tip).toContainText('2017/18');
  await expect(tip).toContainText('England and Wales: 3,217');
  await expect(tip).toContainText('Source: NSPCC');

  const place = panel(page, 'West Midlands and national');
  await hoverChart(page, place.locator('figure').first(), 0.99, 0.5);
  await expect(tip).toContainText('2024/25');
  await expect(tip).toContainText('West Midlands region: 201.5† (2017/18 = 100)');
  await expect(tip).toContainText('391 recorded offences');
  await expect(tip).toContainText('derived: computed from published figures');
  await expect(tip).toContainText('Source: Shropshire Star');
  await page.screenshot({ path: `${SHOTS}/explore-tooltip-place-1440.png` });

  await hoverChart(page, place.locator('figure').nth(1), 0.5, 0.1);
  await expect(tip).toContainText('West Midlands Police, 2017/18 and 2018/19 together');
  await expect(tip).toContainText('Facebook-owned apps or Snapchat: 83%');

  await hoverChart(page, panel(page, "Victims' age"), 0.5, 0.05);
  await expect(tip).toContainText('England and Wales');
  await expect(tip).toContainText('Source:');

  await hoverChart(page, panel(page, 'Change in platform use'), 0.5, 0.05);
  await expect(tip).toContainText(/Change, \d{4}\/\d{2} to \d{4}\/\d{2}: [+−±]/);
  await expect(tip).toContainText('Source:');

  await hoverChart(page, panel(page, 'Data coverage and notes'), 0.06, 0.9);
  await expect(tip).toContainText('2017/18, England and Wales');
  await expect(tip).toContainText('Method of communication known: 65.8%†');
  await expect(tip).toContainText('2,117 of 3,217 recorded offences');
});

test('counts that are under a tenth of another place offer the index view', async ({ page }) => {
  await page.goto('./');
  const trend = panel(page, 'Offences over time');
  await expect(
    trend.getByText(/West Midlands region records under a tenth of United Kingdom's offences/),
  ).toBeVisible();
  await trend.getByRole('button', { name: /show the index/ }).click();
  await expect(page).toHaveURL(/\?measure=index$/);
  await expect(trend.getByText(/under a tenth/)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the first screen holds the headline figure; the introduction is one line', async ({
    page,
  }) => {
    await page.goto('./');
    const figure = panel(page, 'Headline figures').locator('.figure-value').first();
    await expect(figure).toHaveText('7,263');
    const box = (await figure.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const about = page.getByText('About these figures', { exact: true });
    await expect(about).toBeVisible();
    await expect(page.getByText(/^Police forces record offences/)).toBeHidden();
    await about.click();
    await expect(page.getByText(/^Police forces record offences/)).toBeVisible();
    await about.click();
    await page.screenshot({ path: `${SHOTS}/explore-phone-first-screen.png` });
  });

  test('the trend axis labels the first and last year and every other it can fit, none touching; the tooltip does not cover the lines', async ({
    page,
  }) => {
    await page.goto('./');
    const trend = panel(page, 'Offences over time');
    const ticks = trend.locator('.chart-year-axis .chart-tick');
    // Shortened ("17/18") and thinned by rule where the eight do not fit side by side.
    await expect(ticks.first()).toHaveText('17/18');
    await expect(ticks.last()).toHaveText('24/25');
    expect(await ticks.count()).toBeGreaterThanOrEqual(4);
    // None is cut off at the chart's edge, and none touches the next.
    const svg = (await trend.locator('svg.chart-surface').first().boundingBox())!;
    const boxes = await Promise.all((await ticks.all()).map(async (t) => (await t.boundingBox())!));
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(svg.x);
      expect(b.x + b.width).toBeLessThanOrEqual(svg.x + svg.width);
      expect(b.y + b.height).toBeLessThanOrEqual(svg.y + svg.height);
    }
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);

    await hoverChart(page, trend, 0.5, 0.5);
    const tip = page.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    const plot = (await trend.locator('.chart-grid').boundingBox())!;
    const box = (await tip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(plot.y + plot.height);
    await page.screenshot({ path: `${SHOTS}/explore-phone-tooltip.png` });

    const place = panel(page, 'West Midlands and national');
    await hoverChart(page, place.locator('figure').first(), 0.5, 0.5);
    const plot2 = (await place.locator('.recharts-cartesian-grid').first().boundingBox())!;
    const box2 = (await tip.boundingBox())!;
    expect(box2.y).toBeGreaterThanOrEqual(plot2.y + plot2.height);
  });

  test('the filter summary is readable: whole, wrapped, inside the screen', async ({ page }) => {
    await page.goto('./?geo=wales&platforms=whatsapp,snapchat');
    const summary = page.getByRole('button', { name: /^Filters:/ });
    await expect(summary).toHaveText(
      'Filters: Wales · WhatsApp, Snapchat · 2017/18 to 2024/25 · count▼',
    );
    const box = (await summary.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const fontSize = await summary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
  });
});

test('the skip links land on the first panel and on the filters', async ({ page }) => {
  await page.goto('./');
  await expect(panel(page, 'Headline figures')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the figures' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page, 'Headline figures')).toBeFocused();
  // The next stop is the first panel's own first control, not the filters.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(
    'headline',
  );

  await page.goto('./');
  await expect(panel(page, 'Headline figures')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the filters' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(
    panel(page, 'Filters').getByRole('combobox', { name: 'Find a nation, region or force' }),
  ).toBeFocused();
});

for (const [name, width, height] of [
  ['desktop', 1440, 900],
  ['phone', 390, 844],
] as const) {
  test(`screenshots at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?place=wales');
    await expect(panel(page, 'Headline figures')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/explore-${name}-first-screen.png` });
    // The first and last years are labelled under the trend chart (a phone's thinned by rule),
    // and no label is cut off at either edge.
    const trend = panel(page, 'Offences over time');
    await trend.locator('.chart-series').first().scrollIntoViewIfNeeded();
    const svg = (await trend.locator('svg.chart-surface').first().boundingBox())!;
    const ticks = trend.locator('.chart-year-axis .chart-tick');
    await expect(ticks.first()).toHaveText(width < 500 ? '17/18' : '2017/18');
    await expect(ticks.last()).toHaveText(width < 500 ? '24/25' : '2024/25');
    for (const t of await ticks.all()) {
      const b = (await t.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(svg.x);
      expect(b.x + b.width).toBeLessThanOrEqual(svg.x + svg.width);
    }
    const place = panel(page, 'Wales and national');
    await place.scrollIntoViewIfNeeded();
    await place.locator('.recharts-line').first().waitFor();
    await place.locator('figure').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/explore-${name}-place-wales.png` });
  });
}

test('every place explains each mark it shows, and Scotland its different offence', async ({
  page,
}) => {
  const legends: [RegExp, string | RegExp][] = [
    [/\d†/, '† derived'],
    [/≈\d/, '≈ approximate'],
    [/(^|[\s(])>\d/m, '> a bound'],
    [/(^|[\s(])<\d/m, '< a bound'],
    // A table says it in its cells and footnote; a chart stars the figure and keys the star.
    [/medium confidence/, /Medium confidence|\* medium confidence: a figure from a single/],
    [/\d\S*\*/, '* medium confidence'],
  ];
  for (const place of ['wales', 'scotland', 'northern-ireland', 'dyfed-powys', 'thames-valley'])
    for (const view of ['chart', 'table']) {
      await page.goto(`./?place=${place}&view=${view}`);
      const p = page.locator('section#west-midlands');
      await p.scrollIntoViewIfNeeded();
      await expect(p.getByRole('combobox', { name: 'Place' })).toHaveValue(place);
      // Off-screen panels skip layout (content-visibility: auto): wait for their text.
      await expect.poll(async () => (await p.innerText()).includes('Compared with')).toBe(true);
      const text = await p.innerText();
      for (const [mark, legend] of legends)
        if (mark.test(text)) expect(text, `${place}, ${view}: ${legend}`).toMatch(legend);
      if (place === 'scotland') expect(text).toContain('records a different offence');
    }
});
