import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendSvg } from '../../src/features/trend/trend-svg';
import { chartOf } from '../../src/deck/pptx-spec';
import { bundledDataset } from '../fixtures/bundled';
import { trendModel } from '../../src/features/trend/series';
import { trendTable } from '../../src/features/trend/trend-table';
import { headlineModel } from '../../src/features/headline/series';
import { ageModel } from '../../src/features/age/series';
import { placeModel } from '../../src/features/place/series';
import { platformsModel } from '../../src/features/platforms/series';
import { platformChangeModel } from '../../src/features/platform-change/series';
import { publishedFigure } from '../../src/data/cell-figure';
import { statusText, tidyCsv, tidyRow, wideCsv } from '../../src/data/tidy';
import { figuresOf } from '../../src/export/export-files';
import { filterLine } from '../../src/state/filter-line';
import { capturePanel, outputsOf, viewFilters } from './outputs';

// Issue #25: one test per numbered item, through the models and the export functions.

const dataset = bundledDataset();
const obs = (indicator: string, geography: string, period: string, extra = '') =>
  dataset.observations.find(
    (o) =>
      o.indicator === indicator &&
      o.geography === geography &&
      o.periodText === period &&
      (o.platform ?? '') + (o.ageBand ?? '') === extra,
  )!;

describe('issue #25', () => {
  it('1: a published change is said with the total it came with, not beside a revised one', () => {
    for (const measure of ['count', 'index'] as const) {
      const model = trendModel(dataset, { ...viewFilters({}), measure });
      const uk = model.series.find((s) => s.geography === 'uk')!;
      const p2021 = uk.points.find((p) => p.year === 2021)!;
      expect(p2021.publishedText).toBe(
        'published +84% on 2017/18 with 6,156 in the 2022 release, not with the 6,275 shown: the release does not state which 2017/18 figure it compares with; the 3,728 shown for 2017/18 gives +68%†',
      );
      const table = trendTable(model, dataset.sources);
      const row = table.rows.find((r) => r.header === '2021/22')!;
      const cell = row.cells[table.columns.indexOf('United Kingdom')]!;
      expect(cell.remark).toContain('with 6,156 in the 2022 release, not with the 6,275 shown');
      // The +82% keeps its basis beside 6,350 (or its index, 170.3†).
      const r2022 = table.rows.find((r) => r.header === '2022/23')!;
      expect(r2022.cells[table.columns.indexOf('United Kingdom')]!.remark).toContain(
        'published +82% on 2017/18: the release does not state which 2017/18 figure it compares with; the 3,728 shown for 2017/18 gives +70%†',
      );
    }
  });

  it('1: a headline never sets a published change beside two totals that give another', () => {
    // 3,728 to 7,263 is +95%†; the published +99% compared only the forces in both years.
    expect(trendModel(dataset, viewFilters({})).headline).toBe(
      'Offences: United Kingdom 7,263 in 2024/25: +99% on 2017/18 as published; +95%† from the totals shown',
    );
    // Where the totals give the published change, they stay beside it.
    expect(trendModel(dataset, viewFilters({ geos: ['england-wales'], to: 2018 })).headline).toBe(
      'Offences: England and Wales 3,217 to 4,373, 2017/18 to 2018/19: +36% as published',
    );
  });

  it('review: a share published as "over a quarter" keeps its bound, and so does its change', async () => {
    const filters = viewFilters({ measure: 'share', compare: [2018, 2020] });
    const model = platformChangeModel(dataset, filters);
    expect(model.takeaway).toContain('Snapchat rose most†');
    // Over 25% less 16.1%† is over +8.9 pp: over +8 at whole points, never over +9; computed, †.
    expect(model.takeaway).toContain('>+8 pp† in share');
    const panel = await capturePanel(dataset, 'platform-change', filters);
    const snapchat = panel.tables[0]!.rows.find((r) => r.header === 'Snapchat')!;
    expect(snapchat.cells.map((c) => c.text)).toEqual(expect.arrayContaining(['>25%', '>+8 pp†']));
  });

  it('review: the place panel says when the two totals of its change may not compare', () => {
    // 194 is all four forces; for 391 the forces were not stated.
    expect(placeModel(dataset, 'west-midlands-region', viewFilters({})).headline).toBe(
      'West Midlands region: 391 offences in 2024/25, +102%† on 2017/18 (194), not known to be like-for-like',
    );
  });

  it('review: one platform compared is not said to have risen "most"', () => {
    const model = platformChangeModel(
      dataset,
      viewFilters({ platforms: ['instagram'], compare: [2017, 2018] }),
    );
    expect(model.takeaway).toMatch(
      /^Instagram rose from 2017\/18 to 2018\/19 in England and Wales: \+511/,
    );
    expect(model.takeaway).not.toContain('most');
  });

  it('review: a selected platform with no figure in the latest year says so on its card', () => {
    const card = headlineModel(dataset, viewFilters({ platforms: ['instagram'] })).figures.find(
      (f) => f.id === 'platform',
    )!;
    expect(card.label).toBe('Selected platform, UK, 2023/24');
    expect(card.detail).toContain(
      'No 2024/25 figure was published for it alone: Facebook and Instagram: 9%, worded ambiguously (combined or each), so not charted as either.',
    );
  });

  it('review: the Place panel lists the source of the published change it says', () => {
    const model = placeModel(dataset, 'west-midlands-region', viewFilters({}));
    expect(model.takeaway).toContain('against +36%† in England and Wales, the same as published');
    expect(model.sources.map((s) => s.publisher)).toContain('Bucks Herald / buckinghamtoday.co.uk');
  });

  it("review: Scotland's Place headline, on the page and its slide, says it is a different offence", () => {
    expect(placeModel(dataset, 'scotland', viewFilters({})).headline).toMatch(
      /^Scotland: \d[\d,]* offences \(a different offence\) in 20\d\d\/\d\d/,
    );
  });

  it('2: the +99% says what the publisher compared, not a base that gives +94.8%', () => {
    const detail = headlineModel(dataset, viewFilters({})).figures.find(
      (f) => f.id === 'change',
    )!.detail;
    expect(detail).toContain('Comparing only the forces that supplied figures for both years');
    expect(detail).toContain('so 3,728 is not the base of the +99%');
    expect(detail).not.toContain('comparator 3,728');
  });

  it('3: an age share whose base the release did not state says so, in the takeaway and the table', async () => {
    const filters = viewFilters({ measure: 'share' });
    const model = ageModel(dataset, filters);
    // The lead is the largest group (issue #28), with its base said beside it.
    expect(model.takeaway).toContain(
      '62% of victims were girls aged 12 to 15 (2017/18, England and Wales); base not stated: all victims or those whose age was known',
    );
    const girls = model.items.find((i) => i.observation.note.startsWith('Of victims whose'))!;
    expect(girls.base).toBe('of victims whose gender was known');
    const panel = await capturePanel(dataset, 'age', filters);
    expect(panel.tables[0]!.caption).not.toContain('with age or sex known');
    expect(panel.tables[0]!.rows.map((r) => r.cells[1]!.remark)).toContain(
      'base not stated: all victims or those whose age was known',
    );
  });

  it('5: the forces’ platform shares are exported with the base the outlet did not state', () => {
    for (const platform of ['instagram', 'meta-apps-or-snapchat']) {
      const row = tidyRow(
        dataset,
        publishedFigure(obs('platform_share', 'west-midlands-police', '2017/18-2018/19', platform)),
      );
      expect(row.measure).not.toBe('Share of offences with the method known');
      expect(row.measure).toContain('did not say whether of all offences');
    }
    // A national share keeps its stated base.
    expect(
      tidyRow(dataset, publishedFigure(obs('platform_share', 'uk', '2023/24', 'snapchat'))).measure,
    ).toBe('Share of offences with the method known');
  });

  it('6: Northern Ireland against the UK gives the NSPCC’s published +82% beside the computed +70%†', () => {
    const model = placeModel(dataset, 'northern-ireland', viewFilters({}));
    expect(model.takeaway).toContain(
      'against +70%† in the UK (published +82% on 2017/18: the release does not state which 2017/18 figure it compares with)',
    );
  });

  it('7: the headline export carries the leading-platform figure and the caveats its cards give', async () => {
    const filters = viewFilters({});
    const model = await capturePanel(dataset, 'headline', filters);
    const out = outputsOf(dataset, model, filters);
    expect(out.csv).toMatch(/\nuk,United Kingdom,2024\/25,platform_share,[^\n]*,Snapchat,,,40,%/);
    expect(out.readme).toContain('Caveats');
    expect(out.readme).toContain('United Kingdom, 2024/25: 44 forces: all but Lincolnshire.');
    expect(out.readme).toContain('Scotland records a different offence');
  });

  it('8: a bound keeps its direction and a figure derived from a rounded one says so', async () => {
    expect(
      statusText(
        publishedFigure(obs('age_band_offences', 'england-wales', '2017/18-2018/19', 'under-12')),
      ),
    ).toBe('derived, approximate');
    const filters = viewFilters({});
    const out = outputsOf(dataset, await capturePanel(dataset, 'age', filters), filters);
    expect(out.csv).toMatch(/,1113,instances,"?derived, approximate"?,/);
    expect(out.csv).toMatch(/,5500,offences,"?approximate, over"?,/);
  });

  it('9: the platforms tooltip gives place, source and confidence, and an ambiguous figure is not "not published"', () => {
    const model = platformsModel(dataset, viewFilters({ measure: 'share' }));
    const column = model.columns.findIndex((c) => c.year === 2024);
    const instagram = model.series.find((s) => s.platform === 'instagram')!.cells[column]!;
    expect(instagram.details?.[0]).toBe(
      'Not charted: Facebook and Instagram: 9%, worded ambiguously (combined or each), so not charted as either.',
    );
    const snapchat = model.series.find((s) => s.platform === 'snapchat')!.cells[column]!;
    expect(snapchat.details).toEqual([
      'UK, 2024/25',
      'Source: Shropshire Star (UK news), 2025-11-13',
    ]);
  });

  it('10: the known discrepancies leave the page with the coverage panel’s files', async () => {
    const filters = viewFilters({});
    const out = outputsOf(dataset, await capturePanel(dataset, 'coverage', filters), filters);
    for (const text of [out.readme, out.slide.caveats.join(' ')]) {
      expect(text).toContain('3,217 / 3,171 / 3,182†');
      expect(text).toContain('6,275 / 6,156');
      expect(text).toContain('total 554, forces add up to 564†');
      expect(text).toContain('published 30%, counts give 29.2%†');
      expect(text).toContain('10% and 12% in different outlets');
    }
  });

  it('11: medium confidence reaches the slide file and the index table', async () => {
    const filters = viewFilters({});
    const place = outputsOf(
      dataset,
      await capturePanel(dataset, 'west-midlands', filters),
      filters,
    );
    expect(place.slide.marks).toContain(
      '* medium confidence: a figure from a single secondary outlet, here ',
    );
    expect(place.slide.marks).toContain('170.3† (United Kingdom, 2022/23)');
    expect(place.slide.marks).toContain('457 (West Midlands region, 2023/24)');
    const index = trendModel(dataset, { ...filters, measure: 'index' });
    const uk = index.series.find((s) => s.geography === 'uk')!;
    expect(uk.points.filter((p) => p.value !== null).map((p) => p.confidence)).not.toContain('H');
  });

  it('12: the place panel’s filter line names its place and comparator, not the filter bar’s places', () => {
    const filters = viewFilters({ place: 'scotland' });
    expect(filterLine(dataset, { ...filters, panel: 'west-midlands' })).toBe(
      'Scotland against United Kingdom · 2017/18–2024/25',
    );
    expect(filterLine(dataset, { ...filters, panel: 'trend' })).toBe(
      'England and Wales, United Kingdom, West Midlands region · all platforms · 2017/18–2024/25 · counts',
    );
  });

  it('13: one platform selected is no ranking', () => {
    const filters = viewFilters({ platforms: ['instagram'], from: 2023 });
    const card = headlineModel(dataset, filters).figures.find((f) => f.id === 'platform')!;
    expect(card.label).toBe('Selected platform, UK, 2023/24');
    expect(card.value).toBe('Instagram');
    const takeaway = platformsModel(dataset, { ...filters, measure: 'share' }).takeaway;
    expect(takeaway).toMatch(/^In 2023\/24 Instagram, the only platform selected \(UK\): 6%/);
    expect(takeaway).not.toMatch(/most|largest|leading/);
  });

  it('14: the change panel names the missing figure, not the years', () => {
    const model = platformChangeModel(
      dataset,
      viewFilters({ platforms: ['instagram'], from: 2023 }),
    );
    expect(model.caveats).toEqual([
      'Instagram has no published figure for 2024/25 (UK), so no two years of it can be compared. Choose another platform, or years where it was published.',
    ]);
  });

  it('15: a place without platform figures is told the headline and change panels give national ones', () => {
    const filters = viewFilters({ geos: ['wales'] });
    expect(headlineModel(dataset, filters).caveats).toContain(
      'No platform figures were published for Wales: the platform card gives the UK figures.',
    );
    expect(platformChangeModel(dataset, filters).caveats).toContain(
      'No platform figures were published for Wales: these are the England and Wales figures.',
    );
  });

  it('16: the force is West Midlands Police, never "West Midlands" beside the region', () => {
    const model = placeModel(dataset, 'west-midlands-region', viewFilters({}));
    const names = model.forces.map((f) => f.shortName);
    expect(names).toContain('West Midlands Police');
    expect(names).toContain('Staffordshire');
    expect(names).not.toContain('West Midlands');
  });

  it('review 10: an age count says what its source counted: instances, victims or offences', async () => {
    const filters = viewFilters({});
    const model = await capturePanel(dataset, 'age', filters);
    const age = outputsOf(dataset, model, filters);
    expect(model.tables[0]!.rows.map((r) => r.header)).toEqual([
      "Instances with the victim's age given",
      'Instances with a child under 12',
      'Offences against children under 12',
    ]);
    expect(age.csv).toContain(',1113,instances,"derived, approximate"');
    expect(age.csv).toContain("Instances in which police gave a child's age, by age band");
    const scotland = outputsOf(
      dataset,
      await capturePanel(dataset, 'age', viewFilters({ geos: ['scotland'] })),
      viewFilters({ geos: ['scotland'] }),
    );
    expect(scotland.csv).toMatch(/"Victims, by age band",,Under 13,,369,victims,/);
    // Instances against offences is a ratio, not a share of offences.
    const coverage = outputsOf(dataset, await capturePanel(dataset, 'coverage', filters), filters);
    expect(coverage.csv).toMatch(
      /per 100 recorded offences",,,,73\.3\d*,per 100 offences,derived,/,
    );
  });

  it('review 4: the two CSV buttons carry the forces, caveats, other published values, confidence and sources', async () => {
    const filters = viewFilters({});
    const model = await capturePanel(dataset, 'trend', filters);
    const long = tidyCsv(dataset, figuresOf(model.tables));
    expect(long.split('\r\n')[0]).toMatch(/,note,forces,caveats$/);
    const row = (place: string, period: string) =>
      long
        .split('\r\n')
        .find((l) => l.startsWith(`${place},`) && l.includes(`,${period},offences,`))!;
    expect(row('england-wales', '2017/18')).toContain(
      ',all 43 forces,"Other values of this figure, published or derived: 3,171 (First-year figures for the new offence, NSPCC June 2018 release, 2018-06); 3,182 (derived; ',
    );
    expect(row('uk', '2024/25')).toContain(
      ',44 forces: all but Lincolnshire,"England and Wales, Northern Ireland and Scotland. Scotland records a different offence',
    );
    const wide = wideCsv(dataset, figuresOf(model.tables)).split('\r\n');
    expect(wide[0]).toMatch(/,not as published,medium confidence,forces,caveats,sources$/);
    const uk = wide.find((l) => l.startsWith('uk,'))!;
    expect(uk).toContain(',2017/18; 2018/19; 2019/20; 2020/21; 2021/22,');
    expect(uk).toContain('Scotland records a different offence');
    expect(uk).toContain('2021/22 other values: 6,156 (Online grooming crimes rise, 2022).');
    expect(uk).toContain(
      '82% rise in online grooming crimes against children in the last 5 years, NSPCC',
    );
  });

  it('review 5: every chart stars a medium-confidence figure, and its key says what * means', async () => {
    const filters = viewFilters({});
    const model = await capturePanel(dataset, 'trend', filters);
    const trend = outputsOf(dataset, model, filters);
    const table = model.tables[0]!;
    const key = table.columns.map((label) => ({ label, color: '#000000', dash: '' }));
    const uk = chartOf(table, key)!.series.find((s) => s.name === 'United Kingdom')!;
    expect(uk.labels.filter(Boolean).slice(0, 2)).toEqual(['3,728*', '5,333*']);
    expect(uk.labels).toContain('7,263');
    expect(trend.slide.marks).toContain(
      '* medium confidence: a figure from a single secondary outlet',
    );

    // The page's chart: a star by each medium point, and the key says what it is.
    render(<TrendSvg model={trendModel(dataset, filters)} sources={dataset.sources} />);
    const stars = document.querySelectorAll('svg.chart-surface text');
    // UK 2017/18 to 2021/22, England and Wales 2019/20 (5,119†) and the West Midlands 2023/24 (457).
    expect([...stars].filter((t) => t.textContent === '*')).toHaveLength(7);
    expect(screen.getByText('medium confidence')).toBeInTheDocument();
  });

  it('review 15: the Place slide file explains the ≈ of the force shares drawn beside its chart', async () => {
    const filters = viewFilters({});
    const place = outputsOf(
      dataset,
      await capturePanel(dataset, 'west-midlands', filters),
      filters,
    );
    expect(place.slide.table ?? place.slide.chart).toBeTruthy();
    expect(place.slide.marks).toContain('≈ approximate: published as a rounded or "around" figure');
  });

  it('second review: a change between UK years says when its forces differ', () => {
    const model = platformChangeModel(
      dataset,
      viewFilters({ measure: 'share', compare: [2023, 2024] }),
    );
    expect(model.caveats).toContain(
      "The two years may not rest on the same forces (2023/24: all 45 forces; 2024/25: 44 forces: all but Lincolnshire), and each year's shares are of its own offences with the platform known: part of a change can be a change in who answered.",
    );
    // England and Wales, 2017/18 and 2018/19: all 43 forces both years, nothing to say.
    const ew = platformChangeModel(
      dataset,
      viewFilters({ measure: 'share', compare: [2017, 2018] }),
    );
    expect(ew.caveats.join(' ')).not.toContain('same forces');
  });

  it('second review: the Place panel says its lines mix release series', () => {
    const model = placeModel(dataset, 'west-midlands-region', viewFilters({}));
    expect(model.caveats.join(' ')).toContain(
      "These figures mix releases: some are the NSPCC's revised UK series of 2024, the others as first published",
    );
  });
});
