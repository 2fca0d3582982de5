import { expect, test, type Page } from '@playwright/test';

async function addTrendToDeck(page: Page) {
  await page.goto('./?geo=england-wales');
  const section = page.locator('section#trend');
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Add to deck' }).click();
  return page.getByRole('region', { name: 'Deck' });
}

test('a deck slide saved while storage never opens warns within 10 seconds, and stays for the session', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // A first visit (no database yet) whose database, once asked for, is blocked by another
    // tab: the request never succeeds nor fails.
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
    indexedDB.databases = () => Promise.resolve([]);
  });
  const deck = await addTrendToDeck(page);
  const started = Date.now();
  await expect(deck).toContainText(
    "The deck cannot be saved in this browser (the browser's storage did not answer within 5 seconds), so it is kept only until this tab is closed.",
    { timeout: 10_000 },
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(deck.getByRole('listitem')).toHaveCount(1);
});

test("storage that throws the browser's own errors: deck and imports warn in plain words", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // What some browsers throw in private modes or sandboxed frames.
    indexedDB.open = () => {
      throw new TypeError('Illegal invocation');
    };
    indexedDB.databases = () =>
      Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
  });
  const deck = await addTrendToDeck(page);
  await expect(deck).toContainText(
    'The deck cannot be saved in this browser (the browser refused to store it), so it is kept only until this tab is closed.',
  );
  await expect(deck.getByRole('listitem')).toHaveCount(1);
  const body = page.locator('body');
  await expect(body).not.toContainText('Illegal invocation');
  await expect(body).not.toContainText('insecure');
});
