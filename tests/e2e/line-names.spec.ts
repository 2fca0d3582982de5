import { expect, test } from '@playwright/test';
import { EVERY_PLACE, settle } from './label-views';

// Issue #24: lines named at their ends where that replaces a key, small multiples past the
// styles a chart keeps apart, and the phone's charts. The names are read from the laid-out page:
// none overlaps another text, crosses a line or a marker, or leaves its SVG.

const VIEWS = [
  { name: 'default', query: '' },
  { name: 'every place', query: `geo=${EVERY_PLACE.join(',')}` },
  { name: 'place=scotland', query: 'place=scotland' },
  { name: 'measure=index', query: 'measure=index' },
] as const;

/** The names drawn at the lines' ends in `root`, and every problem with them, one line each. */
function lineNames(rootSelector: string): { names: string[]; problems: string[] } {
  const root = document.querySelector(rootSelector);
  if (!root) return { names: [], problems: [`${rootSelector} is missing`] };
  const names: string[] = [];
  const problems: string[] = [];
  const name = (t: Element) => `"${(t.textContent ?? '').trim().slice(0, 30)}"`;
  const hit = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const svg of root.querySelectorAll<SVGSVGElement>(
    'svg.recharts-surface, svg.chart-surface',
  )) {
    const labels = [...svg.querySelectorAll('.line-names text')];
    if (labels.length === 0) continue;
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
    const ctm = svg.getScreenCTM()!;
    const points = [
      ...svg.querySelectorAll<SVGPathElement>('path.recharts-line-curve, path.chart-line'),
    ].flatMap((p) => {
      const out: { x: number; y: number }[] = [];
      for (let s = 0; s <= p.getTotalLength(); s += 2) {
        const pt = p.getPointAtLength(s).matrixTransform(ctm);
        out.push({ x: pt.x, y: pt.y });
      }
      return out;
    });
    const markers = [...svg.querySelectorAll('.recharts-line-dots > *, .chart-dots > *')].map((m) =>
      m.getBoundingClientRect(),
    );
    for (const l of labels) {
      names.push((l.textContent ?? '').trim());
      const r = l.getBoundingClientRect();
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1
      )
        problems.push(`${name(l)} leaves its chart`);
      for (const t of texts)
        if (t !== l && hit(r, t.getBoundingClientRect()))
          problems.push(`${name(l)} overlaps ${name(t)}`);
      if (
        points.some(
          (p) => p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1,
        )
      )
        problems.push(`${name(l)} lies on a line`);
      if (markers.some((m) => hit(r, m))) problems.push(`${name(l)} lies on a marker`);
    }
  }
  return { names, problems };
}

const ROOT = '[aria-label="Presenter mode"]';

const PAGE_PANELS = [
  { id: 'trend', name: 'Offences over time' },
  { id: 'west-midlands', name: 'West Midlands and national' },
] as const;

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])
  test(`page at ${size.width}×${size.height}: line names clear of everything, or the key`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const failures: string[] = [];
    const named: Record<string, string[]> = {};
    for (const view of VIEWS) {
      await page.goto(`./?${view.query}`);
      for (const panel of PAGE_PANELS) {
        const section = page.locator(`section[id="${panel.id}"]`);
        // The baked view's section is replaced by the live one as the page starts: scroll again
        // if the one found is gone.
        await expect(() => section.scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
        await expect(section.getByText('Loading this panel…')).toHaveCount(0);
        await expect(
          section.locator('svg.recharts-surface, svg.chart-surface').first(),
        ).toBeVisible();
        await settle(page);
        const { names, problems } = await page.evaluate(lineNames, `section[id="${panel.id}"]`);
        named[`${panel.id}, ${view.name}`] = names;
        failures.push(...problems.map((p) => `${panel.id}, ${view.name}: ${p}`));
      }
    }
    expect(failures).toEqual([]);
    if (size.width === 390) {
      // A phone keeps the key: names would take a third of the plot.
      expect(Object.values(named).flat()).toEqual([]);
      await page.goto('./');
      const trend = page.getByRole('region', { name: 'Offences over time' });
      await expect(trend.getByRole('list', { name: 'Key' })).toContainText('United Kingdom');
    } else {
      expect(named['trend, default']!.toSorted()).toEqual([
        'England & Wales',
        'UK',
        'West Midlands',
      ]);
      expect(named['west-midlands, place=scotland']!.toSorted()).toEqual(['Scotland', 'UK']);
      expect(named['trend, measure=index']!.toSorted()).toEqual([
        'England & Wales',
        'UK',
        'West Midlands',
      ]);
      // Too many lines to name: the key stays.
      expect(named['trend, every place']).toEqual([]);
      await page.goto('./');
      const trend = page.getByRole('region', { name: 'Offences over time' });
      await expect(trend.locator('.line-names text')).toHaveCount(3);
      // Every line named: the key keeps only the marks.
      await expect(trend.getByRole('list', { name: 'Key' })).not.toContainText('United Kingdom');
      await expect(trend.getByRole('list', { name: 'Key' })).toContainText('derived †');
    }
    await context.close();
  });

for (const [s, size] of [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
].entries())
  test(`slides at ${size.width}×${size.height}: line names clear of everything`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const failures: string[] = [];
    // Each view once a size, the panel taken in turn, so both sizes meet both panels in every view.
    for (const [v, view] of VIEWS.entries()) {
      const panel = PAGE_PANELS[(v + s) % 2]!;
      await page.goto(`./?present=1&panel=${panel.id}&${view.query}`);
      const presenter = page.getByRole('region', { name: 'Presenter mode' });
      await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(presenter.getByText('Loading this panel…')).toHaveCount(0);
      // The default view's three lines are named on a slide of either size, once the slide's
      // label placing has loaded and run (on a busy machine, after the drawing has settled).
      if (view.name === 'default')
        await expect.poll(async () => (await page.evaluate(lineNames, ROOT)).names.length).toBe(3);
      await settle(page);
      const { problems } = await page.evaluate(lineNames, ROOT);
      failures.push(...problems.map((p) => `${panel.id}, ${view.name}: ${p}`));
    }
    expect(failures).toEqual([]);
    await context.close();
  });

test('past six places the trend panel says so and offers one chart per place, on one scale', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./?${VIEWS[1].query}`);
  const trend = page.getByRole('region', { name: 'Offences over time' });
  await expect(
    trend.getByText('18 places: more lines than 6 colours keep apart', { exact: false }),
  ).toBeVisible();
  const choice = trend.getByRole('group', { name: 'Show the places' });
  await expect(choice.getByRole('button', { name: 'One chart' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await choice.getByRole('button', { name: 'One per place' }).click();
  const grid = trend.getByRole('list', { name: 'One chart per place' });
  await expect(grid.getByRole('listitem')).toHaveCount(18);
  // The small charts after the first are drawn one per task, each in its turn.
  await expect(grid.locator('svg.recharts-surface')).toHaveCount(18);
  await expect(grid.getByRole('heading', { level: 3 })).toContainText([
    'England and Wales',
    'United Kingdom',
  ]);
  await settle(page);
  // One value axis for all: every small chart has the same ticks at the same heights.
  const axes = await grid.locator('li').evaluateAll((items) =>
    items.map((li) => {
      const svg = li.querySelector('svg.recharts-surface')!;
      const top = svg.getBoundingClientRect().top;
      return [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')]
        .map((t) => `${t.textContent}@${Math.round(t.getBoundingClientRect().top - top)}`)
        .join(' ');
    }),
  );
  expect(axes[0]).toContain('8,000');
  expect(new Set(axes)).toEqual(new Set([axes[0]]));
  // A few places need no choice.
  await page.goto('./');
  await expect(trend.getByRole('group', { name: 'Show the places' })).toHaveCount(0);
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every chart puts its tooltip below the plot', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('./?measure=share');
    for (const id of [
      'trend',
      'platforms',
      'platform-change',
      'age',
      'west-midlands',
      'coverage',
    ]) {
      const section = page.locator(`section[id="${id}"]`);
      await section.scrollIntoViewIfNeeded();
      const svg = section.locator('svg.recharts-surface, svg.chart-surface').first();
      await expect(svg).toBeVisible();
      await settle(page);
      // A Recharts chart's tooltip is mounted only once a pointer comes over it.
      if (id !== 'trend')
        await expect(section.locator('.recharts-tooltip-wrapper'), id).toHaveCount(0);
      // Near the plot's top (a tall chart runs past the screen), past a bar chart's names, on
      // a year with a figure.
      const size = (await svg.boundingBox())!;
      await svg.hover({
        position: {
          x: size.width * (['trend', 'west-midlands', 'coverage'].includes(id) ? 0.3 : 0.7),
          y: Math.min(90, size.height / 3),
        },
      });
      const box = (await svg.boundingBox())!;
      const tip = section.locator('.recharts-tooltip-wrapper, .chart-tooltip-wrapper').first();
      await expect(tip, id).toContainText(/\S/);
      const tipBox = (await tip.boundingBox())!;
      expect(tipBox.y, `${id}'s tooltip starts below its plot`).toBeGreaterThanOrEqual(
        box.y + box.height - 1,
      );
      await page.mouse.move(0, 0);
    }
  });

  test('the age panel draws horizontal bars: names on the left, values at their ends', async ({
    page,
  }) => {
    await page.goto('./?measure=share');
    const section = page.locator('section[id="age"]');
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await settle(page);
    const layout = await section.locator('svg.recharts-surface').evaluate((svg) => {
      const rect = (e: Element) => e.getBoundingClientRect();
      return {
        bars: [...svg.querySelectorAll('.recharts-bar-rectangle path')].map(rect),
        names: [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map(rect),
        values: [...svg.querySelectorAll('.recharts-label-list text')].map(rect),
      };
    });
    expect(layout.bars).toHaveLength(8);
    const left = Math.min(...layout.bars.map((b) => b.left));
    // Names to the left of every bar, each bar on its own row, each value just past its bar's end.
    for (const n of layout.names) expect(n.right).toBeLessThanOrEqual(left + 1);
    expect(new Set(layout.bars.map((b) => Math.round(b.top))).size).toBe(8);
    for (const b of layout.bars)
      expect(
        layout.values.some((v) => v.left >= b.right - 1 && v.top < b.bottom && v.bottom > b.top),
      ).toBe(true);
  });
});
