import { expect, test } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';

test('a link opens presenter mode on a slide, and the keys move between slides', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&panel=platforms');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  const heading = presenter.getByRole('heading', { level: 2, name: 'Platforms by year' });
  await expect(heading).toBeVisible();
  const size = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  const tick = await presenter
    .locator('.recharts-cartesian-axis-tick-value')
    .first()
    .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
  expect(tick).toBeGreaterThanOrEqual(20);
  // Eight panel slides, then the closing notes slide.
  await expect(presenter.getByText('Slide 3 of 9')).toBeVisible();
  await expect(presenter.getByText(/^Source: /)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/presenter-1920-light.png` });

  await page.keyboard.press('ArrowRight');
  await expect(
    presenter.getByRole('heading', { level: 2, name: 'Change in platform use' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/panel=platform-change/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/panel=trend/);
  await page.keyboard.press('End');
  await expect(
    presenter.getByRole('heading', { level: 2, name: /^Notes and sources/ }),
  ).toBeVisible();
  await page.keyboard.press('Home');
  await expect(
    presenter.getByRole('heading', { level: 2, name: 'Headline figures' }),
  ).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/panel=trend/);

  await page.keyboard.press('t');
  await expect(presenter.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/view=table/);
  await page.keyboard.press('t');

  await presenter.getByRole('button', { name: 'Dark theme' }).click();
  await page.screenshot({ path: `${SHOTS}/presenter-1920-dark.png` });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presenter mode' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.getByRole('region', { name: 'Offences over time' })).toBeInViewport();
});

test('the p key and the Present button open presenter mode; data labels replace tooltips', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?geo=england-wales&from=2017-18&to=2018-19');
  await page.getByRole('button', { name: 'Present (p)' }).click();
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(
    presenter.getByRole('heading', { level: 2, name: 'Headline figures' }),
  ).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.value-labels').getByText('4,373')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/presenter-1280-trend.png` });
  await page.keyboard.press('Escape');
  // Focus is back on the Present button, a control, where "p" is not a shortcut (WCAG 2.1.4).
  await expect(page.getByRole('button', { name: 'Present (p)' })).toBeFocused();
  await page.locator('#main').focus();
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
});

test('copy link copies the current view and confirms it', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('./?geo=uk&measure=index');
  await page
    .getByRole('region', { name: 'Platforms by year' })
    .getByRole('button', { name: 'Copy link to this panel' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Platforms by year' }).getByText('Link copied.'),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\?geo=uk&measure=index&panel=platforms$/);
  await context.close();
});

test('printing shows every panel with its table and no controls', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const trend = page.getByRole('region', { name: 'Offences over time' });
  await expect(trend.getByRole('table')).toBeVisible();
  await expect(trend.locator('svg.chart-surface')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present (p)' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the presenter view follows presenter mode and moves it; the audience never shows the note', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?geo=england-wales');
  for (const id of ['trend', 'platforms']) {
    const section = page.locator(`section#${id}`);
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: 'Add to deck' }).click();
    await expect(section.getByText(/^Added as slide/)).toBeVisible();
  }
  const deck = page.getByRole('region', { name: 'Deck' });
  const NOTE = 'Say: recorded offences more than doubled.';
  await deck.getByLabel('Speaker note for slide 1').fill(NOTE);

  // A blocked window is said, with how to allow it, and presenting waits.
  await page.evaluate(() => {
    (window as { realOpen?: typeof window.open }).realOpen = window.open;
    window.open = () => null;
  });
  await deck.getByRole('button', { name: 'Open presenter view' }).click();
  await expect(deck.getByText(/blocked the presenter view’s window\. Allow pop-ups/)).toBeVisible();
  await page.evaluate(() => {
    window.open = (window as { realOpen?: typeof window.open }).realOpen!;
  });

  const popup = page.waitForEvent('popup');
  await deck.getByRole('button', { name: 'Open presenter view' }).click();
  const view = await popup;
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  const console = view.getByRole('region', { name: 'Presenter view' });
  await expect(console.getByText(/^Slide 1 of \d+$/)).toBeVisible({ timeout: 30_000 });
  await expect(console.getByRole('complementary', { name: 'Speaker note' })).toHaveText(NOTE);
  await expect(console.getByRole('group', { name: 'Current slide' })).toContainText(
    'Offences over time',
  );
  await expect(console.getByRole('group', { name: 'Next slide' })).toContainText(
    'Platforms by year',
  );
  await expect(console.getByRole('timer', { name: 'Time presenting' })).toHaveText(/^0:0\d$/);
  await expect(console.locator('.recharts-surface').first()).toBeVisible();
  await view.screenshot({ path: `${SHOTS}/presenter-view.png` });

  // The note is on no element of the audience window, even asked for with n.
  await expect(presenter.getByText('of', { exact: false }).first()).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Speaker note' })).toHaveCount(0);

  // → in the presenter view moves the audience; ← in the audience moves the presenter view.
  await view.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Platforms by year');
  await expect(console.getByText(/^Slide 2 of \d+$/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(console.getByText(/^Slide 1 of \d+$/)).toBeVisible();
  await expect(console.getByRole('group', { name: 'Current slide' })).toContainText(
    'Offences over time',
  );

  // Closing the presenter view leaves the audience window moving with its keys.
  await view.close();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Platforms by year');

  // Closing the audience window: the presenter view says so, still moves, and reopens it.
  const again = page.waitForEvent('popup');
  await presenter.getByRole('button', { name: 'Open presenter view' }).click();
  const view2 = await again;
  const console2 = view2.getByRole('region', { name: 'Presenter view' });
  await expect(console2.getByText(/^Slide 2 of \d+$/)).toBeVisible({ timeout: 30_000 });
  await page.close();
  await expect(console2.getByText('The audience window was closed.')).toBeVisible();
  await view2.keyboard.press('ArrowLeft');
  await expect(console2.getByText(/^Slide 1 of \d+$/)).toBeVisible();
  const reopened = view2.waitForEvent('popup');
  await console2.getByRole('button', { name: 'Reopen the audience window' }).click();
  const audience = await reopened;
  await expect(
    audience.getByRole('region', { name: 'Presenter mode' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Offences over time', { timeout: 30_000 });
  await expect(console2.getByText('The audience window was closed.')).toHaveCount(0);
});

test('a presenter view opened first, waiting, keeps the note off the audience window that then presents', async ({
  page,
  context,
}) => {
  await page.goto('./?geo=england-wales');
  const section = page.locator('section#trend');
  await section.getByRole('button', { name: 'Add to deck' }).click();
  await expect(section.getByText(/^Added as slide/)).toBeVisible();
  const deck = page.getByRole('region', { name: 'Deck' });
  const NOTE = 'Say: the audience must not read this.';
  await deck.getByLabel('Speaker note for slide 1').fill(NOTE);

  // The presenter view opens on its own and waits: no window presents yet to hear its hello.
  const view = await context.newPage();
  await view.goto('./?console=1');
  const console = view.getByRole('region', { name: 'Presenter view' });
  await expect(console.getByText(/^Waiting for the audience window/)).toBeVisible();

  await page.bringToFront();
  await deck.getByRole('button', { name: 'Present deck' }).click();
  await expect(console.getByRole('complementary', { name: 'Speaker note' })).toHaveText(NOTE);
  await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Speaker note' })).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(0);
});
