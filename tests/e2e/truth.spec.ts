import { expect, test, type Page } from '@playwright/test';
import { PANEL_IDS } from '../../src/state/filters';

// Every panel, in every measure and view, for the places with figures: each mark a panel shows is
// explained on that panel, Scotland's different offence is said wherever a UK or Scotland figure
// is drawn, and no working note reaches a reader.
const PLACES = [
  ['default view', ''],
  ['England and Wales only', 'geo=england-wales'],
  ['UK only', 'geo=uk'],
  ['Wales', 'geo=wales'],
  ['Scotland', 'geo=scotland'],
  ['Northern Ireland', 'geo=northern-ireland'],
  ['West Midlands with England and Wales', 'geo=west-midlands-region,england-wales'],
] as const;
const MEASURES = ['count', 'share', 'index'] as const;

const LEGENDS: [RegExp, string | RegExp][] = [
  [/\d†/, '† derived'],
  [/≈\d/, '≈ approximate'],
  [/(^|[\s(])>\d/m, '> a bound'],
  [/(^|[\s(])<\d/m, '< a bound'],
  // A table says it in its cells and footnote; a chart stars the figure and keys the star.
  [/medium confidence/, /Medium confidence|\* medium confidence: a figure from a single/],
  [/\d\S*\*/, '* medium confidence'],
];

async function panelText(page: Page, id: string): Promise<string> {
  const panel = page.locator(`section#${id}`);
  // Panels off screen skip layout (content-visibility: auto), so their innerText is empty.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  // The first frame after the scroll lays it out: wait until the text is there, not just the box.
  const heading = await panel.getByRole('heading', { level: 2 }).textContent();
  await expect.poll(async () => (await panel.innerText()).includes(heading!)).toBe(true);
  return panel.innerText();
}

for (const [label, query] of PLACES) {
  test(`every mark is explained where it is shown: ${label}`, async ({ page }) => {
    for (const measure of MEASURES) {
      for (const view of ['chart', 'table'] as const) {
        const params = [query, `measure=${measure}`, `view=${view}`].filter(Boolean).join('&');
        await page.goto(`./?${params}`);
        await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
        for (const id of PANEL_IDS) {
          const text = await panelText(page, id);
          const where = `${id}, ${params}`;
          for (const [mark, legend] of LEGENDS)
            if (mark.test(text)) expect(text, `${where}: ${legend}`).toMatch(legend);
          expect(text, where).not.toMatch(/FIGURES\.md|attribution is assumed/);
          if (id === 'trend' && /geo=uk|^$/.test(query))
            expect(text, where).toContain('Scotland records a different offence');
        }
      }
    }
  });
}

test('the default view leads with the latest platform and the like-for-like change', async ({
  page,
}) => {
  await page.goto('./');
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('Leading platform†, UK, 2024/25Snapchat');
  await expect(headline).toContainText(
    '40% of offences where the method was known (2,111 of 7,263 recorded offences, 29.1%†)',
  );
  await expect(headline).toContainText(
    'Change, 2017/18 to 2024/25, United Kingdom, as published+99%',
  );
  await expect(headline).toContainText('+94.8%†');
  await expect(headline).toContainText('not like-for-like');
});

test('platform shares say each year’s base on the chart', async ({ page }) => {
  await page.goto('./?measure=share');
  const text = await panelText(page, 'platforms');
  expect(text).toContain('known: 65.8%†');
  expect(text).toContain('known: 29.1%†');
  expect(text).toContain('Facebook and Messenger');
});

test('a source whose address was not recorded says so instead of linking a home page', async ({
  page,
}) => {
  await page.goto('./?geo=wales');
  // The source list is folded under the notes, as on every panel.
  await page.locator('section#trend summary', { hasText: 'Notes and sources' }).click();
  const text = await panelText(page, 'trend');
  expect(text).toContain('(address not recorded)');
  const hrefs = await page
    .locator('section#trend a[href^="http"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(new URL(href).pathname.replace(/\/$/, '')).not.toBe('');
});
