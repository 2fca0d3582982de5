import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`,
  );
}

// axe wants a page from a context of its own.
test('the dashboard has no axe violations, in chart and in table view', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const view of ['chart', 'table']) {
    await page.goto(`./?view=${view}`);
    await expect(page.getByRole('region', { name: 'Data coverage and notes' })).toBeVisible();
    expect(await violations(page), `view=${view}`).toEqual([]);
  }
  await context.close();
});

test('presenter mode has no axe violations in either theme', async ({ browser }) => {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript((t) => localStorage.setItem('presenter-theme', t), theme);
    const page = await context.newPage();
    for (const panel of ['headline', 'trend', 'platforms', 'coverage']) {
      await page.goto(`./?present=1&panel=${panel}`);
      await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
      expect(await violations(page), `${theme} ${panel}`).toEqual([]);
    }
    await context.close();
  }
});

test('the Add data dialog, its errors and the imported data have no axe violations', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?geo=england-wales&view=table');
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await expect(dialog.getByRole('button', { name: 'Download a template (CSV)' })).toBeFocused();
  const input = dialog.getByLabel('Choose a CSV file, or drop one here');
  await input.setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('indicator,period,geography,value\nofences,2025/26,uk,12\n'),
  });
  await expect(dialog.getByRole('list', { name: 'Errors' })).toBeVisible();
  expect(await violations(page), 'errors').toEqual([]);
  await input.setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'indicator,period,geography,value,release\noffences,2018/19,england-wales,4400,2020-01\noffences,2025/26,england-wales,1234,\n',
    ),
  });
  await expect(dialog.getByRole('table')).toBeVisible();
  expect(await violations(page), 'preview').toEqual([]);
  await dialog.getByRole('button', { name: 'Add 2 figures to the dashboard' }).click();
  await expect(page.getByRole('button', { name: 'Add data' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Imported data' })).toBeVisible();
  expect(await violations(page), 'imported').toEqual([]);
  await context.close();
});

test('the Export menu, the citation and embed boxes and an embedded panel have no axe violations', async ({
  browser,
}) => {
  // Five axe runs: more than the default time on a shared machine.
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await panel.locator('summary', { hasText: 'Export' }).click();
  await expect(panel.getByRole('button', { name: 'Cite this panel' })).toBeVisible();
  expect(await violations(page), 'menu').toEqual([]);
  for (const kind of ['Cite', 'Embed']) {
    if (kind === 'Embed') await panel.locator('summary', { hasText: 'Export' }).click();
    await panel.getByRole('button', { name: `${kind} this panel` }).click();
    await expect(panel.getByRole('region', { name: `${kind} this panel` })).toBeVisible();
    expect(await violations(page), kind).toEqual([]);
  }
  for (const view of ['chart', 'table']) {
    await page.goto(`./?embed=platforms&view=${view}`);
    await expect(page.getByRole('region', { name: 'Platforms by year' })).toBeVisible();
    expect(await violations(page), `embed, ${view}`).toEqual([]);
  }
  await context.close();
});
