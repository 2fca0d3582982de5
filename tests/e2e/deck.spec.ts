import { writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const SHOTS = 'tests/e2e/screenshots';

const SLIDES = [
  {
    query: '?geo=england-wales',
    panel: 'trend',
    title: 'The national trend',
    note: 'Say: recorded offences rose year on year.',
    filters: 'England and Wales · all platforms · 2017/18–2024/25 · counts',
  },
  {
    query: '?geo=england-wales&platforms=instagram,snapchat&measure=share&from=2017-18',
    panel: 'platforms',
    title: 'Instagram and Snapchat',
    note: 'Say: shares are of offences with the method known.',
    filters: 'England and Wales · Instagram, Snapchat · 2017/18–2024/25 · shares',
  },
  {
    query: '?geo=west-midlands-region,england-wales&measure=index',
    panel: 'trend',
    title: 'West Midlands as an index',
    note: 'Say: both start at 100 in 2017/18.',
    filters:
      'West Midlands region, England and Wales · all platforms · 2017/18–2024/25 · index, 2017/18 = 100',
  },
];

/**
 * The figures a table shows, as text, cell by cell. The platforms table's last row says what
 * each year's shares are of: it is said beside the chart, not charted, so it is left out here.
 */
async function tableNumbers(table: Locator): Promise<string[]> {
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows
        .filter((r) => !r.querySelector('th')?.textContent?.startsWith('Base:'))
        .flatMap((r) =>
          [...r.querySelectorAll('td')].map((td) => td.firstChild?.textContent ?? ''),
        ),
    );
  return cells.map((c) => c.trim()).filter((c) => /\d/.test(c));
}

async function panel(page: Page, id: string): Promise<Locator> {
  const section = page.locator(`section#${id}`);
  await section.scrollIntoViewIfNeeded();
  return section;
}

test('a three-slide deck travels by link, presents each slide under its own filters and downloads as PowerPoint with native charts', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const maker = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await maker.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });

  // Build the deck: each slide added under different filters; the deck is kept across loads.
  const shown: string[][] = [];
  for (const [i, s] of SLIDES.entries()) {
    await page.goto(`./${s.query}`);
    const section = await panel(page, s.panel);
    await section.getByRole('button', { name: 'Table' }).click();
    shown.push(await tableNumbers(section.getByRole('table').first()));
    await section.getByRole('button', { name: 'Add to deck' }).click();
    await expect(section.getByText(`Added as slide ${i + 1} of the deck.`)).toBeVisible();
  }
  const deck = page.getByRole('region', { name: 'Deck' });
  await expect(deck.getByRole('listitem')).toHaveCount(3);
  for (const [i, s] of SLIDES.entries()) {
    await deck.getByLabel(`Title of slide ${i + 1}`).fill(s.title);
    await deck.getByLabel(`Speaker note for slide ${i + 1}`).fill(s.note);
  }
  await page.screenshot({ path: `${SHOTS}/deck-list.png`, fullPage: false });
  await deck.getByRole('button', { name: 'Copy deck link' }).click();
  await expect(deck.getByText('Deck link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The deck travels in the fragment, which no server or access log sees.
  expect(link).toMatch(/#deck=2\.[A-Za-z0-9_-]+$/);
  expect(new URL(link).search).not.toContain('deck');
  await maker.close();

  // A fresh browser profile: nothing stored; the link alone carries the deck.
  const viewer = await browser.newContext({ acceptDownloads: true });
  const other = await viewer.newPage();
  // Big enough for each slide's table to fit one page, so each slide shows all its numbers.
  await other.setViewportSize({ width: 1920, height: 1200 });
  await other.goto(link);
  const linked = other.getByRole('region', { name: 'Deck from the link' });
  await expect(linked.getByRole('listitem')).toHaveCount(3);
  await linked.getByRole('button', { name: 'Present deck' }).click();

  const presenter = other.getByRole('region', { name: 'Presenter mode' });
  const counter = presenter.getByText(/^Slide \d+ of \d+$/);
  for (const [i, s] of SLIDES.entries()) {
    const heading = presenter.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(s.title);
    await expect(presenter.locator('.slide-filters')).toHaveText(s.filters);
    await other.keyboard.press('n');
    await expect(presenter.getByRole('complementary', { name: 'Speaker note' })).toHaveText(s.note);
    await other.screenshot({ path: `${SHOTS}/deck-present-${i + 1}.png` });
    await other.keyboard.press('n');
    // The slide as a table, over as many pages as it takes: exactly the numbers the page showed.
    await other.keyboard.press('t');
    const numbers: string[] = [];
    for (;;) {
      await expect(presenter.getByRole('table').first()).toBeVisible();
      numbers.push(...(await tableNumbers(presenter.getByRole('table').first())));
      const at = await counter.textContent();
      await other.keyboard.press('ArrowRight');
      if (i < SLIDES.length - 1) await expect(counter).not.toHaveText(at!);
      if (i === SLIDES.length - 1 && (await counter.textContent()) === at) break;
      if ((await heading.textContent()) !== s.title) break;
    }
    expect(numbers).toEqual(shown[i]);
    await other.keyboard.press('t');
  }
  await other.keyboard.press('Escape');

  const download = other.waitForEvent('download');
  await linked.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('briefing-deck.pptx');
  const bytes = await (await file.createReadStream()).toArray();
  const buffer = Buffer.concat(bytes);
  writeFileSync(`${SHOTS}/deck.pptx`, buffer);

  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files);
  const slideFiles = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort();
  // The three slides, then the caveats their footers had no room for, in full.
  expect(slideFiles).toHaveLength(4);
  const more = await zip.file('ppt/slides/slide4.xml')!.async('string');
  expect(more).toContain('More caveats');
  for (const n of [1, 2, 3]) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const left = /(\d+) more caveats?: on the &quot;More caveats&quot; slide \(slide 4\)/.exec(xml);
    if (left) expect(more, `slide ${n}'s caveats`).toContain(`Slide ${n}: `);
  }
  for (const [i, s] of SLIDES.entries()) {
    const n = i + 1;
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
    const chartName = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
    expect(chartName, `slide ${n} has a native chart`).toBeTruthy();
    const chart = await zip.file(`ppt/charts/${chartName}`)!.async('string');
    const values = [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)]
      .flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])))
      .sort((a, b) => a - b);
    const expected = shown[i]!.map((t) =>
      Number(
        t
          .replace(/[†≈%,<>\s]|pp/g, '')
          .replace('−', '-')
          .replace(/^\+/, ''),
      ),
    ).sort((a, b) => a - b);
    expect(values, `slide ${n}: the chart holds exactly the numbers shown`).toEqual(expected);
    const slideXml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    if (s.panel === 'platforms') expect(slideXml).toContain('Base: offences with the method known');
    expect(slideXml).toContain(s.title);
    expect(slideXml).toContain(s.filters.replace(/&/g, '&amp;'));
    const notesRel = /Target="(?:\.\.|\/ppt)\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = await zip.file(`ppt/notesSlides/${notesRel}`)!.async('string');
    expect(notes).toContain(s.note);
  }
  await viewer.close();
});

test('Print deck gives one slide per landscape page', async ({ page }) => {
  const slides = [
    ['trend', 'england-wales', 0, 2017, 2024, 'count', 'chart', 'The national trend', ''],
    [
      'platforms',
      'england-wales',
      'instagram,snapchat',
      2017,
      2024,
      'share',
      'chart',
      'Shares',
      '',
    ],
    ['west-midlands', 'west-midlands-region', 0, 2017, 2024, 'index', 'chart', 'The region', ''],
  ];
  const deck = `1.${Buffer.from(JSON.stringify(slides)).toString('base64url')}`;
  // The print dialog is the browser's: note that it was asked for, then print to PDF here.
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-print-asked', '');
  });
  await page.goto(`./?deck=${deck}`);
  await page.getByRole('button', { name: 'Print deck' }).click();
  const printed = page.getByRole('region', { name: 'Deck for printing' });
  for (const title of ['The national trend', 'Shares', 'The region'])
    await expect(printed.getByRole('heading', { level: 2, name: title })).toBeVisible();
  // Each slide's chart is drawn before the print dialog opens.
  await expect(printed.locator('svg.recharts-surface')).toHaveCount(3);
  await expect(page.locator('html[data-print-asked]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(500);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(`${SHOTS}/deck-print.pdf`, pdf);
  const pages = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)];
  expect(pages).toHaveLength(3);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
  expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
});

test("the deck's code loads only once there is a deck, and a tab without one lists another tab's new slide", async ({
  context,
}) => {
  const deckCode = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .some((e) => /\/assets\/deck-(store|section)-[^/]*\.js$/.test(e.name)),
    );
  const watcher = await context.newPage();
  await watcher.goto('./');
  await expect(
    watcher.getByRole('heading', { level: 2, name: /Offences over time/ }),
  ).toBeVisible();
  expect(await deckCode(watcher), 'no deck yet: its code is not loaded').toBe(false);

  const maker = await context.newPage();
  await maker.goto('./?geo=england-wales');
  const section = await panel(maker, 'trend');
  await section.getByRole('button', { name: 'Add to deck' }).click();
  await expect(section.getByText('Added as slide 1 of the deck.')).toBeVisible();

  // The other tab, open all along, hears of the new deck and lists it.
  const deck = watcher.getByRole('region', { name: 'Deck' });
  await expect(deck.getByRole('listitem')).toHaveCount(1);

  // A later visit finds the stored deck and lists it from the start.
  const later = await context.newPage();
  await later.goto('./');
  await expect(later.getByRole('region', { name: 'Deck' }).getByRole('listitem')).toHaveCount(1);
});

test('a board deck keeps each slide’s place and figures through its link, presenting and PowerPoint', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const BOARD = [
    { query: '?place=scotland', panel: 'west-midlands', place: 'Scotland' },
    { query: '?geo=wales&measure=share', panel: 'trend', place: 'Wales' },
    { query: '', panel: 'age', place: null },
    { query: '', panel: 'platform-change', place: null },
  ];
  const maker = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await maker.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const made: { title: string; takeaway: string }[] = [];
  for (const [i, s] of BOARD.entries()) {
    await page.goto(`./${s.query}`);
    const section = await panel(page, s.panel);
    const title = (await section.getByRole('heading', { level: 2 }).first().textContent())!;
    const takeaway = (await section.locator('p[data-headline]').first().textContent())!;
    made.push({ title, takeaway });
    await section.getByRole('button', { name: 'Add to deck' }).click();
    await expect(section.getByText(`Added as slide ${i + 1} of the deck.`)).toBeVisible();
  }
  expect(made[0]!.title).toContain('Scotland');
  const deck = page.getByRole('region', { name: 'Deck' });
  await deck.getByRole('button', { name: 'Copy deck link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#deck=2\./);
  await maker.close();

  const viewer = await browser.newContext({ acceptDownloads: true });
  const other = await viewer.newPage();
  await other.setViewportSize({ width: 1920, height: 1200 });
  await other.goto(link);
  const linked = other.getByRole('region', { name: 'Deck from the link' });
  // The data and the deck's code load first: on a busy machine that takes a while.
  await expect(linked.getByRole('listitem')).toHaveCount(BOARD.length, { timeout: 30_000 });
  await linked.getByRole('button', { name: 'Present deck' }).click();
  const presenter = other.getByRole('region', { name: 'Presenter mode' });
  const heading = presenter.getByRole('heading', { level: 2 });
  for (const [i, s] of BOARD.entries()) {
    // A panel of two charts is two slides: move on until this deck slide's title shows.
    for (let n = 0; n < 4 && (await heading.textContent()) !== made[i]!.title; n++)
      await other.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(made[i]!.title);
    await expect(presenter.locator('.slide-headline')).toHaveText(made[i]!.takeaway);
    // The place is in the title (the place panel) or the filter line (a geography chosen).
    if (s.place) await expect(presenter.locator('section')).toContainText(s.place);
  }
  await other.keyboard.press('Escape');

  const download = other.waitForEvent('download');
  await linked.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click();
  const buffer = Buffer.concat(await (await (await download).createReadStream()).toArray());
  writeFileSync(`${SHOTS}/board-deck.pptx`, buffer);
  const zip = await JSZip.loadAsync(buffer);
  for (const [i, s] of BOARD.entries()) {
    const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string');
    expect(xml, `slide ${i + 1}: a native chart, not a table`).toMatch(/<c:chart /);
    expect(xml, `slide ${i + 1}: a title placeholder`).toMatch(/<p:ph\s[^>]*type="title"/);
    const frames = xml.match(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g) ?? [];
    for (const f of frames.filter((f) => f.includes('<c:chart ')))
      expect(/<p:cNvPr [^>]*descr="([^"]+)"/.exec(f)?.[1], `slide ${i + 1}: alt text`).toBeTruthy();
    if (s.place) expect(xml).toContain(s.place);
  }
});

test('slides are reordered by drag and by buttons, their title and headline edited; presenting and PowerPoint use the edit; the Place panel is two charts', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?geo=england-wales');
  for (const id of ['trend', 'platforms', 'west-midlands']) {
    const section = await panel(page, id);
    await section.getByRole('button', { name: 'Add to deck' }).click();
    await expect(section.getByText(/^Added as slide/)).toBeVisible();
  }
  const deck = page.getByRole('region', { name: 'Deck' });
  await deck.scrollIntoViewIfNeeded();
  const items = deck.getByRole('list', { name: 'Deck slides' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  const order = async () =>
    (await items.evaluateAll((li) => li.map((l) => l.getAttribute('aria-label') ?? ''))).map(
      (label) => label.replace(/^Slide \d+: /, ''),
    );
  const placeTitle = (await order())[2]!;
  expect(placeTitle).toContain('West Midlands');

  // Each slide has a small picture of itself, drawn once it is on screen.
  await expect(deck.locator('.slide-thumbnail .recharts-surface').first()).toBeVisible();
  await expect(deck.locator('.slide-thumbnail')).toHaveCount(3);
  await deck.screenshot({ path: `${SHOTS}/deck-thumbnails.png` });

  // Drag the third slide (the place) above the first, by its handle.
  const handle = items.nth(2).locator('.drag-handle');
  const from = (await handle.boundingBox())!;
  const target = (await items.nth(0).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, target.y + 10, { steps: 8 });
  // The drop position shows while dragging.
  await expect(items.nth(0)).toHaveClass(/border-t-brand/);
  await page.mouse.up();
  await expect.poll(order).toEqual([placeTitle, 'Offences over time', 'Platforms by year']);
  await expect(deck.getByText(`Moved “${placeTitle}” to position 1 of 3.`)).toBeVisible();
  // The buttons still move slides, and say where to.
  await deck.getByRole('button', { name: 'Move slide 3 up' }).click();
  await expect.poll(order).toEqual([placeTitle, 'Platforms by year', 'Offences over time']);
  await expect(deck.getByText('to position 2 of 3.')).toBeVisible();

  // Edit the place slide's title and headline; the computed headline is the default shown.
  const headline = deck.getByLabel('Headline of slide 1');
  await expect(headline).toHaveAttribute('placeholder', /West Midlands/);
  const computed = (await headline.getAttribute('placeholder'))!;
  await deck.getByLabel('Title of slide 1').fill('Our region against the nation');
  await headline.fill('The region rose with the nation.');

  await deck.getByRole('button', { name: 'Present deck' }).click();
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(
    'Our region against the nation',
  );
  // The edited headline, followed by the numbers of the panel's notes.
  await expect(presenter.locator('.slide-headline')).toHaveText(
    /^The region rose with the nation\.(\d(–\d+)?)?$/,
  );
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click();
  const buffer = Buffer.concat(await (await (await download).createReadStream()).toArray());
  writeFileSync(`${SHOTS}/edited-deck.pptx`, buffer);
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(xml).toContain('Our region against the nation');
  expect(xml).toContain('The region rose with the nation.');
  // The Place panel as its two charts, each a native chart with alt text.
  const frames = (xml.match(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g) ?? []).filter((f) =>
    f.includes('<c:chart '),
  );
  expect(frames).toHaveLength(2);
  for (const f of frames) expect(/<p:cNvPr [^>]*descr="([^"]+)"/.exec(f)?.[1]).toBeTruthy();
  const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
  expect(rels.match(/\/charts\/chart\d+\.xml/g)).toHaveLength(2);
  // The computed headline stays in the speaker notes.
  const notesRel = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1];
  const notes = await zip.file(`ppt/notesSlides/${notesRel}`)!.async('string');
  expect(notes).toContain(computed.slice(0, 40).replace(/'/g, '&apos;'));

  // Reset to computed brings the panel's own title and headline back.
  await deck.getByRole('button', { name: /Reset slide 1 to the computed/ }).click();
  await expect(deck.getByLabel('Headline of slide 1')).toHaveValue('');
  await expect(items.first()).toHaveAttribute('aria-label', `Slide 1: ${placeTitle}`);
  await context.close();
});

test('a note pasted from Word (U+000B) and a title cut through an emoji give a PowerPoint file whose every part parses', async ({
  browser,
}) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('./?geo=england-wales');
  const section = await panel(page, 'trend');
  await section.getByRole('button', { name: 'Add to deck' }).click();
  const deck = page.getByRole('region', { name: 'Deck' });
  await deck.scrollIntoViewIfNeeded();
  // A title whose 200th unit is the first half of an emoji, and Word's soft line break and other
  // characters XML forbids in the note.
  await deck.getByLabel('Title of slide 1').fill(`${'x'.repeat(199)}🙂 and more`);
  await deck
    .getByLabel('Speaker note for slide 1')
    .fill('First point\u000Bsecond point\u0001\u0008 and\u000C a form feed');
  const download = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click();
  const buffer = Buffer.concat(await (await (await download).createReadStream()).toArray());
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts.length).toBeGreaterThan(20);
  for (const name of parts) {
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (e) => errors.push(e.message));
    parser.write(await zip.file(name)!.async('string')).close();
    expect(errors, name).toEqual([]);
  }
  const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
  expect(notes).toContain('First point');
  expect(notes).toContain('second point');
  await context.close();
});
