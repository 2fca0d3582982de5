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
import { formatCount } from '../../lib/format';
import { changeText, type ChangeModel } from './series';

/** Diverging bars, largest rise first; every bar carries its value, so nothing needs hovering. */
function PlatformChangeChartView({ model, height }: { model: ChangeModel; height?: number }) {
  const rows = model.rows.map((r) => {
    const value = model.measure === 'share' ? r.points! : r.absolute!;
    return {
      label: r.label,
      value,
      text: changeText(r, model.measure, model.pointDecimals),
      color: r.color,
    };
  });
  return (
    <figure aria-label={`Bar chart of the change per platform. ${model.takeaway}`}>
      <ResponsiveContainer width="100%" height={height ?? 60 + rows.length * 44}>
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
