import { describe, expect, it } from 'vitest';
import { coverageModel } from '../../../src/features/coverage/series';
import { buildEntries } from '../../../src/data/dataset';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();

describe('coverageModel', () => {
  const model = coverageModel(dataset, { from: 2017, to: 2024 });

  it('gives the share of offences with the method known, and the forces behind each figure', () => {
    expect(
      model.years.map((y) => [y.year, y.geography, y.forces?.value ?? null, y.methodShare]),
    ).toEqual([
      [2017, 'england-wales', 43, 65.8],
      [2018, 'england-wales', 43, 61.7],
      [2019, 'england-wales', null, null],
      [2020, 'england-wales', 42, null],
      [2021, 'uk', null, null],
      [2022, 'uk', null, null],
      [2023, 'uk', 45, 25.8],
      [2024, 'uk', 44, 29.1],
    ]);
    expect(model.age.map((a) => [a.label, a.offences, a.share])).toEqual([
      ['2017/18 to 2018/19, England and Wales', 7590, 73.3],
    ]);
    expect(model.caveats.slice(0, 1)).toEqual([
      "From 2021/22 the national figures cover the UK, including Scotland's different offence; before, England and Wales.",
    ]);
  });

  it('finds the known discrepancies in the data itself', () => {
    const text = model.discrepancies.map((d) => `${d.title}: ${d.text}`);
    expect(text).toContain(
      'England and Wales, 2017/18: recorded offences: 3,217 (NSPCC, 2019-09); 3,171 (The Lincolnite, 2018-06); 3,182† (derived, BBC News, 2018). The first is shown as the headline figure.',
    );
    expect(text.join('\n')).toContain('United Kingdom, 2021/22: recorded offences: 6,275');
    expect(text.join('\n')).toContain('6,156 (NSPCC, 2022)');
    expect(text).toContain(
      'Facebook, 2017/18: share: Published as 30%; the counts give 29.2% (618 / 2,117). Charts show the computed share.',
    );
    expect(text).toContain(
      'Wales, 2023/24: total and forces: The published total is 554; its 4 forces add up to 564.',
    );
  });
});

describe('coverageModel with thousands of revisions', () => {
  // Every force's yearly count published again, one more: a discrepancy each, as an import of a
  // whole other series would make.
  const again = dataset.observations
    .filter(
      (o) => o.indicator === 'offences' && dataset.geographies.get(o.geography)?.type === 'force',
    )
    .map((o, i) => ({ ...o, row: 100_000 + i, value: o.value + 1, release: '2099' }));
  const observations = [...dataset.observations, ...again];
  const big = { ...dataset, observations, entries: buildEntries(observations) };

  it('names the first twelve in its caveat and counts the rest', () => {
    const model = coverageModel(big, { from: 2017, to: 2024 });
    expect(model.discrepancies.length).toBeGreaterThan(again.length);
    const caveat = model.caveats.find((c) => c.startsWith('Known discrepancies'))!;
    const more = Number(/; and ([\d,]+) more\.$/.exec(caveat)![1]!.replace(',', ''));
    const named = model.discrepancies.filter((d) => d.short).length;
    expect(more).toBe(named - 12);
    expect(caveat.split('; ')).toHaveLength(13);
  });
});
