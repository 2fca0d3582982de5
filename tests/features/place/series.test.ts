import { describe, expect, it } from 'vitest';
import { comparatorOf, placeModel } from '../../../src/features/place/series';
import { parseDataset } from '../../../src/data/parse-dataset';
import { bundledDataset, bundledTexts } from '../../fixtures/bundled';

const dataset = bundledDataset();
const all = { platforms: null, from: 2017, to: 2024 };

function indexOf(model: ReturnType<typeof placeModel>) {
  return Object.fromEntries(model.index.map((s) => [s.geography, s.points.map((p) => p.value)]));
}

function sharesOf(model: ReturnType<typeof placeModel>) {
  return model.shares.map((s) => [s.year, s.place.value, s.national?.value ?? null, s.share]);
}

describe('placeModel: the West Midlands region (the default place)', () => {
  const model = placeModel(dataset, 'west-midlands-region', all);

  it('keeps its heading and indexes region and nation to 2017/18 = 100', () => {
    expect(model.title).toBe('West Midlands and national');
    expect(model.comparator.id).toBe('england-wales');
    expect(model.missing).toBeNull();
    const index = indexOf(model);
    expect(index['west-midlands-region']).toEqual([100, 134, null, null, null, null, 235.6, 201.5]);
    expect(index['england-wales']).toEqual([100, 135.9, 159.1, 169.1, null, null, null, null]);
    expect(model.index.map((s) => s.geography)).toEqual([
      'west-midlands-region',
      'england-wales',
      'uk',
    ]);
  });

  it("computes the region's share only against the like-for-like England and Wales figure", () => {
    expect(sharesOf(model)).toEqual([
      [2017, 194, 3217, 6],
      [2018, 260, 4373, 5.9],
      [2023, 457, null, null],
      [2024, 391, null, null],
    ]);
    expect(model.caveats[0]).toMatch(/^2023\/24 and 2024\/25: no published England and Wales/);
    // The single-outlet 457 is caveated on the panel, not only in the source list.
    expect(model.caveats).toContain(
      'Medium confidence: 457 (2023/24) from a single outlet, not confirmed by a second; a change to or from it may partly reflect different counts.',
    );
  });

  it('says the latest change as well as the long-run one', () => {
    expect(model.takeaway).toBe(
      'From 2017/18 to 2018/19 offences in the West Midlands region changed +34%† (194 to 260), the same as published, against +36%† in England and Wales, the same as published; the West Midlands region recorded 5.9%† of the England and Wales total in 2018/19. By 2024/25 it had more than doubled as published (+102%† computed; not known to be like-for-like) since 2017/18 (194 to 391); the latest change was from 457 in 2023/24 to 391 in 2024/25 (−14%†).',
    );
  });

  it("lists the source of the region's published +34% with its note (#25, second review)", () => {
    expect(model.sources.map((s) => s.publisher)).toContain(
      'Capital FM Birmingham (regional news reporting the NSPCC release)',
    );
    expect(model.notes).toContainEqual({
      label: 'West Midlands region, 2017/18-2018/19',
      text: "The region's four forces in both years.",
    });
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

describe('placeModel: nations', () => {
  it('Wales: against England and Wales, its share from the same release, and its four forces', () => {
    const model = placeModel(dataset, 'wales', all);
    expect(model.title).toBe('Wales and national');
    expect(model.comparator).toMatchObject({ id: 'england-wales', likeForLike: true });
    expect(indexOf(model).wales).toEqual([100, null, null, null, 119, null, 202.2, 200.4]);
    // 2017/18: Wales 274 and England 2,908 + Wales 274 = 3,182, both of the 2018 release (not
    // the 2019 release's 3,217).
    expect(sharesOf(model)).toEqual([
      [2017, 274, 3182, 8.6],
      [2021, 326, null, null],
      [2023, 554, null, null],
      [2024, 549, null, null],
    ]);
    expect(model.forces.map((f) => f.name)).toEqual([
      'Dyfed-Powys Police',
      'Gwent Police',
      'North Wales Police',
      'South Wales Police',
    ]);
    expect(model.forces[0]!.counts.map((o) => o?.value ?? null)).toEqual([
      19, 41, 39, 34, 36, 30, 67, 82,
    ]);
    expect(model.takeaway).toBe(
      'Wales recorded 549 offences in 2024/25. By 2024/25 it had doubled† (+100%†; not known to be like-for-like) since 2017/18 (274 to 549); the latest change was from 554 in 2023/24 to 549 in 2024/25 (−1%†).',
    );
  });

  it('Northern Ireland: against the UK, the only national total that includes it', () => {
    const model = placeModel(dataset, 'northern-ireland', all);
    expect(model.comparator).toMatchObject({ id: 'uk', name: 'UK', likeForLike: true });
    expect(model.comparator.reason).toMatch(/not part of England and Wales/);
    expect(model.index.map((s) => s.geography)).toEqual(['northern-ireland', 'uk']);
    expect(sharesOf(model)[0]).toEqual([2017, 82, 3728, 2.2]);
    expect(model.takeaway).toMatch(
      /^From 2017\/18 to 2022\/23 offences in Northern Ireland changed \+141%† \(82 to 198\), against \+70%† in the UK/,
    );
    expect(model.caveats).toContain(
      "In every year: Northern Ireland's figure and the UK total come from different releases (or one gives no release date), so its share sets side by side figures that may have been revised differently.",
    );
  });

  it('Scotland: never indexed against England and Wales, and the different offence said', () => {
    expect(comparatorOf(dataset, 'scotland').likeForLike).toBe(false);
    const model = placeModel(dataset, 'scotland', all);
    expect(model.comparator.id).toBe('uk');
    expect(model.index.map((s) => s.geography)).toEqual(['scotland', 'uk']);
    expect(model.caveats[0]).toMatch(
      /^Scotland records a different offence, "communicating indecently with a child", so no national figure is like-for-like/,
    );
    expect(model.takeaway).toMatch(
      /^From 2017\/18 to 2023\/24 offences in Scotland \(a different offence\) changed \+57%† \(429 to 672\), against \+89%† in the UK/,
    );
  });
});

describe('placeModel: a force', () => {
  it('Thames Valley: against England and Wales, with no forces of its own', () => {
    const model = placeModel(dataset, 'thames-valley', all);
    expect(model.title).toBe('Thames Valley Police and national');
    expect(model.comparator.id).toBe('england-wales');
    expect(sharesOf(model)).toEqual([
      [2017, 114, 3217, 3.5],
      [2018, 274, 4373, 6.3],
    ]);
    expect(model.forces).toEqual([]);
    expect(model.takeaway).toBe(
      'From 2017/18 to 2018/19 offences recorded by Thames Valley Police changed +140%† (114 to 274), against +36%† in England and Wales, the same as published; Thames Valley Police recorded 6.3%† of the England and Wales total in 2018/19.',
    );
  });

  it('a Welsh force: shares against the England and Wales figure of its own release', () => {
    const model = placeModel(dataset, 'dyfed-powys', all);
    expect(model.comparator.id).toBe('england-wales');
    // 2018/19 and 2019/20: 4,625† and 5,119† are derived from the same (2024) series as the
    // force's 41 and 39, and preferred to the headline figures of other releases.
    expect(sharesOf(model).slice(0, 3)).toEqual([
      [2017, 19, 3217, 0.6],
      [2018, 41, 4625, 0.9],
      [2019, 39, 5119, 0.8],
    ]);
    expect(model.caveats).toContain(
      "2017/18 and 2020/21: Dyfed-Powys Police's figure and the England and Wales total come from different releases (or one gives no release date), so its share sets side by side figures that may have been revised differently.",
    );
  });

  it('no share against a derived total of another release', () => {
    const texts = bundledTexts();
    const withRow = parseDataset({
      ...texts,
      'observations.csv': `${texts['observations.csv'].trimEnd()}\noffences,2019/20,thames-valley,,,,300,,buckingham-2019-09,2019-09,,,,\n`,
    });
    const model = placeModel(withRow, 'thames-valley', all);
    // England and Wales 2019/20 is only derived (5,119† from the 2024 series, 5,335† from 2020).
    expect(sharesOf(model).at(-1)).toEqual([2019, 300, null, null]);
    expect(model.caveats[0]).toMatch(/^2019\/20: no published England and Wales figure/);
  });
});

describe('placeModel: places without enough figures say what is missing', () => {
  it('a force with one year and no 2017/18 base', () => {
    const model = placeModel(dataset, 'west-midlands-police', all);
    expect(model.index).toEqual([]);
    expect(model.missing).toBe(
      'West Midlands Police has figures for 2021/22 (141) but none for 2017/18, the base of the index, so it cannot be indexed against England and Wales; its figures are in the table.',
    );
    expect(model.takeaway).toBe('West Midlands Police recorded 141 offences in 2021/22.');
  });

  it('a nation with a single year', () => {
    const model = placeModel(dataset, 'england', all);
    expect(model.index).toEqual([]);
    expect(model.missing).toBe(
      'England has a figure for 2017/18 (2,908) only in the selected years: an index against England and Wales needs two years.',
    );
  });

  it('a force with no figures at all, and a year range with none', () => {
    expect(placeModel(dataset, 'kent', all).missing).toBe(
      'No recorded-offence figures for Kent Police are in the data, so there is nothing to set against England and Wales.',
    );
    expect(placeModel(dataset, 'thames-valley', { ...all, from: 2020 }).missing).toBe(
      'Thames Valley Police has no recorded-offence figure in the selected years.',
    );
  });
});
