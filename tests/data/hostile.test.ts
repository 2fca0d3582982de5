import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseTable } from '../../src/data/csv';
import { importContext, summarise, validateImport } from '../../src/import/import';
import {
  GEOGRAPHY_COLUMNS,
  ID_LIMIT,
  NOTE_LIMIT,
  geographySchema,
  suggest,
} from '../../src/data/schema';
import type { ImportTag } from '../../src/data/schema';
import { bundledDataset } from '../fixtures/bundled';

const TAG: ImportTag = {
  id: 't1',
  fileName: 'hostile.csv',
  importedAt: '2026-11-28T09:00:00.000Z',
};
const ctx = () => importContext(bundledDataset(), TAG);
// The columns of the format before confidence, bound and series were added: still a valid file.
const HEADER = 'indicator,period,geography,platform,age_band,sex,value,status,source,release,note';
// A made-up test row: 2025/26 has no published figure.
const ROW = 'offences,2025/26,england-wales,,,,"1,234",,,2026-10,';
const MB = 1024 * 1024;

function outcome(text: string) {
  const summary = summarise(validateImport(text, ctx()));
  return {
    added: summary.packed?.count ?? 0,
    errors: summary.errors.map(formatIssue),
    warnings: summary.warnings.map(formatIssue),
  };
}

const notUtf8 = 'the file is not valid UTF-8 text; save it as "CSV UTF-8" and try again';
const binary =
  'the file is not a CSV: it holds binary data (a workbook, an image or a compressed file?). Save it as "CSV UTF-8" and try again';

/** Each hostile file and exactly what becomes of it: refused with these messages, or accepted. */
const CORPUS: [string, () => string, { added: number; errors?: string[]; warnings?: string[] }][] =
  [
    [
      'UTF-16 text',
      () => new TextDecoder().decode(Buffer.from(`\uFEFF${HEADER}\n${ROW}`, 'utf16le')),
      { added: 0, errors: [binary] },
    ],
    [
      'Latin-1 text',
      () => new TextDecoder().decode(Buffer.from(`${HEADER}\n${ROW}café`, 'latin1')),
      { added: 0, errors: [notUtf8] },
    ],
    ['CR-only line ends', () => [HEADER, ROW].join('\r'), { added: 1 }],
    [
      'a CRLF header with LF rows (the template is CRLF)',
      () => `${HEADER}\r\n${ROW}\n${ROW.replace('2025/26', '2023/24')}`,
      { added: 2 },
    ],
    [
      'mixed line ends',
      () => `${HEADER}\n${ROW}\r\n${ROW.replace('2025/26', '2023/24')}\r`,
      { added: 2 },
    ],
    ['a quoted note with a newline', () => `${HEADER}\n${ROW}"line one\nline two"`, { added: 1 }],
    [
      '10,000 columns',
      () =>
        `${HEADER},${Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(',')}\n${ROW}${','.repeat(10_000)}`,
      { added: 1 },
    ],
    [
      'a 5 MB line with no spaces',
      () => 'a'.repeat(5 * MB),
      {
        added: 0,
        errors: ['indicator', 'period', 'geography', 'value'].map(
          (c) =>
            `row 1, column ${c}: required column "${c}" is missing from the header (found: ${'a'.repeat(60)}…)`,
        ),
      },
    ],
    [
      'a 5 MB note',
      () => `${HEADER}\n${ROW}${'x'.repeat(5 * MB)}`,
      {
        added: 0,
        errors: [
          'row 2, column note: is 5,242,880 characters long; this column holds at most 2,000',
        ],
      },
    ],
    [
      'a note one character over the limit',
      () => `${HEADER}\n${ROW}${'x'.repeat(NOTE_LIMIT + 1)}`,
      {
        added: 0,
        errors: ['row 2, column note: is 2,001 characters long; this column holds at most 2,000'],
      },
    ],
    ['the longest note allowed', () => `${HEADER}\n${ROW}${'x'.repeat(NOTE_LIMIT)}`, { added: 1 }],
    [
      'a 1 MB geography id',
      () => `${HEADER}\n${ROW.replace('england-wales', 'e'.repeat(MB))}`,
      {
        added: 0,
        errors: [
          'row 2, column geography: is 1,048,576 characters long; this column holds at most 200',
        ],
      },
    ],
    ['HTML in a note', () => `${HEADER}\n${ROW}<img src=x onerror=alert(1)>`, { added: 1 }],
    ['a formula in a note', () => `${HEADER}\n${ROW}"=HYPERLINK(""x"")"`, { added: 1 }],
    [
      'a repeated header',
      () => `${HEADER},value\n${ROW},1`,
      { added: 0, errors: ['row 1, column value: column appears twice in the header'] },
    ],
    ['prototype-named headers', () => `__proto__,constructor,${HEADER}\n1,2,${ROW}`, { added: 1 }],
    [
      'a number of 16 significant digits',
      () => `${HEADER}\n${ROW.replace('"1,234"', '1234567890123456')}`,
      {
        added: 0,
        errors: [
          'row 2, column value: 1234567890123456 has 16 significant digits; at most 15 can be kept exactly',
        ],
      },
    ],
    [
      'a number of 15 significant digits',
      () => `${HEADER}\n${ROW.replace('"1,234"', '123456789012345')}`,
      { added: 1 },
    ],
    [
      'a year before 2000/01',
      () => `${HEADER}\n${ROW.replace('2025/26', '1999/00')}`,
      { added: 0, errors: ['row 2, column period: "1999/00" is outside 2000/01–2100/01'] },
    ],
    [
      'months after 2100/01',
      () => `${HEADER}\n${ROW.replace('2025/26', '2101-04..2101-05')}`,
      { added: 0, errors: ['row 2, column period: "2101-04..2101-05" is outside 2000/01–2100/01'] },
    ],
    [
      'a platform id the charts use for their own columns',
      () => `${HEADER}\nplatform_offences,2025/26,england-wales,column,,,12,,,,`,
      {
        added: 0,
        errors: [
          'row 2, column platform: "column" cannot be an id: the charts use that name for their own columns (reserved: column, label, name, text, value, year)',
        ],
      },
    ],
    [
      'a binary file named .csv',
      () => `PK\u0003\u0004${'\u0000'.repeat(100)}`,
      { added: 0, errors: [binary] },
    ],
  ];

describe('a corpus of hostile files', () => {
  it.each(CORPUS)('%s', (_, make, expected) => {
    const result = outcome(make());
    expect(result.added).toBe(expected.added);
    expect(result.errors).toEqual(expected.errors ?? []);
    expect(result.warnings).toEqual(expected.warnings ?? []);
  });

  it('a header of four 1 MB names is echoed cut short, in messages of bounded length', () => {
    const result = outcome(
      `${Array.from({ length: 4 }, (_, i) => `${i}${'h'.repeat(MB)}`).join(',')}\n1,2,3,4`,
    );
    expect(result.errors).toHaveLength(4);
    for (const e of result.errors) expect(e.length).toBeLessThan(400);
  });

  it('checks 200,000 rows of the allowed size without error', () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) =>
        `offences,2020-${String((i % 12) + 1).padStart(2, '0')}..2020-12,england-wales,,,,${i},,,,`,
    );
    expect(outcome([HEADER, ...rows].join('\n')).added).toBe(200_000);
  }, 30_000);

  it('never suggests for an id too long to be any known one, however long', () => {
    const started = performance.now();
    expect(suggest('e'.repeat(2 * MB), ['england-wales'])).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

it('refuses a geography with a reserved id in the bundled files too', () => {
  const table = parseTable('id,name,type\nyear,Year,region\n', geographySchema, GEOGRAPHY_COLUMNS);
  expect(table.errors.map(formatIssue)).toEqual([
    'row 2, column id: "year" cannot be an id: the charts use that name for their own columns (reserved: column, label, name, text, value, year)',
  ]);
});

describe('field lengths (property)', () => {
  it('a field is accepted exactly when it is within its limit, and messages stay short', () => {
    const column = fc.constantFrom('note', 'geography', 'platform', 'source', 'release');
    fc.assert(
      fc.property(column, fc.integer({ min: 0, max: 5000 }), (name, length) => {
        const limit = name === 'note' ? NOTE_LIMIT : ID_LIMIT;
        const cells: Record<string, string> = {
          indicator: 'platform_offences',
          period: '2025/26',
          geography: 'england-wales',
          platform: 'snapchat',
          value: '1',
          source: '',
          release: '',
          note: '',
        };
        cells[name] = 'x'.repeat(length);
        const line = Object.keys(cells).join(',') + '\n' + Object.values(cells).join(',');
        const result = outcome(line);
        for (const e of result.errors) expect(e.length).toBeLessThan(300);
        if (length > limit)
          expect(result.errors).toContain(
            `row 2, column ${name}: is ${length.toLocaleString('en-GB')} characters long; this column holds at most ${limit.toLocaleString('en-GB')}`,
          );
        else expect(result.errors.some((e) => e.includes('characters long'))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
