import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatPercent, withMark } from '../../lib/format';
import { yearLabel } from '../../data/period';
import { coverageName, type PlatformFigure } from '../../data/platform-figures';
import { ChartTooltip, markDetails, sourceDetails, type Tip } from '../../components/chart-tooltip';
import { changeText, type ChangeModel, type ChangeRow } from './series';

function figureText(f: PlatformFigure, measure: ChangeModel['measure']): string {
  if (measure === 'count')
    return f.count ? withMark(formatCount(f.count.value), f.count.status, f.count.bound) : '—';
  return f.share
    ? `${withMark(formatPercent(f.share.value, f.share.computed ? 1 : undefined), f.share.status, f.share.bound)}${f.share.computed ? ' (computed from counts)' : ''}`
    : '—';
}

/** The change, both years' figures, the place and every source behind them. */
function changeTip(model: ChangeModel, r: ChangeRow): Tip {
  const status = model.measure === 'count' ? r.countStatus : r.shareStatus;
  const where = model.geography ? coverageName(model.geography) : '';
  return {
    title: `${r.label}, ${where}`,
    lines: [
      {
        name: `Change, ${yearLabel(r.from.year)} to ${yearLabel(r.to.year)}`,
        value: changeText(r, model.measure, model.pointDecimals),
        details: markDetails(status),
      },
      ...[r.from, r.to].map((f) => ({
        name: yearLabel(f.year),
        value: `${figureText(f, model.measure)}${model.measure === 'count' ? ' offences' : ' of offences with the method known'}`,
        details: sourceDetails(model.sources, f.count, f.publishedShare, f.methodKnown),
      })),
    ],
  };
}

/** Diverging bars, largest rise first; every bar carries its value, so nothing needs hovering. */
function PlatformChangeChartView({ model, height }: { model: ChangeModel; height?: number }) {
  const rows = model.rows.map((r) => {
    const value = model.measure === 'share' ? r.points! : r.absolute!;
    return {
      label: r.label,
      value,
      text: changeText(r, model.measure, model.pointDecimals),
      color: r.color,
      tip: changeTip(model, r),
    };
  });
  const chartHeight = height ?? 60 + rows.length * 44;
  return (
    <figure aria-label={`Bar chart of the change per platform. ${model.takeaway}`}>
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            tick={AXIS_TICK}
            tickFormatter={(v: number) => (model.measure === 'share' ? `${v} pp` : formatCount(v))}
          />
          <YAxis type="category" dataKey="label" width={150} tick={AXIS_TICK} />
          <ReferenceLine x={0} stroke="#1e293b" />
          <ChartTooltip height={chartHeight} />
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.color} />
            ))}
            <LabelList dataKey="text" position="right" fill="#1e293b" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export const PlatformChangeChart = memo(PlatformChangeChartView, sameChartProps);
