import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresentingContext } from '../../../src/components/presenting';
import { withImports } from '../../../src/data/dataset';
import { importContext, validateImport } from '../../../src/import/import';
import { packRows } from '../../../src/data/packed-rows';
import { trendModel } from '../../../src/features/trend/series';
import { TrendChart } from '../../../src/features/trend/trend-chart';
import { bundledDataset } from '../../fixtures/bundled';

describe('trend chart', () => {
  it('writes "(imported)" beside imported values when values are written on the chart', async () => {
    const tag = { id: 't', fileName: 'new.csv', importedAt: '2026-11-28T09:00:00.000Z' };
    const { rows } = validateImport(
      'indicator,period,geography,value\noffences,2025/26,england-wales,1234\n',
      importContext(bundledDataset(), tag),
    );
    const dataset = withImports(bundledDataset(), [{ tag, packed: packRows(rows) }]);
    const model = trendModel(dataset, {
      geos: ['england-wales'],
      from: 2024,
      to: 2025,
      measure: 'count',
    });
    const { container } = render(
      <PresentingContext.Provider
        value={{
          fontSize: 24,
          width: 1920,
          filterLine: '',
          part: 0,
          page: 0,
          setPages: () => {},
        }}
      >
        <TrendChart model={model} sources={dataset.sources} />
      </PresentingContext.Provider>,
    );
    const surface = container.querySelector('svg.recharts-surface') as HTMLElement;
    // The labels' placement loads with the first slide.
    expect(await within(surface).findByText('1,234 (imported)')).toBeInTheDocument();
  });
});
