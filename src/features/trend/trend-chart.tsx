import { lazy, memo, Suspense } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { yearLabel } from '../../data/period';
import type { Source } from '../../data/schema';
import { ChartKey } from '../../components/chart-key';
import { formatCount, formatIndex, withMark } from '../../lib/format';
import { useFirstPaint } from '../../lib/use-first-paint';
import { importedMark, type TrendModel, type TrendPoint, type TrendSeries } from './series';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** A dotted ring around a point whose figure does not cover every force, or does not say. */
function PartialRing({ cx, cy, color }: { cx: number; cy: number; color: string }) {
  return (
    <circle
      cx={cx}
      cy={cy}
      r={10}
      fill="none"
      stroke={color}
      strokeWidth={1.5}
      strokeDasharray="2 3"
    />
  );
}

/** Published figures are filled dots; derived ones hollow; approximate ones hollow diamonds. */
function StatusDot({
  cx,
  cy,
  point,
  color,
}: DotProps & { point: TrendPoint | undefined; color: string }) {
  if (cx === undefined || cy === undefined || !point || point.value === null) return null;
  const ring = point.coverage?.partial ? <PartialRing cx={cx} cy={cy} color={color} /> : null;
  if (point.status === 'approximate') {
    return (
      <g>
        {ring}
        <path
          d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
          fill="#fff"
          stroke={color}
          strokeWidth={2}
        />
      </g>
    );
  }
  return (
    <g>
      {ring}
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={point.status === 'derived' ? '#fff' : color}
        stroke={color}
        strokeWidth={2}
      />
    </g>
  );
}

// Hovering is the only use of the tooltip: its code loads once the first chart is on screen.
const TooltipLayer = lazy(() =>
  import('./trend-tooltip').then((m) => ({ default: m.TrendTooltipLayer })),
);

export function formatTrendValue(value: number, measure: TrendModel['measure']): string {
  return measure === 'index' ? formatIndex(value) : formatCount(value);
}

function rowsOf(model: TrendModel) {
  return model.years.map((year) => {
    const row: Record<string, string | number | null> = { year: yearLabel(year) };
    for (const s of model.series) {
      const p = s.points.find((pt) => pt.year === year);
      row[s.geography] = p?.value ?? null;
      // Written on the chart in presenter mode, where no one can hover: imports say so there.
      row[`${s.geography}:text`] =
        p && p.value !== null
          ? withMark(formatTrendValue(p.value, model.measure), p.status) + importedMark(p)
          : null;
    }
    return row;
  });
}

function Key({ series, events }: { series: readonly TrendSeries[]; events: TrendModel['events'] }) {
  const partial = series.some((s) => s.points.some((p) => p.coverage?.partial));
  return (
    <>
      <ChartKey
        items={series.map((s) => ({
          id: s.geography,
          label: s.name,
          color: s.color,
          dash: s.dash,
        }))}
      >
        <li className="flex items-center gap-2">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="#fff" stroke="#3D3D3D" strokeWidth="2" />
          </svg>
          derived †
        </li>
        <li className="flex items-center gap-2">
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7,1 L13,7 L7,13 L1,7 Z" fill="#fff" stroke="#3D3D3D" strokeWidth="2" />
          </svg>
          approximate ≈
        </li>
        {partial && (
          <li className="flex items-center gap-2">
            <svg width="20" height="20" aria-hidden="true">
              <circle
                cx="10"
                cy="10"
                r="8"
                fill="none"
                stroke="#3D3D3D"
                strokeWidth="1.5"
                strokeDasharray="2 3"
              />
            </svg>
            not every force, or not stated
          </li>
        )}
      </ChartKey>
      {events.length > 0 && (
        <ol
          className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700"
          aria-label="Marked events"
        >
          {events.map((e, i) => (
            <li key={e.year}>
              <span className="font-bold text-slate-900">{i + 1}</span> {e.label} (dashed line)
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Pure view: draws the model, one line per geography, gaps where a year has no figure. */
function TrendChartView({
  model,
  sources,
  height = 340,
  labelled = false,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
  height?: number;
  /** Values written at each point, for screens where nobody can hover (presenter mode). */
  labelled?: boolean;
}) {
  const rows = rowsOf(model);
  const painted = useFirstPaint();
  const summary = `Line chart. ${model.takeaway}`;
  return (
    <figure aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: 24, right: labelled ? 48 : 24, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TICK} tickMargin={8} />
          <YAxis
            tick={AXIS_TICK}
            width={labelled ? 84 : 56}
            tickFormatter={(v: number) => formatTrendValue(v, model.measure)}
            domain={model.measure === 'index' ? ['auto', 'auto'] : [0, 'auto']}
          />
          {model.measure === 'index' && (
            <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          )}
          {model.events.map((e, i) => (
            <ReferenceLine
              key={e.year}
              x={yearLabel(e.year)}
              stroke="#94a3b8"
              strokeDasharray="4 4"
              label={{
                value: String(i + 1),
                position: 'top',
                fill: '#1e293b',
                fontSize: 13,
                fontWeight: 700,
              }}
            />
          ))}
          {painted && (
            <Suspense fallback={null}>
              <TooltipLayer model={model} sources={sources} />
            </Suspense>
          )}
          {model.series.map((s) => (
            <Line
              key={s.geography}
              dataKey={s.geography}
              name={s.name}
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: DotProps) => (
                <StatusDot
                  key={`${s.geography}-${props.index}`}
                  {...props}
                  point={s.points[props.index ?? -1]}
                  color={s.color}
                />
              )}
              activeDot={{ r: 7 }}
            >
              {labelled && (
                <LabelList
                  dataKey={`${s.geography}:text`}
                  position="top"
                  offset={10}
                  fill={s.color}
                />
              )}
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
      <Key series={model.series} events={model.events} />
    </figure>
  );
}

export const TrendChart = memo(TrendChartView, sameChartProps);
