import { expect, test } from '@playwright/test';
import { seedImports } from './seed-imports.mjs';

/** What the page records of itself from the reload on (see the init script below). */
interface Probe {
  /** Main-thread tasks over 50 ms: [start, duration], in ms from the navigation. */
  longTasks: [number, number][];
  /** When the live trend chart was first in the page; null until then. */
  chartAt: number | null;
}

test('200,000 stored imported rows: the bundled trend chart first, then the imports, said so, with no task over 100 ms', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await seedImports(page, 200_000, { fileName: 'big.csv' });
  await page.addInitScript(() => {
    const w = window as unknown as Probe;
    w.longTasks = [];
    w.chartAt = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // With imports stored the baked view stays until the live page is drawn beneath it: the
    // live chart counts from when the baked view has gone (mutations are delivered after
    // React's commit, before the paint).
    new MutationObserver((_, observer) => {
      if (document.getElementById('baked')) return;
      if (!document.querySelector('#main #trend svg.recharts-surface')) return;
      observer.disconnect();
      w.chartAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const adding = page.getByRole('status').filter({ hasText: 'Adding your 200,000 imported rows…' });
  // The bundled trend chart is drawn while the imports are still being added.
  await expect(page.locator('#main #trend svg.recharts-surface')).toBeVisible();
  await expect(adding).toBeVisible();
  await expect(adding).toHaveCount(0, { timeout: 60_000 });
  // They are in: the import is listed with its rows.
  await expect(page.getByText('big.csv').first()).toBeAttached();
  // The panels below the first screen are drawn with the imports after the status goes: wait
  // until the page has been free of long tasks for a second and a half.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const { longTasks } = window as unknown as Probe;
          const last = longTasks.at(-1);
          return performance.now() - (last ? last[0] + last[1] : 0);
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(1500);
  const { longTasks, chartAt } = await page.evaluate(() => {
    const { longTasks, chartAt } = window as unknown as Probe;
    return { longTasks, chartAt };
  });
  const rounded = longTasks.map(([s, d]): [number, number] => [Math.round(s), Math.round(d)]);
  test.info().annotations.push({
    type: 'long tasks (start ms, duration ms)',
    description: `${JSON.stringify(rounded)}; live chart at ${Math.round(chartAt ?? -1)} ms`,
  });
  expect(chartAt).not.toBeNull();
  // From the first chart on, the imports are read, checked, merged and drawn in tasks of at
  // most 100 ms (the budget): the page answers input throughout.
  const over = rounded.filter(([start, duration]) => start >= chartAt! && duration > 100);
  expect(over, `tasks over 100 ms after the chart at ${Math.round(chartAt!)} ms`).toEqual([]);
});
