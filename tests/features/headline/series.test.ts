import { describe, expect, it } from 'vitest';
import { headlineModel } from '../../../src/features/headline/series';
import { bundledDataset } from '../../fixtures/bundled';

const dataset = bundledDataset();
const figures = (m: ReturnType<typeof headlineModel>) => m.figures.map((f) => [f.label, f.value]);
const card = (m: ReturnType<typeof headlineModel>, id: string) =>
  m.figures.find((f) => f.id === id)!;

describe('headlineModel', () => {
  it('gives the latest figure, the published change, the leading platform and the region share', () => {
    const model = headlineModel(dataset, {
      geos: ['england-wales', 'west-midlands-region'],
      platforms: null,
      from: 2017,
      to: 2018,
      measure: 'count',
    });
    expect(figures(model)).toEqual([
      ['Recorded offences, England and Wales, 2018/19', '4,373'],
      ['Change, 2017/18 to 2018/19, England and Wales, as published', '+36%'],
      ['Leading platform†, England and Wales, 2018/19', 'Instagram'],
      ["West Midlands region's share of England and Wales, 2018/19", '5.9%†'],
    ]);
    // The base of a share is said on the card: offences with the method known, of all offences.
    expect(card(model, 'platform').detail).toBe(
      '929 offences, 34.4%† of offences where the method was known (2,700 of 4,373 recorded offences, 61.7%†).',
    );
    expect(card(model, 'offences').detail).toBe('Covers all 43 forces.');
    expect(card(model, 'change').detail).toContain(
      'Computed here: +36%†, 3,217 (2017/18) to 4,373 (2018/19), computed from the two totals: both cover all 43 forces.',
    );
    expect(model.takeaway).toBe(
      'England and Wales recorded 4,373 offences in 2018/19; +36% from 2017/18 to 2018/19 as published.',
    );
  });

  it('leads with the latest year that has platform figures, whatever the measure (Snapchat, not Instagram 2018/19)', () => {
    for (const measure of ['count', 'share'] as const) {
      const model = headlineModel(dataset, {
        geos: ['england-wales', 'uk'],
        platforms: null,
        from: 2017,
        to: 2024,
        measure,
      });
      expect(figures(model).slice(0, 3)).toEqual([
        ['Recorded offences, United Kingdom, 2024/25', '7,263'],
        ['Change, 2017/18 to 2024/25, United Kingdom, as published', '+99%'],
        ['Leading platform†, UK, 2024/25', 'Snapchat'],
      ]);
      expect(card(model, 'platform').detail).toBe(
        '40% of offences where the method was known (2,111 of 7,263 recorded offences, 29.1%†). UK figures include Scotland, which records a different offence.',
      );
    }
  });

  it("puts the NSPCC's like-for-like +99% first and says the computed +95% mixes coverage", () => {
    const model = headlineModel(dataset, {
      geos: ['uk'],
      platforms: null,
      from: 2017,
      to: 2024,
      measure: 'count',
    });
    const change = card(model, 'change');
    expect(change.detail).toContain(
      'Published by Shropshire Star (UK news): Comparing only the forces that supplied figures for both years',
    );
    expect(change.detail).toContain(
      "Computed here: +95%†, 3,728 (2017/18) to 7,263 (2024/25), computed from the two totals: not like-for-like (2017/18: forces not stated (the NSPCC's revised UK series of 2024); 2024/25: 44 forces: all but Lincolnshire).",
    );
    expect(model.takeaway).toBe(
      'United Kingdom recorded 7,263 offences in 2024/25; +99% from 2017/18 to 2024/25 as published (+95%† computed from totals not like-for-like).',
    );
    // The card's confidence is the published change's own (high), not the computed one's input.
    expect(change.confidence).toBe('H');
    // Scotland's different offence is said on the card of every UK total.
    expect(card(model, 'offences').detail).toContain('Scotland records a different offence');
  });

  it('gives a single-outlet figure medium confidence, on the card', () => {
    const model = headlineModel(dataset, {
      geos: ['wales'],
      platforms: null,
      from: 2017,
      to: 2024,
      measure: 'count',
    });
    expect(card(model, 'offences')).toMatchObject({ value: '549', confidence: 'M' });
    expect(card(model, 'offences').detail).not.toMatch(/FIGURES\.md|assumed/);
    expect(card(model, 'change').detail).toContain('not known to be like-for-like');
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
      detail:
        '549 offences, 20.3%† of offences where the method was known (2,700 of 4,373 recorded offences, 61.7%†).',
    });
  });
});
