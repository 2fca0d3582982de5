import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportName } from '../../src/lib/export';
import { neutralise, toCsv } from '../../src/lib/to-csv';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    expect(neutralise('=cmd|/c calc')).toBe("'=cmd|/c calc");
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(neutralise(`${start}x`)).toBe(`'${start}x`);
    expect(neutralise('Instagram')).toBe('Instagram');
    expect(neutralise(-69)).toBe(-69);
    expect(toCsv(['a', 'b'], [['=1+1', -5]])).toBe("a,b\r\n'=1+1,-5");
  });

  it('no text cell of any export starts with a formula character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(['x'], rows)).data.slice(1);
          for (const row of parsed)
            for (const cell of row)
              if (Number.isNaN(Number(cell))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });

  it('names files after the panel, years and measure', () => {
    expect(exportName('platforms', 2017, 2018, 'share')).toBe('platforms_2017-18_to_2018-19_share');
  });
});
