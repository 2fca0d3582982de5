import { describe, expect, it } from 'vitest';
import { changeText, platformChangeModel } from '../../../src/features/platform-change/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();

describe('platformChangeModel', () => {
  it('gives absolute, percent and percentage-point change, sorted by change', () => {
    const model = platformChangeModel(dataset, {
      platforms: null,
      from: 2017,
      to: 2018,
      measure: 'count',
    });
    expect(
      model.rows.map((r) => [r.platform, r.absolute, r.percent, Number(r.points!.toFixed(2))]),
    ).toEqual([
      ['instagram', 511, 122, 14.66],
      ['other', 107, 19, -1.82],
      ['whatsapp', 23, 26, -0.06],
      ['snapchat', 11, 3, -3.93],
      ['facebook', -69, -11, -8.86],
    ]);
    // Differences of the unrounded shares, rounded once and shown at one precision:
    // Snapchat 436/2,700 − 425/2,117 = −3.93, so −3.9 pp (not −4 pp from 16.1 − 20.1).
    expect(model.pointDecimals).toBe(1);
    expect(model.rows.map((r) => changeText(r, 'share', model.pointDecimals))).toEqual([
      '+14.7 pp†',
      '−1.8 pp†',
      '−0.1 pp†',
      '−3.9 pp†',
      '−8.9 pp†',
    ]);
    expect(model.takeaway).toBe(
      'Instagram rose most† from 2017/18 to 2018/19 in England and Wales: +511† offences (+122%†), +14.7 pp† in share; Facebook fell most† (−69† offences (−11%†), −8.9 pp† in share).',
    );
    expect(model.caveats).toEqual([]);
  });

  it('sorts by share change with measure=share and explains which years it compares', () => {
    const model = platformChangeModel(dataset, {
      platforms: null,
      from: 2017,
      to: 2024,
      measure: 'share',
    });
    expect([model.fromYear, model.toYear, model.geography]).toEqual([2017, 2018, 'england-wales']);
    expect(model.rows.map((r) => r.platform)).toEqual([
      'instagram',
      'whatsapp',
      'other',
      'snapchat',
      'facebook',
    ]);
    expect(model.caveats[0]).toMatch(/^Comparing 2017\/18 with 2018\/19/);
  });

  it('shows whole points where the shares compared were published as whole percents', () => {
    const model = platformChangeModel(dataset, {
      platforms: ['snapchat'],
      from: 2021,
      to: 2024,
      measure: 'share',
    });
    expect(model.pointDecimals).toBe(0);
    expect(model.rows.map((r) => changeText(r, 'share', model.pointDecimals))).toEqual(['+7 pp†']);
  });

  it('never compares across coverage (England and Wales against the UK)', () => {
    const model = platformChangeModel(dataset, {
      platforms: null,
      from: 2020,
      to: 2021,
      measure: 'share',
    });
    expect(model.rows).toEqual([]);
    expect(model.takeaway).toMatch(/do not include two years of like-for-like platform figures/);
  });
});
