import { expect, test, type Page } from '@playwright/test';

/**
 * The printable width of A4 at 96 px to the inch with the browser's default margins: the page
 * is laid out at it when printed, whatever the width of the window it was printed from.
 */
const A4 = { portrait: 718, landscape: 1047 };

async function allPanelsDrawn(page: Page) {
  await page.goto('./');
  const panels = page.locator('#root section.panel');
  // Panels below the first screen load once scrolled near.
  await expect(async () => {
    await page.mouse.wheel(0, 900);
    expect(await panels.count()).toBe(7);
  }).toPass({ timeout: 60_000 });
  for (const panel of await panels.all()) {
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('h2')).toBeVisible();
  }
  await expect(page.locator('#root section#coverage svg.recharts-surface')).toBeVisible();
}

/**
 * Prints as a browser does: the print rules apply and the app is told (beforeprint), then the
 * page is laid out at the paper's width before any script can draw again, as charts sized on
 * screen are. Returns, per panel, what reaches past the paper's right edge.
 */
async function cutAtRightEdge(page: Page, width: number) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('#root section#trend table').first()).toBeAttached();
  return page.evaluate((width) => {
    document.documentElement.style.width = `${width}px`;
    // Per panel, each thing cut (a chart, a table, an element) and how far it reaches.
    const cut: Record<string, Record<string, number>> = {};
    for (const panel of document.querySelectorAll<HTMLElement>('#root section.panel')) {
      for (const el of panel.querySelectorAll<HTMLElement | SVGElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.right <= width + 0.5) continue;
        const table = el.closest('table');
        const what = table
          ? `table "${table.querySelector('caption')?.textContent}"`
          : el.closest('svg')
            ? 'chart'
            : el.tagName.toLowerCase();
        const seen = (cut[panel.id] ??= {});
        seen[what] = Math.max(seen[what] ?? 0, Math.round(r.right));
      }
    }
    document.documentElement.style.width = '';
    return cut;
  }, width);
}

test.describe('printing the dashboard', () => {
  for (const [orientation, width] of Object.entries(A4))
    test(`cuts nothing at the right edge of A4 ${orientation} (${width} px), printed from a 1440 px window`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await allPanelsDrawn(page);
      expect(await cutAtRightEdge(page, width)).toEqual({});
      await context.close();
    });

  test('prints every panel\'s "Notes and sources" open', async ({ page }) => {
    await allPanelsDrawn(page);
    await page.emulateMedia({ media: 'print' });
    const notes = page
      .locator('#root section.panel details')
      .filter({ has: page.locator('summary', { hasText: 'Notes and sources' }) });
    expect(await notes.count()).toBeGreaterThan(0);
    for (const details of await notes.all()) {
      await expect(details.locator('summary')).toContainText('Notes and sources');
      const items = details.locator('li');
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) await expect(item).toBeVisible();
    }
  });
});
