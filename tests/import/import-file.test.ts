import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/csv';
import {
  findEntry,
  sourcesOf,
  withImports,
  withImportsInSteps,
  type ImportBatch,
} from '../../src/data/dataset';
import {
  IMPORT_LIMIT_BYTES,
  TEMPLATE_CSV,
  fileProblem,
  importContext,
  observationsToCsv,
  validateImport,
} from '../../src/import/import';
import { packRows, unpackRows } from '../../src/data/packed-rows';
import type { ImportTag, Observation } from '../../src/data/schema';
import { bundledDataset } from '../fixtures/bundled';

const TAG: ImportTag = { id: 't1', fileName: 'new.csv', importedAt: '2026-11-28T09:00:00.000Z' };
const ctx = () => importContext(bundledDataset(), TAG);
// The format before the confidence, bound and series columns: files in it stay valid.
const HEADER = 'indicator,period,geography,platform,age_band,sex,value,status,source,release,note';

function check(...lines: string[]) {
  return validateImport([HEADER, ...lines].join('\n'), ctx());
}

function errorsOf(...lines: string[]) {
  return check(...lines).errors.map(formatIssue);
}

describe('validateImport: errors, each with its row and column', () => {
  it.each([
    [
      'an unknown indicator',
      'offence,2025/26,england-wales,,,,10,,,,',
      'row 2, column indicator: unknown indicator "offence"; did you mean "offences"? (expected one of offences, offences_method_known, offences_age_known, platform_offences, platform_share, age_band_offences, age_band_share, sex_share, forces_responding, offences_change)',
    ],
    [
      'a non-numeric value',
      'offences,2025/26,england-wales,,,,ten,,,,',
      'row 2, column value: "ten" is not a number; expected digits such as 4373 or 4,373',
    ],
    [
      'a percent over 100',
      'platform_share,2025/26,england-wales,snapchat,,,101,,,,',
      'row 2, column value: 101 is over 100; a percent is 0–100',
    ],
    [
      'a negative count',
      'offences,2025/26,england-wales,,,,-5,,,,',
      'row 2, column value: -5 is negative; counts and percents are 0 or more',
    ],
    [
      'a bad period',
      'offences,2025/27,england-wales,,,,10,,,,',
      'row 2, column period: "2025/27" is not a financial year: the second part must be the next year (2025/26)',
    ],
    [
      'an unknown geography, with a suggestion',
      'offences,2025/26,west-midlnds-police,,,,10,,,,',
      'row 2, column geography: unknown geography "west-midlnds-police"; did you mean "west-midlands-police"?',
    ],
    [
      'an unknown source',
      'offences,2025/26,england-wales,,,,10,,nspcc-2091-09,,',
      'row 2, column source: unknown source "nspcc-2091-09"; did you mean "nspcc-2019-09"?',
    ],
    [
      "the template's example row",
      'offences,2025/26,england-wales,,,,10,,,,EXAMPLE ROW: replace',
      "row 2, column note: is the template's example row; replace it with a published figure or delete it",
    ],
  ])('%s', (_, line, message) => {
    expect(errorsOf(line)).toEqual([message]);
  });

  it('names a missing required column', () => {
    const result = validateImport('indicator,period,value\noffences,2025/26,10', ctx());
    expect(result.errors.map(formatIssue)).toEqual([
      'row 1, column geography: required column "geography" is missing from the header (found: indicator, period, value)',
    ]);
  });

  it('refuses an empty file, a binary file and text that is not UTF-8', () => {
    expect(validateImport('', ctx()).errors[0]!.message).toMatch(/^the file is empty/);
    expect(validateImport('PK\u0003\u0004\u0014\u0000', ctx()).errors[0]!.message).toMatch(
      /^the file is not a CSV: it holds binary data/,
    );
    // What a Windows-1252 "£" becomes when read as UTF-8.
    const latin1 = `${HEADER}\noffences,2025/26,england-wales,,,,10,,,,costs \uFFFD5`;
    expect(validateImport(latin1, ctx()).errors[0]!.message).toBe(
      'the file is not valid UTF-8 text; save it as "CSV UTF-8" and try again',
    );
  });

  it('merges nothing from a file with any error, and counts its rows', () => {
    const result = check(
      'offences,2025/26,england-wales,,,,10,,,,',
      'offences,2025/26,england-wales,,,,oops,,,,',
    );
    expect(result.rows).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.errors.map((e) => e.row)).toEqual([3]);
  });

  it('refuses a 50 MB file, an empty file and a workbook before reading them', () => {
    expect(fileProblem({ name: 'big.csv', size: 50 * 1024 * 1024 })?.errors[0]!.message).toBe(
      `"big.csv" is 50.0 MB; files up to ${IMPORT_LIMIT_BYTES / 1024 / 1024}.0 MB can be imported. Split it into smaller files, each starting with the header row.`,
    );
    expect(fileProblem({ name: 'empty.csv', size: 0 })?.errors[0]!.message).toMatch(/is empty/);
    expect(fileProblem({ name: 'figures.xlsx', size: 9000 })?.errors[0]!.message).toMatch(
      /^"figures.xlsx" is not a CSV file/,
    );
    expect(fileProblem({ name: 'figures.csv', size: 9000 })).toBeNull();
  });

  it('refuses the template until its example rows are replaced', () => {
    expect(validateImport(TEMPLATE_CSV, ctx()).errors.map((e) => e.row)).toEqual([2, 3]);
  });
});

describe('validateImport: warnings and figures already shown', () => {
  it('warns of unknown platforms and age bands and repeated rows, and still accepts them', () => {
    const result = check(
      'platform_offences,2025/26,england-wales,roblox,,,12,,,,',
      'age_band_offences,2025/26,england-wales,,under-9,,3,,,,',
      'age_band_offences,2025/26,england-wales,,under-9,,3,,,,',
    );
    expect(result.rows).toHaveLength(3);
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 2, column platform: unknown platform "roblox"; it is shown by its id',
      'row 3, column age_band: unknown age band "under-9"; it is shown by its id',
      'row 4, column age_band: unknown age band "under-9"; it is shown by its id',
      'row 4: duplicates row 3',
    ]);
  });

  it('puts a row that revises a published figure beside it, and says which will be shown', () => {
    const { comparisons } = check(
      'platform_offences,2018/19,england-wales,instagram,,,929,published,nspcc-2019-09,2019-09,',
      'platform_offences,2018/19,england-wales,instagram,,,930,,,2019-09,',
      'offences,2018/19,england-wales,,,,4400,,,2020-01,',
    );
    expect(
      comparisons.map((c) => [
        c.row,
        c.figure,
        c.current.value,
        c.imported.value,
        c.kind,
        c.becomesHeadline,
      ]),
    ).toEqual([
      [
        2,
        'Offences by platform, 2018/19, England and Wales, Instagram',
        929,
        929,
        'duplicate',
        false,
      ],
      [
        3,
        'Offences by platform, 2018/19, England and Wales, Instagram',
        929,
        930,
        'revision',
        false,
      ],
      [4, 'Recorded offences, 2018/19, England and Wales', 4373, 4400, 'revision', true],
    ]);
  });
});

describe('merging imports into the data set', () => {
  const batch = (tag: ImportTag, ...lines: string[]): ImportBatch => {
    const result = validateImport(
      [HEADER, ...lines].join('\n'),
      importContext(bundledDataset(), tag),
    );
    expect(result.errors).toEqual([]);
    return { tag, packed: packRows(result.rows) };
  };
  const ew2018 = { indicator: 'offences', geography: 'england-wales', period: '2018/19' } as const;

  it('makes a later release the headline and keeps the bundled value as a revision', () => {
    const merged = withImports(bundledDataset(), [
      batch(TAG, 'offences,2018/19,england-wales,,,,4400,,,2020-01,test data'),
    ]);
    const entry = findEntry(merged, ew2018)!;
    expect(entry.headline.value).toBe(4400);
    expect(entry.headline.origin?.fileName).toBe('new.csv');
    expect(entry.revisions.map((r) => r.value)).toContain(4373);
    expect(sourcesOf(merged, [entry.headline]).map((s) => s.title)).toEqual([
      'Imported from new.csv',
    ]);
  });

  it('keeps the bundled headline when the import is not a later release', () => {
    const merged = withImports(bundledDataset(), [
      batch(TAG, 'offences,2018/19,england-wales,,,,4400,,,2019-09,test data'),
      batch({ ...TAG, id: 't2' }, 'offences,2018/19,england-wales,,,,4500,,,,test data'),
    ]);
    const entry = findEntry(merged, ew2018)!;
    expect(entry.headline.value).toBe(4373);
    // Then the bundled derived total, which never heads a figure.
    expect(entry.revisions.map((r) => [r.value, r.status])).toEqual([
      [4400, 'published'],
      [4500, 'published'],
      [4625, 'derived'],
    ]);
  });

  it('merges in steps, pausing between them, to the same data set', async () => {
    const batches = [batch(TAG, 'offences,2018/19,england-wales,,,,4400,,,2020-01,test data')];
    let pauses = 0;
    const stepped = await withImportsInSteps(bundledDataset(), batches, async () => {
      pauses++;
    });
    expect([...stepped.entries]).toEqual([...withImports(bundledDataset(), batches).entries]);
    expect(pauses).toBeGreaterThan(2);
  });

  it('adds a new year and leaves the bundled data set untouched', () => {
    const bundled = bundledDataset();
    const count = bundled.observations.length;
    const merged = withImports(bundled, [
      batch(TAG, 'offences,2025/26,england-wales,,,,1234,,,,test data'),
    ]);
    expect(findEntry(merged, { ...ew2018, period: '2025/26' })?.headline.value).toBe(1234);
    expect(bundled.observations).toHaveLength(count);
    expect(withImports(bundled, [])).toBe(bundled);
  });
});

describe('untrusted input', () => {
  it('random bytes never throw, they only produce errors', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const text = new TextDecoder().decode(bytes);
        const result = validateImport(text, ctx());
        expect(result.rows.length === 0 || result.errors.length === 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('random CSV-like text never throws, and rows come only from error-free files', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'offences',
        'platform_share',
        '2018/19',
        '2025/26',
        'england-wales',
        'uk',
        'snapchat',
        '"4,373"',
        '101',
        '-1',
        '""',
        '"',
        '=1+1',
        '',
      ),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.array(cell, { maxLength: 12 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const result = validateImport([HEADER, ...lines].join('\n'), ctx());
        if (result.errors.length) expect(result.rows).toEqual([]);
        for (const e of result.errors) expect(e.message).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('exporting the whole data set', () => {
  const comparable = (rows: readonly Observation[]) =>
    rows.map(({ row: _row, origin: _origin, ...rest }) => rest);

  it('round-trips the bundled data set', () => {
    const bundled = bundledDataset();
    const result = validateImport(observationsToCsv(bundled.observations), ctx());
    expect(result.errors).toEqual([]);
    expect(comparable(result.rows)).toEqual(comparable(bundled.observations));
  });

  it('round-trips any valid figures (property)', () => {
    const geographies = [...bundledDataset().geographies.keys()];
    const observation = fc.record({
      indicator: fc.constantFrom(
        'offences',
        'platform_offences',
        'age_band_share',
        'offences_change',
      ),
      year: fc.integer({ min: 2000, max: 2099 }),
      geography: fc.constantFrom(...geographies),
      value: fc.integer({ min: 0, max: 10_000 }),
      negative: fc.boolean(),
      decimals: fc.boolean(),
      status: fc.constantFrom('published', 'approximate'),
      release: fc.option(fc.constantFrom('2019', '2024-09'), { nil: '' }),
      // Notes never start with a formula character: those are neutralised by design.
      note: fc.string({ maxLength: 30 }).filter((s) => !/^[=+\-@\t\r\s]/.test(s) && s.trim() === s),
    });
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 20 }), (figures) => {
        const lines = figures.map((f) => {
          const fraction = f.decimals ? 0.5 : 0;
          const value =
            f.indicator === 'age_band_share'
              ? (f.value % 100) + fraction
              : f.indicator === 'offences_change'
                ? (f.negative ? -1 : 1) * (f.value + fraction)
                : f.value;
          const yearOf = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
          const year =
            f.indicator === 'offences_change'
              ? `${yearOf(f.year)}-${yearOf(f.year + 1)}`
              : yearOf(f.year);
          const platform = f.indicator === 'platform_offences' ? 'snapchat' : '';
          const age = f.indicator === 'age_band_share' ? '12-15' : '';
          const note = `"${f.note.replace(/"/g, '""')}"`;
          return `${f.indicator},${year},${f.geography},${platform},${age},,${value},${f.status},,${f.release},${note}`;
        });
        const first = check(...lines);
        expect(first.errors).toEqual([]);
        const second = validateImport(observationsToCsv(first.rows), ctx());
        expect(second.errors).toEqual([]);
        expect(comparable(second.rows)).toEqual(comparable(first.rows));
      }),
      { numRuns: 200 },
    );
  });

  it('a negative change imports back as the same number', () => {
    const { rows } = check('offences_change,2024/25-2025/26,england-wales,,,,-5.5,,,,');
    const csv = observationsToCsv(rows);
    expect(csv.split('\r\n')[1]).toContain(',-5.5,');
    expect(validateImport(csv, ctx()).rows.map((o) => o.value)).toEqual([-5.5]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const { rows } = check('offences,2025/26,england-wales,,,,10,,,,=HYPERLINK("x")');
    expect(observationsToCsv(rows).split('\r\n')[1]).toMatch(/,"'=HYPERLINK\(""x""\)",,,$/);
  });
});

describe('packed rows, the form imports are sent and stored in', () => {
  it('unpack gives back every row, tagged with its import', () => {
    const { rows } = validateImport(observationsToCsv(bundledDataset().observations), ctx());
    const other: ImportTag = { ...TAG, id: 't9' };
    const unpacked = unpackRows(packRows(rows), other);
    expect(unpacked).toEqual(rows.map((o) => ({ ...o, origin: other })));
  });
});

describe('the confidence, bound and series columns', () => {
  const header = `${HEADER},confidence,bound,series`;
  const errors = (line: string) =>
    validateImport([header, line].join('\n'), ctx()).errors.map(formatIssue);

  it.each([
    ['offences,2025/26,uk,,,,10,,,,,X,,', 'row 2, column confidence: "X" is not H or M'],
    [
      'offences,2025/26,uk,,,,10,approximate,,,,,above,',
      'row 2, column bound: "above" is not one of over, under',
    ],
    [
      'offences,2025/26,uk,,,,10,,,,,,over,',
      'row 2, column bound: a bound is an approximate figure: set status to approximate',
    ],
    [
      'offences_change,2025/26,uk,,,,-5,,,,,,,',
      'row 2, column period: a published change spans its two years, like 2017/18-2024/25',
    ],
    [
      'offences,2025/26,uk,,,,10,,,,,,,Revised 2024',
      'row 2, column series: "Revised 2024" is not an id (lower-case letters, digits and hyphens)',
    ],
  ])('refuses %s', (line, message) => {
    expect(errors(line)).toEqual([message]);
  });

  it('takes a fall as a published change, and a bound with its direction', () => {
    const { rows, errors: found } = validateImport(
      [
        header,
        'offences_change,2024/25-2025/26,uk,,,,-5,,,,Published fall.,,,',
        'offences,2025/26,uk,,,,"8,000",approximate,,,Published as over 8000.,M,over,',
      ].join('\n'),
      ctx(),
    );
    expect(found).toEqual([]);
    expect(rows.map((o) => [o.value, o.confidence, o.bound])).toEqual([
      [-5, null, null],
      [8000, 'M', 'over'],
    ]);
  });
});
