import { expect, test } from '@playwright/test';
import { seedImports } from './seed-imports.mjs';

test('200,000 stored imported rows: the bundled trend chart first, then the imports, said so', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await seedImports(page, 200_000, { fileName: 'big.csv' });
  // Long tasks from the first chart on, as the page sees them.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  const adding = page.getByRole('status').filter({ hasText: 'Adding your 200,000 imported rows…' });
  // The bundled trend chart is drawn while the imports are still being added.
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await expect(adding).toBeVisible();
  await expect(adding).toHaveCount(0, { timeout: 60_000 });
  // They are in: the import is listed with its rows.
  await expect(page.getByText('big.csv').first()).toBeAttached();
  const tasks = await page.evaluate(
    () => (window as unknown as { longTasks: [number, number][] }).longTasks,
  );
  test.info().annotations.push({
    type: 'long tasks (start ms, duration ms)',
    description: JSON.stringify(tasks.map(([s, d]) => [Math.round(s), Math.round(d)])),
  });
});
