import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };

function panel(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

/** The box a table scrolls in: the group its caption names. */
function scroller(table: Locator) {
  return table.locator('xpath=..');
}

test('typing "thames" and Enter finds Thames Valley, in the filter bar and in the Place panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const filters = panel(page, 'Filters');
  await page.getByRole('button', { name: /^Filters:/ }).click();
  const search = filters.getByRole('combobox', { name: 'Find a nation, region or force' });
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(filters.getByText('Enter shows only that place.')).toBeVisible();
  await search.fill('thames');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox', { name: 'Matching places' });
  await expect(listbox.getByRole('option')).toHaveText(['Thames Valley Police (police force)']);
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page).toHaveURL(/\?geo=thames-valley$/);
  await expect(filters.getByText('Police forces (10 with figures, 1 selected)')).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: 'Wales', exact: true })).not.toBeChecked();
  await expect(search).toHaveValue('');

  // Arrow keys move through several suggestions; Escape closes the list, then empties the box.
  await search.fill('west');
  const options = listbox.getByRole('option');
  await expect(options.first()).toHaveText('West Midlands region (region)');
  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id'))!,
  );
  await search.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toHaveValue('west');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await search.fill('zzz');
  await expect(filters.getByText('No place matches "zzz".')).toBeVisible();

  // In the Place panel, Enter sets the place the panel shows.
  const place = page.locator('#west-midlands');
  await place.scrollIntoViewIfNeeded();
  const own = place.getByRole('combobox', { name: 'Find a nation, region or force' });
  await own.fill('thames');
  await own.press('Enter');
  await expect(page).toHaveURL(/&place=thames-valley$/);
  await expect(panel(page, 'Thames Valley Police and national')).toBeVisible();
  await expect(place.getByRole('combobox', { name: 'Place', exact: true })).toHaveValue(
    'thames-valley',
  );
});

test('the change panel compares 2023/24 with 2024/25 for Snapchat from its pickers, kept in the URL', async ({
  page,
}) => {
  await page.goto('./?platforms=snapchat');
  const change = panel(page, 'Change in platform use');
  await change.scrollIntoViewIfNeeded();
  const earlier = change.getByRole('combobox', { name: 'Earlier year' });
  const later = change.getByRole('combobox', { name: 'Later year' });
  await earlier.selectOption('2023');
  await expect(page).toHaveURL(/\?platforms=snapchat&compare=2023-24,2024-25$/);
  // A pair that is not like-for-like is listed, not offered, and says why.
  await expect(later.getByRole('option', { name: '2022/23 (not after 2023/24)' })).toBeDisabled();
  await expect(
    earlier.getByRole('option', { name: '2019/20 (no platform figures)' }),
  ).toBeDisabled();
  await expect(
    earlier.getByRole('option', { name: '2024/25 (no later year like it)' }),
  ).toBeDisabled();
  await expect(
    change.getByText(
      'Only years of the same place and offence are offered: England and Wales figures for 2017/18, 2018/19, 2020/21; UK figures for 2021/22, 2022/23, 2023/24, 2024/25.',
      { exact: false },
    ),
  ).toBeVisible();
  // One platform compared is no ranking: it fell, not "changed least".
  const takeaway = 'Snapchat fell from 2023/24 to 2024/25 in the UK: −8 pp† in share.';
  await change.locator('summary', { hasText: 'Notes and sources' }).click();
  await expect(change.getByText(`In full: ${takeaway}`)).toBeVisible();

  // The earlier year of England and Wales offers only England and Wales later years.
  await earlier.selectOption('2017');
  await expect(later).toHaveValue('2018');
  await expect(
    later.getByRole('option', { name: '2021/22 (UK figures, not like-for-like)' }),
  ).toBeDisabled();
  await earlier.selectOption('2023');
  await later.selectOption('2024');
  await expect(page).toHaveURL(/compare=2023-24,2024-25$/);

  await page.reload();
  await change.scrollIntoViewIfNeeded();
  await expect(earlier).toHaveValue('2023');
  await expect(later).toHaveValue('2024');
  await change.locator('summary', { hasText: 'Notes and sources' }).click();
  await expect(change.getByText(`In full: ${takeaway}`)).toBeVisible();
  await change.getByRole('button', { name: 'Let the panel choose' }).click();
  await expect(page).toHaveURL(/\?platforms=snapchat$/);
});

for (const size of [{ width: 1280, height: 720 }, PHONE]) {
  test(`a wide table keeps its first column and header in view, and its last column is one move away, at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?measure=share&view=table');
    const platforms = panel(page, 'Platforms by year');
    await platforms.scrollIntoViewIfNeeded();
    const table = platforms.getByRole('table').first();
    const box = scroller(table);
    await expect(platforms.getByText('More columns to the right.')).toBeVisible();
    const last = (await table.getByRole('columnheader').last().textContent())!;
    const firstCell = table.getByRole('rowheader').first();
    const header = table.getByRole('columnheader').nth(1);
    const before = (await firstCell.boundingBox())!;
    const headerBefore = (await header.boundingBox())!.x;
    await box.evaluate((el) => el.scrollBy({ left: 300 }));
    await expect.poll(async () => (await header.boundingBox())!.x).toBeLessThan(headerBefore);
    expect((await firstCell.boundingBox())!.x).toBeCloseTo(before.x, 0);

    await box.evaluate((el) => el.scrollTo({ left: 0 }));
    await platforms.getByRole('button', { name: `Scroll to ${last} →` }).click();
    const lastHeader = table.getByRole('columnheader', { name: last, exact: true });
    await expect
      .poll(async () => {
        const b = (await box.boundingBox())!;
        const h = (await lastHeader.boundingBox())!;
        return h.x + h.width <= b.x + b.width + 1;
      })
      .toBe(true);
    await expect(platforms.getByText('More columns to the right.')).toBeHidden();
    // The first column still covers the columns scrolled under it.
    const cover = (await firstCell.boundingBox())!;
    expect(cover.x).toBeCloseTo(before.x, 0);

    // The header row stays at the top of the box as the rows scroll under it.
    const boxTop = (await box.boundingBox())!.y;
    await box.evaluate((el) => el.scrollBy({ top: 200 }));
    const top = (await table.getByRole('columnheader').first().boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(boxTop - 1);
  });
}

test('sorting a column reorders the rows and says so with aria-sort, by mouse or keyboard', async ({
  page,
}) => {
  await page.goto('./?view=table&geo=england-wales');
  const trend = panel(page, 'Offences over time');
  const table = trend.getByRole('table').first();
  const years = () => table.getByRole('rowheader').allTextContents();
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  const original = await years();
  const column = table.getByRole('columnheader', { name: 'England and Wales' });
  await expect(column).not.toHaveAttribute('aria-sort');
  // The first figure of each cell ("3,217†" → 3217); a cell without one ("—") is null.
  const values = async () =>
    (await table.locator('tbody tr td:first-of-type').allTextContents()).map((t) => {
      const m = /\d[\d,]*/.exec(t);
      return m ? Number(m[0].replace(/,/g, '')) : null;
    });
  const ascending = (xs: (number | null)[]) => {
    const known = xs.filter((x) => x !== null);
    return [...known.sort((a, b) => a - b), ...xs.filter((x) => x === null)];
  };
  await column.getByRole('button', { name: 'England and Wales' }).click();
  await expect(column).toHaveAttribute('aria-sort', 'ascending');
  const up = await values();
  expect(up).toEqual(ascending(up));
  expect(up[0]).toBeLessThan(up[1]!);
  await column.getByRole('button', { name: 'England and Wales' }).press('Enter');
  await expect(column).toHaveAttribute('aria-sort', 'descending');
  // Blanks stay last either way.
  const down = await values();
  const known = up.filter((x) => x !== null);
  expect(down).toEqual([...known.reverse(), ...up.filter((x) => x === null)]);
  expect(await years()).not.toEqual(original);
  // Sorting by the years puts them back in order.
  const yearColumn = table.getByRole('columnheader', { name: 'Year' });
  await yearColumn.getByRole('button').click();
  await expect(yearColumn).toHaveAttribute('aria-sort', 'ascending');
  await expect(column).not.toHaveAttribute('aria-sort');
  expect(await years()).toEqual(original);
});

test('after "only Wales" a polite live region says what the page now shows', async ({ page }) => {
  await page.goto('./');
  const said = page.getByRole('status').filter({ hasText: /^Showing / });
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  await expect(said).toHaveCount(0);
  await page.getByRole('button', { name: /^Filters:/ }).click();
  await page.getByRole('button', { name: 'Only Wales' }).click();
  await expect(said).toHaveText('Showing Wales · all platforms · 2017/18–2024/25 · counts');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('radio', { name: 'Share (%)' }).check();
  await expect(said).toHaveText('Showing Wales · all platforms · 2017/18–2024/25 · shares');
});

test('"p" does nothing with focus on a checkbox, a button or a link; leaving presenter mode returns focus to Present', async ({
  page,
}) => {
  await page.goto('./');
  const present = page.getByRole('button', { name: 'Present (p)' });
  await expect(present).toBeVisible();
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await page.getByRole('button', { name: /^Filters:/ }).click();
  for (const control of [
    page.getByRole('checkbox', { name: 'Wales', exact: true }),
    page.getByRole('button', { name: 'Only Wales' }),
    page.getByRole('button', { name: 'Copy link to this view' }),
  ]) {
    await control.focus();
    await page.keyboard.press('p');
    await expect(control).toBeFocused();
    await expect(presenter).toHaveCount(0);
  }
  await expect(page).not.toHaveURL(/present=1/);

  // From the page itself "p" opens presenter mode; Esc closes it, and focus is on Present.
  await page.locator('#main').focus();
  await page.keyboard.press('p');
  await expect(presenter).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(present).toBeFocused();

  // Opened by the button, closed by Exit: the same.
  await present.click();
  await presenter.getByRole('button', { name: /^Exit/ }).click();
  await expect(present).toBeFocused();
});

test('on a phone a panel menu stays at hand: it jumps to any panel and back to the filters', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Jump to a panel' });
  const menu = nav.getByRole('button', { name: /^Panels/ });
  // The menu lists the panels drawn so far; those below the first screen load just after it.
  await expect(page.getByRole('heading', { name: 'Data coverage and notes' })).toBeAttached();
  await page.mouse.wheel(0, 6000);
  await expect(menu).toBeInViewport();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link')).toHaveText([
    'Filters',
    'Headline figures',
    'Offences over time',
    'Platforms by year',
    'Change in platform use',
    "Victims' age",
    /and national$/,
    'Data coverage and notes',
    'All sources',
  ]);
  await nav.getByRole('link', { name: "Victims' age" }).click();
  const age = panel(page, "Victims' age");
  await expect(age).toBeFocused();
  await expect(age.getByRole('heading', { name: "Victims' age" })).toBeInViewport();
  await expect(menu).toBeInViewport();
  await menu.click();
  await nav.getByRole('link', { name: 'Filters' }).click();
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Filters:/ })).toBeInViewport();
});

test('the new controls have no axe violations: suggestions open, year pickers, a sorted table, the phone menu', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations.map(
      (v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`,
    );
  await page.goto('./?view=table&measure=share&compare=2023-24,2024-25');
  await expect(page.getByRole('region', { name: 'Data coverage and notes' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Find a nation, region or force' }).first().fill('west');
  await panel(page, 'Offences over time').getByRole('button', { name: 'Year' }).click();
  expect(await violations()).toEqual([]);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Data coverage and notes' })).toBeVisible();
  expect(await violations(), 'chart view').toEqual([]);
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /^Panels/ }).click();
  expect(await violations(), 'phone menu').toEqual([]);
  await context.close();
});
