import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixedText } from '../../src/lib/number-text';

const intl = (min: number, max: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });

/** The decimals the page writes: counts (none) and indices (one), and wider for the rounding. */
const SHAPES = [
  [0, 0],
  [1, 1],
  [0, 1],
  [0, 2],
  [2, 3],
] as const;

describe('numbers written as en-GB Intl.NumberFormat writes them', () => {
  it('writes the page’s figures', () => {
    expect(fixedText(4373, 0, 0)).toBe('4,373');
    expect(fixedText(1234567, 0, 0)).toBe('1,234,567');
    expect(fixedText(135.94, 1, 1)).toBe('135.9');
    expect(fixedText(100, 1, 1)).toBe('100.0');
    expect(fixedText(999.95, 1, 1)).toBe('1,000.0');
  });

  it('rounds the shortest decimal, half away from zero, as Intl does (not as toFixed)', () => {
    expect((0.15).toFixed(1)).toBe('0.1');
    expect(fixedText(0.15, 1, 1)).toBe('0.2');
    expect(fixedText(-2.5, 0, 0)).toBe('-3');
    expect(fixedText(-0.4, 0, 0)).toBe(intl(0, 0).format(-0.4));
    expect(fixedText(-0, 1, 1)).toBe(intl(1, 1).format(-0));
  });

  it('leaves exponents, NaN and infinities to Intl', () => {
    for (const n of [1e21, 1.5e-7, -3e25, NaN, Infinity, -Infinity])
      expect(fixedText(n, 1, 1)).toBe(intl(1, 1).format(n));
  });

  it('agrees with Intl on any number', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -1e9, max: 1e9 }),
      // Halves and near-halves at every scale, where rounding differs if it is done wrong.
      fc
        .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 4 }))
        .map(([m, e]) => (m + 0.5) / 10 ** e),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom(...SHAPES), (n, [min, max]) => {
        expect(fixedText(n, min, max)).toBe(intl(min, max).format(n));
      }),
      { numRuns: 5000 },
    );
  });
});
