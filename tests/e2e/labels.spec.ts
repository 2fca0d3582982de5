import { expect, test } from '@playwright/test';
import { PANEL_IDS } from '../../src/state/filters';
import { EVERY_PLACE, settle } from './label-views';

// Issue #24: labels that hold in every view, not only the default one. Every chart is read from
// the laid-out page: no two SVG text boxes overlap, no text leaves its SVG, and no value label
// lies on a line or a marker.
//
// The matrix is the issue's: seven panels × count, share and index × four filter sets × four
// sizes. On the page one load shows all seven panels, so the two page sizes walk all of it (12
// loads each). Presenter mode shows one panel a load: each size walks every panel × measure once,
// with the filter set taken in turn (panel + measure + size, mod 4), so that across the two sizes
// every panel meets every measure and each filter set is met by every panel and every measure.

const FILTERS = [
  { name: 'default', query: '' },
  { name: 'place=scotland', query: '&place=scotland' },
  { name: 'every place', query: `&geo=${EVERY_PLACE.join(',')}` },
  { name: 'one platform', query: '&platforms=instagram' },
] as const;
const MEASURES = ['count', 'share', 'index'] as const;

/** Every problem of the charts' labels inside `root`, one line each. */
function labelProblems(rootSelector: string): string[] {
  const root = document.querySelector(rootSelector);
  if (!root) return [`${rootSelector} is missing`];
  const problems: string[] = [];
  const name = (t: Element) => `"${(t.textContent ?? '').trim().slice(0, 30)}"`;
  const visible = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) && el.closest('.sr-only') === null;
  for (const svg of root.querySelectorAll<SVGSVGElement>(
    'svg.recharts-surface, svg.chart-surface',
  )) {
    if (!visible(svg)) continue;
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter(
      (t) => (t.textContent ?? '').trim() !== '' && visible(t),
    );
    const rects = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const r = rects[i]!;
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1
      )
        problems.push(`${name(t)} leaves its chart`);
      for (let j = i + 1; j < texts.length; j++) {
        const o = rects[j]!;
        const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (w > 1 && h > 1) problems.push(`${name(t)} overlaps ${name(texts[j]!)}`);
      }
    });
    // Value labels against every line and marker.
    const labels = [...svg.querySelectorAll('.value-labels text')].filter(visible);
    if (labels.length === 0) continue;
    const paths = [
      ...svg.querySelectorAll<SVGPathElement>('path.recharts-line-curve, path.chart-line'),
    ];
    const markers = [...svg.querySelectorAll('.recharts-line-dots > *, .chart-dots > *')].map((m) =>
      m.getBoundingClientRect(),
    );
    const ctm = svg.getScreenCTM()!;
    const points = paths.flatMap((p) => {
      const length = p.getTotalLength();
      const out: { x: number; y: number }[] = [];
      for (let s = 0; s <= length; s += 2) {
        const pt = p.getPointAtLength(s).matrixTransform(ctm);
        out.push({ x: pt.x, y: pt.y });
      }
      return out;
    });
    for (const l of labels) {
      const r = l.getBoundingClientRect();
      const inside = (x: number, y: number) =>
        x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1;
      if (points.some((p) => inside(p.x, p.y))) problems.push(`${name(l)} lies on a line`);
      if (
        markers.some(
          (m) =>
            Math.min(r.right, m.right) - Math.max(r.left, m.left) > 1 &&
            Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top) > 1,
        )
      )
        problems.push(`${name(l)} lies on a marker`);
    }
  }
  return problems;
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`page charts at ${size.width}×${size.height}: labels never collide, in every view`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const measure of MEASURES)
      for (const filter of FILTERS) {
        await page.goto(`./?measure=${measure}${filter.query}`);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        // Panels below the first screen lay out once in view: each is read where it is.
        for (const panel of PANEL_IDS) {
          const section = page.locator(`section[id="${panel}"]`);
          await section.scrollIntoViewIfNeeded();
          await expect(section.getByText('Loading this panel…')).toHaveCount(0);
          await settle(page);
          const problems = await page.evaluate(labelProblems, `section[id="${panel}"]`);
          failures.push(...problems.map((p) => `${panel}, ${measure}, ${filter.name}: ${p}`));
        }
      }
    expect(failures).toEqual([]);
    await context.close();
  });
}

const SLIDE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
SLIDE_SIZES.forEach((size, s) => {
  test(`slides at ${size.width}×${size.height}: labels never collide, in every view`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const [p, panel] of PANEL_IDS.entries())
      for (const [m, measure] of MEASURES.entries()) {
        const filter = FILTERS[(p + m + s * 2) % FILTERS.length]!;
        await page.goto(`./?present=1&panel=${panel}&measure=${measure}${filter.query}`);
        const presenter = page.getByRole('region', { name: 'Presenter mode' });
        await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
        await expect(presenter.getByText('Loading this panel…')).toHaveCount(0);
        await settle(page);
        const problems = await page.evaluate(labelProblems, '[aria-label="Presenter mode"]');
        failures.push(...problems.map((x) => `${panel}, ${measure}, ${filter.name}: ${x}`));
      }
    expect(failures).toEqual([]);
    await context.close();
  });
});
