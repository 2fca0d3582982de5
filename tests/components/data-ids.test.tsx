import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { PlatformsChart } from '../../src/features/platforms/platforms-chart';
import { platformsModel } from '../../src/features/platforms/series';
import { TrendChart } from '../../src/features/trend/trend-chart';
import { TrendSvg } from '../../src/features/trend/trend-svg';
import { trendModel } from '../../src/features/trend/series';
import { bundledDataset } from '../fixtures/bundled';

const dataset = bundledDataset();

/** Names React, Recharts or an object lend meaning to: none may change what a chart draws. */
const HOSTILE = [
  'ref',
  'key',
  'style',
  'children',
  'dataKey',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'props',
  'className',
  'dangerouslySetInnerHTML',
  'fill',
  'name',
  'value',
  'payload',
  'column',
  'year',
  'tip',
  's0',
  's0:text',
];
const anyId = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 12 }));

const platforms = platformsModel(dataset, {
  geos: ['england-wales', 'uk'],
  platforms: null,
  from: 2017,
  to: 2024,
  measure: 'count',
});
const trend = trendModel(dataset, {
  geos: ['england-wales', 'uk', 'west-midlands-region'],
  from: 2017,
  to: 2024,
  measure: 'count',
});

/** Fails the test on any error React logs (a bad prop, a key it refuses) as well as thrown ones. */
function renderStrict(ui: React.ReactElement) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const result = render(ui);
    expect(errors.mock.calls.map((c) => String(c[0])).join('\n')).toBe('');
    return result;
  } finally {
    errors.mockRestore();
  }
}

afterEach(() => cleanup());

describe('data ids are data', () => {
  it('draws every platform bar whatever the platform ids are', () => {
    const published = platforms.series.flatMap((s) => s.cells.filter((c) => c.value !== null));
    fc.assert(
      fc.property(
        fc.uniqueArray(anyId, {
          minLength: platforms.series.length,
          maxLength: platforms.series.length,
        }),
        (ids) => {
          const model = {
            ...platforms,
            series: platforms.series.map((s, i) => ({ ...s, platform: ids[i]! })),
          };
          const { container, unmount } = renderStrict(<PlatformsChart model={model} />);
          expect(container.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(
            published.length,
          );
          unmount();
        },
      ),
      { numRuns: 15 },
    );
  });

  // The page's chart is drawn without Recharts; slides and small multiples with it.
  it.each([
    ['the page', TrendSvg, 'path.chart-line'],
    ['slides and small multiples', TrendChart, 'path.recharts-line-curve'],
  ] as const)(
    'draws every line of the trend chart on %s whatever the geography ids are',
    (_, Chart, line) => {
      const lines = (container: HTMLElement) =>
        [...container.querySelectorAll(line)].map((p) => p.getAttribute('d'));
      const drawn = renderStrict(<Chart model={trend} sources={dataset.sources} />);
      const expected = lines(drawn.container);
      drawn.unmount();
      expect(expected).toHaveLength(trend.series.length);
      fc.assert(
        fc.property(
          fc.uniqueArray(anyId, { minLength: trend.series.length, maxLength: trend.series.length }),
          (ids) => {
            const model = {
              ...trend,
              series: trend.series.map((s, i) => ({ ...s, geography: ids[i]! })),
            };
            const { container, unmount } = renderStrict(
              <Chart model={model} sources={dataset.sources} />,
            );
            expect(lines(container)).toEqual(expected);
            unmount();
          },
        ),
        { numRuns: 15 },
      );
    },
  );
});
