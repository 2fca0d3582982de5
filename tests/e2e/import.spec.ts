import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

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
  await panel.locator('summary', { hasText: 'Notes and sources' }).click();
  await expect(
    panel.getByRole('listitem').filter({ hasText: 'Imported from new-year.csv' }),
  ).toHaveCount(1);
  await panel.getByRole('button', { name: 'Chart' }).click();
  // The last year is at the plot's right edge (the line names are to the right of it).
  const box = (await panel.locator('.chart-grid').first().boundingBox())!;
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
  await expect(panel.locator('.chart-tooltip-wrapper')).toContainText(
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

const MB = 1024 * 1024;
// A made-up test row: 2025/26 has no published figure.
const NOTE_ROW = (note: string) =>
  `indicator,period,geography,value,release,note\noffences,2025/26,england-wales,1234,2026-10,${note}`;

interface Watched {
  longest: number;
  since: number;
  file: File;
}

/** The longest main-thread task that ended since the last reset. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.longest = 0;
    w.since = Infinity;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.startTime + e.duration > w.since) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return {
    reset: () =>
      page.evaluate(() => {
        const w = window as unknown as Watched;
        w.longest = 0;
        w.since = performance.now();
      }),
    // Long tasks are reported after they end; give the observer a moment.
    longest: () =>
      page.evaluate(async () => {
        await new Promise((r) => setTimeout(r, 200));
        return (window as unknown as Watched).longest;
      }),
  };
}

/**
 * Drops a file made in the page itself on the dialog: handing megabytes to the page through
 * Playwright is a long task of the test's, not the dashboard's.
 */
async function dropNote(page: Page, name: string, length: number) {
  await page.evaluate(
    ([name, header, n]) => {
      const text = `${header}${'x'.repeat(n)}`;
      (window as unknown as Watched).file = new File([text], name, { type: 'text/csv' });
    },
    [name, NOTE_ROW(''), length] as const,
  );
}

async function dropPrepared(page: Page, tasks: { reset: () => Promise<unknown> }) {
  await tasks.reset();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as Watched).file);
    const zone = [...document.querySelectorAll('dialog label')].find((l) =>
      l.textContent!.includes('drop one here'),
    )!;
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
  });
}

test('a 5 MB note is refused with a message, and the page never freezes meanwhile', async ({
  page,
}) => {
  const tasks = await watchLongTasks(page);
  await page.goto('./?geo=england-wales');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  // The panels below the first screen are drawn in turn after it: measured from then on, the
  // tasks are the import's.
  await expect(page.getByText('Loading this panel…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await expect(dialog).toBeVisible();
  await dropNote(page, 'long-note.csv', 5 * MB);
  await dropPrepared(page, tasks);
  await expect(dialog.getByRole('list', { name: 'Errors' })).toHaveText(
    'row 2, column note: is 5,242,880 characters long; this column holds at most 2,000',
  );
  expect(await tasks.longest()).toBeLessThan(100);
});

test('the longest note allowed is checked without a long task, added, and shown cut with Show all', async ({
  page,
}) => {
  const tasks = await watchLongTasks(page);
  await page.goto('./?geo=england-wales');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  // The panels below the first screen are drawn in turn after it: measured from then on, the
  // tasks are the import's.
  await expect(page.getByText('Loading this panel…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data from a CSV file' });
  await expect(dialog).toBeVisible();
  await tasks.reset();
  const note = `START${'x'.repeat(1990)}END`;
  await dialog
    .getByLabel('Choose a CSV file, or drop one here')
    .setInputFiles(csv('long.csv', NOTE_ROW(note)));
  await expect(dialog.getByText('long.csv: the row is valid.')).toBeVisible();
  expect(await tasks.longest()).toBeLessThan(100);
  await dialog.getByRole('button', { name: 'Add 1 figure to the dashboard' }).click();
  const panel = page.getByRole('region', { name: 'Offences over time' });
  await panel.locator('summary', { hasText: 'Notes and sources' }).click();
  const showAll = panel.getByRole('button', {
    name: 'Show all: Note on England and Wales, 2025/26',
  });
  await expect(showAll).toBeVisible();
  await expect(panel).not.toContainText('xEND');
  await showAll.click();
  const whole = page.getByRole('dialog', { name: 'Note on England and Wales, 2025/26' });
  await expect(whole).toContainText(note);
  await page.screenshot({ path: `${SHOTS}/import-long-note.png` });
  await whole.getByRole('button', { name: 'Close' }).click();
  await expect(showAll).toBeFocused();
});

test('stored imports made unreadable or huge do not stop the dashboard, and safe=1 reaches Remove', async ({
  page,
}) => {
  await page.goto('./?geo=england-wales');
  const dialog = await importFile(page, 'new-year.csv', NEW_YEAR);
  await dialog.getByRole('button', { name: 'Add 1 figure to the dashboard' }).click();
  const imports = page.getByRole('region', { name: 'Imported data' });
  await expect(imports).toContainText('new-year.csv: 1 figure, imported');

  // Spoil the storage on purpose, as a bug, another version or a hand edit could.
  await page.evaluate(async (MB) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('online-grooming-dashboard');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const store = () => db.transaction('imports', 'readwrite').objectStore('imports');
    const done = (r: IDBRequest) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const keys = (await done(store().getAllKeys())) as string[];
    const id = keys.find((k) => !k.startsWith('about:'))!;
    const good = (await done(store().get(id))) as {
      tag: Record<string, string>;
      packed: { text: { note: { dict: string[] } } };
    };
    const longNote = structuredClone(good);
    longNote.tag = { ...good.tag, id: 'long-note', fileName: 'long-note.csv' };
    longNote.packed.text.note.dict[0] = 'x'.repeat(5 * MB);
    await done(store().put(longNote, 'long-note'));
    const n = 3_000_000;
    const column = () => ({ dict: ['x'], codes: new Uint32Array(n) });
    const huge = {
      tag: { id: 'huge', fileName: 'huge.csv', importedAt: '2026-11-01T10:00:00.000Z' },
      packed: {
        count: n,
        values: new Float64Array(n),
        rowNumbers: new Uint32Array(n),
        text: Object.fromEntries(
          ['indicator', 'periodText', 'geography', 'status', 'note'].map((c) => [c, column()]),
        ),
      },
    };
    await done(store().put(huge, 'huge'));
    await done(
      store().put(
        { id: 'huge', fileName: 'huge.csv', importedAt: huge.tag.importedAt, count: n },
        'about:huge',
      ),
    );
    await done(store().put('not an import at all', 'garbage'));
  }, MB);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  const skipped = imports.getByRole('list', { name: 'Imports not loaded' });
  await expect(skipped.getByRole('listitem')).toHaveCount(3);
  await expect(skipped).toContainText(
    'huge.csv: 3,000,000 figures, imported 1 Nov 2026, 10:00 (it holds 3,000,000 figures, more than an import can (400,000))',
  );
  await expect(skipped).toContainText(
    /long-note\.csv, imported [^(]+\(a note in it is 5,242,880 characters long, over today's limit of 2,000\)/,
  );
  await expect(skipped).toContainText(
    'An import with no name (it was saved in a form this version cannot read)',
  );
  // The good import is still in use.
  await expect(
    (await trendTable(page)).getByRole('row', { name: /^2025\/26 1,234 imported/ }),
  ).toBeVisible();
  await imports.screenshot({ path: `${SHOTS}/import-skipped.png` });

  await page.goto('./?geo=england-wales&safe=1');
  await expect(imports).toContainText(
    'Safe mode: the imports saved in this browser are not loaded',
  );
  await expect(skipped.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('row', { name: /^2025\/26/ })).toHaveCount(0);
  await imports.screenshot({ path: `${SHOTS}/import-safe-mode.png` });
  // Safe mode reads no import: those stored without a description (as the two written by hand
  // here, or by an earlier version) have no name to show, but can be removed all the same.
  await expect(
    skipped.getByRole('listitem').filter({ hasText: 'An import with no name' }),
  ).toHaveCount(2);
  for (const name of [
    'huge.csv',
    'new-year.csv',
    'An import with no name',
    'An import with no name',
  ])
    await skipped
      .getByRole('button', { name: `Remove ${name} (not loaded)` })
      .first()
      .click();
  await expect(skipped).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('safe')).toBe('1');
  await imports.getByRole('link', { name: 'open the dashboard with the saved imports' }).click();
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imported data' })).toHaveCount(0);
});

test('a negative change round-trips: imported, downloaded in the import format, imported back as the same number', async ({
  page,
}) => {
  // A test-only row: a made-up fall over a span with no published change.
  const FALL = [
    'indicator,period,geography,value,release,note',
    'offences_change,2024/25-2025/26,england-wales,-5.5,2026-10,test data',
  ].join('\n');
  await page.goto('./');
  const dialog = await importFile(page, 'fall.csv', FALL);
  await expect(dialog.getByText('fall.csv: the row is valid.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add 1 figure to the dashboard' }).click();
  await expect(dialog).toBeHidden();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download in the import format (CSV)' }).click(),
  ]);
  const body = await readFile((await download.path())!, 'utf8');
  const line = body.split(/\r\n|\n/).find((l) => l.startsWith('offences_change,2024/25-2025/26,'));
  // A plain number, not a cell a spreadsheet guard turned into text ("'-5.5").
  expect(line).toContain(',-5.5,');

  const again = await importFile(page, 'again.csv', body);
  await expect(again.getByText(/^again\.csv: all [\d,]+ rows are valid\.$/)).toBeVisible();
  await expect(again.getByText('cannot be added')).toHaveCount(0);
});
