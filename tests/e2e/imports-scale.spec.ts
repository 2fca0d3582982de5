import { expect, test } from '@playwright/test';
import { seedImports } from './seed-imports.mjs';

// How long the page's tasks are while the imports follow is the bench's to measure (`npm run
// bench`, "longest task from the live chart until the imports are in"): a timing here would
// measure whatever else this shared machine runs at the same time.
test('200,000 stored imported rows: the bundled trend chart first, then the imports, said so', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await seedImports(page, 200_000, { fileName: 'big.csv' });
  await page.reload();
  const adding = page.getByRole('status').filter({ hasText: 'Adding your 200,000 imported rows…' });
  // The bundled trend chart is drawn while the imports are still being added.
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await expect(adding).toBeVisible();
  await expect(adding).toHaveCount(0, { timeout: 60_000 });
  await expect(
    page.getByRole('status').filter({
      hasText: 'These figures include your 200,000 imported rows.',
    }),
  ).toBeVisible();
  // They are in: the import is listed with its rows.
  await expect(page.getByText('big.csv').first()).toBeAttached();
});
