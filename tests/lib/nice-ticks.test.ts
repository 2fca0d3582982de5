import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getNiceTickValues } from 'recharts';
import { niceTickValues } from '../../src/lib/nice-ticks';

/** The ticks, or that it threw (a domain so wide that its arithmetic overflows). */
function outcome(ticks: () => number[]): number[] | 'throws' {
  try {
    return ticks();
  } catch {
    return 'throws';
  }
}

const theirs = (domain: [number, number], count: number, decimals: boolean) =>
  outcome(() => getNiceTickValues(domain, count, decimals));
const ours = (domain: [number, number], count: number, decimals: boolean) =>
  outcome(() => niceTickValues(domain, count, decimals));

/** Figures as the trend chart's axis meets them: counts, shares and indices, a few decimals. */
const figure = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
/** Any finite number, of any size and sign. */
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
);

describe('niceTickValues', () => {
  it("gives the trend axis's ticks for the page's figures", () => {
    // England and Wales' counts, 2017/18 to 2020/21, from nothing.
    expect(niceTickValues([0, 5441], 5, true)).toEqual([0, 1500, 3000, 4500, 6000]);
    // An index on 2017/18 = 100.
    expect(niceTickValues([100, 173.4], 5, true)).toEqual([100, 120, 140, 160, 180]);
  });

  it("is Recharts' getNiceTickValues for the trend chart's domains", () => {
    fc.assert(
      fc.property(figure, figure, fc.boolean(), (a, b, fromZero) => {
        const domain: [number, number] = fromZero
          ? [0, Math.max(a, b)]
          : [Math.min(a, b), Math.max(a, b)];
        expect(ours(domain, 5, true)).toEqual(theirs(domain, 5, true));
      }),
      { numRuns: 3000 },
    );
  });

  it("is Recharts' getNiceTickValues for any domain, tick count and decimals", () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        (a, b, count, decimals) => {
          expect(ours([a, b], count, decimals)).toEqual(theirs([a, b], count, decimals));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("is Recharts' for a single value, infinite ends and reversed domains", () => {
    for (const domain of [
      [0, 0],
      [0.37, 0.37],
      [-0.0042, -0.0042],
      [12.5, 12.5],
      [-7, -7],
      [0, Infinity],
      [-Infinity, 3],
      [5441, 0],
      [173.4, 100],
    ] as [number, number][])
      for (const decimals of [true, false])
        for (const count of [2, 5, 6])
          expect(ours(domain, count, decimals), `${domain} ${count} ${decimals}`).toEqual(
            theirs(domain, count, decimals),
          );
  });
});
