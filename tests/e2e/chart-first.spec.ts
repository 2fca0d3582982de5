import { expect, test, type Page } from '@playwright/test';

// Issue #23: every view leads with its chart. Bounding boxes, not the default size alone.

const PANELS = [
  'Headline figures',
  'Offences over time',
  'Platforms by year',
  'Change in platform use',
  "Victims' age",
  /and national$/,
  'Data coverage and notes',
];

function panel(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} the headline figures and the whole trend plot are on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    const plot = panel(page, 'Offences over time').locator('.chart-grid').first();
    await expect(plot).toBeVisible();
    const box = (await plot.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // The first two headline figures (the latest total and its change) at least, whole.
    const values = panel(page, 'Headline figures').locator('.figure-value');
    for (const i of [0, 1]) {
      const v = (await values.nth(i).boundingBox())!;
      expect(v.y + v.height).toBeLessThanOrEqual(height);
    }
    // At the larger size every headline figure is on the first screen.
    if (height >= 900)
      for (const v of await values.all())
        expect((await v.boundingBox())!.y + (await v.boundingBox())!.height).toBeLessThanOrEqual(
          height,
        );
  });
}

test('on a 390×844 phone the headline figure and the top of the trend chart are on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const chart = panel(page, 'Offences over time').locator('svg.chart-surface').first();
  await expect(chart).toBeVisible();
  const top = (await chart.boundingBox())!;
  expect(top.y).toBeLessThan(844);
  const figure = (await panel(page, 'Headline figures')
    .locator('.figure-value')
    .first()
    .boundingBox())!;
  expect(figure.y + figure.height).toBeLessThanOrEqual(844);
  // The page itself does not scroll sideways: only the row of cards does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the filters are one line that opens, and the introduction one line that opens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const summary = page.getByRole('button', { name: /^Filters:/ });
  await expect(summary).toHaveText(
    'Filters: England and Wales, United Kingdom, West Midlands region · all platforms · 2017/18 to 2024/25 · count▼',
  );
  expect((await summary.boundingBox())!.height).toBeLessThan(40);
  await expect(page.getByRole('checkbox', { name: 'Wales', exact: true })).toBeHidden();
  await summary.click();
  await expect(page.getByRole('checkbox', { name: 'Wales', exact: true })).toBeVisible();
  const intro = page.locator('header summary');
  expect((await intro.boundingBox())!.height).toBeLessThan(32);
  await intro.click();
  await expect(page.getByText(/The NSPCC asks every force for its figures/)).toBeVisible();
});

for (const view of ['', '?place=scotland', '?measure=share', '?measure=index']) {
  test(`every panel's headline is at most 110 characters, with its figures (${view || 'default'})`, async ({
    page,
  }) => {
    await page.goto(`./${view}`);
    for (const name of PANELS) {
      const p = panel(page, name);
      await p.scrollIntoViewIfNeeded();
      const headline = p.locator('[data-headline]');
      await expect(headline).toBeAttached();
      // The notes' numbers are read apart from the headline itself.
      const text = await headline.evaluate((el) => (el.firstChild?.textContent ?? '').trim());
      expect(text.length, `${name}: ${text}`).toBeLessThanOrEqual(110);
      expect(text, `${name}: ${text}`).toMatch(/\d/);
    }
  });
}

test('caveats are numbered notes under the chart, cited from the headline, and sources one line', async ({
  page,
}) => {
  await page.goto('./');
  const trend = panel(page, 'Offences over time');
  const notes = trend.getByRole('list', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveCount(5);
  await expect(notes.getByRole('listitem').first()).toContainText(
    'Scotland records a different offence',
  );
  await expect(trend.getByRole('link', { name: 'notes 1 to 5' })).toHaveText('1–5');
  const sources = trend.getByRole('paragraph').filter({ hasText: /^Sources:/ });
  await expect(sources).toContainText(
    /NSPCC figures from police FOI returns, 2019–2025, as reported by \d+ publications/,
  );
  expect((await sources.boundingBox())!.height).toBeLessThan(30);
  // The full list and the full takeaway are folded, one click away.
  await trend.getByRole('button', { name: '(list)' }).click();
  const details = trend.locator('details.panel-details');
  await expect(details).toHaveAttribute('open', '');
  await expect(details.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(details).toContainText(
    /In full: Recorded offences: England and Wales 3,217 to 5,441/,
  );
});

// A platform's name is the longest word a card shows: it was broken as "Instagra" over "m" at
// 1440 × 900. Each word of every figure on one line, inside its card, at every size.
for (const [width, height] of [
  [1440, 900],
  [1280, 720],
  [1024, 768],
  [390, 844],
] as const)
  test(`at ${width}×${height} no headline figure is broken inside a word or runs out of its card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const view of ['./', './?platforms=instagram', './?platforms=facebook-messenger']) {
      await page.goto(view);
      const values = panel(page, 'Headline figures').locator('.figure-value');
      await expect(values.first()).toBeVisible();
      expect(await values.count(), view).toBeGreaterThanOrEqual(3);
      const broken = await values.evaluateAll((els) =>
        els.flatMap((el) => {
          const card = el.closest('li')!.getBoundingClientRect();
          const text = el.firstElementChild!.firstChild as Text;
          const out: string[] = [];
          for (const m of text.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            const box = range.getBoundingClientRect();
            if (lines.size > 1) out.push(`${m[0]} broken over ${lines.size} lines`);
            if (box.right > card.right || box.left < card.left)
              out.push(`${m[0]} outside its card`);
          }
          return out;
        }),
      );
      expect(broken, view).toEqual([]);
    }
  });
