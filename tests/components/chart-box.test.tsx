import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Line, LineChart } from 'recharts';
import { ChartBox, useTooltipWanted } from '../../src/components/chart-box';
import { PanelCaptureContext, type PanelCapture } from '../../src/components/panel-capture';

const chart = (
  <LineChart data={[{ v: 1 }, { v: 2 }]}>
    <Line dataKey="v" />
  </LineChart>
);

const containers = (root: HTMLElement) => root.querySelectorAll('.recharts-responsive-container');

describe('ChartBox', () => {
  it('draws a chart at once', () => {
    const { container } = render(<ChartBox height={280}>{chart}</ChartBox>);
    expect(containers(container)).toHaveLength(1);
    expect(container.querySelector('[data-chart-waiting]')).toBeNull();
  });

  it("draws a panel's later chart in a turn of its own, its box holding the chart's height until then", async () => {
    const { container } = render(
      <>
        <ChartBox height={320}>{chart}</ChartBox>
        <ChartBox height={280} later>
          {chart}
        </ChartBox>
      </>,
    );
    // The first chart is drawn in the first commit; the second waits, taking its room.
    expect(containers(container)).toHaveLength(1);
    const waiting = container.querySelector<HTMLElement>('[data-chart-waiting]');
    expect(waiting?.style.height).toBe('280px');
    await waitFor(() => expect(containers(container)).toHaveLength(2));
    expect(container.querySelector('[data-chart-waiting]')).toBeNull();
  });

  it('draws no chart in a panel drawn only to be read for a file, and one where a slide is seen', () => {
    const read = (unseen: boolean): PanelCapture => ({ panel: () => {}, key: () => {}, unseen });
    const { container } = render(
      <>
        <PanelCaptureContext value={read(true)}>
          <ChartBox height={280}>{chart}</ChartBox>
        </PanelCaptureContext>
        <PanelCaptureContext value={read(false)}>
          <ChartBox height={280}>{chart}</ChartBox>
        </PanelCaptureContext>
      </>,
    );
    expect(containers(container)).toHaveLength(1);
  });

  it("mounts the chart's tooltip only once a pointer has come over the chart", () => {
    // Stands in for a chart: says whether its tooltip would be drawn.
    function Probe(_: { accessibilityLayer?: boolean }) {
      return <p>{useTooltipWanted() ? 'tooltip drawn' : 'no tooltip'}</p>;
    }
    const { container } = render(
      <ChartBox height={280}>
        <Probe />
      </ChartBox>,
    );
    expect(screen.getByText('no tooltip')).toBeInTheDocument();
    fireEvent.pointerEnter(container.firstElementChild!);
    expect(screen.getByText('tooltip drawn')).toBeInTheDocument();
  });
});
