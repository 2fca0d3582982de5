import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetImports, startImports } from '../../src/import/import-store';
import { failingStorage, memoryStorage, silentStorage } from '../fixtures/memory-storage';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

const NEW_YEAR =
  'indicator,period,geography,value,note\noffences,2025/26,england-wales,"1,234",test data\n';

async function importText(text: string, name = 'new-year.csv') {
  const user = userEvent.setup();
  // The first render of a test file is slow on a busy machine.
  await user.click(await screen.findByRole('button', { name: 'Add data' }, { timeout: 5000 }));
  // The dialog's code loads on first use: on a busy machine that can take over a second.
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Add data from a CSV file' },
    { timeout: 15000 },
  );
  await user.upload(
    within(dialog).getByLabelText('Choose a CSV file, or drop one here'),
    new File([text], name, { type: 'text/csv' }),
  );
  return { user, dialog };
}

async function trendTable() {
  const panel = await screen.findByRole('region', { name: 'Offences over time' });
  const toggle = within(panel).getByRole('button', { name: 'Table' });
  if (toggle.getAttribute('aria-pressed') !== 'true') await userEvent.click(toggle);
  return within(panel).getByRole('table');
}

// An import has no source to rate it or to say its forces: medium confidence, forces not stated.
const NEW_ROW =
  /^2025\/26\s+1,234\s+imported\s+from\s+new-year\.csv\s+medium confidence\s+forces not stated$/;

/**
 * Merging runs in steps after the import is added, so the new row appears a moment later, in a
 * new table: its caption names the years, and a new year makes it another table.
 */
async function findNewRow() {
  return waitFor(async () => within(await trendTable()).getByRole('row', { name: NEW_ROW }));
}

describe('adding data from a CSV file', () => {
  it('previews, adds on confirm, marks the figure imported and keeps it in storage', async () => {
    const storage = memoryStorage();
    resetImports(storage);
    renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    expect(await within(dialog).findByText('new-year.csv: the row is valid.')).toBeVisible();
    expect(storage.map.size).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'Add 1 figure to the dashboard' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await findNewRow();
    expect(screen.getByRole('region', { name: 'Offences over time' })).toHaveTextContent(
      'England and Wales 3,217 to 1,234 (imported), 2017/18 to 2025/26: −62%†',
    );
    const imports = screen.getByRole('region', { name: 'Imported data' });
    expect(imports).toHaveTextContent('new-year.csv: 1 figure, imported');
    expect(screen.getByRole('region', { name: 'Offences over time' })).toHaveTextContent(
      'Imported from new-year.csv',
    );
    expect([...storage.map.values()].map((b) => [...b.packed.values])).toEqual([[1234]]);
  });

  it('marks imported figures in the headline and platform panels too', async () => {
    renderApp('/?geo=england-wales&platform=snapchat,instagram');
    const { user, dialog } = await importText(
      [
        'indicator,period,geography,platform,value,note',
        'offences,2025/26,england-wales,,"1,234",test data',
        'platform_offences,2025/26,england-wales,snapchat,321,test data',
      ].join('\n'),
    );
    await user.click(
      await within(dialog).findByRole('button', { name: 'Add 2 figures to the dashboard' }),
    );
    const headline = screen.getByRole('region', { name: 'Headline figures' });
    await waitFor(() =>
      expect(headline).toHaveTextContent('Recorded offences, England and Wales, 2025/261,234'),
    );
    expect(headline).toHaveTextContent('Imported from new-year.csv');
    const platforms = await screen.findByRole('region', { name: 'Platforms by year' });
    await user.click(within(platforms).getByRole('button', { name: 'Table' }));
    expect(within(platforms).getByRole('row', { name: /^Snapchat/ })).toHaveTextContent(
      /321 imported from new-year.csv$/,
    );
  });

  it('marks imported figures in the West Midlands tables, and derived shares built on them', async () => {
    renderApp('/?view=table');
    const { user, dialog } = await importText(
      [
        'indicator,period,geography,value,note',
        'offences,2025/26,england-wales,"1,234",test data',
        'offences,2025/26,west-midlands-region,300,test data',
      ].join('\n'),
    );
    await user.click(await within(dialog).findByRole('button', { name: /^Add 2 figures/ }));
    const panel = await screen.findByRole('region', { name: 'West Midlands and national' });
    const shares = within(panel).getByRole('table', {
      name: "The region's share of England and Wales",
    });
    expect(
      await within(shares).findByRole('row', { name: /^2025\/26 300 imported/ }),
    ).toHaveTextContent(
      // An import has no source to rate it: medium confidence, said in its cell.
      '2025/26300 imported from new-year.csv medium confidence1,234 imported from new-year.csv medium confidence24.3%† imported from new-year.csv',
    );
  });

  it('keeps the dialog open when "p" is pressed in it (the presenter shortcut)', async () => {
    renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    await within(dialog).findByText('new-year.csv: the row is valid.');
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('p');
    expect(screen.getByRole('dialog', { name: 'Add data from a CSV file' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Presenter mode' })).not.toBeInTheDocument();
  });

  it('shows every error of a broken file and adds nothing', async () => {
    renderApp('/?geo=england-wales');
    const before = (await trendTable()).textContent;
    const { dialog } = await importText(
      'indicator,period,geography,value\nofences,2025/26,uk,12\n',
    );
    expect(await within(dialog).findByRole('list', { name: 'Errors' })).toHaveTextContent(
      'row 2, column indicator: unknown indicator "ofences"; did you mean "offences"?',
    );
    expect(within(dialog).queryByRole('button', { name: /^Add/ })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect((await trendTable()).textContent).toBe(before);
  });

  it('keeps an import for the session and says so when the browser refuses to store it', async () => {
    resetImports(failingStorage());
    renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    await user.click(await within(dialog).findByRole('button', { name: /^Add 1 figure/ }));
    expect(
      await screen.findByText(
        /Imported data cannot be saved in this browser \(the browser has no storage space left for it\)/,
      ),
    ).toBeVisible();
    await findNewRow();
  });

  it('removes an import, and Undo brings it back', async () => {
    resetImports(memoryStorage());
    renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    await user.click(await within(dialog).findByRole('button', { name: /^Add 1 figure/ }));
    const imports = screen.getByRole('region', { name: 'Imported data' });
    await user.click(within(imports).getByRole('button', { name: /^Remove new-year.csv/ }));
    expect(imports).toHaveTextContent('Removed new-year.csv (1 figure).');
    expect(within(imports).getByRole('button', { name: 'Undo' })).toHaveFocus();
    await waitFor(async () =>
      expect(within(await trendTable()).queryByRole('row', { name: NEW_ROW })).toBeNull(),
    );
    await user.click(within(imports).getByRole('button', { name: 'Undo' }));
    await findNewRow();
  });

  it('finds stored imports on the next visit', async () => {
    const storage = memoryStorage();
    resetImports(storage);
    const first = renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    await user.click(await within(dialog).findByRole('button', { name: /^Add 1 figure/ }));
    first.unmount();

    resetImports(memoryStorage(storage.map));
    renderApp('/?geo=england-wales');
    await screen.findByRole('region', { name: 'Imported data' });
    await findNewRow();
    // Said above the first screen, on the line that said they were being added.
    expect(
      await screen.findByText('These figures include your 1 imported row.'),
    ).toBeInTheDocument();
  });
});

describe('stored imports', () => {
  async function storedNewYear() {
    const storage = memoryStorage();
    resetImports(storage);
    const first = renderApp('/?geo=england-wales');
    const { user, dialog } = await importText(NEW_YEAR);
    await user.click(await within(dialog).findByRole('button', { name: /^Add 1 figure/ }));
    first.unmount();
    return storage;
  }

  it('leaves out a stored entry it cannot read, names it, keeps the rest, and removes it', async () => {
    const storage = await storedNewYear();
    // As an older version might have stored it: rows as objects, not packed.
    storage.map.set('old', { tag: { id: 'old', fileName: 'old.csv' }, rows: [] } as never);
    resetImports(memoryStorage(storage.map));
    renderApp('/?geo=england-wales');
    const skipped = await screen.findByRole('list', { name: 'Imports not loaded' });
    expect(skipped).toHaveTextContent('old.csv (it was saved in a form this version cannot read)');
    await findNewRow();
    await userEvent.click(
      within(skipped).getByRole('button', { name: 'Remove old.csv (not loaded)' }),
    );
    await waitFor(() => expect(storage.map.has('old')).toBe(false));
    expect(screen.queryByRole('list', { name: 'Imports not loaded' })).toBeNull();
  });

  it('lists a stored entry with an unreadable time by what is known of it, never "Invalid Date"', async () => {
    const storage = memoryStorage();
    storage.map.set('bad', {
      tag: { id: 'bad', fileName: 'bad-time.csv', importedAt: 'not a time' },
      rows: [],
    } as never);
    resetImports(storage);
    renderApp('/?geo=england-wales');
    const skipped = await screen.findByRole('list', { name: 'Imports not loaded' });
    expect(skipped).toHaveTextContent(
      'bad-time.csv (it was saved in a form this version cannot read)',
    );
    expect(skipped).not.toHaveTextContent('Invalid Date');
  });

  it('leaves out a stored import with a note over the limit (stored before limits existed)', async () => {
    const storage = await storedNewYear();
    const [batch] = [...storage.map.values()];
    batch!.packed.text.note.dict[0] = 'x'.repeat(5 * 1024 * 1024);
    resetImports(memoryStorage(storage.map));
    renderApp('/?geo=england-wales');
    expect(await screen.findByRole('list', { name: 'Imports not loaded' })).toHaveTextContent(
      'new-year.csv: 1 figure, imported',
    );
    expect(screen.getByRole('list', { name: 'Imports not loaded' })).toHaveTextContent(
      "(a note in it is 5,242,880 characters long, over today's limit of 2,000)",
    );
    expect(within(await trendTable()).queryByRole('row', { name: NEW_ROW })).toBeNull();
  });

  it('in safe mode loads no stored import, lists each with Remove', async () => {
    const storage = await storedNewYear();
    resetImports(memoryStorage(storage.map));
    void startImports({ safe: true });
    renderApp('/?geo=england-wales&safe=1');
    const imports = await screen.findByRole('region', { name: 'Imported data' });
    expect(imports).toHaveTextContent(
      'Safe mode: the imports saved in this browser are not loaded',
    );
    expect(within(imports).getByRole('list', { name: 'Imports not loaded' })).toHaveTextContent(
      'new-year.csv: 1 figure',
    );
    expect(within(await trendTable()).queryByRole('row', { name: NEW_ROW })).toBeNull();
    expect(window.location.search).toContain('safe=1');
    await userEvent.click(within(imports).getByRole('button', { name: /^Remove new-year.csv/ }));
    await waitFor(() => expect(storage.map.size).toBe(0));
  });

  it('opens with the bundled figures when storage never answers, and says imports are not kept', async () => {
    resetImports(silentStorage(), { list: 50, timeout: 200 });
    renderApp('/?geo=england-wales');
    expect(await screen.findByRole('region', { name: 'Offences over time' })).toBeVisible();
    expect(
      await screen.findByText(
        /Imports saved in this browser earlier could not be loaded \(the browser's storage did not answer within 0.2 seconds\)/,
      ),
    ).toBeVisible();
    const { user, dialog } = await importText(NEW_YEAR);
    await user.click(await within(dialog).findByRole('button', { name: /^Add 1 figure/ }));
    expect(
      await screen.findByText(
        /Imported data cannot be saved in this browser \(the browser's storage did not answer within 0.2 seconds\), so it is kept only until this tab is closed/,
      ),
    ).toBeVisible();
    await findNewRow();
  });
});
