import { describe, expect, it } from 'vitest';
import { ageModel } from '../../../src/features/age/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const base = { geos: ['england-wales', 'uk'], from: 2017, to: 2024 };
const rows = (m: ReturnType<typeof ageModel>) =>
  m.items.map((i) => `${i.label} | ${i.context} | ${i.text}`);

describe('ageModel', () => {
  it('shows every published age share as published, approximate ones marked, bounds with their direction', () => {
    const model = ageModel(dataset, { ...base, measure: 'share' });
    expect(rows(model)).toEqual([
      // "nearly a quarter": under 25%, not about 25%.
      'Aged under 11 | 2017/18, England and Wales | <25%',
      'Girls aged 12 to 15 | 2017/18, England and Wales | 62%',
      'Aged under 12 | 2017/18 to 2018/19, England and Wales | ≈20%',
      'Victims who were girls | 2021/22, United Kingdom | 82%',
      'Girls aged 12 to 15 | 2021/22, United Kingdom | 39%',
      'Victims who were girls | 2022/23, United Kingdom | 83%',
      'Aged under 12 | 2017/18 to 2022/23, United Kingdom | ≈25%',
      'Victims who were girls | 2023/24, United Kingdom | 81%',
    ]);
  });

  it('never shows a derived count more precisely than its rounded input', () => {
    const model = ageModel(dataset, { ...base, measure: 'count' });
    expect(rows(model)).toEqual([
      // Police gave the age in "instances"; a fifth of them counts instances too (#25, item 10).
      "Instances with the victim's age given | 2017/18 to 2018/19, England and Wales | 5,567",
      'Instances with a child under 12 | 2017/18 to 2018/19, England and Wales | ≈1,113†',
      // "over 5,500": a lower bound keeps its direction.
      'Offences against children under 12 | 2017/18 to 2022/23, United Kingdom | >5,500',
    ]);
  });

  it('leads the takeaway with the largest age group published, girls of an age included', () => {
    const share = ageModel(dataset, { ...base, measure: 'share' });
    expect(share.takeaway).toMatch(
      /^62% of victims were girls aged 12 to 15 \(2017\/18, England and Wales\)/,
    );
    // Counts are published for one band only: over 5,500 under 12s outnumber ≈1,113 of them.
    const count = ageModel(dataset, { ...base, measure: 'count' });
    expect(count.takeaway).toMatch(/^>5,500 offences involved children under 12 /);
    // Scotland's two counts of under 13s: the larger, 2021/22's, leads.
    const scotland = ageModel(dataset, { ...base, geos: ['scotland'], measure: 'count' });
    // Scotland's release counted victims, not offences.
    expect(scotland.takeaway).toMatch(/^369 victims were under 13 \(2021\/22/);
  });

  it('says the figures are from different releases and bases, and not comparable', () => {
    const model = ageModel(dataset, { ...base, measure: 'share' });
    expect(model.caveats).toContain(
      'These 8 figures come from 5 releases with different bases, age bands, years and places: read each on its own, not as a series or against each other.',
    );
    expect(model.caveats.join(' ')).toContain('Scotland records a different offence');
  });

  it('shows counts under the index, like the other panels the index does not apply to', () => {
    const index = ageModel(dataset, { ...base, measure: 'index' });
    expect(index.caveats[0]).toBe(
      'The index applies to totals over time; this panel shows counts.',
    );
    expect(rows(index)).toEqual(rows(ageModel(dataset, { ...base, measure: 'count' })));
  });

  it('follows the places filter and says where figures exist when none match', () => {
    expect(rows(ageModel(dataset, { ...base, geos: ['scotland'], measure: 'count' }))).toEqual([
      'Victims under 13 | 2017/18, Scotland | 226',
      'Victims under 13 | 2021/22, Scotland | 369',
    ]);
    const none = ageModel(dataset, { ...base, geos: ['wales'], measure: 'share' });
    expect(none.items).toEqual([]);
    expect(none.caveats[0]).toMatch(/They exist for: England and Wales, United Kingdom\.$/);
  });
});
