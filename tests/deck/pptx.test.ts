import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pptxFile, tablePages, TABLE_ROWS, withPointLabels } from '../../src/deck/pptx-file';
import { chartOf, parseShown, slideSpec, type SlideInput } from '../../src/deck/pptx-spec';

const trend: SlideInput = {
  title: 'Offences over time',
  takeaway: 'Offences in England and Wales rose from 3,217 in 2017/18 to 5,335 in 2019/20.',
  filterLine: 'England and Wales, West Midlands region · all platforms · 2017/18–2019/20 · counts',
  caveats: ['Figures cover England and Wales only.'],
  tables: [
    {
      caption: 'Offences over time (recorded offences), 2017/18 to 2019/20',
      rowHeader: 'Year',
      columns: ['England and Wales', 'West Midlands region'],
      rows: [
        { header: '2017/18', cells: [{ text: '3,217' }, { text: '—' }] },
        { header: '2018/19', cells: [{ text: '4,373' }, { text: '≈400' }] },
        { header: '2019/20', cells: [{ text: '5,335†' }, { text: '512' }] },
      ],
    },
  ],
  keys: [
    [
      { label: 'England and Wales', color: '#12436D', dash: '' },
      { label: 'West Midlands region', color: '#F46A25', dash: '12 4 2 4' },
    ],
  ],
  sourceLine: 'Source: NSPCC, 2020.',
  link: 'https://example.org/?panel=trend',
  note: 'Say: it rose every year.',
};

const platforms: SlideInput = {
  ...trend,
  title: 'Platforms by year',
  tables: [
    {
      caption: 'Platforms used, by year (offences)',
      rowHeader: 'Platform',
      columns: ['2018/19', '2019/20'],
      rows: [
        { header: 'Instagram', cells: [{ text: '1,060' }, { text: '1,220' }] },
        { header: 'Snapchat', cells: [{ text: '400' }, { text: '−' }] },
        {
          header: 'Base: offences with the method known',
          cells: [{ text: '60%' }, { text: '70%' }],
        },
      ],
    },
  ],
  keys: [
    [
      { label: 'Instagram', color: '#801650' },
      { label: 'Snapchat', color: '#F46A25' },
    ],
  ],
  note: '',
};

describe('slide spec', () => {
  it('reads the numbers a cell shows, marks and all', () => {
    expect(parseShown('5,335†')).toBe(5335);
    expect(parseShown('≈20%')).toBe(20);
    expect(parseShown('−12.5%')).toBe(-12.5);
    expect(parseShown('+3 pp')).toBe(3);
    expect(parseShown('about a fifth')).toBeNull();
    expect(parseShown('>25%')).toBe(25);
    expect(parseShown('—')).toBeNull();
  });

  it('charts a line over years in the key order, colours and dashes, gaps as gaps', () => {
    expect(chartOf(trend.tables[0]!, trend.keys[0]!)).toMatchObject({
      kind: 'line',
      caption: 'Offences over time (recorded offences), 2017/18 to 2019/20',
      categories: ['2017/18', '2018/19', '2019/20'],
      series: [
        {
          name: 'England and Wales',
          color: '12436D',
          values: [3217, 4373, 5335],
          labels: ['3,217', '4,373', '5,335†'],
          dash: '',
        },
        {
          name: 'West Midlands region',
          color: 'F46A25',
          values: [null, 400, 512],
          labels: ['—', '≈400', '512'],
          dash: '12 4 2 4',
        },
      ],
      besides: [],
      dropped: null,
    });
  });

  it('charts bars by row, leaving out rows the key does not name', () => {
    const chart = chartOf(platforms.tables[0]!, platforms.keys[0]!);
    expect(chart?.kind).toBe('bar');
    expect(chart?.categories).toEqual(['2018/19', '2019/20']);
    expect(chart?.series.map((s) => [s.name, s.values])).toEqual([
      ['Instagram', [1060, 1220]],
      ['Snapchat', [400, null]],
    ]);
    expect(chart?.besides).toEqual([
      'Base: offences with the method known: 2018/19 60%; 2019/20 70%.',
    ]);
    expect(chart?.besides).toEqual([
      'Base: offences with the method known: 2018/19 60%; 2019/20 70%.',
    ]);
  });

  it('charts a panel with no key (age, platform change) from its table, as bars', () => {
    const noKey = slideSpec({ ...trend, keys: [] });
    expect(noKey.table).toBeNull();
    expect(noKey.chart).toMatchObject({
      kind: 'bar',
      categories: ['2017/18', '2018/19', '2019/20'],
    });
    // Its first column of figures, named; the notes give every column.
    expect(noKey.chart?.series.map((s) => s.name)).toEqual(['England and Wales']);
    expect(noKey.chart?.caption).toMatch(/: England and Wales$/);
    expect(noKey.chart?.besides).toEqual([
      'The chart shows England and Wales; the speaker notes give every column.',
    ]);
    expect(noKey.chart?.figures).toContain(
      '2018/19: England and Wales 4,373; West Midlands region ≈400.',
    );
    // A key that names other series (the place panel's): every column, as the page's lines.
    const unknownKey = slideSpec({
      ...trend,
      keys: [[{ label: 'Girls', color: '#000', dash: '' }]],
    });
    expect(unknownKey.chart?.kind).toBe('line');
    expect(unknownKey.chart?.series.map((s) => s.name)).toEqual([
      'England and Wales',
      'West Midlands region',
    ]);
  });

  it('gives the table, and says why, only when there is no figure to chart', () => {
    const words = slideSpec({
      ...trend,
      tables: [
        {
          ...trend.tables[0]!,
          rows: [{ header: 'Note', cells: [{ text: 'not published' }, { text: '—' }] }],
        },
      ],
    });
    expect(words.chart).toBeNull();
    expect(words.table?.rows).toEqual([['Note', 'not published', '—']]);
    expect(words.fallback).toMatch(/no figures to chart/);
  });

  it('drops a line label that would sit on another, and says every figure is in the notes', () => {
    const index: SlideInput = {
      ...trend,
      tables: [
        {
          ...trend.tables[0]!,
          rows: [
            { header: '2017/18', cells: [{ text: '100.0†' }, { text: '100.0†' }] },
            { header: '2018/19', cells: [{ text: '135.9' }, { text: '98.0' }] },
          ],
        },
      ],
    };
    const chart = slideSpec(index).chart!;
    expect(chart.series.map((s) => s.labels)).toEqual([
      ['100.0†', '135.9'],
      ['', '98.0'],
    ]);
    expect(chart.dropped).toBe(
      '1 label that would overlap another is left off; every figure is in the speaker notes.',
    );
    expect(chart.figures).toContain('West Midlands region: 2017/18 100.0†; 2018/19 98.0.');
  });

  it('explains the marks the slide uses', () => {
    expect(slideSpec(trend).marks).toMatch(/†.*≈|≈.*†/);
  });
});

describe('PowerPoint file', () => {
  it('labels each point as the page does', () => {
    const xml =
      '<c:ser><c:dLbls><c:x/></c:dLbls><c:pt idx="1"><c:v></c:v></c:pt></c:ser>' +
      '<c:ser><c:dLbls></c:dLbls></c:ser><c:dLbls></c:dLbls>';
    const out = withPointLabels(xml, [['1', '—'], ['≈2 & 3']]);
    expect(out).toContain('<c:idx val="0"/>');
    expect(out.match(/<c:dLbl>/g)).toHaveLength(2);
    expect(out).toContain('<a:t>≈2 &amp; 3</a:t>');
    // The chart-wide labels after the series are left alone; a missing value is no point.
    expect(out.endsWith('</c:ser><c:dLbls></c:dLbls>')).toBe(true);
    expect(out).not.toContain('<c:v></c:v>');
  });

  it('writes one slide per spec, a native chart of the numbers shown, and the notes', async () => {
    const blob = await pptxFile(
      [
        slideSpec(trend),
        slideSpec(platforms),
        slideSpec({
          ...trend,
          tables: [
            {
              ...trend.tables[0]!,
              rows: [{ header: '2019/20', cells: [{ text: 'not published' }, { text: '—' }] }],
            },
          ],
          keys: [[{ label: 'Girls', color: '#000' }]],
        }),
      ],
      'Deck',
    );
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(3);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    const chart1 = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(chart1).toContain('<c:lineChart>');
    for (const v of ['3217', '4373', '5335', '400', '512'])
      expect(chart1).toContain(`<c:v>${v}</c:v>`);
    expect(chart1).toContain('<a:t>5,335†</a:t>');
    expect(chart1).toContain('12436D');
    const chart2 = await zip.file('ppt/charts/chart2.xml')!.async('string');
    expect(chart2).toContain('<c:barChart>');
    expect(chart2).toContain('<c:v>1060</c:v>');
    const notes = await Promise.all(
      names
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(notes.some((n) => n.includes('Say: it rose every year.'))).toBe(true);
    const slide3 = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(slide3).toContain('not published');
    expect(slide3).toContain('no figures to chart');
  });

  it('puts as many caveats on the slide as its footer holds, first first, and gives the rest on a "More caveats" slide', async () => {
    const first =
      'England and Wales, Northern Ireland and Scotland. Scotland records a different offence, so UK totals are not like-for-like with England and Wales.';
    const more = Array.from(
      { length: 6 },
      (_, i) =>
        `Caveat ${i + 2}: these figures mix releases, so part of a difference between years or places can be a revision rather than a change in offences.`,
    );
    const blob = await pptxFile(
      [slideSpec({ ...trend, caveats: [first, ...more] }), slideSpec(trend)],
      'Deck',
    );
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('Scotland records a different offence');
    const left = Number(
      /(\d) more caveats: on the &quot;More caveats&quot; slide \(slide 3\)\./.exec(slide)?.[1],
    );
    expect(left).toBeGreaterThan(0);
    expect(slide).not.toContain('Caveat 7:');
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('Caveat 7:');
    // The second slide fits its one caveat: it is not listed.
    const moreSlide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(moreSlide).toContain('More caveats');
    expect(moreSlide).toContain('Slide 1: Offences over time');
    expect(moreSlide).not.toContain('Slide 2:');
    for (let n = 8 - left; n <= 7; n++) expect(moreSlide).toContain(`Caveat ${n}:`);
    expect(moreSlide).not.toContain(`Caveat ${7 - left}:`);
    expect(zip.file('ppt/slides/slide4.xml')).toBeNull();
  });

  it('writes a long headline smaller, so that it stays above the filter line', async () => {
    // The longest an edited headline may be (MAX_HEADLINE), in words.
    const long = 'Offences recorded in the West Midlands rose faster than in England and Wales '
      .repeat(4)
      .slice(0, 300);
    const blob = await pptxFile(
      [slideSpec({ ...trend, takeaway: long }), slideSpec(trend)],
      'Deck',
    );
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    // The type size of the headline placeholder's text, in hundredths of a point.
    const headlineSz = async (n: number) => {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      const shape = xml.split('</p:sp>').find((sp) => /<p:ph[^>]*type="body"/.test(sp));
      return Number(/<a:rPr[^>]* sz="(\d+)"/.exec(shape ?? '')?.[1]);
    };
    expect(await headlineSz(2)).toBe(1500);
    const size = (await headlineSz(1)) / 100;
    expect(size).toBeLessThan(15);
    // At that size, 300 characters in at most three lines of the 12.3-inch box, 0.8 inch high:
    // Arial averages about half an em a character.
    const perLine = (12.3 * 72) / (size * 0.52);
    expect(Math.ceil(300 / perLine) * size * 1.2).toBeLessThanOrEqual(0.8 * 72 - 7.2);
  });

  it('is a board deck: title placeholders, alt text, 12 pt labels, dashes, and a chart at least 60% of the slide', async () => {
    const blob = await pptxFile([slideSpec(trend), slideSpec(platforms)], 'Deck');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    const slideHeight = Number(/<p:sldSz cx="\d+" cy="(\d+)"/.exec(pres)![1]);
    for (const n of [1, 2]) {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      expect(xml, `slide ${n} title`).toMatch(/<p:ph\s[^>]*type="title"/);
      expect(xml, `slide ${n} headline`).toMatch(/<p:ph\s[^>]*type="body"/);
      const frame = /<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/.exec(xml)![0];
      expect(/<p:cNvPr [^>]*descr="([^"]+)"/.exec(frame)?.[1]).toMatch(
        /recorded offences|offences/i,
      );
      const height = Number(/<p:xfrm>.*?<a:ext cx="\d+" cy="(\d+)"\/>/s.exec(frame)![1]);
      expect(height / slideHeight, `slide ${n} chart height`).toBeGreaterThanOrEqual(0.6);
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
      const chartName = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)![1];
      const chart = await zip.file(`ppt/charts/${chartName}`)!.async('string');
      const sizes = [...chart.matchAll(/<c:dLbls>[\s\S]*?<a:defRPr [^>]*sz="(\d+)"/g)].map((m) =>
        Number(m[1]),
      );
      expect(sizes.length).toBeGreaterThan(0);
      for (const sz of sizes) expect(sz).toBeGreaterThanOrEqual(1200);
    }
    const first = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    const line = await zip.file(first)!.async('string');
    // Labelled as on the page, in a file made after others in the same page.
    expect(line).toContain('<a:t>5,335†</a:t>');
    expect(line).toContain('<a:prstDash val="lgDashDot"/>');
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('Figures cover England and Wales only.');
    expect(notes).toContain('Source: NSPCC, 2020.');
  });

  it('draws the Place panel as its two charts side by side, each with alt text, and keeps the computed headline in the notes', async () => {
    const place: SlideInput = {
      ...trend,
      title: 'West Midlands region against England and Wales',
      takeaway: 'Edited: the region follows the national rise.',
      computedTakeaway: 'The West Midlands region rose by 60% from 2017/18 to 2019/20.',
      tables: [
        {
          caption: 'Offences indexed to 2017/18 = 100',
          rowHeader: 'Year',
          columns: ['West Midlands region', 'England and Wales'],
          rows: [
            { header: '2017/18', cells: [{ text: '100.0†' }, { text: '100.0†' }] },
            { header: '2018/19', cells: [{ text: '131.0†' }, { text: '135.9†' }] },
          ],
        },
        {
          caption: "The region's share of England and Wales",
          rowHeader: 'Year',
          columns: ['West Midlands region', 'England and Wales', 'West Midlands region share'],
          rows: [
            { header: '2017/18', cells: [{ text: '300' }, { text: '3,217' }, { text: '9.3%†' }] },
          ],
        },
        {
          caption: "The region's forces: recorded offences, and platform shares",
          rowHeader: 'Force',
          columns: ['2017/18', '2018/19', 'Snapchat (share)', 'Instagram (share)'],
          rows: [
            {
              header: 'West Midlands Police',
              cells: [{ text: '150' }, { text: '200' }, { text: '40%' }, { text: '30%' }],
            },
            {
              header: 'Staffordshire Police',
              cells: [{ text: '50' }, { text: '60' }, { text: '35%' }, { text: '25%' }],
            },
          ],
        },
      ],
      keys: [
        [
          { label: 'West Midlands region', color: '#12436D', dash: '' },
          { label: 'England and Wales', color: '#F46A25', dash: '4 4' },
        ],
        // The forces' counts: named by rows, not columns, so not a second chart.
        [
          { label: 'West Midlands Police', color: '#28A197', dash: '' },
          { label: 'Staffordshire Police', color: '#801650', dash: '4 4' },
        ],
        [
          { label: 'Snapchat', color: '#F46A25' },
          { label: 'Instagram', color: '#801650' },
        ],
      ],
    };
    const spec = slideSpec(place);
    expect(spec.chart?.kind).toBe('line');
    expect(spec.beside).toMatchObject({
      kind: 'hbar',
      categories: ['West Midlands Police', 'Staffordshire Police'],
      series: [
        { name: 'Snapchat', values: [40, 35] },
        { name: 'Instagram', values: [30, 25] },
      ],
    });
    const zip = await JSZip.loadAsync(await (await pptxFile([spec], 'Place')).arrayBuffer());
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const frames = xml.match(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g) ?? [];
    expect(frames).toHaveLength(2);
    const alts = frames.map((f) => /<p:cNvPr [^>]*descr="([^"]+)"/.exec(f)?.[1]);
    expect(alts[0]).toContain('Offences indexed to 2017/18 = 100');
    expect(alts[1]).toContain('Snapchat: West Midlands Police 40%');
    expect(xml).toContain('Edited: the region follows the national rise.');
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('own headline: The West Midlands region rose by 60% from 2017/18');
  });

  it('continues a long table over slides, its header on each', () => {
    const rows = Array.from({ length: TABLE_ROWS * 2 + 1 }, (_, i) => [
      `Force ${i + 1}`,
      'not published',
    ]);
    const spec = {
      ...slideSpec(trend),
      chart: null,
      table: { caption: 'Forces', header: ['Force', 'Offences'], rows },
    };
    const pages = tablePages(spec);
    expect(pages.map((p) => p.title)).toEqual([
      'Offences over time',
      'Offences over time (continued, 2 of 3)',
      'Offences over time (continued, 3 of 3)',
    ]);
    expect(pages.map((p) => p.table!.rows.length)).toEqual([TABLE_ROWS, TABLE_ROWS, 1]);
    expect(pages.every((p) => p.table!.header[0] === 'Force')).toBe(true);
    expect(pages.flatMap((p) => p.table!.rows)).toEqual(rows);
  });
});
