import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';

// A test-only row: 2025/26 has no published figure; the value is made up and says so.
const NEW_YEAR = [
  'indicator,period,geography,value,release,note',
  'offences,2025/26,england-wales,"1,234",2026-10,test data',
].join('\n');

const BROKEN = [
  'indicator,period,geography,value',
  'offences,2025/26,england-wale,1234',
  'platform_share,2019/20,england-wales,140',
  'offences,2026,england-wales,n/a',
].join('\n');

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await dialog.getByLabel('Choose a CSV file, or drop one here').setInputFiles(csv(name, text));
  return dialog;
}

async function trendTable(page: Page) {
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await panel.getByRole('button', { name: 'Table' }).click();
  return panel.getByRole('table');
}

test('an imported year shows in the trend table, survives a reload and can be removed', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales');
  const dialog = await importFile(page, 'new-year.csv', NEW_YEAR);
  await expect(dialog.getByText('new-year.csv: the row is valid.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-preview.png` });
  await dialog.getByRole('button', { name: 'Add 1 figure to the dashboard' }).click();
  await expect(dialog).toBeHidden();

  const imports = page.getByRole('region', { name: 'Imported data' });
  await expect(imports).toContainText('new-year.csv: 1 figure, imported');
  const table = await trendTable(page);
  await expect(
    table.getByRole('row', { name: '2025/26 1,234 imported from new-year.csv' }),
  ).toBeVisible();
  // The panel's sources name the file, and hovering the new year's point does too.
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await expect(
    panel.getByRole('listitem').filter({ hasText: 'Imported from new-year.csv' }),
  ).toHaveCount(1);
  await panel.getByRole('button', { name: 'Chart' }).click();
  const box = (await panel.locator('.recharts-surface').first().boundingBox())!;
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  await expect(panel.locator('.recharts-tooltip-wrapper')).toContainText(
    'England and Wales: 1,234Imported from new-year.csv',
  );

  await page.reload();
  await expect(
    (await trendTable(page)).getByRole('row', { name: /^2025\/26 1,234 imported/ }),
  ).toBeVisible();

  await imports.getByRole('button', { name: /^Remove new-year.csv/ }).click();
  await expect(imports).toContainText('Removed new-year.csv (1 figure).');
  await expect(page.getByRole('row', { name: /^2025\/26/ })).toHaveCount(0);
  await imports.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /^2025\/26 1,234 imported/ })).toBeVisible();
  await imports.getByRole('button', { name: /^Remove new-year.csv/ }).click();
  await expect(page.getByRole('row', { name: /^2025\/26/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toContainText('2024/25');
  await expect(page.getByRole('region', { name: 'Imported data' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^2025\/26/ })).toHaveCount(0);
});

test('a broken file lists every row error and changes nothing', async ({ page }) => {
  await page.goto('./?geo=england-wales');
  const before = await (await trendTable(page)).innerText();
  const dialog = await importFile(page, 'broken.csv', BROKEN);
  await expect(
    dialog.getByRole('heading', { name: 'broken.csv cannot be added: 5 errors in 3 rows' }),
  ).toBeVisible();
  const errors = dialog.getByRole('list', { name: 'Errors' });
  await expect(errors).toContainText(
    'row 2, column geography: unknown geography "england-wale"; did you mean "england-wales"?',
  );
  await expect(errors).toContainText('row 3, column value: 140 is over 100; a percent is 0–100');
  await expect(errors).toContainText('row 4, column period: "2026" is not a period');
  await expect(dialog.getByRole('button', { name: /^Add/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/import-errors.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await (await trendTable(page)).innerText()).toBe(before);
});

test('a row revising a published figure is shown beside it before it is added', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales&from=2017-18&to=2018-19');
  const dialog = await importFile(
    page,
    'revision.csv',
    'indicator,period,geography,value,release\noffences,2018/19,england-wales,4400,2020-01\n',
  );
  const table = dialog.getByRole('table');
  await expect(
    table.getByRole('row', {
      name: /2 Recorded offences, 2018\/19, England and Wales 4,373 \(released 2019-09\) 4,400 \(released 2020-01\) The file’s value is shown/,
    }),
  ).toBeVisible();
});

test('imports in two tabs both survive', async ({ browser }) => {
  const context = await browser.newContext();
  const [one, two] = [await context.newPage(), await context.newPage()];
  await one.goto('./?geo=england-wales');
  await two.goto('./?geo=england-wales');
  await (
    await importFile(one, 'first.csv', NEW_YEAR)
  )
    .getByRole('button', { name: /^Add 1/ })
    .click();
  await (
    await importFile(two, 'second.csv', NEW_YEAR.replace('1,234', '1,235'))
  )
    .getByRole('button', { name: /^Add 1/ })
    .click();
  for (const page of [one, two]) {
    const imports = page.getByRole('region', { name: 'Imported data' });
    await expect(imports).toContainText('first.csv');
    await expect(imports).toContainText('second.csv');
  }
  await one.reload();
  await expect(one.getByRole('region', { name: 'Imported data' })).toContainText('second.csv');
  await context.close();
});
