import { describe, expect, it } from 'vitest';
import { filterLine } from '../../src/state/filter-line';
import { bundledDataset } from '../fixtures/bundled';

describe('filterLine', () => {
  it('names places, platforms, years and measure of the default view', () => {
    expect(
      filterLine(bundledDataset(), {
        geos: ['england-wales', 'uk'],
        platforms: null,
        from: 2017,
        to: 2024,
        measure: 'count',
      }),
    ).toBe('England and Wales, United Kingdom · all platforms · 2017/18–2024/25 · counts');
  });

  it('names chosen platforms, a single year and the index base', () => {
    expect(
      filterLine(bundledDataset(), {
        geos: ['west-midlands-region'],
        platforms: ['instagram', 'snapchat'],
        from: 2018,
        to: 2018,
        measure: 'index',
      }),
    ).toBe('West Midlands region · Instagram, Snapchat · 2018/19 · index, 2017/18 = 100');
  });
});
