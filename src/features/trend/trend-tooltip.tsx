import { Tooltip } from 'recharts';
import { TrendTooltip } from './trend-tip';
import type { Source } from '../../data/schema';
import type { TrendModel } from './series';
import { useTooltipPlacement } from '../../components/chart-tooltip';

/** The trend chart's tooltip: every series' value for the hovered year, with its source. */
export function TrendTooltipLayer({
  model,
  sources,
  height,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
  height: number;
}) {
  const placement = useTooltipPlacement(height);
  return <Tooltip content={<TrendTooltip model={model} sources={sources} />} {...placement} />;
}
