import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodKey, yearLabel, yearParam } from '../../src/lib/period';

describe('parsePeriod', () => {
  it('reads a financial year by its first calendar year', () => {
    expect(parsePeriod('2018/19')).toEqual({ kind: 'year', year: 2018 });
    expect(parsePeriod(' 1999/00 ')).toMatch(/outside/);
    expect(parsePeriod('2099/00')).toEqual({ kind: 'year', year: 2099 });
  });

  it('reads spans of years and of months', () => {
    expect(parsePeriod('2017/18-2018/19')).toEqual({ kind: 'span', from: 2017, to: 2018 });
    expect(parsePeriod('2020-04..2020-06')).toEqual({
      kind: 'months',
      start: '2020-04',
      end: '2020-06',
    });
  });

  it('explains what is wrong', () => {
    expect(parsePeriod('2018/20')).toMatch(/second part must be the next year \(2018\/19\)/);
    expect(parsePeriod('2018')).toMatch(/not a period: expected a financial year/);
    expect(parsePeriod('2018/19-2017/18')).toMatch(/must end after it starts/);
    expect(parsePeriod('2020-13..2021-01')).toMatch(/month outside 01–12/);
    expect(parsePeriod('2020-06..2020-04')).toMatch(/must not end before/);
  });

  it('labels and keys periods', () => {
    expect(yearLabel(2017)).toBe('2017/18');
    expect(yearLabel(2099)).toBe('2099/00');
    expect(yearParam(2017)).toBe('2017-18');
    expect(formatPeriod({ kind: 'months', start: '2020-04', end: '2020-06' })).toBe(
      'Apr 2020 to Jun 2020',
    );
    expect(formatPeriod({ kind: 'span', from: 2017, to: 2018 })).toBe('2017/18 to 2018/19');
    for (const text of ['2018/19', '2017/18-2019/20', '2017-04..2018-09']) {
      const p = parsePeriod(text);
      expect(typeof p).toBe('object');
      expect(periodKey(p as Exclude<typeof p, string>)).toBe(text);
    }
  });
});
