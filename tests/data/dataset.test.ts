import { describe, expect, it } from 'vitest';
import {
  DataFileError,
  figureConfidence,
  findEntry,
  observationsOf,
  observationsOfIn,
} from '../../src/data/dataset';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Indicator } from '../../src/data/vocabularies';
import { formatIssue } from '../../src/data/csv';
import { bundledDataset, bundledTexts } from '../fixtures/bundled';

describe('the bundled data set', () => {
  const dataset = bundledDataset();

  it('parses without errors or warnings', () => {
    expect(dataset.observations.length).toBeGreaterThan(100);
    expect(dataset.warnings).toEqual([]);
  });

  it('lists all 43 territorial police forces of England and Wales with their region', () => {
    const forces = [...dataset.geographies.values()].filter((g) => g.type === 'force');
    expect(forces).toHaveLength(43);
    expect(
      forces
        .filter((f) => f.parent === 'west-midlands-region')
        .map((f) => f.id)
        .sort(),
    ).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands-police']);
  });

  it('holds the 2019 release figures', () => {
    const value = (
      indicator: 'offences' | 'offences_method_known',
      geography: string,
      period: string,
    ) => findEntry(dataset, { indicator, geography, period })?.headline.value;
    expect(value('offences', 'england-wales', '2017/18')).toBe(3217);
    expect(value('offences', 'england-wales', '2018/19')).toBe(4373);
    expect(value('offences_method_known', 'england-wales', '2018/19')).toBe(2700);
    expect(value('offences', 'west-midlands-region', '2017/18')).toBe(194);
    expect(value('offences', 'west-midlands-region', '2018/19')).toBe(260);
    const instagram = findEntry(dataset, {
      indicator: 'platform_offences',
      geography: 'england-wales',
      period: '2018/19',
      platform: 'instagram',
    });
    expect(instagram?.headline).toMatchObject({
      value: 929,
      source: 'seed-2019-09',
      status: 'published',
    });
  });

  it('marks derived figures and gives their arithmetic', () => {
    const other = findEntry(dataset, {
      indicator: 'platform_offences',
      geography: 'england-wales',
      period: '2017/18',
      platform: 'other',
    })!;
    expect(other.headline).toMatchObject({ value: 567, status: 'derived' });
    expect(other.headline.note).toContain('2,117 − 418 − 618 − 89 − 425 = 567');
    for (const o of dataset.observations.filter((x) => x.status === 'derived'))
      expect(o.note).toMatch(/Derived/);
  });

  it('checks the derived arithmetic against the published figures', () => {
    const v = (geography: string, period: string) =>
      findEntry(dataset, { indicator: 'offences', geography, period })!.headline.value;
    // 2019/20 from the revised series; the split of the three-year total is kept as a revision.
    expect(v('england-wales', '2019/20')).toBe(5954 - 184 - 651);
    expect(
      findEntry(dataset, { indicator: 'offences', geography: 'england-wales', period: '2019/20' })!
        .revisions[0]!.value,
    ).toBe(12925 - 3217 - 4373);
    expect(v('uk', '2017/18')).toBe(
      3217 + v('northern-ireland', '2017/18') + v('scotland', '2017/18'),
    );
  });

  it('every figure cites a source that exists', () => {
    for (const o of dataset.observations) expect(dataset.sources.has(o.source!)).toBe(true);
  });
});

describe('observationsOfIn', () => {
  const dataset = bundledDataset();

  it("gives a place's figures of the indicators asked, in the data set's order", () => {
    const of = (...indicators: Indicator[]) =>
      observationsOfIn(dataset, 'england-wales', ...indicators);
    const platforms = of('platform_offences', 'platform_share');
    expect(platforms).toEqual(
      observationsOf(dataset, 'england-wales').filter(
        (o) => o.indicator === 'platform_offences' || o.indicator === 'platform_share',
      ),
    );
    expect(platforms.some((o) => o.indicator === 'platform_share')).toBe(true);
    expect(
      platforms.find(
        (o) =>
          o.platform === 'instagram' &&
          o.periodText === '2018/19' &&
          o.indicator === 'platform_offences',
      )?.value,
    ).toBe(929);
    expect(of('forces_responding').every((o) => o.indicator === 'forces_responding')).toBe(true);
    expect(of('forces_responding').length).toBeGreaterThan(0);
    // Kept: asked again, the same list.
    expect(of('platform_offences', 'platform_share')).toBe(platforms);
  });
});

describe('headline and revisions', () => {
  const dataset = bundledDataset();

  it('takes the latest release as the headline and keeps earlier ones as revisions', () => {
    const uk = findEntry(dataset, { indicator: 'offences', geography: 'uk', period: '2021/22' })!;
    expect(uk.headline.value).toBe(6275);
    expect(uk.revisions.map((r) => r.value)).toEqual([6156]);
  });

  it('never lets a derived value displace a published one', () => {
    const ew1718 = findEntry(dataset, {
      indicator: 'offences',
      geography: 'england-wales',
      period: '2017/18',
    })!;
    expect(ew1718.headline.value).toBe(3217);
    expect(ew1718.revisions.map((r) => r.value)).toEqual([3171, 3182]);
    const ew1819 = findEntry(dataset, {
      indicator: 'offences',
      geography: 'england-wales',
      period: '2018/19',
    })!;
    expect(ew1819.headline.value).toBe(4373);
    expect(ew1819.revisions).toEqual([expect.objectContaining({ value: 4625, status: 'derived' })]);
  });
});

describe('parseDataset errors', () => {
  it('names the file, row and column of a corrupted figure', () => {
    const texts = bundledTexts();
    texts['observations.csv'] = texts['observations.csv'].replace('"4,373"', 'four thousand');
    try {
      parseDataset(texts);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataFileError);
      const error = e as DataFileError;
      expect(error.file).toBe('observations.csv');
      expect(error.issues.map(formatIssue)).toEqual([
        'row 3, column value: "four thousand" is not a number; expected digits such as 4373 or 4,373',
      ]);
    }
  });

  it('rejects a geography whose parent does not exist and an unknown source id', () => {
    const texts = bundledTexts();
    texts['geographies.csv'] += 'x-force,X Police,force,nowhere,\n';
    expect(() => parseDataset(texts)).toThrow(/geographies.csv: unknown geography "nowhere"/);
    const texts2 = bundledTexts();
    texts2['observations.csv'] = texts2['observations.csv'].replace(
      ',nspcc-2019-09,2019-09,,',
      ',nspcc-2099,2019-09,,',
    );
    expect(() => parseDataset(texts2)).toThrow(/unknown source "nspcc-2099"/);
  });
});

describe('the columns the truth rules need', () => {
  const dataset = bundledDataset();
  const rows = dataset.observations;

  it('checks every derived figure whose note gives "a − b … = c" against its own arithmetic', () => {
    let checked = 0;
    for (const o of rows.filter((x) => x.status === 'derived')) {
      const sum = o.note.match(
        /((?:[\d,]+(?: \([^)]*\))? [−+] )+[\d,]+(?: \([^)]*\))?) = ([\d,]+)/,
      );
      if (!sum) continue;
      const terms = sum[1]!.replace(/ \([^)]*\)/g, '').split(' ');
      let total = Number(terms[0]!.replace(/,/g, ''));
      for (let i = 1; i < terms.length; i += 2) {
        const n = Number(terms[i + 1]!.replace(/,/g, ''));
        total += terms[i] === '−' ? -n : n;
      }
      expect(total, o.note).toBe(Number(sum[2]!.replace(/,/g, '')));
      expect(o.value, o.note).toBe(total);
      checked++;
    }
    // 567, 674, 5,335, 5,119 and 4,625.
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('keeps the direction of every published bound, on approximate figures only', () => {
    const bounds = rows.filter((o) => o.bound).map((o) => [o.periodText, o.value, o.bound]);
    expect(bounds).toEqual([
      ['2017/18-2018/19', 70, 'over'],
      ['2017/18', 25, 'under'],
      ['2020/21', 25, 'over'],
      ['2017/18-2022/23', 34000, 'under'],
      ['2017/18-2022/23', 5500, 'over'],
    ]);
    for (const o of rows.filter((x) => x.bound)) expect(o.status).toBe('approximate');
  });

  it('rates figures, not outlets: the force shares of an otherwise high-confidence story are medium', () => {
    const heart = rows.filter((o) => o.source === 'heart-2019-09');
    expect(dataset.sources.get('heart-2019-09')!.confidence).toBe('H');
    expect(
      heart.filter((o) => o.indicator === 'offences').map((o) => figureConfidence(dataset, o)),
    ).toEqual(['H', 'H']);
    for (const o of heart.filter((x) => x.indicator === 'platform_share'))
      expect(figureConfidence(dataset, o)).toBe('M');
  });

  it('marks the revised 2024 series, and every published change spans its two years', () => {
    const revised = rows
      .filter((o) => o.series === 'revised-2024')
      .map((o) => `${o.geography} ${o.periodText}`);
    expect(revised).toContain('uk 2018/19');
    expect(revised).toContain('england-wales 2018/19');
    const changes = rows.filter((o) => o.indicator === 'offences_change');
    expect(changes.map((o) => `${o.geography} ${o.periodText} ${o.value}`)).toContain(
      'uk 2017/18-2024/25 99',
    );
    for (const o of changes) expect(o.period.kind).toBe('span');
  });

  it('writes notes for readers: no working notes about the catalogue', () => {
    for (const o of rows) expect(o.note).not.toMatch(/FIGURES\.md|attribution is assumed/);
  });

  it('links only to an article or release itself, never to a home or date page', () => {
    for (const s of dataset.sources.values()) {
      if (!s.url) {
        expect(s.note, s.id).toMatch(/address (was )?not recorded|addresses not recorded/);
        continue;
      }
      const path = new URL(s.url).pathname.replace(/\/$/, '');
      // A home page has no path; a date page ends in a date.
      expect(path, s.url).not.toBe('');
      expect(path, s.url).not.toMatch(/\/\d{4}(\/\d{2}(\/\d{2})?)?$|\/\d{4}-\d{2}-\d{2}$/);
    }
  });
});
