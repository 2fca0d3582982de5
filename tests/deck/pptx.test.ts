import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pptxFile, withPointLabels } from '../../src/deck/pptx-file';
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

  it('charts a line over years in the key order and colours, gaps as gaps', () => {
    expect(chartOf(trend.tables[0]!, trend.keys[0]!)).toEqual({
      kind: 'line',
      caption: 'Offences over time (recorded offences), 2017/18 to 2019/20',
      categories: ['2017/18', '2018/19', '2019/20'],
      series: [
        {
          name: 'England and Wales',
          color: '12436D',
          values: [3217, 4373, 5335],
          labels: ['3,217', '4,373', '5,335†'],
        },
        {
          name: 'West Midlands region',
          color: 'F46A25',
          values: [null, 400, 512],
          labels: ['—', '≈400', '512'],
        },
      ],
      besides: [],
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

  it('gives the table instead, and says why, when there is no chart to draw natively', () => {
    const noKey = slideSpec({ ...trend, keys: [] });
    expect(noKey.chart).toBeNull();
    expect(noKey.table?.rows[2]).toEqual(['2019/20', '5,335†', '512']);
    expect(noKey.fallback).toMatch(/no chart/);
    const unknownKey = slideSpec({ ...trend, keys: [[{ label: 'Girls', color: '#000' }]] });
    expect(unknownKey.fallback).toMatch(/cannot draw this chart natively/);
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
      [slideSpec(trend), slideSpec(platforms), slideSpec({ ...trend, keys: [] })],
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
    expect(slide3).toContain('5,335†');
    expect(slide3).toContain('no chart');
  });
});
