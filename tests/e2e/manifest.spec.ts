import { expect, test } from '@playwright/test';
import { changeDataFile } from './data-host';

/** observations.csv without its last 14 rows: valid CSV, a partial upload. */
const cut = (text: string) => `${text.trimEnd().split('\n').slice(0, -14).join('\n')}\n`;

const trend = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Offences over time' });

test('a data file with its last rows cut is refused by name, saying what differs', async ({
  page,
}) => {
  await changeDataFile(page, 'observations.csv', cut, { manifest: false });
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(alert).toContainText('The data file observations.csv could not be used');
  await expect(alert).toContainText(
    'observations.csv, has 150 rows; the manifest says 164: the file was cut or replaced',
  );
});

test('a file changed behind the manifest (same rows) is refused by name', async ({ page }) => {
  await changeDataFile(page, 'observations.csv', (t) => t.replace('"4,373"', '"4,374"'), {
    manifest: false,
  });
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText(
    'observations.csv, has the 164 rows the manifest says, but not the same contents',
  );
});

test('a file cut after a valid visit: the copy kept from that visit is shown, and says why', async ({
  page,
}) => {
  let cutNow = false;
  await changeDataFile(page, 'observations.csv', cut, { manifest: false, when: () => cutNow });
  await page.goto('./?geo=england-wales&view=table');
  await expect(trend(page).getByRole('row', { name: /^2018\/19 4,373/ })).toBeVisible();
  // The valid copies are kept once the page has shown them.
  await expect
    .poll(() =>
      page.evaluate(async () => (await (await caches.open('data-files-validated')).keys()).length),
    )
    .toBe(3);
  cutNow = true;
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'observations.csv has 150 rows; the manifest says 164: the file was cut or replaced. Showing the copy kept from your last visit.',
  );
  await expect(trend(page).getByRole('row', { name: /^2018\/19 4,373/ })).toBeVisible();
});

test('a data update with its manifest rewritten is accepted', async ({ page }) => {
  await changeDataFile(page, 'observations.csv', cut);
  await page.goto('./');
  await expect(trend(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
