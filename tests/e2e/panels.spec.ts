import { expect, test } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';

const PANELS = [
  ['headline', 'Headline figures', 'Recorded offences, United Kingdom, 2024/25 7,263'],
  [
    'trend',
    'Offences over time',
    '2018/19 4,373 all 43 forces; published +36% on 2017/18: 43 forces in both years; Capital FM Birmingham\'s report of the release says "by a third"',
  ],
  ['platforms', 'Platforms by year', 'Instagram 418 929'],
  [
    'platform-change',
    'Change in platform use',
    'Instagram 418 929 +511† +122%† 19.7%† 34.4%† +14.7 pp†',
  ],
  [
    'age',
    "Victims' age",
    "Instances with the victim's age given 2017/18 to 2018/19, England and Wales 5,567",
  ],
  ['west-midlands', 'West Midlands and national', '2018/19 260 4,373 5.9%†'],
  [
    'coverage',
    'Data coverage and notes',
    '2017/18 England and Wales 43 all 43 forces 3,217 2,117 65.8%†',
  ],
] as const;

test('every panel toggles to a table of its numbers and back to its chart', async ({ page }) => {
  await page.goto('./');
  for (const [id, name, row] of PANELS) {
    const panel = page.getByRole('region', { name });
    await expect(panel).toHaveAttribute('id', id);
    await panel.getByRole('button', { name: 'Table' }).click();
    await expect(panel.getByRole('row', { name: row, exact: false }).first()).toBeVisible();
    await panel.getByRole('button', { name: 'Chart' }).click();
    await expect(panel.getByRole('table')).toHaveCount(0);
  }
});

test('a #panel link scrolls to that panel', async ({ page }) => {
  await page.goto('./#platforms');
  await expect(page.getByRole('region', { name: 'Platforms by year' })).toBeInViewport();
});

for (const [name, width, height] of [
  ['desktop', 1440, 900],
  ['phone', 390, 844],
] as const) {
  test(`every panel reads at ${name} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    for (const [id, label] of PANELS) {
      const panel = page.getByRole('region', { name: label });
      // A panel below the first screen draws its chart once it is near the view: go to it (again,
      // if the baked section found first is replaced by the live one).
      await expect(() => panel.scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
      await expect(
        panel
          .locator('svg.recharts-surface, svg.chart-surface')
          .first()
          .or(panel.getByRole('list', { name: 'Headline figures' })),
      ).toBeVisible({ timeout: 15_000 });
      await panel.screenshot({ path: `${SHOTS}/${name}-${id}.png` });
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
