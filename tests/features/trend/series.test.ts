import { describe, expect, it } from 'vitest';
import { trendModel } from '../../../src/features/trend/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const base = {
  geos: ['england-wales', 'west-midlands-region'],
  from: 2017,
  to: 2018,
  measure: 'count' as const,
};

const values = (model: ReturnType<typeof trendModel>, geo: string) =>
  model.series.find((s) => s.geography === geo)!.points.map((p) => p.value);

describe('trendModel', () => {
  it('charts the published counts of the 2019 release', () => {
    const model = trendModel(dataset, base);
    expect(values(model, 'england-wales')).toEqual([3217, 4373]);
    expect(values(model, 'west-midlands-region')).toEqual([194, 260]);
    expect(model.takeaway).toBe(
      'Recorded offences: England and Wales up 36%†, 3,217 to 4,373 (2017/18 to 2018/19); West Midlands region up 34%†, 194 to 260 (2017/18 to 2018/19).',
    );
    expect(model.sources.map((s) => s.id).sort()).toEqual(['heart-2019-09', 'nspcc-2019-09']);
  });

  it('indexes each series to its own 2017/18 figure so region and nation share an axis', () => {
    const model = trendModel(dataset, { ...base, measure: 'index' });
    expect(values(model, 'england-wales')).toEqual([100, 135.9]);
    expect(values(model, 'west-midlands-region')).toEqual([100, 134]);
    expect(model.takeaway).toContain('England and Wales 135.9† in 2018/19 (2017/18 = 100)');
  });

  it('leaves missing years as gaps, never zeros, and marks derived points', () => {
    const model = trendModel(dataset, { ...base, to: 2024 });
    expect(values(model, 'west-midlands-region')).toEqual([
      194,
      260,
      null,
      null,
      null,
      null,
      457,
      391,
    ]);
    expect(values(model, 'england-wales')).toEqual([
      3217,
      4373,
      5335,
      5441,
      null,
      null,
      null,
      null,
    ]);
    const ew = model.series.find((s) => s.geography === 'england-wales')!;
    expect(ew.points[2]).toMatchObject({ status: 'derived' });
    expect(model.events.map((e) => e.year)).toEqual([2017, 2020, 2021]);
  });

  it('notes revisions of the figures shown', () => {
    const model = trendModel(dataset, { ...base, geos: ['uk'], from: 2021, to: 2021 });
    expect(values(model, 'uk')).toEqual([6275]);
    expect(model.notes.map((n) => n.text).join(' ')).toContain(
      '6,275 is the headline figure; also published as 6,156 in 2022',
    );
  });

  it('says why a series is missing instead of drawing nothing silently', () => {
    const index = trendModel(dataset, {
      ...base,
      geos: ['west-midlands-police'],
      measure: 'index',
    });
    expect(index.series).toEqual([]);
    expect(index.caveats).toEqual([
      'West Midlands Police has no 2017/18 figure to index against, so it is not shown.',
    ]);
    const share = trendModel(dataset, { ...base, measure: 'share' });
    expect(share.measure).toBe('count');
    expect(share.caveats[0]).toMatch(/this panel shows counts/);
  });
});
