import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  changeFigure,
  indexFigure,
  publishedFigure,
  shareFigure,
} from '../../src/data/cell-figure';
import { findEntry, sourcesOf } from '../../src/data/dataset';
import type { Observation } from '../../src/data/schema';
import { allFiguresCsv, BOM, TIDY_HEADER, tidyCsv, wideCsv } from '../../src/data/tidy';
import { bundledDataset } from '../fixtures/bundled';

const dataset = bundledDataset();

function figure(q: Parameters<typeof findEntry>[1]): Observation {
  return findEntry(dataset, q)!.headline;
}

function parse(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
}

const ew = (period: string) =>
  figure({ indicator: 'offences', geography: 'england-wales', period });

describe('tidy CSV', () => {
  it('writes one row per figure with place, plain value, unit, status, confidence, its own source', () => {
    const rows = parse(tidyCsv(dataset, [publishedFigure(ew('2018/19'))]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      place_id: 'england-wales',
      place: 'England and Wales',
      period: '2018/19',
      indicator: 'offences',
      measure: 'Recorded offences',
      value: '4373',
      unit: 'offences',
      status: 'published',
      confidence: 'high',
      headline: 'yes',
      release: '2019-09',
      source_title: 'Recorded online sexual grooming',
      source_publisher: 'NSPCC',
      source_url:
        'https://www.nspcc.org.uk/about-us/news-opinion/2019/recorded-online-sexual-grooming/',
    });
    expect(Object.keys(rows[0]!)).toEqual([...TIDY_HEADER]);
  });

  it('keeps a bound with its direction and gives computed figures their arithmetic', () => {
    const over = figure({
      indicator: 'age_band_offences',
      geography: 'uk',
      period: '2017/18-2022/23',
      ageBand: 'under-12',
    });
    // "over 5,500": the row's bound column (issue #11 fills it in the data) keeps its direction.
    const [bound, plain] = parse(
      tidyCsv(dataset, [
        publishedFigure({ ...over, bound: 'over' }),
        publishedFigure({ ...over, bound: null }),
      ]),
    );
    expect(bound).toMatchObject({
      status: 'approximate, over',
      age_band: 'Under 12',
      value: '5500',
    });
    expect(plain!.status).toBe('approximate');

    const a = ew('2017/18');
    const b = ew('2018/19');
    const [index, share, change] = parse(
      tidyCsv(dataset, [
        indexFigure(b, a, 135.9, 'derived'),
        shareFigure(
          'offences_region_share',
          figure({ indicator: 'offences', geography: 'west-midlands-region', period: '2018/19' }),
          b,
          5.9,
          'derived',
        ),
        changeFigure(
          'offences_change_computed',
          publishedFigure(a),
          publishedFigure(b),
          36,
          '%',
          'derived',
          '(4,373 − 3,217) / 3,217 × 100',
        ),
      ]),
    );
    expect(index).toMatchObject({
      indicator: 'offences_index',
      value: '135.9',
      unit: 'index',
      status: 'derived',
      note: '4,373 / 3,217 × 100 (2017/18 = 100)',
      headline: '',
    });
    expect(share).toMatchObject({
      place: 'West Midlands region',
      unit: '%',
      note: '260 / 4,373 × 100',
    });
    // Every source of the two figures, each named once, in the order cited.
    const region = figure({
      indicator: 'offences',
      geography: 'west-midlands-region',
      period: '2018/19',
    });
    expect(share!.source_publisher).toBe(
      sourcesOf(dataset, [region, b])
        .map((s) => s.publisher)
        .join(' | '),
    );
    expect(change).toMatchObject({ period: '2017/18 to 2018/19', value: '36', unit: '%' });
  });

  it('writes every figure of the data set, headline and revisions, and nothing else', () => {
    const rows = parse(allFiguresCsv(dataset));
    expect(rows).toHaveLength(dataset.observations.length);
    expect(rows.filter((r) => r.headline === 'yes')).toHaveLength(dataset.entries.size);
  });

  it('lays the same figures out with years as columns', () => {
    const figures = ['2017/18', '2018/19'].map((p) => publishedFigure(ew(p)));
    const csv = wideCsv(dataset, figures);
    const [header, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header).toEqual([
      'place_id',
      'place',
      'measure',
      'platform',
      'age_band',
      'sex',
      'unit',
      '2017/18',
      '2018/19',
      'not as published',
      'medium confidence',
      'forces',
      'caveats',
      'sources',
    ]);
    expect(row).toEqual([
      'england-wales',
      'England and Wales',
      'Recorded offences',
      '',
      '',
      '',
      'offences',
      '3217',
      '4373',
      '',
      '',
      '2017/18: all 43 forces; 2018/19: all 43 forces',
      expect.stringMatching(/^2017\/18 other values: 3,171 \(First-year figures/),
      'Recorded online sexual grooming, NSPCC',
    ]);
  });

  it('never lets a note or a name run as a formula', () => {
    const base = ew('2017/18');
    fc.assert(
      fc.property(fc.string(), (note) => {
        const rows = Papa.parse<string[]>(
          tidyCsv(dataset, [{ ...publishedFigure(base), note }]).slice(1),
        ).data.slice(1);
        for (const cell of rows.flat())
          if (Number.isNaN(Number(cell))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
