import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_TEXT, formatCount } from '../../data/format';
import type { PlatformsModel } from './series';
import { ChartKey } from '../../components/chart-key';
import { ChartBox } from '../../components/chart-box';
import { useChartColors, usePresenting } from '../../components/presenting';

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  model: PlatformsModel;
}

function PlatformsTooltip({ active, label, model }: TooltipProps) {
  const i = model.columns.findIndex((c) => c.label === label);
  if (!active || i < 0) return null;
  return (
    <div className="max-w-xs rounded border border-slate-400 bg-white p-3 text-sm shadow-lg">
      <p className="font-semibold">{label}</p>
      <ul className="mt-1 space-y-1">
        {model.series.map((s) => {
          const cell = s.cells[i]!;
          return (
            <li key={s.platform}>
              <span className="font-medium">{s.label}</span>:{' '}
              {cell.value === null ? 'not published' : cell.text}
              {cell.value !== null && cell.status !== 'published' && (
                <span className="block text-slate-700">{STATUS_TEXT[cell.status]}</span>
              )}
              {cell.remark && <span className="block text-slate-600">{cell.remark}</span>}
              {cell.value !== null && cell.importedFrom && (
                <span className="block font-semibold text-amber-900">
                  Imported from {cell.importedFrom}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
}

/** The year, and under it the base its shares are of: the base changes year to year. A slide
 * draws both lines in its own type. */
function BaseTick({
  x = 0,
  y = 0,
  payload,
  model,
  fontSize,
}: TickProps & { model: PlatformsModel; fontSize?: number }) {
  const column = model.columns.find((c) => c.label === payload?.value);
  return (
    <text
      x={x}
      y={y}
      textAnchor="middle"
      fill={AXIS_TICK.fill}
      fontSize={fontSize ?? AXIS_TICK.fontSize}
      className="recharts-text"
    >
      <tspan x={x} dy="0.9em">
        {payload?.value}
      </tspan>
      {column && model.measure === 'share' && (
        <tspan x={x} dy="1.3em" fontSize={fontSize ?? 12}>
          {column.baseShort}
        </tspan>
      )}
    </text>
  );
}

/** Grouped bars: one group per year, one bar per platform; unpublished figures draw no bar. */
function PlatformsChartView({ model, height = 360 }: { model: PlatformsModel; height?: number }) {
  const rows = model.columns.map((c, i) => {
    const row: Record<string, string | number | null> = { column: c.label };
    for (const s of model.series) {
      row[s.platform] = s.cells[i]!.value;
      row[`${s.platform}:text`] = s.cells[i]!.text;
    }
    return row;
  });
  const labelled = model.series.length * model.columns.length <= 16;
  const slide = usePresenting();
  const { color, derivedOpacity } = useChartColors();
  const font = slide?.fontSize ?? 12;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  return (
    <figure aria-label={`Bar chart. ${model.takeaway}`}>
      <ChartBox height={height}>
        <BarChart
          data={rows}
          margin={{ top: slide ? Math.ceil(font * 1.4) : 24, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis
            dataKey="column"
            height={
              slide
                ? Math.ceil(font * (model.measure === 'share' ? 2.6 : 1.3)) + 12
                : model.measure === 'share'
                  ? 48
                  : 30
            }
            interval={0}
            tick={<BaseTick model={model} fontSize={slide ? font : undefined} />}
          />
          <YAxis
            tick={tick}
            width={slide ? 'auto' : 56}
            tickFormatter={(v: number) => (model.measure === 'share' ? `${v}%` : formatCount(v))}
          />
          <Tooltip content={<PlatformsTooltip model={model} />} cursor={{ fill: '#f1f5f9' }} />
          {model.series.map((s) => (
            <Bar
              key={s.platform}
              dataKey={s.platform}
              name={s.label}
              fill={color(s.color)}
              isAnimationActive={false}
            >
              {/* Derived values are pale, approximate ones near-empty, both dashed: never solid. */}
              {s.cells.map((c, i) => (
                <Cell
                  key={i}
                  fill={color(s.color)}
                  fillOpacity={
                    c.status === 'published' ? 1 : c.status === 'derived' ? derivedOpacity : 0.08
                  }
                  stroke={color(s.color)}
                  strokeWidth={2}
                  strokeDasharray={c.status === 'published' ? undefined : '4 2'}
                />
              ))}
              {labelled && (
                <LabelList
                  dataKey={`${s.platform}:text`}
                  position="top"
                  fill="#1e293b"
                  fontSize={font}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </ChartBox>
      <ChartKey
        items={model.series.map((s) => ({ id: s.platform, label: s.label, color: s.color }))}
      />
      <p className="mt-1 text-sm text-slate-700">
        Pale, dashed bars are derived (†, computed from counts); empty, dashed bars are approximate
        (≈); solid bars are published figures.
      </p>
    </figure>
  );
}

export const PlatformsChart = memo(PlatformsChartView, sameChartProps);
