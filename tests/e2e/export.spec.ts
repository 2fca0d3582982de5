import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function exportFile(page: Page, panelName: string, item: string) {
  const panel = page.getByRole('region', { name: panelName });
  await panel.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: item }).click(),
  ]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('a panel exports as PNG at 2×, as SVG with title and source, and as CSV with its numbers', async ({
  page,
}) => {
  await page.goto(
    './?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19&measure=share',
  );
  await expect(
    page.getByRole('region', { name: 'Platforms by year' }).locator('svg.recharts-surface'),
  ).toBeVisible();

  const svg = await exportFile(page, 'Platforms by year', 'Chart as SVG');
  expect(svg.name).toBe('platforms_2017-18_to_2018-19_share.svg');
  const svgText = svg.body.toString('utf8');
  expect(svgText).toContain('>Platforms by year</text>');
  expect(svgText).toContain('Source: Capital FM Birmingham');
  expect(svgText).toContain('† derived: computed from published figures');
  const svgWidth = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);

  const png = await exportFile(page, 'Platforms by year', 'Chart as PNG (for slides)');
  expect(png.name).toBe('platforms_2017-18_to_2018-19_share.png');
  await mkdir('tests/e2e/screenshots', { recursive: true });
  await writeFile('tests/e2e/screenshots/export-platforms.png', png.body);
  expect(pngSize(png.body)).toEqual({
    width: Math.round(svgWidth * 2),
    height: Math.round(svgHeight * 2),
  });
  const decoded = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return img.naturalWidth;
  }, png.body.toString('base64'));
  expect(decoded).toBe(Math.round(svgWidth * 2));

  const csv = await exportFile(page, 'Platforms by year', 'Table as CSV');
  expect(csv.name).toBe('platforms_2017-18_to_2018-19_share.csv');
  const lines = csv.body.toString('utf8').split('\r\n');
  expect(lines[0]).toBe('panel,table,row,column,value,as_shown,status,source_title,source_url');
  expect(lines).toContain(
    'platforms,"Platforms used, by year (share of offences with the method known)",Facebook,2017/18,29.2,29.2%†,derived,Grooming cases on the rise in the West Mids,https://www.capitalfm.com/birmingham/',
  );
});

test('an exported CSV neutralises a cell that would run as a formula', async ({ page }) => {
  // A hand-made data file whose place is named "=cmd": its name becomes a table heading.
  await page.route('**/data/geographies.csv', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}evil,=cmd,group,,\n` });
  });
  await page.route('**/data/observations.csv', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      body: `${await response.text()}offences,2017/18,evil,,,,1,,nspcc-2019-09,,\n`,
    });
  });
  await page.goto('./?geo=evil&to=2017-18');
  const csv = await exportFile(page, 'Offences over time', 'Table as CSV');
  expect(csv.body.toString('utf8')).toContain(
    'trend,"Offences over time (recorded offences), 2017/18 to 2017/18",2017/18,\'=cmd,1,1,published',
  );
});
