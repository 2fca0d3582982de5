import { describe, expect, it } from 'vitest';
import { headlineModel } from '../../../src/features/headline/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const figures = (m: ReturnType<typeof headlineModel>) => m.figures.map((f) => [f.label, f.value]);

describe('headlineModel', () => {
  it('gives the latest figure, its change, the leading platform and the region share', () => {
    const model = headlineModel(dataset, {
      geos: ['england-wales', 'west-midlands-region'],
      platforms: null,
      from: 2017,
      to: 2018,
      measure: 'count',
    });
    expect(figures(model)).toEqual([
      ['Recorded offences, England and Wales, 2018/19', '4,373'],
      ['Change, 2017/18 to 2018/19, England and Wales', '+36%†'],
      ['Leading platform, England and Wales, 2018/19', 'Instagram'],
      ["West Midlands region's share of England and Wales, 2018/19", '5.9%†'],
    ]);
    expect(model.figures[2]!.detail).toBe(
      '929 offences, 34.4%† of offences where the platform was known.',
    );
    expect(model.takeaway).toBe(
      'England and Wales recorded 4,373 offences in 2018/19; +36%† from 2017/18 to 2018/19.',
    );
  });

  it('prefers a place with a figure for the last selected year, and leads by share with measure=share', () => {
    const model = headlineModel(dataset, {
      geos: ['england-wales', 'uk'],
      platforms: null,
      from: 2017,
      to: 2024,
      measure: 'share',
    });
    expect(figures(model).slice(0, 3)).toEqual([
      ['Recorded offences, United Kingdom, 2024/25', '7,263'],
      ['Change, 2017/18 to 2024/25, United Kingdom', '+95%†'],
      ['Leading platform, UK, 2024/25', 'Snapchat'],
    ]);
    expect(model.figures[2]!.detail).toBe('40% of offences where the platform was known.');
  });

  it('follows the platform filter', () => {
    const model = headlineModel(dataset, {
      geos: ['england-wales'],
      platforms: ['facebook'],
      from: 2017,
      to: 2018,
      measure: 'count',
    });
    expect(model.figures.find((f) => f.id === 'platform')).toMatchObject({
      value: 'Facebook',
      detail: '549 offences, 20.3%† of offences where the platform was known.',
    });
  });
});
