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
      'Recorded offences: England and Wales 3,217 to 4,373, 2017/18 to 2018/19: +36% as published. West Midlands region 194 to 260, 2017/18 to 2018/19: +34% as published.',
    );
    expect(model.sources.map((s) => s.id).sort()).toEqual([
      'buckingham-2019-09',
      'heart-2019-09',
      'nspcc-2019-09',
      'seed-2019-09',
    ]);
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
      5119,
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
      '6,275 is the figure shown; also published as 6,156 in 2022',
    );
  });

  it('says where the figures mix the first releases with the revised series (4,373 against 4,625†)', () => {
    const model = trendModel(dataset, { ...base, geos: ['england-wales', 'uk'] });
    expect(model.caveats).toContain(
      "These figures mix releases: some are the NSPCC's revised UK series of 2024, the others as first published, so part of a difference between years or places can be a revision rather than a change in offences. England and Wales 2018/19 is 4,373 as first published, 4,625† on the revised series.",
    );
    // One release alone mixes nothing.
    expect(trendModel(dataset, base).caveats.join(' ')).not.toMatch(/mix releases/);
  });

  it("leads with the NSPCC's like-for-like +99% and says the computed +95%† is not", () => {
    const model = trendModel(dataset, { ...base, geos: ['uk'], to: 2024 });
    expect(model.takeaway).toBe(
      'Recorded offences: United Kingdom 3,728 to 7,263, 2017/18 to 2024/25: +99% as published; +95%† computed, not like-for-like.',
    );
    const uk = model.series[0]!;
    // The published change sits beside the computed value of its year, with its years.
    expect(uk.points.find((p) => p.year === 2021)!.published?.observation.value).toBe(84);
    expect(uk.points.find((p) => p.year === 2024)!.published?.observation.value).toBe(99);
  });

  it("says on the panel that UK totals include Scotland's different offence", () => {
    const model = trendModel(dataset, { ...base, geos: ['uk'], to: 2024 });
    expect(model.caveats.join(' ')).toContain('Scotland records a different offence');
  });

  it('flags years whose figures do not cover every force, or do not say', () => {
    const model = trendModel(dataset, { ...base, geos: ['england-wales', 'uk'], to: 2024 });
    expect(model.caveats).toContain(
      'England and Wales: 2019/20 forces not stated; 2020/21 42 of 43 forces (dotted ring on the chart).',
    );
    expect(model.caveats).toContain(
      'United Kingdom: 2017/18–2022/23 forces not stated; 2024/25 44 forces: all but Lincolnshire (dotted ring on the chart).',
    );
    const ew = model.series[0]!;
    expect(ew.points.map((p) => p.coverage?.partial ?? null)).toEqual([
      false,
      false,
      true,
      true,
      null,
      null,
      null,
      null,
    ]);
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
