import { lazy, Suspense } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { PointLabel } from './slide-labels';

// Placing and drawing the labels is for slides only: that code loads with the first slide.
const PlacedLabels = lazy(() =>
  import('./slide-labels').then((m) => ({ default: m.PlacedLabels })),
);

export interface LineLabelSeries {
  key: string;
  color: string;
  /** The category on the x axis, the value on the y axis and its text ("4,373†"); null: none. */
  points: readonly { x: string; value: number | null; text: string | null }[];
}

/**
 * The labels of lines drawn from rows keyed by year, with each line's value under its geography
 * id and its text under `<id>:text`, as the trend and place charts keep them.
 */
export function labelSeriesOf(
  lines: readonly { geography: string; color: string }[],
  rows: readonly Record<string, unknown>[],
): LineLabelSeries[] {
  return lines.map((s) => ({
    key: s.geography,
    color: s.color,
    points: rows.map((r) => ({
      x: String(r.year),
      value: r[s.geography] as number | null,
      text: r[`${s.geography}:text`] as string | null,
    })),
  }));
}

/**
 * Every value of a line chart written beside its point, for a slide where no one can hover; drawn
 * inside the chart, whose scales give each point's place.
 */
export function LineLabels({
  series,
  fontSize,
  radius,
}: {
  series: readonly LineLabelSeries[];
  fontSize: number;
  radius: number;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const labels: PointLabel[] = [];
  for (const s of series)
    for (const p of s.points) {
      if (p.value === null || p.text === null) continue;
      const x = xScale(p.x, { position: 'middle' });
      const y = yScale(p.value);
      if (x === undefined || y === undefined) continue;
      labels.push({ id: `${s.key}|${p.x}`, text: p.text, color: s.color, x, y });
    }
  return (
    <Suspense fallback={null}>
      <PlacedLabels
        labels={labels}
        fontSize={fontSize}
        radius={radius}
        top={plot.y}
        bottom={plot.y + plot.height}
      />
    </Suspense>
  );
}
