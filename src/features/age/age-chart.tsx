import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../lib/format';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import type { AgeModel } from './series';
import { ChartTooltip, markDetails, sourceDetails, type Tip } from '../../components/chart-tooltip';

/**
 * One bar per published figure, labelled with the figure as published. Approximate and derived
 * figures are drawn hollow with a dashed outline so they never read as exact.
 */
function AgeChartView({ model, height }: { model: AgeModel; height?: number }) {
  const narrow = useMediaQuery(NARROW);
  const rows = model.items.map((i) => ({
    name: `${i.label} (${i.context})`,
    value: i.value,
    text: i.text,
    color: i.color,
    exact: i.status === 'published',
    tip: {
      title: i.label,
      lines: [
        {
          name: i.context,
          value: i.text,
          details: [...markDetails(i.status), ...sourceDetails(model.sources, i.observation)],
        },
      ],
    } satisfies Tip,
  }));
  const chartHeight = height ?? 40 + rows.length * (narrow ? 64 : 52);
  return (
    <figure aria-label={`Bar chart of published age figures. ${model.takeaway}`}>
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            domain={model.measure === 'share' ? [0, 100] : [0, 'auto']}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => (model.measure === 'share' ? `${v}%` : formatCount(v))}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 140 : 230}
            tick={{ fill: '#1e293b', fontSize: narrow ? 11 : 12 }}
            interval={0}
          />
          <ChartTooltip height={chartHeight} />
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell
                key={r.name}
                fill={r.exact ? r.color : '#ffffff'}
                stroke={r.color}
                strokeWidth={2}
                strokeDasharray={r.exact ? undefined : '5 3'}
              />
            ))}
            <LabelList dataKey="text" position="right" fill="#1e293b" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="mt-1 text-sm text-slate-700">
        Hollow, dashed bars are approximate (≈) or derived (†) figures; the others are published
        exactly.
      </p>
    </figure>
  );
}

export const AgeChart = memo(AgeChartView, sameChartProps);
