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
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatPercent, withMark } from '../../data/format';
import { yearLabel } from '../../lib/period';
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
import { ChartBox } from '../../components/chart-box';
import { wrappedTick } from '../../components/slide-labels';
import { useChartColors, usePresenting } from '../../components/presenting';
import { labelRoom, widest } from '../../lib/text-width';

/** Diverging bars, largest rise first; every bar carries its value, so nothing needs hovering. */
function PlatformChangeChartView({ model, height }: { model: ChangeModel; height?: number }) {
  const rows = model.rows.map((r) => {
    const value = model.measure === 'share' ? r.points! : r.absolute!;
    const text = changeText(r, model.measure, model.pointDecimals);
    // A fall is labelled at its bar's left end, a rise at its right end.
    return {
      label: r.label,
      value,
      rise: value >= 0 ? text : null,
      fall: value < 0 ? text : null,
      color: r.color,
      tip: changeTip(model, r),
    };
  });
  const chartHeight = height ?? 60 + rows.length * 44;
  const slide = usePresenting();
  const { color } = useChartColors();
  const font = slide?.fontSize ?? 13;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  const labelWidth = slide
    ? labelRoom(
        rows.map((r) => r.label),
        font,
        slide.width * 0.28,
      )
    : 150;
  const room = (texts: (string | null)[]) =>
    Math.ceil(
      widest(
        texts.filter((t) => t !== null),
        font,
      ) + 10,
    );
  return (
    <figure aria-label={`Bar chart of the change per platform. ${model.takeaway}`}>
      <ChartBox height={chartHeight}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: slide ? 16 : 8, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            tick={tick}
            height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
            // Room beyond the longest bars for their labels.
            padding={{
              left: room(rows.map((r) => r.fall)),
              right: room(rows.map((r) => r.rise)),
            }}
            tickFormatter={(v: number) => (model.measure === 'share' ? `${v} pp` : formatCount(v))}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={slide ? wrappedTick(font, labelWidth - 12) : tick}
            interval={0}
          />
          <ReferenceLine x={0} stroke="#1e293b" />
          {!slide && <ChartTooltip height={chartHeight} />}
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={color(r.color)} />
            ))}
            <LabelList dataKey="rise" position="right" fill="#1e293b" fontSize={font} />
            {/* Recharts measures a fall's bar from its far end, so "right" is past it. */}
            <LabelList dataKey="fall" position="right" fill="#1e293b" fontSize={font} />
          </Bar>
        </BarChart>
      </ChartBox>
    </figure>
  );
}

export const PlatformChangeChart = memo(PlatformChangeChartView, sameChartProps);
