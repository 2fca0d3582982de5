import { describe, expect, it } from 'vitest';
import { platformsModel } from '../../../src/features/platforms/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const all = { platforms: null, from: 2017, to: 2024 };

const row = (model: ReturnType<typeof platformsModel>, platform: string) =>
  model.series.find((s) => s.platform === platform)!.cells.map((c) => c.text);

describe('platformsModel', () => {
  it('counts per platform per year, "other" derived', () => {
    const model = platformsModel(dataset, {
      geos: ['england-wales', 'uk'],
      ...all,
      measure: 'count',
    });
    expect(model.columns.map((c) => c.label)).toEqual(['2017/18', '2018/19']);
    expect(row(model, 'instagram')).toEqual(['418', '929']);
    expect(row(model, 'facebook')).toEqual(['618', '549']);
    expect(row(model, 'whatsapp')).toEqual(['89', '112']);
    expect(row(model, 'snapchat')).toEqual(['425', '436']);
    expect(row(model, 'other')).toEqual(['567†', '674†']);
    expect(model.takeaway).toBe(
      'In 2018/19 Instagram had the most† of the single platforms shown (England and Wales): 929 offences, against 418 in 2017/18.',
    );
    expect(model.caveats[0]).toMatch(
      /^2020\/21, 2021\/22, 2022\/23, 2023\/24, 2024\/25: published as shares only/,
    );
  });

  it('computes shares from counts where counts exist, and says where the published share differs', () => {
    const model = platformsModel(dataset, {
      geos: ['england-wales', 'uk'],
      ...all,
      measure: 'share',
    });
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
      '>25%',
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
      'In 2024/25 Snapchat had the most† of the single platforms shown (UK): 40% of offences where the platform was known, against 48% in 2023/24 (bases: 1,824 of 7,062 (25.8%†) in 2023/24, 2,111 of 7,263 (29.1%†) in 2024/25). Not every platform was published that year.',
    );
    // A bound keeps its direction ("over a quarter"), and says what was published.
    const snapchat2020 = model.series.find((s) => s.platform === 'snapchat')!.cells[2]!;
    expect(snapchat2020.remark).toBe('published as "over a quarter"');
    // Each year's base is said on the panel: about two thirds of offences, then about a quarter.
    expect(model.columns.map((c) => c.baseShort)).toEqual([
      'known: 65.8%†',
      'known: 61.7%†',
      'base not published',
      'base not published',
      'base not published',
      'known: 25.8%†',
      'known: 29.1%†',
    ]);
    expect(model.caveats.join(' ')).toContain(
      "Each year's shares are of the offences where the method was known, a different base each year: 2017/18 2,117 of 3,217 (65.8%†); 2018/19 2,700 of 4,373 (61.7%†)",
    );
    // Where a label changes meaning (Facebook and Messenger from 2023/24), the panel says so.
    expect(model.caveats.join(' ')).toMatch(
      /Facebook, 2023\/24 \(UK\): Published as "Facebook and Messenger": from 2023\/24 this figure includes Messenger/,
    );
    expect(model.caveats).toContain(
      'Figures cover England and Wales until 2020/21 and the UK from 2021/22, so the years are not like-for-like.',
    );
  });

  it('says when the places selected have no platform figures of their own', () => {
    const model = platformsModel(dataset, { geos: ['scotland'], ...all, measure: 'share' });
    expect(model.caveats[0]).toBe(
      "No yearly platform figures were published for Scotland: these are the national figures (England and Wales to 2020/21, the UK after, which includes Scotland's different offence).",
    );
  });

  it('shows only the selected platforms', () => {
    const model = platformsModel(dataset, {
      geos: ['england-wales', 'uk'],
      ...all,
      platforms: ['instagram'],
      measure: 'share',
    });
    expect(model.series.map((s) => s.platform)).toEqual(['instagram']);
    expect(model.columns.map((c) => c.label)).toEqual([
      '2017/18',
      '2018/19',
      '2020/21',
      '2023/24 (UK)',
    ]);
  });
});
