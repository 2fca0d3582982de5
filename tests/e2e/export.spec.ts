import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { parseTable } from '../../src/data/csv';

const SHOTS = 'tests/e2e/screenshots';
const TIDY_COLUMNS = [
  'place_id',
  'place',
  'period',
  'indicator',
  'measure',
  'platform',
  'age_band',
  'sex',
  'value',
  'unit',
  'status',
  'confidence',
  'headline',
  'release',
  'series',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'note',
] as const;
const tidySchema = z.object(Object.fromEntries(TIDY_COLUMNS.map((c) => [c, z.string()])));

async function openExport(panel: Locator) {
  await panel.locator('summary', { hasText: 'Export' }).click();
}

async function exportFile(page: Page, panelName: string, item: string) {
  const panel = page.getByRole('region', { name: panelName });
  await openExport(panel);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: item, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

/** A downloaded CSV read back with the project's own parser; it must start with a BOM. */
function readTidy(body: Buffer) {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { rows, errors } = parseTable(body.toString('utf8'), tidySchema, TIDY_COLUMNS);
  expect(errors).toEqual([]);
  return rows as unknown as Record<(typeof TIDY_COLUMNS)[number], string>[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The number a table cell shows ("4,373", "29.2%†", "≈25%", "−8.9 pp†"), or null for words. */
function shownNumber(text: string): number | null {
  const clean = text
    .replace(/[†≈<>%,\s]|pp/g, '')
    .replace('−', '-')
    .replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

/** Every cell of the panel's tables as shown: its row, column and the value's own text. */
async function shownCells(panel: Locator) {
  await panel.getByRole('button', { name: 'Table', exact: true }).click();
  return panel.locator('table').evaluateAll((tables) =>
    tables.flatMap((t) => {
      const columns = [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!);
      return [...t.querySelectorAll('tbody tr')].flatMap((tr) => {
        const row = tr.querySelector('th')!.textContent!;
        return [...tr.querySelectorAll('td')].map((td, i) => ({
          row,
          column: columns[i]!,
          // The value is the cell's first text; remarks and "imported" follow in spans.
          text: td.firstChild?.textContent ?? '',
        }));
      });
    }),
  );
}

test('Table as CSV is tidy: one row per figure shown, with its own source, status and note', async ({
  page,
}) => {
  await page.goto('./?from=2017-18&to=2018-19&measure=share');
  const panel = page.getByRole('region', { name: 'Platforms by year' });
  await expect(panel.locator('svg.recharts-surface')).toBeVisible();
  const csv = await exportFile(page, 'Platforms by year', 'Table as CSV (one row per figure)');
  expect(csv.name).toBe('platforms_2017-18_to_2018-19_share.csv');
  const rows = readTidy(csv.body);

  // Row by row against the table on screen: same order, same numbers, same marks.
  const shown = (await shownCells(panel)).filter((c) => shownNumber(c.text) !== null);
  expect(rows).toHaveLength(shown.length);
  shown.forEach((cell, i) => {
    const row = rows[i]!;
    expect(Number(row.value)).toBe(shownNumber(cell.text));
    expect(row.platform).toBe(cell.row);
    expect(row.period).toBe(cell.column);
    expect(row.place).toBe('England and Wales');
    expect(row.unit).toBe('%');
    expect(row.status.startsWith('derived')).toBe(cell.text.includes('†'));
    expect(row.status.startsWith('approximate')).toBe(cell.text.includes('≈'));
    // Each figure names its own sources, not the whole panel's list.
    expect(row.source_title.split(' | ').length).toBeLessThanOrEqual(2);
    expect(row.confidence).toMatch(/^(high|medium)$/);
  });
  expect(rows.find((r) => r.platform === 'Facebook' && r.period === '2017/18')).toMatchObject({
    place_id: 'england-wales',
    indicator: 'platform_share_computed',
    value: '29.2',
    status: 'derived',
    note: '618 / 2,117 × 100; published as 30%',
    source_publisher: 'Capital FM Birmingham (regional news reporting the NSPCC release)',
    // The seed story's own address was not recorded: the file says so.
    source_url: 'address not recorded',
  });

  const wide = await exportFile(page, 'Platforms by year', 'Table as CSV, years as columns');
  expect(wide.name).toBe('platforms_2017-18_to_2018-19_share_wide.csv');
  const lines = wide.body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(lines[0]).toBe(
    'place_id,place,measure,platform,age_band,sex,unit,2017/18,2018/19,not as published,medium confidence,forces,caveats,sources',
  );
  expect(
    lines.find((l) =>
      l.startsWith(
        'england-wales,England and Wales,"Share of offences with the method known, computed from counts",Facebook,,,%,29.2,20.3,2017/18: derived; 2018/19: derived,',
      ),
    ),
  ).toBeDefined();
});

test('Data with citation (.zip) holds the tidy CSV and a README with filters, link, caveats, marks, citation and sources', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales,uk&from=2019-20&to=2022-23');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await expect(panel.locator('svg.chart-surface')).toBeVisible();
  const zip = await exportFile(page, 'Offences over time', 'Data with citation (.zip)');
  expect(zip.name).toBe('trend_2019-20_to_2022-23_count.zip');
  const files = unzipSync(new Uint8Array(zip.body));
  expect(Object.keys(files).sort()).toEqual([
    'README.txt',
    'trend_2019-20_to_2022-23_count.csv',
    'trend_2019-20_to_2022-23_count_wide.csv',
  ]);
  const rows = readTidy(Buffer.from(files['trend_2019-20_to_2022-23_count.csv']!));
  const shown = (await shownCells(panel)).filter((c) => shownNumber(c.text) !== null);
  expect(rows.map((r) => [r.period, r.place, Number(r.value)])).toEqual(
    shown.map((c) => [c.row, c.column, shownNumber(c.text)]),
  );

  const readme = strFromU8(files['README.txt']!);
  // The numbered notes' own words, without the number a screen reader is told.
  const caveats = await panel
    .getByRole('list', { name: 'Notes' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.lastElementChild!.lastChild!.textContent!));
  for (const text of [
    'Offences over time',
    'Filters: England and Wales, United Kingdom · all platforms · 2019/20–2022/23 · counts',
    'Link to this view: http://127.0.0.1:',
    'panel=trend',
    '† derived: computed from published figures',
    'How to cite',
    'Online grooming of children: recorded offences dashboard',
    'https://www.nspcc.org.uk/',
    ...caveats,
  ])
    expect(readme).toContain(text);
  expect(readme).toMatch(/Downloaded: \d{1,2} \w+ 20\d\d/);
});

test('PNG and SVG carry the filter line, caveats, marks, sources and link, 1200 px wide', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales,west-midlands-region&from=2017-18&to=2022-23');
  const panel = page.getByRole('region', { name: 'Platforms by year' });
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator('svg.recharts-surface')).toBeVisible();
  // The numbered notes' own words, without the number a screen reader is told.
  const caveats = await panel
    .getByRole('list', { name: 'Notes' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.lastElementChild!.lastChild!.textContent!));
  expect(caveats.length).toBeGreaterThan(0);

  const svg = await exportFile(page, 'Platforms by year', 'Chart as SVG');
  expect(svg.name).toBe('platforms_2017-18_to_2022-23_count.svg');
  const svgText = svg.body.toString('utf8');
  const width = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);
  const height = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svgText)![1]);
  expect(width).toBe(1200);
  // The image's own text is read by the browser: every line is there, none smaller than 16 px.
  const texts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.documentElement.children]
      .filter((n) => n.tagName === 'text')
      .map((n) => ({ text: n.textContent!, size: Number(n.getAttribute('font-size')) }));
  }, svgText);
  const all = texts.map((t) => t.text).join(' ');
  expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(16);
  for (const part of [
    'Platforms by year',
    'England and Wales, West Midlands region · all platforms · 2017/18–2022/23 · counts',
    '† derived: computed from published figures',
    'Source: Capital FM Birmingham',
    'panel=platforms',
  ])
    expect(all).toContain(part);
  for (const caveat of caveats)
    for (const word of caveat.split(' ').slice(0, 6)) expect(all).toContain(word);

  const png = await exportFile(page, 'Platforms by year', 'Chart as PNG (for slides)');
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/export-platforms.png`, png.body);
  expect(pngSize(png.body)).toEqual({ width: 2400, height: Math.round(height * 2) });
});

test('an exported CSV neutralises a cell that would run as a formula', async ({ page }) => {
  // A hand-made data file whose place is named "=cmd", on a host with no manifest to check it by.
  await page.route('**/data/manifest.json*', (route) => route.fulfill({ status: 404 }));
  await page.route('**/data/geographies.csv', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}evil,=cmd,group,,\n` });
  });
  await page.route('**/data/observations.csv', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      body: `${await response.text()}offences,2017/18,evil,,,,1,,nspcc-2019-09,,,,,\n`,
    });
  });
  await page.goto('./?geo=evil&to=2017-18');
  const csv = await exportFile(page, 'Offences over time', 'Table as CSV (one row per figure)');
  const [row] = readTidy(csv.body);
  expect(row).toMatchObject({ place_id: 'evil', place: "'=cmd", value: '1' });
});

test('each panel offers a citation to copy: one line and full, with the view link and the date', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales&from=2017-18&to=2018-19');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await openExport(panel);
  await panel.getByRole('button', { name: 'Cite this panel' }).click();
  const box = panel.getByRole('region', { name: 'Cite this panel' });
  await expect(box.getByRole('heading', { name: 'Cite this panel' })).toBeFocused();
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const oneLine = await box.getByRole('textbox', { name: 'One-line citation' }).inputValue();
  expect(oneLine).toMatch(
    /^Online grooming of children: recorded offences dashboard, "Offences over time" \(England and Wales · all platforms · 2017\/18–2018\/19 · counts\)\. Figures from NSPCC; Bucks Herald \/ buckinghamtoday\.co\.uk\. http:\/\/127\.0\.0\.1:\d+\/\?geo=england-wales&to=2018-19&panel=trend \(accessed /,
  );
  expect(oneLine).toContain(`(accessed ${today}).`);
  const full = await box.getByRole('textbox', { name: 'Full citation' }).inputValue();
  expect(full).toContain('Underlying publications:');
  expect(full).toContain(
    'NSPCC (2019) Recorded online sexual grooming. Available at: https://www.nspcc.org.uk/about-us/news-opinion/2019/recorded-online-sexual-grooming/',
  );
  await page.screenshot({ path: `${SHOTS}/cite-box.png`, fullPage: false });
  await box.getByRole('button', { name: 'Close' }).click();
  await expect(panel.locator('summary', { hasText: 'Export' })).toBeFocused();
});

test('the Export menu closes on Escape and on a click outside, and gives the focus back to its button', async ({
  page,
}) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Offences over time' });
  const button = panel.locator('summary', { hasText: 'Export' });
  const item = panel.getByRole('button', { name: 'Chart as SVG' });

  await button.click();
  await item.focus();
  await page.keyboard.press('Escape');
  await expect(item).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await expect(item).toBeVisible();
  await page.getByRole('heading', { name: 'Offences over time' }).click();
  await expect(item).toBeHidden();
  await expect(button).toBeFocused();
});

test('every panel’s Table as CSV holds exactly the numbers its tables show, in order', async ({
  page,
}) => {
  await page.goto('./');
  for (const name of [
    'Headline figures',
    'Offences over time',
    'Platforms by year',
    'Change in platform use',
    "Victims' age",
    'West Midlands and national',
    'Data coverage and notes',
  ]) {
    const panel = page.getByRole('region', { name });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('summary', { hasText: 'Export' })).toBeVisible();
    const csv = await exportFile(page, name, 'Table as CSV (one row per figure)');
    const rows = readTidy(csv.body);
    const shown = (await shownCells(panel)).filter((c) => shownNumber(c.text) !== null);
    expect(
      rows.map((r) => Number(r.value)),
      name,
    ).toEqual(shown.map((c) => shownNumber(c.text)));
    for (const [i, row] of rows.entries()) {
      expect(row.status.startsWith('derived'), `${name}, ${shown[i]!.text}`).toBe(
        shown[i]!.text.includes('†'),
      );
      expect(row.source_url, name).not.toBe('');
      if (row.status.startsWith('derived')) expect(row.note, name).not.toBe('');
    }
  }
});

test('Download all data is tidy, one row per figure; the Add data download keeps the import format', async ({
  page,
}) => {
  await page.goto('./');
  const source = await readFile('public/data/observations.csv', 'utf8');
  const figures = Papa.parse(source.trim(), { header: true }).data.length;
  const [tidy] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all data (CSV)' }).click(),
  ]);
  expect(tidy.suggestedFilename()).toBe('online-grooming-figures.csv');
  const rows = readTidy(await readFile((await tidy.path())!));
  expect(rows).toHaveLength(figures);
  expect(
    rows.find(
      (r) => r.place_id === 'england-wales' && r.period === '2018/19' && r.indicator === 'offences',
    ),
  ).toMatchObject({ value: '4373', headline: 'yes' });

  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download in the import format (CSV)' }).click(),
  ]);
  expect(again.suggestedFilename()).toBe('online-grooming-observations.csv');
  const body = await readFile((await again.path())!, 'utf8');
  expect(body.split('\r\n')[0] ?? body.split('\n')[0]).toMatch(/^indicator,period,geography,/);
});

test('the open Export menu fits a 320 px screen and a desktop one', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    const panel = page.getByRole('region', { name: 'Offences over time' });
    await panel.locator('summary', { hasText: 'Export' }).click();
    const last = panel.getByRole('button', { name: 'Embed this panel' });
    await expect(last).toBeVisible();
    const box = (await panel.locator('details > div').boundingBox())!;
    expect(box.x, `${width} px`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
    // Every choice is at least 24 px tall, so a finger or a pointer can hit it.
    for (const item of await panel.locator('details > div button').all())
      expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Escape');
  }
});
