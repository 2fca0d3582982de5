import { describe, expect, it } from 'vitest';
import { sortRows, sortValue, type TableRow } from '../../src/components/data-table';
import { matchPlaces } from '../../src/components/place-search';
import type { Geography } from '../../src/data/schema';

const geo = (id: string, name: string, type: Geography['type']): Geography => ({
  id,
  name,
  type,
  parent: null,
  note: '',
});

describe('matchPlaces', () => {
  const places = [
    geo(
      'west-midlands-region-excl-west-mercia',
      'West Midlands region excluding West Mercia',
      'group',
    ),
    geo('wales', 'Wales', 'nation'),
    geo('west-midlands-region', 'West Midlands region', 'region'),
    geo('thames-valley', 'Thames Valley Police', 'force'),
    geo('north-wales', 'North Wales Police', 'force'),
  ];
  it('finds a place typed in part, any case', () => {
    expect(matchPlaces(places, 'thames').map((g) => g.id)).toEqual(['thames-valley']);
    expect(matchPlaces(places, '  VALLEY ').map((g) => g.id)).toEqual(['thames-valley']);
  });
  it('ranks names that start with the text, then word starts, groups last', () => {
    expect(matchPlaces(places, 'wales').map((g) => g.id)).toEqual(['wales', 'north-wales']);
    expect(matchPlaces(places, 'west').map((g) => g.id)).toEqual([
      'west-midlands-region',
      'west-midlands-region-excl-west-mercia',
    ]);
    expect(matchPlaces(places, '')).toEqual([]);
  });
});

describe('sorting a table', () => {
  const row = (header: string, ...texts: string[]): TableRow => ({
    header,
    cells: texts.map((text) => ({ text })),
  });
  const rows = [
    row('2017/18', '3,217†'),
    row('2018/19', '—'),
    row('2019/20', '−3.9 pp'),
    row('2020/21', '≈20%'),
  ];
  it('reads the figure of a marked cell', () => {
    expect(sortValue('5,335†')).toBe(5335);
    expect(sortValue('−3.9 pp')).toBe(-3.9);
    expect(sortValue('—')).toBeNull();
  });
  it('orders by a column, blanks last both ways, and by the row headers', () => {
    const headers = (sorted: readonly TableRow[]) => sorted.map((r) => r.header);
    expect(headers(sortRows(rows, { column: 0, direction: 'ascending' }))).toEqual([
      '2019/20',
      '2020/21',
      '2017/18',
      '2018/19',
    ]);
    expect(headers(sortRows(rows, { column: 0, direction: 'descending' }))).toEqual([
      '2017/18',
      '2020/21',
      '2019/20',
      '2018/19',
    ]);
    expect(headers(sortRows(rows, { column: -1, direction: 'descending' }))).toEqual([
      '2020/21',
      '2019/20',
      '2018/19',
      '2017/18',
    ]);
  });
});
