import { describe, expect, it } from 'vitest';
import { platformsModel } from '../../../src/features/platforms/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const all = { platforms: null, from: 2017, to: 2024 };

const row = (model: ReturnType<typeof platformsModel>, platform: string) =>
  model.series.find((s) => s.platform === platform)!.cells.map((c) => c.text);

describe('platformsModel', () => {
  it('counts per platform per year, "other" derived', () => {
    const model = platformsModel(dataset, { ...all, measure: 'count' });
    expect(model.columns.map((c) => c.label)).toEqual(['2017/18', '2018/19']);
    expect(row(model, 'instagram')).toEqual(['418', '929']);
    expect(row(model, 'facebook')).toEqual(['618', '549']);
    expect(row(model, 'whatsapp')).toEqual(['89', '112']);
    expect(row(model, 'snapchat')).toEqual(['425', '436']);
    expect(row(model, 'other')).toEqual(['567†', '674†']);
    expect(model.takeaway).toBe(
      'In 2018/19 Instagram had the most of the single platforms shown (England and Wales): 929 offences, against 418 in 2017/18.',
    );
    expect(model.caveats[0]).toMatch(
      /^2020\/21, 2021\/22, 2022\/23, 2023\/24, 2024\/25: published as shares only/,
    );
  });

  it('computes shares from counts where counts exist, and says where the published share differs', () => {
    const model = platformsModel(dataset, { ...all, measure: 'share' });
    expect(model.columns.map((c) => c.label)).toEqual([
      '2017/18',
      '2018/19',
      '2020/21',
      '2021/22 (UK)',
      '2022/23 (UK)',
      '2023/24 (UK)',
      '2024/25 (UK)',
    ]);
    expect(row(model, 'instagram')).toEqual(['19.7%†', '34.4%†', '32%', '—', '—', '6%', '—']);
    expect(row(model, 'facebook')).toEqual(['29.2%†', '20.3%†', '—', '—', '—', '10%', '—']);
    expect(row(model, 'snapchat')).toEqual([
      '20.1%†',
      '16.1%†',
      '≈25%',
      '33%',
      '26%',
      '48%',
      '40%',
    ]);
    const facebook = model.series.find((s) => s.platform === 'facebook')!.cells[0]!;
    expect(facebook.remark).toBe('618 / 2,117; published as 30%, which differs');
    expect(model.notes.map((n) => n.text)).toContain(
      'Published as 30%, but the counts give 29.2% (618 / 2,117). The chart shows the computed share.',
    );
    expect(model.takeaway).toBe(
      'In 2024/25 Snapchat had the most of the single platforms shown (UK): 40% of offences where the platform was known, against 33% in 2021/22. Not every platform was published that year.',
    );
    expect(model.caveats).toContain(
      'Figures cover England and Wales until 2020/21 and the UK from 2021/22, so the years are not like-for-like.',
    );
  });

  it('shows only the selected platforms', () => {
    const model = platformsModel(dataset, { ...all, platforms: ['instagram'], measure: 'share' });
    expect(model.series.map((s) => s.platform)).toEqual(['instagram']);
    expect(model.columns.map((c) => c.label)).toEqual([
      '2017/18',
      '2018/19',
      '2020/21',
      '2023/24 (UK)',
    ]);
  });
});
