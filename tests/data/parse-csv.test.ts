import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv, type CsvResult } from '../../src/data/parse-csv';

const transformHeader = (h: string) => h.trim().toLowerCase();

/** papaparse's reading, in the parts the app uses: rows, errors, header fields, renames. */
function papa(text: string): CsvResult {
  const parsed = Papa.parse<Record<string, string | string[]>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader,
  });
  return {
    data: parsed.data,
    errors: parsed.errors.map(({ type, code, message, row }) => ({
      type,
      code,
      message,
      ...(row !== undefined && { row }),
    })) as CsvResult['errors'],
    meta: {
      fields: parsed.meta.fields ?? [],
      renamedHeaders: (parsed.meta.renamedHeaders as Record<string, string> | undefined) ?? null,
    },
  };
}

const read = (text: string) => {
  const ours = parseCsv(text, transformHeader);
  return { ...ours, errors: ours.errors.map((e) => ({ ...e })) };
};

/** Text made of what matters to a CSV reader: every delimiter papaparse guesses among, quotes,
 * line ends (the app turns CRLF and CR into LF first), spaces, BOMs and header-like names. */
const csvText = (maxLength: number, size: fc.SizeForArbitrary = 'small') =>
  fc
    .array(
      fc.constantFrom(
        ',',
        ',',
        ',',
        '\t',
        '|',
        ';',
        '\x1e',
        '\x1f',
        '"',
        '"',
        '""',
        '\n',
        '\n',
        ' ',
        'a',
        'B',
        'value',
        'Value ',
        '_1',
        '\uFEFF',
        '__parsed_extra',
        '__proto__',
        'x y',
      ),
      { maxLength, size },
    )
    .map((parts) => parts.join(''));

describe('parseCsv reads text exactly as papaparse does', () => {
  // papaparse says so on the console each time it renames a repeated header.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('on short random text', () => {
    fc.assert(
      fc.property(csvText(40), (text) => {
        expect(read(text)).toEqual(papa(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('on longer text with many rows (past the ten papaparse guesses the delimiter from)', () => {
    fc.assert(
      fc.property(csvText(400, 'max'), (text) => {
        expect(read(text)).toEqual(papa(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on rows of quoted and unquoted cells with commas, quotes and line ends inside', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ;|]{0,6}$/),
      fc.stringMatching(/^[a-z,;\n" ]{0,6}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
      maxLength: 15,
      size: 'max',
    });
    fc.assert(
      fc.property(rows, fc.boolean(), (table, trailing) => {
        const text = table.map((r) => r.join(',')).join('\n') + (trailing ? '\n' : '');
        expect(read(text)).toEqual(papa(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('on the bundled data files', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['observations.csv', 'sources.csv', 'geographies.csv']) {
      const text = readFileSync(`public/data/${file}`, 'utf8');
      const result = read(text);
      expect(result).toEqual(papa(text));
      expect(result.errors).toEqual([]);
    }
  });
});
