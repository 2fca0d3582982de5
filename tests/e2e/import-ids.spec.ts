import { expect, test } from '@playwright/test';

// Issue #29: a platform id is data. Ids React or an object lend meaning to ("ref", "key",
// "style", "children") must draw their bars like any other, with no React error. Test-only rows:
// the values are made up and say so.
const IDS = ['ref', 'style', 'key', 'children'];
const ROWS = [
  'indicator,period,geography,platform,value,release,note',
  ...IDS.map(
    (id, i) => `platform_offences,2017/18,england-wales,${id},${101 + i},2026-10,test data`,
  ),
].join('\n');

test('imported platforms with the ids ref, style, key and children draw their bars', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?geo=england-wales&from=2017-18&to=2018-19');
  const panel = page.getByRole('region', { name: 'Platforms by year' });
  await panel.scrollIntoViewIfNeeded();
  const bars = panel.locator('.recharts-bar-rectangle');
  await expect(bars.first()).toBeVisible();
  const before = await bars.count();

  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await dialog
    .getByLabel('Choose a CSV file, or drop one here')
    .setInputFiles({ name: 'ids.csv', mimeType: 'text/csv', buffer: Buffer.from(ROWS) });
  await dialog.getByRole('button', { name: 'Add 4 figures to the dashboard' }).click();
  await expect(dialog).toBeHidden();

  await panel.scrollIntoViewIfNeeded();
  const key = panel.getByRole('list', { name: 'Key' });
  for (const id of IDS)
    await expect(key.getByRole('listitem').filter({ hasText: new RegExp(`^${id}$`) })).toHaveCount(
      1,
    );
  // One bar more for each imported platform, each as tall as its value says.
  await expect(bars).toHaveCount(before + IDS.length);
  await panel.getByRole('button', { name: 'Table' }).click();
  for (const [i, id] of IDS.entries())
    await expect(panel.getByRole('row', { name: new RegExp(`^${id} `) })).toContainText(
      String(101 + i),
    );
  expect(errors).toEqual([]);
});
