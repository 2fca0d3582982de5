import { expect, test, type Page } from '@playwright/test';
import { seedImports } from './seed-imports.mjs';
import { FIRST_SCREEN_TYPE } from '../../build/first-screen-type';

const SHOTS = 'tests/e2e/screenshots';

/**
 * What a reader can compare: the headline cards' text, the trend chart's summary, ticks and lines.
 * Given `panels`, only what is outside every panel or in those: the live page draws the panels
 * below the first screen, which the baked view leaves out, in turn after it.
 */
async function numbersOf(page: Page, scope: string, panels?: string[]) {
  return page.evaluate(
    ([scope, panels]) => {
      const root = document.querySelector(scope)!;
      const shown = (e: Element) => {
        const panel = e.closest('section[id]');
        return !panels || !panel || panels.includes(panel.id);
      };
      const figure = root.querySelector('#trend figure')!;
      return {
        panels: [...root.querySelectorAll('section[id]')].filter(shown).map((e) => e.id),
        // What is seen: the filters' summary line, and any control outside the folded filters
        // and lists (drawn on the live page only once it has painted).
        filters: [
          root.querySelector('button[aria-controls="filter-controls"]')?.textContent,
          ...[...root.querySelectorAll('select, input')]
            .filter(
              (c) =>
                shown(c) && !c.closest('#filter-controls') && !c.closest('details:not([open])'),
            )
            .map((c) =>
              c instanceof HTMLSelectElement
                ? c.selectedOptions[0]?.textContent
                : `${(c as HTMLInputElement).value}:${(c as HTMLInputElement).checked}`,
            ),
        ],
        cards: (root.querySelector('[aria-label="Headline figures"]') as HTMLElement).innerText,
        takeaways: [...root.querySelectorAll('section > p')]
          .filter(shown)
          .map((p) => p.textContent),
        summary: figure.getAttribute('aria-label'),
        ticks: [...figure.querySelectorAll('.chart-tick')].map((t) => t.textContent),
        // The same geometry; the build and the browser write coordinates to different precision.
        lines: [...figure.querySelectorAll('.chart-line')].map((l) =>
          l
            .getAttribute('d')!
            .replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10)),
        ),
        dots: [
          ...figure.querySelectorAll('.chart-surface circle, .chart-surface path:not(.chart-line)'),
        ].map(
          (c) =>
            `${c.getAttribute('cx') ?? c.getAttribute('d')},${c.getAttribute('cy')},${c.getAttribute('fill')}`,
        ),
      };
    },
    [scope, panels] as const,
  );
}

/** Counts the frames painted with the baked view displayed, from the very first. */
const WATCH_BAKED = `(() => {
  window.__bakedShown = 0;
  window.__framesSeen = 0;
  const frame = () => {
    const baked = document.getElementById('baked');
    if (baked && getComputedStyle(baked).display !== 'none') window.__bakedShown += 1;
    window.__framesSeen += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

async function bakedFramesShown(page: Page): Promise<number> {
  await expect(page.locator('#root #trend .chart-line').first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __framesSeen: number }).__framesSeen > 5,
  );
  return page.evaluate(() => (window as unknown as { __bakedShown: number }).__bakedShown);
}

test.describe('the default view baked into the page', () => {
  test('is on screen without scripts: header, filters, headline cards and the trend chart with its lines', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto('./');
    const baked = page.locator('#baked');
    // Hidden from assistive technology (and so from role queries): it is inert, a picture of
    // the page until the live one replaces it.
    await expect(baked).toHaveAttribute('aria-hidden', 'true');
    await expect(baked.getByRole('heading', { level: 1, includeHidden: true })).toHaveText(
      'Online grooming of children: recorded offences',
    );
    await expect(baked.getByText('Headline figures').first()).toBeVisible();
    const chart = baked.locator('#trend svg.chart-surface');
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('viewBox', /^0 0 \d+ 340$/);
    expect(await chart.locator('.chart-line').count()).toBeGreaterThanOrEqual(2);
    await expect(baked.getByRole('button', { name: /^Filters:/, includeHidden: true })).toHaveText(
      /· count/,
    );
    await page.screenshot({ path: `${SHOTS}/baked-no-script.png` });
    await context.close();
  });

  test('holds the same numbers, lines and points as the live page that replaces it', async ({
    browser,
  }) => {
    const viewport = { width: 1280, height: 900 };
    const still = await browser.newContext({ javaScriptEnabled: false, viewport });
    const stillPage = await still.newPage();
    await stillPage.goto('./');
    const baked = await numbersOf(stillPage, '#baked');
    await still.close();

    const live = await browser.newContext({ viewport });
    const page = await live.newPage();
    await page.goto('./');
    await expect(page.locator('#baked')).toHaveCount(0);
    await expect(page.locator('#root #trend .chart-line').first()).toBeAttached();
    const drawn = await numbersOf(page, '#root', baked.panels);
    await live.close();

    expect(baked.panels).toEqual(['headline', 'trend']);
    expect(baked.cards).toContain('4,373');
    expect(baked.lines.length).toBeGreaterThanOrEqual(2);
    expect(baked).toEqual(drawn);
  });

  test('gives way to the live page with no layout shift and no frame without the chart', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number; blank: number; frames: number };
      w.shifts = 0;
      w.blank = 0;
      w.frames = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Every frame from the first chart on must show one: the baked one or the live one.
      let seen = false;
      const frame = () => {
        const shown =
          document.querySelector('#baked #trend .chart-line') ??
          (document.getElementById('baked')
            ? null
            : document.querySelector('#root #trend .chart-line'));
        if (shown) seen = true;
        else if (seen) w.blank += 1;
        if (seen) w.frames += 1;
        if (w.frames < 120) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto('./');
    await expect(page.locator('#baked')).toHaveCount(0);
    await page.waitForFunction(() => (window as unknown as { frames: number }).frames >= 120);
    const { shifts, blank } = await page.evaluate(() => {
      const w = window as unknown as { shifts: number; blank: number };
      return { shifts: w.shifts, blank: w.blank };
    });
    expect(blank).toBe(0);
    expect(shifts).toBe(0);
    await expect(page.getByRole('region', { name: 'Offences over time' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/baked-replaced.png` });
    await context.close();
  });

  test('is painted whole: the first paint waits until its last element is parsed', async ({
    request,
  }) => {
    // A paint while the parser was inside it showed part of it, then moved what followed.
    const html = await (await request.get('./')).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="expect" href="#baked-end" blocking="render" />');
    // The comment after it closes the one baked-skip.js opens for a link to another view.
    expect(html).toMatch(
      /<span id="baked-end" hidden><\/span><\/div><!-- -->\s*<div id="root"><\/div>/,
    );
  });

  test('is hidden before the first paint when the link asks for another view', async ({ page }) => {
    await page.addInitScript(WATCH_BAKED);
    // Not even built: the parser reads it as one comment, and the scripts run sooner.
    await page.addInitScript(() => {
      const w = window as unknown as { bakedParsed: boolean };
      w.bakedParsed = false;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && n.id === 'baked') w.bakedParsed = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./?measure=index');
    expect(await bakedFramesShown(page)).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { bakedParsed: boolean }).bakedParsed),
    ).toBe(false);
    await expect(
      page.getByRole('radio', { name: 'Index (2017/18 = 100)', includeHidden: true }),
    ).toBeChecked();
    await expect(page.locator('#baked')).toHaveCount(0);
  });

  test("asks for a link view's data files before its scripts run, once each, and lays its first screen out whole", async ({
    page,
  }) => {
    // Who asked for what: a classic script is its own currentScript (the page's two are written
    // into it, each with an id), a module has none.
    await page.addInitScript(() => {
      const w = window as unknown as { asked: [string, string | null][] };
      w.asked = [];
      const original = window.fetch;
      window.fetch = function (input, init) {
        w.asked.push([String(input), document.currentScript?.id ?? null]);
        return original.call(this, input, init);
      };
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) requests.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    await page.goto('./?measure=index');
    await expect(
      page.getByRole('radio', { name: 'Index (2017/18 = 100)', includeHidden: true }),
    ).toBeChecked();
    await expect(page.locator('#trend .chart-line').first()).toBeVisible();
    const files = ['observations.csv', 'sources.csv', 'geographies.csv', 'manifest.json'];
    const asked = await page.evaluate(
      () => (window as unknown as { asked: [string, string | null][] }).asked,
    );
    expect(asked.filter(([url]) => url.includes('/data/'))).toEqual(
      files.map((f) => [
        expect.stringMatching(new RegExp(`/data/${f.replace('.', '\\.')}$`)),
        'baked-skip',
      ]),
    );
    // The head's preloads are taken up by those requests: each file is asked of the host once.
    expect(requests.sort()).toEqual([...files].sort());
    // And the page took every answer, and the listing of this browser's databases.
    expect(
      await page.evaluate(() => [
        Object.keys((window as unknown as { earlyDataFiles: object }).earlyDataFiles),
        'earlyDatabases' in window,
      ]),
    ).toEqual([[], false]);
    // The first screen is laid out as it is drawn, not skipped until the frame finds it on
    // screen (which laid it out twice); the panels below still wait until scrolled to.
    const visibility = (id: string) =>
      page.locator(`#${id}`).evaluate((e) => getComputedStyle(e).contentVisibility);
    expect([await visibility('headline'), await visibility('trend')]).toEqual([
      'visible',
      'visible',
    ]);
    expect(await visibility('platforms')).toBe('auto');
  });

  test("lays out each size and weight of a link view's first-screen type, hidden, before its scripts draw it", async ({
    page,
  }) => {
    // Each hidden box the page adds to <body> itself, with the sizes its spans were given (read
    // once the box is gone: it is added and taken away in one task).
    await page.addInitScript(() => {
      const w = window as unknown as { warmed: { sizes: string[]; hidden: string }[] };
      w.warmed = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (
              n instanceof HTMLDivElement &&
              r.target === document.body &&
              n.getAttribute('aria-hidden') === 'true'
            )
              w.warmed.push({
                sizes: [...n.children].map(
                  (c) =>
                    `${(c as HTMLElement).style.fontSize} ${(c as HTMLElement).style.fontWeight}`,
                ),
                hidden: n.style.visibility,
              });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./?place=scotland&measure=index');
    await expect(page.locator('#trend .chart-line').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { warmed: unknown }).warmed)).toEqual([
      { sizes: FIRST_SCREEN_TYPE, hidden: 'hidden' },
    ]);
    await expect(page.locator('body > div[aria-hidden="true"]')).toHaveCount(0);
  });

  test("asks V8 to compile the first view's script whole as it downloads, and no other", async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const modules = (await page.locator('#baked-check').getAttribute('data-link-view'))!.split(' ');
    const hinted = [];
    for (const href of modules) {
      const text = await (await request.get(href)).text();
      if (text.startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(href.split('/').pop());
    }
    expect(hinted).toEqual([expect.stringMatching(/^first-view-[\w-]+\.js$/)]);
  });

  test("the type laid out ahead covers every size and weight on a link view's first screen", async ({
    page,
  }) => {
    const views = [
      '?place=scotland&measure=index',
      '?geo=england-wales,west-midlands-region',
      '?measure=share&platforms=instagram',
    ];
    const sizes = [
      [1280, 720],
      [1440, 900],
      [1024, 768],
      [768, 1024],
      [390, 844],
    ] as const;
    for (const [width, height] of sizes)
      for (const view of views) {
        await page.setViewportSize({ width, height });
        await page.goto(`./${view}`);
        await expect(page.locator('#trend .chart-line').first()).toBeVisible();
        const { drawn, warmed } = await page.evaluate((type) => {
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          const px = (length: string) =>
            length.endsWith('rem') ? parseFloat(length) * rem : parseFloat(length);
          const drawn = new Set<string>();
          const text = document.createTreeWalker(
            document.getElementById('root')!,
            NodeFilter.SHOW_TEXT,
          );
          for (let n = text.nextNode(); n; n = text.nextNode()) {
            const e = n.parentElement!;
            // A headline figure's size is fitted to its card: any size from 1rem up.
            if (!n.textContent!.trim() || !e.checkVisibility() || e.closest('.fit-word')) continue;
            if (e.getBoundingClientRect().top >= innerHeight) continue;
            const style = getComputedStyle(e);
            drawn.add(`${parseFloat(style.fontSize)} ${style.fontWeight}`);
          }
          const warmed = type.map((t) => {
            const [size, weight] = t.split(' ');
            return `${px(size!)} ${weight}`;
          });
          return { drawn: [...drawn].sort(), warmed };
        }, FIRST_SCREEN_TYPE);
        expect(
          drawn.filter((d) => !warmed.includes(d)),
          `${view} at ${width}×${height}`,
        ).toEqual([]);
      }
  });

  test("asks for a link view's modules and data files while the stylesheet is still on its way", async ({
    page,
  }) => {
    // A script after a stylesheet waits for it: the check that asks for them comes first.
    let styled = Infinity;
    await page.route('**/assets/*.css', async (route) => {
      await new Promise((wait) => setTimeout(wait, 1500));
      await route.continue();
      styled = Date.now();
    });
    const asked = new Map<string, number>();
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop()!;
      if (/^(first-view-.*\.js|observations\.csv)$/.test(file))
        asked.set(file.split('-')[0]!, Date.now());
    });
    await page.goto('./?measure=index');
    await expect(page.locator('#trend .chart-line').first()).toBeVisible();
    expect([...asked.keys()].sort()).toEqual(['first', 'observations.csv']);
    for (const at of asked.values()) expect(at).toBeLessThan(styled);
  });

  test('stays with imports stored, saying they are being added, and gives way with no layout shift', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('#root #trend .chart-line').first()).toBeVisible();
    await seedImports(page, 50_000, { fileName: 'kept.csv' });
    await page.addInitScript(() => {
      const w = window as unknown as {
        frames: { baked: boolean; said: string; top: number }[];
        shifts: number;
        liveSaid: string | null;
      };
      w.frames = [];
      w.shifts = 0;
      w.liveSaid = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Each frame while the baked view is in the page: shown? what its status line says, and
      // where the trend chart stands. Then what the live page says as it takes over.
      const frame = () => {
        const baked = document.getElementById('baked');
        if (!baked) {
          w.liveSaid = document.querySelector('#root [data-pending]')?.textContent ?? null;
          return;
        }
        const status = baked.querySelector('[data-pending]');
        const trend = baked.querySelector('#trend');
        if (status && trend)
          w.frames.push({
            baked: getComputedStyle(baked).display !== 'none',
            said: status.clientHeight > 0 ? getComputedStyle(status, '::before').content : '',
            top: trend.getBoundingClientRect().top,
          });
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.reload();
    await expect(page.locator('#baked')).toHaveCount(0);
    await expect(page.locator('#root #trend .chart-line').first()).toBeVisible();
    const { frames, shifts, liveSaid } = await page.evaluate(() => {
      const w = window as unknown as {
        frames: { baked: boolean; said: string; top: number }[];
        shifts: number;
        liveSaid: string | null;
      };
      return { frames: w.frames, shifts: w.shifts, liveSaid: w.liveSaid };
    });
    // The bundled figures from the first frame, saying the imports follow.
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.baked && f.said === '"Adding your imported rows…"')).toBe(true);
    // The live page says the same (or counts the rows) on the same line: nothing moved.
    expect(liveSaid).toMatch(/^Adding your (50,000 )?imported rows…$/);
    expect(shifts).toBe(0);
    const live = await page.evaluate(
      () => document.querySelector('#root #trend')!.getBoundingClientRect().top,
    );
    expect(live).toBeCloseTo(frames.at(-1)!.top, 0);
    // Then the imports are in, said on the same line: the first screen has still not moved.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'These figures include your 50,000 imported rows.' }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Imported data' })).toContainText('kept.csv');
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    expect(
      await page.evaluate(
        () => document.querySelector('#root #trend')!.getBoundingClientRect().top,
      ),
    ).toBeCloseTo(live, 0);
    await context.close();
  });
});

const PANEL_IDS = [
  'headline',
  'trend',
  'platforms',
  'platform-change',
  'age',
  'west-midlands',
  'coverage',
];

/** Width and height from a PNG's header, and how many pixels are near each given colour. */
async function pngFacts(page: Page, url: string, colors: string[]) {
  await page.goto(url);
  return page.evaluate(async (colors) => {
    const img = document.images[0]!;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const rgb = colors.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
    const counts = rgb.map(() => 0);
    for (let p = 0; p < data.length; p += 4)
      rgb.forEach(([r, g, b], i) => {
        if (
          Math.abs(data[p]! - r!) + Math.abs(data[p + 1]! - g!) + Math.abs(data[p + 2]! - b!) <
          30
        )
          counts[i]! += 1;
      });
    // The share of the picture left empty: of 60 × 63 px blocks, those all white.
    let blank = 0;
    for (let by = 0; by < 10; by++)
      for (let bx = 0; bx < 20; bx++) {
        let empty = true;
        for (let y = by * 63; empty && y < (by + 1) * 63; y++)
          for (let x = bx * 60; x < (bx + 1) * 60; x++) {
            const p = (y * canvas.width + x) * 4;
            if (data[p]! + data[p + 1]! + data[p + 2]! < 750) {
              empty = false;
              break;
            }
          }
        if (empty) blank += 1;
      }
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      counts,
      blank: canvas.width === 1200 && canvas.height === 630 ? blank / 200 : 1,
    };
  }, colors);
}

test.describe('link previews', () => {
  test('every panel has a page with its title, short headline, Open Graph and Twitter tags and a 1200×630 image, opening the dashboard at it', async ({
    page,
    request,
  }) => {
    // The panels' text as the dashboard shows it.
    await page.goto('./');
    const texts: Record<string, string> = {};
    for (const id of PANEL_IDS) {
      const panel = page.locator(`#root section#${id}`);
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('h2')).toBeVisible();
      texts[id] = (await panel.textContent())!;
    }
    for (const id of PANEL_IDS) {
      const response = await request.get(`./panel/${id}/`);
      expect(response.ok(), id).toBe(true);
      const html = await response.text();
      const meta = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const get = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? null;
        return {
          title: doc.title,
          description: get('meta[name="description"]'),
          ogTitle: get('meta[property="og:title"]'),
          ogDescription: get('meta[property="og:description"]'),
          ogImage: get('meta[property="og:image"]'),
          card: get('meta[name="twitter:card"]'),
          twitterImage: get('meta[name="twitter:image"]'),
          refresh: get('meta[http-equiv="refresh"]'),
        };
      }, html);
      // The short headline: the takeaway's lead, its words the panel's, no interface text.
      expect(meta.description, id).toBe(meta.ogDescription);
      expect(meta.ogDescription!.length, id).toBeLessThanOrEqual(110);
      for (const word of meta.ogDescription!.replace(/[….]$/, '').split(' '))
        expect(texts[id], id).toContain(word);
      expect(meta.ogDescription, id).not.toMatch(/PlaceEngland|Compare growth/);
      expect(meta.title, id).toContain(meta.ogTitle!);
      expect(meta.card, id).toBe('summary_large_image');
      expect(meta.ogImage, id).toMatch(/preview\.png$/);
      expect(meta.twitterImage, id).toBe(meta.ogImage);
      expect(meta.refresh, id).toBe(`0; url=../../?panel=${id}`);
      const png = await pngFacts(page, `./panel/${id}/preview.png`, []);
      expect([png.width, png.height], id).toEqual([1200, 630]);
      expect(png.blank, id).toBeLessThan(0.25);
    }
    // The page itself sends a visitor on to the dashboard at that panel.
    await page.goto('./panel/platforms/');
    await expect(page).toHaveURL(/\?panel=platforms$/);
    await expect(page.getByRole('region', { name: 'Platforms by year' })).toBeInViewport();
  });

  test("the trend preview draws the chart's three lines, and the dashboard has its own preview", async ({
    page,
    request,
  }) => {
    // England and Wales, the UK and the West Midlands region: the default view's line colours.
    await page.goto('./');
    const lines = page.locator('#root #trend .chart-line');
    await expect(lines).toHaveCount(3);
    const colors = await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')!));
    const png = await pngFacts(page, './panel/trend/preview.png', colors);
    for (const [i, count] of png.counts.entries()) expect(count, colors[i]).toBeGreaterThan(300);
    await page.screenshot({ path: `${SHOTS}/preview-trend.png` });

    const index = await (await request.get('./')).text();
    // Built without SITE_URL: relative addresses (the build warns), and no og:url.
    expect(index).toMatch(/<meta property="og:image" content="preview\.png"/);
    expect(index).not.toMatch(/og:url/);
    expect(index).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    const whole = await pngFacts(page, './preview.png', []);
    expect([whole.width, whole.height]).toEqual([1200, 630]);
    expect(whole.blank).toBeLessThan(0.25);
  });
});
