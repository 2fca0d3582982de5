import { describe, expect, it } from 'vitest';
import { westMidlandsModel } from '../../../src/features/west-midlands/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();

describe('westMidlandsModel', () => {
  const model = westMidlandsModel(dataset, { platforms: null, from: 2017, to: 2024 });

  it('indexes region and nation to 2017/18 = 100', () => {
    const index = Object.fromEntries(
      model.index.map((s) => [s.geography, s.points.map((p) => p.value)]),
    );
    expect(index['west-midlands-region']).toEqual([100, 134, null, null, null, null, 235.6, 201.5]);
    expect(index['england-wales']).toEqual([100, 135.9, 159.1, 169.1, null, null, null, null]);
  });

  it("computes the region's share only against the like-for-like England and Wales figure", () => {
    expect(
      model.shares.map((s) => [s.year, s.region.value, s.national?.value ?? null, s.share]),
    ).toEqual([
      [2017, 194, 3217, 6],
      [2018, 260, 4373, 5.9],
      [2023, 457, null, null],
      [2024, 391, null, null],
    ]);
    expect(model.caveats[0]).toMatch(
      /^2023\/24, 2024\/25: no England and Wales figure was published/,
    );
    expect(model.takeaway).toBe(
      'From 2017/18 to 2018/19 offences in the West Midlands region changed +34%† (194 to 260), against +36%† in England and Wales; the region recorded 5.9%† of the national total in 2018/19. By 2024/25 it had more than doubled since 2017/18 (194 to 391).',
    );
    // The single-outlet 457 is caveated on the panel, not only in the source list.
    expect(model.caveats).toContain(
      'Medium confidence: 457 (2023/24) from a single outlet, not confirmed by a second; a change to or from it may partly reflect different counts.',
    );
  });

  it('lists the forces with the 2021/22 three-force figures and the 2019 platform shares', () => {
    expect(model.forceYears).toEqual([2017, 2021]);
    const forces = Object.fromEntries(
      model.forces.map((f) => [
        f.geography,
        [...f.counts, ...f.shares].map((o) => o?.value ?? null),
      ]),
    );
    expect(forces).toEqual({
      'west-midlands-police': [null, 141, 83, 33],
      staffordshire: [null, 105, 67, 16],
      'west-mercia': [null, null, 68, 25],
      warwickshire: [null, 24, 73, 33],
      'west-midlands-region-excl-west-mercia': [121, 270, null, null],
    });
  });
});
