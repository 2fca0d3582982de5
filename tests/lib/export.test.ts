import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  cellNumber,
  cellsToCsv,
  exportName,
  neutralise,
  toCsv,
} from '../../src/lib/export';

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

  it('reads the number behind a cell as shown', () => {
    expect(cellNumber('4,373')).toBe(4373);
    expect(cellNumber('5,335†')).toBe(5335);
    expect(cellNumber('≈25%')).toBe(25);
    expect(cellNumber('−8.9 pp†')).toBe(-8.9);
    expect(cellNumber('+511†')).toBe(511);
    expect(cellNumber('—')).toBeNull();
    expect(cellNumber('England and Wales')).toBeNull();
  });

  it('writes one line per cell with status and sources', () => {
    const source = {
      id: 's',
      title: 'Recorded online sexual grooming',
      publisher: 'NSPCC',
      date: '2019-09',
      url: 'https://example.org/a',
      confidence: 'H' as const,
      note: '',
    };
    const csv = cellsToCsv(
      'trend',
      [
        {
          caption: 'Offences',
          cells: [
            { row: '2019/20', column: 'England and Wales', text: '5,335†', status: 'derived' },
            { row: '2023/24', column: 'England and Wales', text: '—' },
          ],
        },
      ],
      [source],
    );
    expect(csv.split('\r\n')).toEqual([
      CSV_HEADER.join(','),
      'trend,Offences,2019/20,England and Wales,5335,"5,335†",derived,Recorded online sexual grooming,https://example.org/a',
      'trend,Offences,2023/24,England and Wales,,—,,Recorded online sexual grooming,https://example.org/a',
    ]);
  });

  it('names files after the panel, years and measure', () => {
    expect(exportName('platforms', 2017, 2018, 'share')).toBe('platforms_2017-18_to_2018-19_share');
  });
});
