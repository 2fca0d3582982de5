import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE, SIDE_VALUE_TICKS } from '../../lib/palette';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis, usePlotArea } from 'recharts';
import { formatCount, withConfidence } from '../../data/format';
import type { PlatformsModel } from './series';
import { ChartKey } from '../../components/chart-key';
import { ChartBox, WantedTooltip } from '../../components/chart-box';
import { useChartColors, usePresenting } from '../../components/presenting';
import { tipLayout, useTooltipPlacement } from '../../components/chart-tooltip';
import { textKey, valueKey } from '../../components/line-labels';
import { wrapLines } from '../../components/slide-labels';
import { barValue } from '../../components/bar-value';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import { textWidth, widest } from '../../lib/text-width';

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  model: PlatformsModel;
}

function PlatformsTooltip({ active, label, model }: TooltipProps) {
  const i = model.columns.findIndex((c) => c.label === label);
  if (!active || i < 0) return null;
  const layout = tipLayout(model.series.length);
  return (
    <div className={layout.card}>
      <p className="font-semibold">{label}</p>
      <ul className={layout.list}>
        {model.series.map((s) => {
          const cell = s.cells[i]!;
          return (
            <li key={s.platform}>
              <span className="font-medium">{s.label}</span>:{' '}
              {cell.value === null ? '—' : cell.text}
              {layout.details &&
                cell.details?.map((d) => (
                  <span key={d} className="block text-slate-700">
                    {d}
                  </span>
                ))}
              {layout.details && cell.remark && (
                <span className="block text-slate-600">{cell.remark}</span>
              )}
              {layout.details && cell.value !== null && cell.importedFrom && (
                <span className="block font-semibold text-amber-900">
                  Imported from {cell.importedFrom}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {layout.summary && <p className="mt-1 text-slate-700">{layout.summary}</p>}
    </div>
  );
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  /** The axis' breadth (on a phone, the room the year labels have). */
  width?: number;
}

/** "2021/22 (UK)" as "21/22 (UK)": the short form a narrow column takes. */
const shortYear = (label: string) => label.replace(/^\d\d(\d\d\/)/, '$1');

/**
 * The lines of a year's axis label that fit its column: the year, shortened if it must be, and
 * under it the base its shares are of (the base changes year to year), wrapped onto two lines or
 * left to the tooltip and table if it cannot fit.
 */
export function baseTickLines(
  year: string,
  base: string | null,
  room: number,
  width: (t: string) => number,
): string[] {
  const fits = (lines: readonly string[]) => lines.every((l) => width(l) <= room);
  // The year whole, else shortened, else shortened over two lines ("21/22" over "(UK)").
  const yearLines =
    [[year], [shortYear(year)]].find(fits) ?? wrapLines(shortYear(year), room, width);
  if (base === null) return yearLines;
  if (fits([base])) return [...yearLines, base];
  const wrapped = wrapLines(base, room, width);
  return wrapped.length <= 2 && fits(wrapped) ? [...yearLines, ...wrapped] : yearLines;
}

/** A year's label under its group of bars (or beside it, on a phone), sized to its column. */
function BaseTick({
  x = 0,
  y = 0,
  payload,
  width = 0,
  model,
  fontSize,
  horizontal,
}: TickProps & { model: PlatformsModel; fontSize: number; horizontal: boolean }) {
  const column = model.columns.find((c) => c.label === payload?.value);
  // Each year's column is its share of the plot (Recharts' own tick width is the axis').
  const plot = usePlotArea();
  const room = horizontal ? width - 8 : (plot?.width ?? 0) / model.columns.length - 6;
  const lines = baseTickLines(
    payload?.value ?? '',
    column && model.measure === 'share' ? column.baseShort : null,
    room,
    (t) => textWidth(t, fontSize),
  );
  return (
    <text
      x={x}
      y={y}
      textAnchor={horizontal ? 'end' : 'middle'}
      fill={AXIS_TICK.fill}
      fontSize={fontSize}
      className="recharts-text"
    >
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x}
          dy={i > 0 ? '1.2em' : horizontal ? `${0.35 - (lines.length - 1) * 0.6}em` : '0.9em'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Grouped bars: one group per year, one bar per platform; unpublished figures draw no bar. On a
 * phone the bars run across, years on the left and values at their ends.
 */
function PlatformsChartView({ model, height = 360 }: { model: PlatformsModel; height?: number }) {
  const rows = model.columns.map((c, i) => {
    const row: Record<string, string | number | null> = { column: c.label };
    model.series.forEach((s, j) => {
      row[valueKey(j)] = s.cells[i]!.value;
      row[textKey(j)] = withConfidence(s.cells[i]!.text, s.cells[i]!.confidence);
    });
    return row;
  });
  const slide = usePresenting();
  const narrow = useMediaQuery(NARROW);
  const horizontal = narrow && !slide;
  const { color, derivedOpacity } = useChartColors();
  const font = slide?.fontSize ?? 12;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  const share = model.measure === 'share';
  const format = (v: number) => (share ? `${v}%` : formatCount(v));
  const chartHeight = horizontal
    ? // Each year's row holds its bars, and at least its label's three lines (year and base).
      48 + model.columns.length * Math.max(model.series.length * 20 + 24, share ? 56 : 24)
    : height;
  const placement = useTooltipPlacement(chartHeight);
  const valueRoom = Math.ceil(
    widest(
      model.series.flatMap((s) => s.cells.map((c) => c.text)),
      font,
    ) + 8,
  );
  const tickLabel = <BaseTick model={model} fontSize={tick.fontSize} horizontal={horizontal} />;
  return (
    <figure aria-label={`Bar chart. ${model.takeaway}`}>
      <ChartBox height={chartHeight}>
        <BarChart
          data={rows}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={
            horizontal
              ? { top: 8, right: valueRoom, bottom: 8, left: 4 }
              : { top: slide ? Math.ceil(font * 1.4) : 24, right: 16, bottom: 8, left: 8 }
          }
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" tick={tick} tickFormatter={format} />
              <YAxis
                type="category"
                dataKey="column"
                width={share ? 104 : 84}
                interval={0}
                tick={tickLabel}
              />
            </>
          ) : (
            <>
              <XAxis
                dataKey="column"
                height={Math.ceil(tick.fontSize * (share ? 5.1 : 2.5)) + 12}
                interval={0}
                tick={tickLabel}
              />
              <YAxis
                tick={tick}
                width={slide ? 'auto' : 56}
                tickFormatter={format}
                {...(!slide && SIDE_VALUE_TICKS)}
              />
            </>
          )}
          <WantedTooltip
            content={<PlatformsTooltip model={model} />}
            cursor={{ fill: '#f1f5f9' }}
            {...placement}
          />
          {model.series.map((s, j) => (
            <Bar
              key={s.platform}
              dataKey={valueKey(j)}
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
              <LabelList dataKey={textKey(j)} content={barValue(font, horizontal)} />
            </Bar>
          ))}
        </BarChart>
      </ChartBox>
      <ChartKey
        items={model.series.map((s) => ({ id: s.platform, label: s.label, color: s.color }))}
      />
      <p className="mt-1 text-sm text-slate-700">
        Pale, dashed bars are derived (†, computed from counts); empty, dashed bars are approximate
        (≈); solid bars are published figures. A value too long for its bar is in the tooltip and
        the table.
      </p>
    </figure>
  );
}

export const PlatformsChart = memo(PlatformsChartView, sameChartProps);
