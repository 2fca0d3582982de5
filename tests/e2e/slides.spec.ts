import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';

const SIZES = [
  { width: 1920, height: 1080, minFont: 24, shots: true },
  { width: 1366, height: 768, minFont: 16, shots: false },
  { width: 1280, height: 720, minFont: 16, shots: true },
  { width: 1024, height: 768, minFont: 16, shots: false },
  { width: 800, height: 600, minFont: 16, shots: false },
] as const;

// The light theme runs on the default filters, the dark one on a narrower view, so the filter
// line is checked against two different sets of filters.
const THEMES = [
  {
    theme: 'light',
    query: '',
    filters:
      'England and Wales, United Kingdom, West Midlands region · all platforms · 2017/18–2024/25 · counts',
    place: 'West Midlands region against England and Wales · 2017/18–2024/25',
  },
  {
    theme: 'dark',
    query:
      '&geo=england-wales,west-midlands-region&platforms=instagram,snapchat,facebook&from=2018-19',
    filters:
      'England and Wales, West Midlands region · Instagram, Snapchat, Facebook · 2018/19–2024/25 · counts',
    place: 'West Midlands region against England and Wales · 2018/19–2024/25',
  },
] as const;

interface Geometry {
  outside: string[];
  scrolled: string[];
  spilled: string[];
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
    // A text clamped to whole lines ends in an ellipsis: shortened, and said to be, not cut.
    const clamped = style.webkitLineClamp !== 'none';
    if (
      clips &&
      !clamped &&
      (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
    )
      scrolled.push(
        `${describe(el)} scrolls ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      );
  }
  // A bordered box (a headline card) clips nothing: what does not fit lies over the box below.
  const spilled: string[] = [];
  for (const box of root.querySelectorAll('*')) {
    if (hidden(box) || parseFloat(getComputedStyle(box).borderBottomWidth) === 0) continue;
    const b = box.getBoundingClientRect();
    // What a box inside it clips (a clamped detail's last words) is the other checks' to judge.
    const clippedWithin = (el: Element) => {
      for (let a = el.parentElement; a && a !== box; a = a.parentElement)
        if (getComputedStyle(a).overflowY !== 'visible') return true;
      return false;
    };
    const over = [...box.querySelectorAll('*')].find((el) => {
      const r = el.getBoundingClientRect();
      if (hidden(el) || el.closest('svg') || (r.width === 0 && r.height === 0)) return false;
      if (clippedWithin(el)) return false;
      return r.bottom > b.bottom + 1 || r.right > b.right + 1;
    });
    if (over) spilled.push(`${describe(over)} out of ${describe(box)}`);
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
  return { outside, scrolled, spilled, textOutsideSvg, overlapping, smallest };
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
  for (const { theme, query, filters, place } of THEMES) {
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
          if (view === 'chart' && (await presenter.locator('figure:visible').count()) > 0)
            await expect(presenter.locator('svg.recharts-surface').first()).toBeVisible();
          // A slide's first chart of a kind loads the code that labels it.
          await page.waitForLoadState('networkidle');
          await settle(page);
          const [n, of] = await slideNumber(page);
          const where = `${view} slide ${n} (${await heading.innerText()})`;
          // The Place panel draws its own place against its comparator, whatever the filters.
          const line = /and national$/.test(await heading.innerText()) ? place : filters;
          if (!(await presenter.getByText(line, { exact: true }).isVisible()))
            failures.push(`${where}: no filter line "${line}"`);
          const g = await page.evaluate(measure);
          const problems = [
            ...g.outside.map((s) => `outside the screen: ${s}`),
            ...g.scrolled.map((s) => `scrolled: ${s}`),
            ...g.spilled.map((s) => `spilled: ${s}`),
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

test('a headline card too long for a small screen gives up its source line, then lines of its detail', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&panel=headline');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  const card = presenter.getByRole('listitem').filter({ hasText: /^Change, 2017\/18 to 2024\/25/ });
  const source = card.getByRole('link', { name: /Shropshire Star/ });
  const detail = card.locator('.card-detail');
  const clamp = () => detail.evaluate((el) => getComputedStyle(el).webkitLineClamp);
  await expect(source).toBeVisible();
  await expect(detail).toContainText('the base of that comparison was not published');
  // 1024×768: the cards whole would overlap; without their source lines they fit, details whole.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(source).toBeHidden();
  expect(await clamp()).toBe('none');
  await expect(detail).toBeVisible();
  // 800×600: the details are cut to the lines that fit, and say so with an ellipsis.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect.poll(clamp).not.toBe('none');
  await expect(detail).toBeVisible();
  // The table view has each detail whole, and the last slide every source.
  await page.keyboard.press('t');
  await expect(
    presenter.getByRole('cell', {
      name: /so UK totals are not like-for-like with England and Wales\.$/,
    }),
  ).toBeVisible();
  await page.keyboard.press('t');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(source).toBeVisible();
  expect(await clamp()).toBe('none');
  // The last slide: the notes and sources count their own pages once drawn, so End again.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(
      presenter.getByText(/^Shropshire Star \(UK news\), 2025-11-13: /).first(),
    ).toBeVisible({ timeout: 1000 });
  }).toPass();
});

test('a table too long for one slide continues on the next, every row shown once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto('./?present=1&panel=west-midlands&view=table');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  const first = presenter.getByRole('table', {
    name: /^Offences indexed to 2017\/18 = 100 \(1 of \d+\)$/,
  });
  await expect(first).toBeVisible();
  const pages = Number(/of (\d+)\)$/.exec(await first.locator('caption').innerText())![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const years: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const table = presenter.getByRole('table', {
      name: `Offences indexed to 2017/18 = 100 (${n} of ${pages})`,
    });
    await expect(table).toBeVisible();
    await settle(page);
    years.push(...(await table.locator('tbody th').allInnerTexts()));
    const g = await page.evaluate(measure);
    expect([...g.outside, ...g.scrolled]).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
  expect(years).toEqual([
    '2017/18',
    '2018/19',
    '2019/20',
    '2020/21',
    '2021/22',
    '2022/23',
    '2023/24',
    '2024/25',
  ]);
  await expect(
    presenter.getByRole('table', { name: "The region's share of England and Wales" }),
  ).toBeVisible();
});

test('auto=N moves on every N seconds, loops at the end, and a key or a click pauses it', async ({
  page,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1&panel=west-midlands&auto=10');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(page.getByText('Slide 6 of 9')).toBeVisible();
  const progress = presenter.getByRole('progressbar', { name: 'Time to the next slide' });
  await expect(progress).toBeVisible();
  await expect(presenter.getByRole('combobox', { name: 'Auto' })).toHaveValue('10');
  await page.clock.runFor(5_000);
  await expect(progress).toHaveAttribute('aria-valuetext', 'next slide in 5 s');
  await page.clock.runFor(5_000);
  // The West Midlands' second chart is a slide of its own.
  await expect(page.getByText('Slide 7 of 9')).toBeVisible();
  await expect(presenter.getByRole('figure', { name: /share of each force/ })).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByText('Slide 8 of 9')).toBeVisible();
  await expect(
    presenter.getByRole('heading', { level: 2, name: 'Data coverage and notes' }),
  ).toBeVisible();
  // The closing notes slide takes two pages at 1280×720, counted once it is laid out.
  await page.clock.runFor(10_000);
  await expect(page.getByText('Slide 9 of 10')).toBeVisible();
  await expect(
    presenter.getByRole('heading', { level: 2, name: 'Notes and sources (1 of 2)' }),
  ).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByText('Slide 10 of 10')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByText('Slide 1 of 10')).toBeVisible();
  await expect(page).toHaveURL(/panel=headline&present=1&auto=10$/);

  await page.keyboard.press('Shift');
  await expect(progress).toHaveAttribute('aria-valuetext', 'paused');
  await page.clock.runFor(30_000);
  await expect(page.getByText('Slide 1 of 10')).toBeVisible();

  await presenter.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByText('Slide 2 of 10')).toBeVisible();
  await presenter.getByRole('heading', { level: 2 }).click();
  await page.clock.runFor(30_000);
  await expect(page.getByText('Slide 2 of 10')).toBeVisible();
  await expect(presenter.getByRole('button', { name: 'Play' })).toBeVisible();

  await presenter.getByRole('combobox', { name: 'Auto' }).selectOption('');
  await expect(progress).toHaveCount(0);
  await expect(page).not.toHaveURL(/auto=/);
});

test('an invalid auto is dropped with a notice on the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1&panel=trend&auto=3');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(
    presenter.getByText(
      'auto: "3" is not a number of seconds from 5 to 600, so slides are not moved on by themselves.',
    ),
  ).toBeVisible();
  await expect(presenter.getByRole('progressbar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/auto=/);
});

test('on a phone the slide toolbar keeps to a strip at the top', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?present=1&panel=trend');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
  const bar = await presenter.getByRole('button', { name: 'Exit' }).evaluate((b) => {
    const r = b.closest('.presenter-bar')!.getBoundingClientRect();
    return { height: r.height, width: r.width };
  });
  await page.screenshot({ path: `${SHOTS}/slide-390x844-phone.png` });
  expect(bar.width).toBeLessThanOrEqual(390);
  expect(bar.height).toBeLessThanOrEqual(100);
});

test('a slide that leaves value labels off says so, and stars its medium-confidence figures', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&panel=west-midlands');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  const chart = presenter.locator('svg.recharts-surface').first();
  await expect(chart).toBeVisible();
  // The region's 2024/25 value (201.5†) and the UK's (194.8†) share their year with the lines'
  // names: the slide says what it left off and where every figure is.
  const labels = chart.locator('.value-labels text');
  await expect(labels.first()).toBeVisible();
  const shown = await labels.allTextContents();
  // England and Wales 2017/18 to 2020/21, the UK every year, the region in four: 16 values.
  const dropped = 16 - shown.length;
  const foot = presenter.getByText(/value labels? that would overlap/);
  if (dropped > 0)
    await expect(foot).toContainText(
      `${dropped} value label${dropped === 1 ? '' : 's'} that would overlap`,
    );
  else await expect(foot).toHaveCount(0);
  // The UK's 2021/22 index (168.3†) rests on its revised series: medium confidence, starred.
  expect(shown).toContain('168.3†*');
  await expect(
    presenter.getByText(/\* medium confidence: a figure from a single secondary outlet/),
  ).toBeVisible();
});
