import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseTable } from '../../src/data/csv';
import { observationWarnings } from '../../src/data/dataset';
import {
  DATASET_COLUMNS,
  OBSERVATION_COLUMNS,
  observationSchema,
  parseNumber,
  suggest,
} from '../../src/data/schema';

const schema = observationSchema({
  geographies: new Set(['england-wales', 'west-midlands-region', 'uk']),
  sources: new Set(['nspcc-2019-09']),
  requireSource: true,
});

const HEADER = 'indicator,period,geography,platform,age_band,sex,value,status,source,release,note';

function parse(...lines: string[]) {
  return parseTable(lines.join('\n'), schema, OBSERVATION_COLUMNS);
}

function messages(...lines: string[]) {
  return parse(HEADER, ...lines).errors.map(formatIssue);
}

describe('parseTable with the observation schema', () => {
  it('reads good rows, with thousands separators, defaults and spreadsheet row numbers', () => {
    const result = parse(
      HEADER,
      'offences,2018/19,england-wales,,,,"4,373",,nspcc-2019-09,2019-09,43 forces.',
      'platform_offences,2018/19,england-wales,instagram,,,929,published,nspcc-2019-09,2019-09,',
      'age_band_share,2017/18-2018/19,england-wales,,under-12,,20,approximate,nspcc-2019-09,,around a fifth',
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(3);
    expect(result.rows[0]).toMatchObject({
      row: 2,
      indicator: 'offences',
      value: 4373,
      status: 'published',
      period: { kind: 'year', year: 2018 },
    });
    expect(result.rows[1]).toMatchObject({ row: 3, platform: 'instagram', value: 929 });
    expect(result.rows[2]).toMatchObject({
      ageBand: 'under-12',
      status: 'approximate',
      period: { kind: 'span', from: 2017, to: 2018 },
    });
  });

  it('accepts columns in any order, a byte-order mark, upper-case headers and CRLF line ends', () => {
    const result = parseTable(
      '\uFEFFVALUE,Geography,period,indicator,source\r\n194,west-midlands-region,2017/18,offences,nspcc-2019-09\r\n',
      schema,
      OBSERVATION_COLUMNS,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      value: 194,
      geography: 'west-midlands-region',
      platform: null,
    });
  });

  it.each([
    [
      'offense,2018/19,england-wales,,,,1,,nspcc-2019-09,,',
      'row 2, column indicator: unknown indicator "offense"; did you mean "offences"?',
    ],
    [
      'offences,2018/19,england-wales,,,,lots,,nspcc-2019-09,,',
      'row 2, column value: "lots" is not a number; expected digits such as 4373 or 4,373',
    ],
    [
      'offences,2018/19,england-wales,,,,"4,37",,nspcc-2019-09,,',
      'row 2, column value: "4,37" is not a number',
    ],
    [
      'offences,2018/19,england-wales,,,,-5,,nspcc-2019-09,,',
      'row 2, column value: -5 is negative',
    ],
    [
      'offences,2018/19,england-wales,,,,12.5,,nspcc-2019-09,,',
      'row 2, column value: 12.5 is not a whole number',
    ],
    [
      'platform_share,2018/19,england-wales,instagram,,,134,,nspcc-2019-09,,',
      'row 2, column value: 134 is over 100; a percent is 0–100',
    ],
    [
      'offences,2018/20,england-wales,,,,1,,nspcc-2019-09,,',
      'row 2, column period: "2018/20" is not a financial year: the second part must be the next year (2018/19)',
    ],
    ['offences,,england-wales,,,,1,,nspcc-2019-09,,', 'row 2, column period: is empty'],
    [
      'offences,2018/19,west-midland-region,,,,1,,nspcc-2019-09,,',
      'row 2, column geography: unknown geography "west-midland-region"; did you mean "west-midlands-region"?',
    ],
    [
      'platform_offences,2018/19,england-wales,,,,1,,nspcc-2019-09,,',
      'row 2, column platform: is required for platform_offences',
    ],
    [
      'age_band_share,2018/19,england-wales,,,,1,,nspcc-2019-09,,',
      'row 2, column age_band: is required for age_band_share',
    ],
    [
      'sex_share,2018/19,england-wales,,,girls,1,,nspcc-2019-09,,',
      'row 2, column sex: "girls" is not female or male',
    ],
    [
      'offences,2018/19,england-wales,,,,1,guessed,nspcc-2019-09,,',
      'row 2, column status: "guessed" is not one of published, derived, approximate',
    ],
    ['offences,2018/19,england-wales,,,,1,,,,', 'row 2, column source: is empty'],
    [
      'offences,2018/19,england-wales,,,,1,,nspcc-2019,,',
      'row 2, column source: unknown source "nspcc-2019"; did you mean "nspcc-2019-09"?',
    ],
    [
      'offences,2018/19,england-wales,,,,1,,nspcc-2019-09,Sept 2019,',
      'row 2, column release: "Sept 2019" is not a month like 2019-09',
    ],
    [
      'offences,2018/19,england-wales,,,,1,derived,nspcc-2019-09,,',
      'row 2, column note: a derived figure must give its arithmetic',
    ],
    [
      'offences,2018/19,england-wales,,,,1,,nspcc-2019-09,,,extra',
      'row 2: has more fields than the 11 columns of the header (a value with a comma needs double quotes around it)',
    ],
  ])('rejects %s', (line, expected) => {
    const errors = messages(line);
    expect(errors.join('\n')).toContain(expected);
    expect(parse(HEADER, line).rows).toEqual([]);
  });

  it('lists every error of every row and returns no rows when any row is bad', () => {
    const result = parse(
      HEADER,
      'offences,2018/19,england-wales,,,,"4,373",,nspcc-2019-09,,',
      'offences,2018/19,atlantis,,,,x,,nspcc-2019-09,,',
    );
    expect(result.rows).toEqual([]);
    expect(result.errors.map(formatIssue)).toEqual([
      'row 3, column geography: unknown geography "atlantis"',
      'row 3, column value: "x" is not a number; expected digits such as 4373 or 4,373',
    ]);
  });

  it('names missing required columns, empty files and files that are not UTF-8', () => {
    expect(parse('indicator,period,value', 'offences,2018/19,1').errors.map(formatIssue)).toEqual([
      'row 1, column geography: required column "geography" is missing from the header (found: indicator, period, value)',
    ]);
    expect(parse('').errors.map(formatIssue)).toEqual([
      'the file is empty: expected a header row and at least one figure',
    ]);
    expect(parse(HEADER).errors.map(formatIssue)).toEqual(['the file has a header but no figures']);
    expect(
      parse(HEADER, 'offences,2018/19,england-wales,,,,1,,nspcc-2019-09,,caf\uFFFD').errors[0]!
        .message,
    ).toMatch(/not valid UTF-8/);
    expect(
      parse('indicator,Value,period,geography,value', 'a,b,c,d,e').errors.map(formatIssue),
    ).toEqual(['row 1, column value: column appears twice in the header']);
  });

  it('never throws on arbitrary text, and any failure comes with a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseTable(text, schema, OBSERVATION_COLUMNS);
        expect(result.rows.length === 0 || result.errors.length === 0).toBe(true);
        for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on CSV-like text built from the real vocabulary', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'offences',
        'platform_share',
        '2018/19',
        'england-wales',
        'instagram',
        '4,373',
        '-1',
        '101',
        'derived',
        'nspcc-2019-09',
        '',
        '"',
        ',',
        '\n',
      ),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.array(cell, { minLength: 0, maxLength: 12 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const result = parse(HEADER, ...lines);
        expect(result.rows.length === 0 || result.errors.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a row's problems", () => {
  const columns = (cells: Record<string, string>) => {
    const header = DATASET_COLUMNS.join(',');
    return parseTable(
      `${header}\n${DATASET_COLUMNS.map((c) => cells[c] ?? '').join(',')}`,
      schema,
      OBSERVATION_COLUMNS,
    ).errors.map(formatIssue);
  };

  it('are named in the order of the checks, the first of each column but for a bound', () => {
    expect(
      columns({
        indicator: 'platform_offences',
        period: '2018/19',
        geography: 'atlantis',
        value: '',
        bound: 'about',
        series: 'Old',
        status: 'derived',
        confidence: 'L',
      }),
    ).toEqual([
      'row 2, column geography: unknown geography "atlantis"',
      'row 2, column value: is empty; expected a number',
      'row 2, column platform: is required for platform_offences',
      'row 2, column source: is empty; every bundled figure cites a source from sources.csv',
      'row 2, column confidence: "L" is not H or M',
      'row 2, column bound: "about" is not one of over, under',
      'row 2, column bound: a bound is an approximate figure: set status to approximate',
      'row 2, column series: "Old" is not an id (lower-case letters, digits and hyphens)',
      'row 2, column note: a derived figure must give its arithmetic in the note',
    ]);
  });

  it("name a change's period where its value is checked, once the value is a number", () => {
    const change = { indicator: 'offences_change', period: '2018/19', source: 'nspcc-2019-09' };
    expect(columns({ ...change, geography: 'atlantis', value: '-12' })).toEqual([
      'row 2, column geography: unknown geography "atlantis"',
      'row 2, column period: a published change spans its two years, like 2017/18-2024/25',
    ]);
    expect(columns({ ...change, geography: 'uk', value: 'x', sex: 'girls' })).toEqual([
      'row 2, column value: "x" is not a number; expected digits such as 4373 or 4,373',
      'row 2, column sex: "girls" is not female or male',
    ]);
  });
});

describe('observationWarnings', () => {
  it('warns about unknown platforms and age bands and about duplicate rows, without rejecting them', () => {
    const { rows, errors } = parse(
      HEADER,
      'platform_offences,2018/19,england-wales,tiktok,,,12,,nspcc-2019-09,2025-11,',
      'age_band_share,2018/19,england-wales,,under-10,,12,,nspcc-2019-09,2025-11,',
      'platform_offences,2018/19,england-wales,tiktok,,,12,,nspcc-2019-09,2025-11,',
    );
    expect(errors).toEqual([]);
    expect(observationWarnings(rows).map(formatIssue)).toEqual([
      'row 2, column platform: unknown platform "tiktok"; it is shown by its id',
      'row 3, column age_band: unknown age band "under-10"; it is shown by its id',
      'row 4, column platform: unknown platform "tiktok"; it is shown by its id',
      'row 4: duplicates row 2',
    ]);
  });
});

describe('parseNumber and suggest', () => {
  it('reads numbers with correctly placed separators only', () => {
    expect(parseNumber('12,925')).toBe(12925);
    expect(parseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseNumber('12,92')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('suggests only close ids', () => {
    expect(suggest('instagran', ['instagram', 'snapchat'])).toBe('instagram');
    expect(suggest('zzzzzz', ['instagram', 'snapchat'])).toBeNull();
  });
});
