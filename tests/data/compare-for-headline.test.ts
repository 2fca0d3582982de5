import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareForHeadline } from '../../src/data/dataset';
import type { Observation } from '../../src/data/schema';

/** The fields the comparison reads; the rest of a row does not take part. */
const row = (release: string | null, importedAt?: string, n = 0) =>
  ({
    status: 'published',
    release,
    row: n,
    ...(importedAt && { origin: { importedAt } }),
  }) as unknown as Observation;

const month = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.option(fc.integer({ min: 1, max: 12 })))
  .map(([y, m]) => (m === null ? `${y}` : `${y}-${String(m).padStart(2, '0')}`));
const time = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('which of two figures headlines', () => {
  it('takes the later release, a year before its months', () => {
    const sorted = [row('2019-09'), row(null), row('2024-10'), row('2019'), row('2019-10')].sort(
      compareForHeadline,
    );
    expect(sorted.map((o) => o.release)).toEqual(['2024-10', '2019-10', '2019-09', '2019', null]);
  });

  it('orders releases and import times as the locale-aware comparison did', () => {
    const sign = (n: number) => Math.sign(n) || 0;
    fc.assert(
      fc.property(month, month, time, time, (r1, r2, t1, t2) => {
        expect(sign(compareForHeadline(row(r1), row(r2)))).toBe(sign(r2.localeCompare(r1)));
        expect(sign(compareForHeadline(row(r1, t1), row(r1, t2)))).toBe(sign(t2.localeCompare(t1)));
      }),
      { numRuns: 2000 },
    );
  });
});
