import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { LineLabelsAt, type ChartScales, type LineLabelProps } from './line-labels';

/** LineLabelsAt inside a Recharts chart, whose scales give each point's place. */
export function LineLabels(props: LineLabelProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const scales: ChartScales = {
    x: (category) => xScale(category, { position: 'middle' }),
    y: (value) => yScale(value),
    plot,
  };
  return <LineLabelsAt {...props} scales={scales} />;
}
