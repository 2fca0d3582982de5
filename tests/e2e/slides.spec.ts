import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';

const SIZES = [
  { width: 1920, height: 1080, minFont: 24, shots: true },
  { width: 1366, height: 768, minFont: 16, shots: false },
  { width: 1280, height: 720, minFont: 16, shots: true },
  { width: 1024, height: 768, minFont: 16, shots: false },
] as const;

// The light theme runs on the default filters, the dark one on a narrower view, so the filter
// line is checked against two different sets of filters.
const THEMES = [
  {
    theme: 'light',
    query: '',
    filters:
      'England and Wales, United Kingdom, West Midlands region · all platforms · 2017/18–2024/25 · counts',
  },
  {
    theme: 'dark',
    query:
      '&geo=england-wales,west-midlands-region&platforms=instagram,snapchat,facebook&from=2018-19',
    filters:
      'England and Wales, West Midlands region · Instagram, Snapchat, Facebook · 2018/19–2024/25 · counts',
  },
] as const;

interface Geometry {
  outside: string[];
  scrolled: string[];
  textOutsideSvg: string[];
  overlapping: string[];
  smallest: { size: number; text: string };
}

/** Everything the issue asks of a slide's geometry, read from the laid-out page. */
function measure(): Geometry {
  const root = document.querySelector<HTMLElement>('[aria-label="Presenter mode"]')!;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const hidden = (el: Element) =>
    el.closest('.sr-only') !== null || !el.checkVisibility({ visibilityProperty: true });
  const W = window.innerWidth;
  const H = window.innerHeight;
  const outside: string[] = [];
  const scrolled: string[] = [];
  // Only the outermost element of a group outside the screen is named.
  const out = new Set<Element>();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (hidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) out.add(el);
    if (out.has(el) && !out.has(el.parentElement!))
      outside.push(
        `${describe(el)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
      );
    const style = getComputedStyle(el);
    const clips = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
    if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
      scrolled.push(
        `${describe(el)} scrolls ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      );
  }
  const page = document.scrollingElement!;
  if (page.scrollHeight > H + 1 || page.scrollWidth > W + 1)
    scrolled.push(`the page scrolls ${page.scrollWidth}×${page.scrollHeight}`);

  const textOutsideSvg: string[] = [];
  const overlapping: string[] = [];
  for (const svg of root.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter(
      (t) => (t.textContent ?? '').trim() !== '' && !hidden(t),
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
        textOutsideSvg.push(`"${t.textContent}"`);
      for (let j = i + 1; j < texts.length; j++) {
        const o = rects[j]!;
        const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (w > 1 && h > 1) overlapping.push(`"${t.textContent}" and "${texts[j]!.textContent}"`);
      }
    });
  }

  let smallest = { size: Infinity, text: '' };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || (n.textContent ?? '').trim() === '' || hidden(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest.size) smallest = { size, text: (n.textContent ?? '').trim().slice(0, 40) };
  }
  return { outside, scrolled, textOutsideSvg, overlapping, smallest };
}

/** Waits until nothing on the slide moves for a few frames (charts size themselves late). */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const root = document.querySelector('[aria-label="Presenter mode"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const snapshot = () =>
      [...root.querySelectorAll('*')]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        })
        .join('|');
    let last = '';
    let still = 0;
    for (let i = 0; i < 100 && still < 3; i++) {
      await frame();
      const now = snapshot();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

async function slideNumber(page: Page): Promise<[number, number]> {
  const text = await page.getByText(/^Slide \d+ of \d+$/).innerText();
  const [, n, of] = /Slide (\d+) of (\d+)/.exec(text)!;
  return [Number(n), Number(of)];
}

for (const size of SIZES) {
  for (const { theme, query, filters } of THEMES) {
    test(`every slide fits ${size.width}×${size.height}, ${theme} theme, chart and table`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport: size });
      await context.addInitScript((t) => localStorage.setItem('presenter-theme', t), theme);
      const page = await context.newPage();
      await page.goto(`./?present=1&panel=headline${query}`);
      const presenter = page.getByRole('region', { name: 'Presenter mode' });
      await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
      const failures: string[] = [];
      for (const view of ['chart', 'table'] as const) {
        if (view === 'table') {
          await page.keyboard.press('Home');
          await page.keyboard.press('t');
          await expect(page).toHaveURL(/view=table/);
        }
        for (let step = 0; step < 40; step++) {
          const heading = presenter.getByRole('heading', { level: 2 });
          await expect(heading).toBeVisible();
          await expect(presenter.getByText('Loading this panel…')).toHaveCount(0);
          if (view === 'chart' && (await presenter.locator('figure').count()) > 0)
            await expect(presenter.locator('svg.recharts-surface').first()).toBeVisible();
          await settle(page);
          const [n, of] = await slideNumber(page);
          const where = `${view} slide ${n} (${await heading.innerText()})`;
          if (!(await presenter.getByText(filters, { exact: true }).isVisible()))
            failures.push(`${where}: no filter line "${filters}"`);
          const g = await page.evaluate(measure);
          const problems = [
            ...g.outside.map((s) => `outside the screen: ${s}`),
            ...g.scrolled.map((s) => `scrolled: ${s}`),
            ...g.textOutsideSvg.map((s) => `SVG text clipped: ${s}`),
            ...g.overlapping.map((s) => `SVG text overlaps: ${s}`),
            ...(g.smallest.size < size.minFont
              ? [`text of ${g.smallest.size}px: "${g.smallest.text}"`]
              : []),
          ];
          failures.push(...problems.map((p) => `${where}: ${p}`));
          if (size.shots)
            await page.screenshot({
              path: `${SHOTS}/slide-${size.width}x${size.height}-${theme}-${view}-${String(n).padStart(2, '0')}.png`,
            });
          if (n === of) break;
          await page.keyboard.press('ArrowRight');
          await expect(page.getByText(`Slide ${n + 1} of`, { exact: false })).toBeVisible();
        }
      }
      expect(failures).toEqual([]);
      await context.close();
    });
  }
}
