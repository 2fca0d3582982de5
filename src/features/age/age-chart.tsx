import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { formatCount, marksLegend, withConfidence } from '../../data/format';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import type { AgeModel } from './series';
import { ChartTooltip, sourceDetails, type Tip } from '../../components/chart-tooltip';
import { ChartBox } from '../../components/chart-box';
import { ChartKey, type KeyItem } from '../../components/chart-key';
import { wrappedTick } from '../../components/slide-labels';
import { useChartColors, usePresenting } from '../../components/presenting';
import { labelRoom, textWidth, widest } from '../../lib/text-width';

/** One key item per place whose colour the bars use. */
function placeKey(model: AgeModel): KeyItem[] {
  const items = new Map<string, KeyItem>();
  for (const i of model.items) {
    const id = i.observation.geography;
    if (!items.has(id)) items.set(id, { id, label: i.context.split(', ').at(-1)!, color: i.color });
  }
  return [...items.values()];
}

/**
 * One bar per published figure, labelled with the figure as published. Approximate and derived
 * figures are drawn hollow with a dashed outline so they never read as exact.
 */
function AgeChartView({ model, height }: { model: AgeModel; height?: number }) {
  const narrow = useMediaQuery(NARROW);
  const rows = model.items.map((i) => ({
    name: `${i.label} (${i.context})`,
    value: i.value,
    text: withConfidence(i.text, i.confidence),
    color: i.color,
    exact: i.status === 'published',
    tip: {
      title: i.label,
      lines: [
        {
          name: i.context,
          value: i.text,
          details: [...marksLegend([i.text]), ...sourceDetails(model.sources, i.observation)],
        },
      ],
    } satisfies Tip,
  }));
  // On a phone a row is as tall as its name wrapped in the 140 px the names get (three lines of
  // "Instances with the victim's age given"), and never less than 64 px.
  const rowHeight = narrow
    ? Math.max(64, ...rows.map((r) => Math.ceil(textWidth(r.name, 11) / 110) * 14 + 28))
    : 52;
  const chartHeight = height ?? 40 + rows.length * rowHeight;
  const slide = usePresenting();
  const { color, background } = useChartColors();
  const font = slide?.fontSize ?? 13;
  // On a slide the labels get up to a third of its width, wrapping onto more lines beyond it.
  const labelWidth = slide
    ? labelRoom(
        rows.map((r) => r.name),
        font,
        slide.width * 0.33,
      )
    : narrow
      ? 140
      : 230;
  return (
    <figure aria-label={`Bar chart of published age figures. ${model.takeaway}`}>
      <ChartBox height={chartHeight}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{
            top: 8,
            right: slide ? Math.ceil(widest([...rows.map((r) => r.text), '6,000'], font) + 12) : 72,
            bottom: 8,
            left: 8,
          }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            domain={model.measure === 'share' ? [0, 100] : [0, 'auto']}
            tick={{ ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize }}
            height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
            tickFormatter={(v: number) => (model.measure === 'share' ? `${v}%` : formatCount(v))}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tick={
              slide
                ? wrappedTick(font, labelWidth - 12)
                : { fill: '#1e293b', fontSize: narrow ? 11 : 12 }
            }
            interval={0}
          />
          {!slide && <ChartTooltip height={chartHeight} />}
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell
                key={r.name}
                fill={r.exact ? color(r.color) : background}
                stroke={color(r.color)}
                strokeWidth={2}
                strokeDasharray={r.exact ? undefined : '5 3'}
              />
            ))}
            <LabelList dataKey="text" position="right" fill="#1e293b" fontSize={font} />
          </Bar>
        </BarChart>
      </ChartBox>
      {/* A key for every colour the bars use: each place's, and the hollow, dashed outline. */}
      <ChartKey items={placeKey(model)}>
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block size-3 shrink-0 border-2 border-dashed border-slate-700"
          />
          hollow, dashed: approximate (≈) or derived (†); the others are published exactly
        </li>
      </ChartKey>
    </figure>
  );
}

export const AgeChart = memo(AgeChartView, sameChartProps);
