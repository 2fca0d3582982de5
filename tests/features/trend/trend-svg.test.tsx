import { fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChartWidthHint } from '../../../src/components/chart-width-hint';
import { trendModel } from '../../../src/features/trend/series';
import { TrendSvg } from '../../../src/features/trend/trend-svg';
import { bundledDataset } from '../../fixtures/bundled';

function drawn(geos: string[], measure: 'count' | 'index') {
  const dataset = bundledDataset();
  const model = trendModel(dataset, { geos, from: 2017, to: 2024, measure });
  const { container } = render(<TrendSvg model={model} sources={dataset.sources} />);
  return container;
}

describe('the page trend chart, drawn without a chart library', () => {
  it('draws a line per place, broken where a year has no figure, on a rounded value axis', () => {
    const chart = drawn(['england-wales', 'west-midlands-region'], 'count');
    const lines = [...chart.querySelectorAll('path.chart-line')];
    expect(lines.map((l) => l.getAttribute('data-series'))).toEqual([
      'England and Wales',
      'West Midlands region',
    ]);
    // England and Wales has figures to 2020/21 in one run; the West Midlands none from 2019/20
    // to 2022/23, so its line starts again after the gap.
    expect(lines[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(lines[1]!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    const ticks = [...chart.querySelectorAll('.chart-value-axis .chart-tick')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['0', '1,500', '3,000', '4,500', '6,000']);
    const years = [...chart.querySelectorAll('.chart-year-axis .chart-tick')].map(
      (t) => t.textContent,
    );
    expect(years).toEqual([
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
  });

  it('marks 100 on the index and names the hovered year with its figures and source', async () => {
    const chart = drawn(['england-wales', 'west-midlands-region'], 'index');
    expect(chart.querySelector('line[stroke-dasharray="3 3"]')).not.toBeNull();
    const box = chart.querySelector('.chart-frame')!;
    // jsdom lays nothing out: the box is as wide as the chart, from the left edge.
    box.getBoundingClientRect = () => ({ left: 0, width: 800 }) as DOMRect;
    fireEvent.pointerMove(box, { clientX: 70 });
    const tip = await within(chart as HTMLElement).findByText('2017/18', {
      selector: '.chart-tooltip p',
    });
    expect(tip.closest('.chart-tooltip')).toHaveTextContent('England and Wales: 100.0');
    expect(tip.closest('.chart-tooltip')).toHaveTextContent('Source: NSPCC');
  });

  it('is drawn at the width its page gives it, without measuring its box', () => {
    const dataset = bundledDataset();
    const model = trendModel(dataset, {
      geos: ['england-wales'],
      from: 2017,
      to: 2024,
      measure: 'count',
    });
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const observe = vi.spyOn(globalThis.ResizeObserver.prototype, 'observe');
    // The test's observer reports its size inside observe(); a browser's, after the layout.
    observe.mockImplementation(() => {});
    const { container } = render(
      <ChartWidthHint value={() => 612}>
        <TrendSvg model={model} sources={dataset.sources} />
      </ChartWidthHint>,
    );
    expect(container.querySelector('svg.chart-surface')).toHaveAttribute('width', '612');
    expect(measure).not.toHaveBeenCalled();
    // Still watched: a box the page got wrong is drawn again at its own width.
    expect(observe).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
